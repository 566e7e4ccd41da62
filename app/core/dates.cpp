#include "core/dates.h"

namespace warta {

// Placeholder until the date parser lands; returns invalid for now.
QDateTime parseDate(QStringView text, int defaultOffsetSeconds)
{
    Q_UNUSED(defaultOffsetSeconds);
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

} // namespace warta
