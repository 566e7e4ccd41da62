#pragma once

#include "core/article.h"
#include "core/feed.h"

#include <QJsonObject>

namespace warta::cli {

/// ISO 8601 UTC with a 'Z', or null for an invalid time.
[[nodiscard]] QJsonValue isoUtc(const QDateTime &time);
/// The article object of the CLI's JSON: id, feed_id, title, link, published, author,
/// tags, read, starred, collections, cached (and, with `full`, the stored bodies).
[[nodiscard]] QJsonObject articleToJson(const Article &article, bool full = false);
[[nodiscard]] QJsonObject feedToJson(const Feed &feed, const QString &folderPath);

} // namespace warta::cli
