#include "text/stopwords.h"

#include <algorithm>
#include <array>

namespace warta::text {

namespace {

// Sorted for binary search. Only words with no content of their own: conjunctions,
// prepositions, pronoun-like particles and auxiliaries; nothing a reader would search for.
constexpr std::array<std::string_view, 48> kStopwords = {
    "adalah", "agar",   "akan",    "antara", "atau",    "bagi",    "bahwa",    "dalam",
    "dan",    "dapat",  "dari",    "dengan", "di",      "hingga",  "ia",       "ini",
    "itu",    "juga",   "kami",    "karena", "ke",      "kepada",  "ketika",   "kita",
    "lagi",   "lain",   "maupun",  "mereka", "namun",   "oleh",    "pada",     "para",
    "saat",   "sangat", "sebagai", "sedang", "sehingga", "sejak",  "serta",    "sudah",
    "tak",    "telah",  "tersebut", "tidak", "untuk",   "yaitu",   "yakni",    "yang",
};

} // namespace

bool isStopword(std::string_view word)
{
    static_assert(std::is_sorted(kStopwords.begin(), kStopwords.end()));
    return std::binary_search(kStopwords.begin(), kStopwords.end(), word);
}

} // namespace warta::text
