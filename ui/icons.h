#pragma once

#include <QIcon>

namespace warta::ui {

/// Small icons drawn from glyphs, so the app needs no image files for them. Each call
/// paints anew: models keep the result (no static pixmaps outliving QApplication).
[[nodiscard]] QIcon starIcon();
[[nodiscard]] QIcon pinIcon();
[[nodiscard]] QIcon warningIcon();

} // namespace warta::ui
