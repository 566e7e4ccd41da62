#pragma once

#include <QStringList>
#include <QVector>

#include <libxml/tree.h>

namespace warta::content {

/// The running text of an extracted article, split as the id-news README defines it.
struct CollectedText {
    QStringList paragraphs;
    /// For every related-link marker, in reading order: the marker node and the number of
    /// paragraphs before it.
    QVector<QPair<xmlNodePtr, int>> markers;
};

/// Splits the article subtree into paragraphs at block elements and markers; drops
/// captions, boilerplate paragraphs and empty ones; collapses whitespace.
[[nodiscard]] CollectedText collectText(const xmlNode *article);

} // namespace warta::content
