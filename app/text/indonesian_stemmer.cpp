#include "text/indonesian_stemmer.h"

#include "text/prefix_rules.h"

#include <array>
#include <climits>
#include <vector>

namespace warta::text {

namespace {

constexpr std::array<std::string_view, 4> kParticles = {"lah", "kah", "tah", "pun"};
constexpr std::array<std::string_view, 3> kPossessives = {"nya", "ku", "mu"};
// Derivational suffixes, longest first; "" is the reading without one.
constexpr std::array<std::string_view, 4> kSuffixes = {"kan", "an", "i", ""};
constexpr size_t kMinRoot = 3;
constexpr int kMaxPrefixes = 3;

bool endsWith(std::string_view w, std::string_view s)
{
    return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

bool isPlainLowercase(std::string_view w)
{
    for (char c : w) {
        if (c < 'a' || c > 'z')
            return false;
    }
    return true;
}

} // namespace

struct IndonesianStemmer::Best {
    std::string root;
    int inflections = INT_MAX;

    void offer(std::string_view candidate, int inflectionCount)
    {
        // Strictly better only, so that among equals the first reading (rule order) wins.
        if (inflectionCount < inflections || (inflectionCount == inflections && candidate.size() > root.size())) {
            root.assign(candidate);
            inflections = inflectionCount;
        }
    }
};

std::string IndonesianStemmer::stem(std::string_view word) const
{
    // Reduplication ("anak-anak", "berita-berita"): the stem of the repeated word.
    const size_t dash = word.find('-');
    if (dash != std::string_view::npos) {
        const std::string_view left = word.substr(0, dash);
        if (word.substr(dash + 1) == left)
            return stemPlain(left);
        return std::string(word);
    }
    return stemPlain(word);
}

QString IndonesianStemmer::stem(const QString &word) const
{
    return QString::fromStdString(stem(word.toLower().toStdString()));
}

std::string IndonesianStemmer::stemPlain(std::string_view word) const
{
    if (word.size() <= kMinRoot || !isPlainLowercase(word) || m_dict.contains(word))
        return std::string(word);

    Best best;
    // Inflectional endings come off in order particle, then possessive ("bukunyapun").
    tryForm(word, 0, best);
    for (std::string_view particle : kParticles) {
        if (endsWith(word, particle) && word.size() - particle.size() >= kMinRoot) {
            const std::string_view w = word.substr(0, word.size() - particle.size());
            tryForm(w, 1, best);
            for (std::string_view possessive : kPossessives) {
                if (endsWith(w, possessive) && w.size() - possessive.size() >= kMinRoot)
                    tryForm(w.substr(0, w.size() - possessive.size()), 2, best);
            }
        }
    }
    for (std::string_view possessive : kPossessives) {
        if (endsWith(word, possessive) && word.size() - possessive.size() >= kMinRoot)
            tryForm(word.substr(0, word.size() - possessive.size()), 1, best);
    }
    return best.root.empty() ? std::string(word) : best.root;
}

void IndonesianStemmer::tryForm(std::string_view form, int inflections, Best &best) const
{
    if (inflections > 0 && m_dict.contains(form)) {
        best.offer(form, inflections);
        return; // "bukunya": buku is a root; no need to look for prefixes in it
    }
    for (std::string_view suffix : kSuffixes) {
        if (!endsWith(form, suffix) || form.size() - suffix.size() < kMinRoot)
            continue;
        const std::string_view base = form.substr(0, form.size() - suffix.size());
        if (!suffix.empty() && m_dict.contains(base))
            best.offer(base, inflections);
        stripPrefixes(base, suffix, 0, int(Prefix::None), inflections, best);
    }
}

bool IndonesianStemmer::stripPrefixes(std::string_view word, std::string_view suffix, int depth, int lastPrefix,
                                      int inflections, Best &best) const
{
    if (depth == kMaxPrefixes)
        return false;
    std::vector<PrefixCut> cuts;
    prefixCuts(word, cuts);
    bool found = false;
    for (const PrefixCut &cut : cuts) {
        // The readings of one prefix are in rule order (berada: ber-ada before be-rada,
        // pengisian: peng-isi before peng-kisi): the first that leads to a root wins.
        if (found)
            break;
        // The same prefix twice is not Indonesian; di-, ke- and se- only stand first.
        if (int(cut.prefix) == lastPrefix)
            continue;
        if (depth > 0 && (cut.prefix == Prefix::Di || cut.prefix == Prefix::Ke || cut.prefix == Prefix::Se))
            continue;
        if (depth == 0 && isDisallowedPair(cut.prefix, suffix))
            continue;
        if (cut.rest.size() < kMinRoot)
            continue;
        if (m_dict.contains(cut.rest)) {
            best.offer(cut.rest, inflections);
            found = true;
        }
        found = stripPrefixes(cut.rest, suffix, depth + 1, int(cut.prefix), inflections, best) || found;
    }
    return found;
}

} // namespace warta::text
