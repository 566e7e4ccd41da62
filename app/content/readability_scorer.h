#pragma once

#include "content/html_document.h"

#include <QString>

namespace warta::content {

/// The passes of Mozilla Readability's grabArticle; each retry drops one of them.
struct ScoringFlags {
    bool stripUnlikely = true;
    bool weightClasses = true;
    bool cleanConditionally = true;
};

/// Element name of the placeholder that stands for a related-link block while the tree is
/// scored and cleaned; scoring and cleaning never remove it.
inline constexpr const char *kRelatedMarkerTag = "warta-related";

/// Readability-style prepass: drops scripts, styles and comments-only noise, turns runs of
/// <br><br> into paragraphs and <font> into <span>.
void prepareDocument(HtmlDocument &doc);

/// Finds the main content (candidate scoring with link density and class weights, the
/// outlet's own body containers as a bonus, sibling merging, conditional cleaning) and
/// returns it as a new <div> attached under the document root (freed with the document).
/// Mutates the document. Returns nullptr for an empty page.
[[nodiscard]] xmlNodePtr grabArticle(HtmlDocument &doc, const QString &title, const ScoringFlags &flags);

} // namespace warta::content
