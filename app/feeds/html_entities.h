#pragma once

#include <QString>
#include <QStringView>

namespace warta::feeds {

/// Code point of an HTML 4 named character reference ("nbsp" -> 0xA0), or 0 if unknown.
[[nodiscard]] int htmlEntityCodePoint(QStringView name);

/// Replaces numeric and HTML 4 named character references; unknown ones stay as written.
[[nodiscard]] QString decodeHtmlEntities(const QString &text);

/// Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed.
[[nodiscard]] QString htmlToPlainText(const QString &html);

} // namespace warta::feeds
