#pragma once

#include <QString>

namespace warta::ui {

/// Feed `content`/`summary`: untrusted HTML through app/content's allow-list sanitiser
/// (http(s) links and images only; scripts, handlers, styles, forms and embeds dropped).
[[nodiscard]] QString sanitizeFeedHtml(const QString &untrustedHtml);

/// Stored `extractedHtml`: the extractor sanitised it before storing, then pointed its
/// images at `warta://image/<sha256>`. It is sanitised again on the way to the pane (a
/// database may come from an older build or another tool), with the same allow-list
/// except that cached-image URLs are kept; the plain sanitiser would drop them.
[[nodiscard]] QString sanitizeStoredHtml(const QString &storedHtml);

/// Whether `url` is a cached-image URL (`warta://image/` + 64 hex digits).
[[nodiscard]] bool isCachedImageUrl(const QString &url);

} // namespace warta::ui
