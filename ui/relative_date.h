#pragma once

#include <QDateTime>
#include <QString>

namespace warta::ui {

/// "2 jam lalu" / "2 hours ago" for recent times, "kemarin 08.02" for yesterday, a short
/// local date for older ones. The words come from the translation catalogue, so the
/// language follows the UI; `now` is a parameter so tests can pin the clock.
[[nodiscard]] QString relativeDate(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

} // namespace warta::ui
