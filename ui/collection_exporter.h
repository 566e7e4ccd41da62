#pragma once

#include "ui/article_html.h"

#include <QByteArray>
#include <QString>

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

/// A collection as Markdown: a heading per article with its source link, date, tags,
/// the text of its body and its "Baca Juga" links.
[[nodiscard]] QString exportCollectionMarkdown(SqliteConnection &reader, const QString &collection);

/// A collection as one self-contained HTML file (styles inline, cached images inlined as
/// data: URIs, no remote loads).
[[nodiscard]] QByteArray exportCollectionHtml(SqliteConnection &reader, const QString &collection,
                                              const HtmlSanitizer &sanitize = sanitizeFeedHtml);
/// Replaces cached-image URLs in sanitised HTML by data: URIs of their bytes.
[[nodiscard]] QString inlineCachedImages(SqliteConnection &reader, const QString &html);

} // namespace warta::ui
