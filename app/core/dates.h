#pragma once

#include <QDateTime>
#include <QStringView>

namespace warta {

/// Seconds east of UTC for Western Indonesian Time, the zone most outlets write in.
inline constexpr int kWibOffsetSeconds = 7 * 3600;

/// Parses a date as found in feeds and news pages: RFC 822 and its broken variants,
/// RFC 3339 / ISO 8601, and Indonesian forms ("Rabu, 26 Agustus 2020 08:02 WIB",
/// "26/08/2020, 08:02 WIB", WIB/WITA/WIT). Text without a zone is taken to be at
/// `defaultOffsetSeconds` east of UTC. Returns a UTC QDateTime, or an invalid one.
[[nodiscard]] QDateTime parseDate(QStringView text, int defaultOffsetSeconds = 0);

} // namespace warta
