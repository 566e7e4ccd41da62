#pragma once

#include <QString>

#include <libxml/tree.h>

namespace warta::content {

/// True for a paragraph that is not running text: credit lines (Penulis/Editor/Pewarta/
/// Sumber/COPYRIGHT), desk initials "(das/eds)", reporter and syndication lines, video
/// boxes ("Simak Video", "[Gambas:...]"), pagination markers and outlet boilerplate.
/// `text` is whitespace-collapsed.
[[nodiscard]] bool isBoilerplateParagraph(const QString &text);

/// True for elements that hold a caption or photo credit rather than running text.
[[nodiscard]] bool isCaptionElement(const xmlNode *n);

/// Removes the block elements of an extracted article whose whole text is boilerplate.
void removeBoilerplate(xmlNode *article);

} // namespace warta::content
