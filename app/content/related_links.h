#pragma once

#include "content/page_text.h"
#include "core/related_link.h"

#include <QUrl>
#include <QVector>

#include <libxml/tree.h>

namespace warta::content {

/// Finds inline "Baca juga"-style blocks below `root` and replaces each with a marker element
/// (kRelatedMarkerTag) whose `data-block` attribute indexes the returned vector. A block is a
/// short element that starts with a cue ("Baca juga", "Lihat juga", "Simak juga", "Artikel
/// terkait", in any case, optionally in brackets) or carries a known related-box class, and
/// whose remaining text is mostly links to other pages. A sentence that merely mentions
/// "baca juga" is left alone.
/// `facts`, if given, must be BodyFacts(root) of the tree as it is now (saves rebuilding it).
[[nodiscard]] QVector<QVector<warta::RelatedLink>> markRelatedBlocks(xmlNode *root, xmlDocPtr doc, const QUrl &baseUrl,
                                                                   const BodyFacts *facts = nullptr);

/// Resolves an href against the page URL; protocol-relative URLs become https.
[[nodiscard]] QString resolveUrl(const QUrl &base, const QString &href);

} // namespace warta::content
