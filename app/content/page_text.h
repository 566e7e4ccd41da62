#pragma once

#include "content/text_index.h"

#include <QRegularExpression>
#include <QString>

#include <libxml/tree.h>

namespace warta::content {

/// The text and class/id attributes of one subtree, concatenated once, so a page can be
/// ruled out for a per-element pattern with one search instead of one per element.
///
/// dom::textContent(n) of every element below the root is a contiguous piece of `text`;
/// every line that textLines-style walkers build (text nodes outside script/style, split at
/// block boundaries) is a contiguous piece of `textOutsideScripts`; dom::classAndId(n) of
/// every element is one line of `classesAndIds`. So a pattern that matches none of these
/// strings matches no element's text, line or attributes either, provided it allows for
/// the whitespace collapsing the walkers do (pageGate) and cannot span a line break (for
/// classesAndIds). That only holds when no walker's depth cut applies: `usable` is false
/// for pages nested that deep (and for script/style elements holding elements), and callers
/// then test every element as before.
struct PageText {
    QString text;               ///< every text node, script and style included
    QString textOutsideScripts; ///< text nodes outside script/style elements
    QString classesAndIds;      ///< dom::classAndId of each element, one per line
    bool usable = false;
};

[[nodiscard]] PageText pageText(const xmlNode *root);

/// PageText and TextIndex of one untouched body, built once for the passes that only read
/// it before extraction rewrites it (metadata, then the first related-links pass). Stale as
/// soon as the tree changes: hand it on only to those.
struct BodyFacts {
    explicit BodyFacts(const xmlNode *body) : text(pageText(body)), lengths(body) {}
    PageText text;
    TextIndex lengths;
};

/// A case-insensitive pattern for PageText: each " " stands for one or more characters that
/// warta::collapseWhitespace turns into one space (or that PCRE's \s matches), each "\s*"
/// for zero or more, so it matches the raw text wherever the per-element pattern matches
/// the collapsed text.
[[nodiscard]] QRegularExpression pageGate(QString pattern);

} // namespace warta::content
