#pragma once

#include <QIcon>

namespace warta::ui {

/// Small icons drawn from glyphs, so the app needs no image files for them. Each call
/// paints anew: models keep the result (no static pixmaps outliving QApplication).
[[nodiscard]] QIcon starIcon();
[[nodiscard]] QIcon pinIcon();
[[nodiscard]] QIcon warningIcon();
/// Shown for a feed whose site has no icon (yet): keeps the feed titles aligned.
[[nodiscard]] QIcon genericFeedIcon();
/// `base` with `badge` drawn small in its lower right corner (a feed's error).
[[nodiscard]] QIcon badgedIcon(const QIcon &base, const QIcon &badge);

} // namespace warta::ui
