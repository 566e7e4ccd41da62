#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warta::text {

/// Derivational prefixes by family: "ber-/be-/bel-" are all Be, "meng-/meny-/mem-/men-/me-"
/// all Me, "peng-/.../per-/pe-" all Pe. The family is what the disallowed prefix–suffix
/// pairs and the "no prefix twice" rule of Nazief–Adriani talk about.
enum class Prefix { None, Di, Ke, Se, Be, Te, Me, Pe };

struct PrefixCut {
    Prefix prefix;
    std::string rest; ///< the word without the prefix, its sound change undone
};

/// The ways `word` can be read as prefix + stem, most likely reading first. Nasal prefixes
/// give several readings because the nasal replaced the stem's first letter: "menolak" is
/// me-nolak or men-tolak, "memakan" me-makan or mem-pakan; only the dictionary can tell.
/// Rules follow the Enhanced Confix Stripping table (Arifin et al. 2009, after Nazief–Adriani 1996).
void prefixCuts(std::string_view word, std::vector<PrefixCut> &out);

/// Nazief–Adriani's disallowed combinations of a first prefix and a derivational suffix
/// (be-...-i, di-...-an, ke-...-i/-kan, me-...-an, se-...-i/-kan, te-...-an).
[[nodiscard]] bool isDisallowedPair(Prefix prefix, std::string_view suffix);

[[nodiscard]] inline bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

} // namespace warta::text
