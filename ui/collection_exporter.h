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

/// A collection as one self-contained HTML file (styles inline, no remote loads).
[[nodiscard]] QByteArray exportCollectionHtml(SqliteConnection &reader, const QString &collection,
                                              const HtmlSanitizer &sanitize = textOnlyHtml);

} // namespace warta::ui
