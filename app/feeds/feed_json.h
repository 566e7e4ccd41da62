#pragma once

#include "feeds/parsed_feed.h"

#include <QJsonObject>

namespace warta::feeds {

/// A stable JSON view of a parsed feed for the CLI and golden tests:
/// {format, title, link, wellFormed, error, encoding, items:[{id, title, link, published, updated, author,
///  categories, summary, content, image, enclosures:[{url, type, length}]}]}.
/// Dates are ISO 8601 UTC with "Z", null when absent; missing strings are "".
[[nodiscard]] QJsonObject toJson(const ParsedFeed &feed);

} // namespace warta::feeds
