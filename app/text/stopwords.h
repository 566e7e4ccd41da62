#pragma once

#include <string_view>

namespace warta::text {

/// Indonesian function words left out of the search index and out of queries alike: they
/// match nearly every article, so they add no meaning to a query but make it rank tens of
/// thousands of rows. Checked on the surface form, before stemming ("tersebut" is a stopword,
/// "menyebut" is not). Phrases still work: both sides skip the same words.
[[nodiscard]] bool isStopword(std::string_view lowercaseWord);

} // namespace warta::text
