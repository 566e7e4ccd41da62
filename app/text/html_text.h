#pragma once

#include <QString>

namespace warta::text {

/// The words of an HTML fragment as a reader sees them, for the search index: tags dropped
/// (with what <script> and <style> hold), character references decoded, whitespace collapsed.
/// Feed summaries are HTML; indexing them raw made "strong" or "href" match every article.
/// Text without '<' or '&' comes back unchanged, so plain text costs one scan.
[[nodiscard]] QString htmlToIndexText(const QString &html);

} // namespace warta::text
