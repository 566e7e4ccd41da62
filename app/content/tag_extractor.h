#pragma once

#include "content/html_document.h"
#include "content/page_text.h"

#include <QStringList>
#include <QUrl>

namespace warta::content {

/// The outlet's visible tag list: the tag-named container with the most links to tag pages
/// (/tag/, /tags/, /topik/, /topic/...). Inline tag links inside running text do not count.
/// Falls back to `metaTags`. Display form, page order, de-duplicated case-insensitively.
[[nodiscard]] QStringList extractTags(const HtmlDocument &doc, const QStringList &metaTags);
/// The same, with `body` = pageText(doc.body()) built by the caller to reuse.
[[nodiscard]] QStringList extractTags(const HtmlDocument &doc, const QStringList &metaTags, const PageText &body);

/// De-duplicates case-insensitively, keeping the first display form.
[[nodiscard]] QStringList dedupeTags(const QStringList &tags);

} // namespace warta::content
