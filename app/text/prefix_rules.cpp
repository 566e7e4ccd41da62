#include "text/prefix_rules.h"

namespace warta::text {

namespace {

bool isConsonant(char c) { return c >= 'a' && c <= 'z' && !isVowel(c); }
bool isOneOf(char c, std::string_view set) { return c != '\0' && set.find(c) != std::string_view::npos; }

class Cutter {
public:
    Cutter(std::string_view w, std::vector<PrefixCut> &out) : m_w(w), m_out(out) {}

    bool starts(std::string_view p) const { return m_w.substr(0, p.size()) == p; }
    char at(size_t i) const { return i < m_w.size() ? m_w[i] : '\0'; }
    /// Stem = the word from `from`, with `restore` (the letter the nasal swallowed) in front.
    void add(Prefix p, size_t from, std::string_view restore = {})
    {
        std::string rest(restore);
        rest.append(m_w.substr(from));
        m_out.push_back({p, std::move(rest)});
    }

    // meng-/peng-: g h q k x keep their letter; before a vowel the stem began with k or a
    // vowel (mengambil: ambil, mengirim: kirim); menge- before a one-syllable stem (mengebom).
    void velarNasal(Prefix p)
    {
        const char c = at(4);
        if (isOneOf(c, "ghqkx")) {
            add(p, 4);
        } else if (isVowel(c)) {
            add(p, 4);
            add(p, 4, "k");
            if (c == 'e')
                add(p, 5);
        }
    }
    // meny-/peny- before a vowel: the stem began with s (menyebut: sebut) or is ny- (menyanyi).
    void palatalNasal(Prefix p)
    {
        if (isVowel(at(4))) {
            add(p, 4, "s");
            add(p, 2);
        }
    }
    // mem-/pem-: b f v stay; before a vowel or r+vowel the stem began with m or p
    // (memakan: makan, memukul: pukul); mem+p is mem-per- or a p-stem kept (memproses).
    void labialNasal(Prefix p)
    {
        const char c = at(3);
        if (isOneOf(c, "bfvp")) {
            add(p, 3);
        } else if (isVowel(c) || (c == 'r' && isVowel(at(4)))) {
            add(p, 3, "m");
            add(p, 3, "p");
        }
    }
    // men-/pen-: c d j s z t stay; before a vowel the stem began with n or t (menolak: tolak).
    void alveolarNasal(Prefix p)
    {
        const char c = at(3);
        if (isOneOf(c, "cdjszt")) {
            add(p, 3);
        } else if (isVowel(c)) {
            add(p, 3, "n");
            add(p, 3, "t");
        }
    }
    // ber-/ter-/per- before a vowel: the r belongs to the prefix (berakhir) or the stem (berupa).
    // Before C+er the prefix is be-/te-/pe- (bekerja, peserta).
    void liquid(Prefix p, std::string_view r3)
    {
        if (starts(r3)) {
            add(p, 3);
            if (isVowel(at(3)))
                add(p, 2);
        } else if (isConsonant(at(2)) && at(3) == 'e' && at(4) == 'r') {
            add(p, 2);
        }
    }

    void run()
    {
        if (starts("di")) {
            add(Prefix::Di, 2);
        } else if (starts("ke")) {
            add(Prefix::Ke, 2);
        } else if (starts("se")) {
            add(Prefix::Se, 2);
        } else if (starts("be")) {
            if (starts("belajar"))
                add(Prefix::Be, 3); // the one bel- word
            liquid(Prefix::Be, "ber");
        } else if (starts("te")) {
            liquid(Prefix::Te, "ter");
        } else if (starts("me")) {
            if (starts("meng"))
                velarNasal(Prefix::Me);
            else if (starts("meny"))
                palatalNasal(Prefix::Me);
            else if (starts("mem"))
                labialNasal(Prefix::Me);
            else if (starts("men"))
                alveolarNasal(Prefix::Me);
            else if (isOneOf(at(2), "lrwy") && isVowel(at(3)))
                add(Prefix::Me, 2); // me- before l r w y: melawan, merasa
        } else if (starts("pe")) {
            if (starts("peng")) {
                velarNasal(Prefix::Pe);
            } else if (starts("peny")) {
                palatalNasal(Prefix::Pe);
            } else if (starts("pem")) {
                labialNasal(Prefix::Pe);
            } else if (starts("pen")) {
                alveolarNasal(Prefix::Pe);
            } else if (starts("per")) {
                liquid(Prefix::Pe, "per");
            } else if (starts("pelajar")) {
                add(Prefix::Pe, 3);
                add(Prefix::Pe, 2);
            } else if (isOneOf(at(2), "lwy") && isVowel(at(3))) {
                add(Prefix::Pe, 2); // pelaku, pewaris
            } else if (isConsonant(at(2)) && !isOneOf(at(2), "rwylmn")) {
                add(Prefix::Pe, 2); // petani, pedagang, pekerja, peserta
            }
        }
    }

private:
    std::string_view m_w;
    std::vector<PrefixCut> &m_out;
};

} // namespace

void prefixCuts(std::string_view word, std::vector<PrefixCut> &out)
{
    Cutter(word, out).run();
}

bool isDisallowedPair(Prefix prefix, std::string_view suffix)
{
    switch (prefix) {
    case Prefix::Be: return suffix == "i";
    case Prefix::Di: return suffix == "an";
    case Prefix::Ke: return suffix == "i" || suffix == "kan";
    case Prefix::Me: return suffix == "an";
    case Prefix::Se: return suffix == "i" || suffix == "kan";
    case Prefix::Te: return suffix == "an";
    default: return false;
    }
}

} // namespace warta::text
