#pragma once

#include <QDateTime>
#include <QString>

namespace warta::ui {

/// "2 jam lalu" / "2 hours ago" for recent times, "kemarin 08.02" for yesterday, a short
/// local date for older ones. The words come from the translation catalogue, so the
/// language follows the UI; `now` is a parameter so tests can pin the clock.
[[nodiscard]] QString relativeDate(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

/// `when` in the reader's time zone, named, without seconds: "Rabu, 26 Agustus 2020 08.02 WIB"
/// in Indonesian, "Wednesday, August 26, 2020 8:02 AM WIB" in English. Indonesia's zones
/// are called WIB/WITA/WIT even where the system only knows the offset ("+07").
[[nodiscard]] QString localDateTime(const QDateTime &when);

} // namespace warta::ui
