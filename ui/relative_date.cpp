#include "ui/relative_date.h"

#include <QCoreApplication>
#include <QLocale>

namespace warta::ui {

namespace {

/// The zone's abbreviation; Indonesia's zones by their names when the system gives only
/// an offset ("+07"); else the offset.
QString zoneName(const QDateTime &local)
{
    const QString abbreviation = local.timeZoneAbbreviation();
    const bool named = !abbreviation.isEmpty() && abbreviation.at(0).isLetter() &&
                       !abbreviation.startsWith(QLatin1String("UTC+")) && !abbreviation.startsWith(QLatin1String("UTC-"));
    if (named)
        return abbreviation;
    const int offset = local.offsetFromUtc();
    switch (offset) {
    case 7 * 3600:
        return QStringLiteral("WIB");
    case 8 * 3600:
        return QStringLiteral("WITA");
    case 9 * 3600:
        return QStringLiteral("WIT");
    }
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString localDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    // The default locale follows the UI language (ui/translations.cpp). Qt's Indonesian long
    // format pads the day ("05 Agustus"); Indonesian style writes "5 Agustus".
    const QLocale locale;
    const QString date = locale.language() == QLocale::Indonesian
                             ? locale.toString(local.date(), QStringLiteral("dddd, d MMMM yyyy"))
                             : locale.toString(local.date(), QLocale::LongFormat);
    return QStringLiteral("%1 %2 %3").arg(date, locale.toString(local.time(), QLocale::ShortFormat), zoneName(local));
}

QString relativeDate(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDateTime localNow = now.toLocalTime(); // "today" and "yesterday" are the reader's days
    const qint64 secs = local.secsTo(localNow);
    if (secs < 60)
        return QCoreApplication::translate("RelativeDate", "just now");
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    if (secs < 3600)
        return QCoreApplication::translate("RelativeDate", "%n minute(s) ago", nullptr, minutes);
    if (secs < 24 * 3600 && local.date() == localNow.date())
        return QCoreApplication::translate("RelativeDate", "%n hour(s) ago", nullptr, hours);
    // The default locale is set to the UI language at start (see ui/translations.cpp),
    // so month names follow the UI, not the system.
    const QLocale locale;
    const qint64 days = local.date().daysTo(localNow.date());
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (days == 1)
        return QCoreApplication::translate("RelativeDate", "yesterday %1").arg(time);
    if (days > 1 && days < 7)
        return QCoreApplication::translate("RelativeDate", "%n day(s) ago", nullptr, int(days));
    if (local.date().year() == localNow.date().year())
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy"));
}

} // namespace warta::ui
