#pragma once

// A feedparser-shaped view of ParsedFeed (keys, aliases, struct_time dates) so the
// feedparser test corpus can be evaluated against Warta's parser.

#include "feeds/parsed_feed.h"

#include <QJsonObject>

namespace warta::test {

/// {bozo, encoding, version, feed:{...}, entries:[...]} as feedparser would report them.
[[nodiscard]] QJsonObject feedparserView(const warta::feeds::ParsedFeed &feed);

/// Rewrites feedparser's legacy key aliases (channel, items, guid, date, tagline, ...) on a path.
[[nodiscard]] QJsonArray canonicalFeedparserPath(const QJsonArray &path);

} // namespace warta::test
