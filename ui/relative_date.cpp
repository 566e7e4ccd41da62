#include "ui/relative_date.h"

#include <QCoreApplication>
#include <QLocale>

namespace warta::ui {

QString relativeDate(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const qint64 secs = local.secsTo(now);
    if (secs < 60)
        return QCoreApplication::translate("RelativeDate", "just now");
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    if (secs < 3600)
        return QCoreApplication::translate("RelativeDate", "%n minute(s) ago", nullptr, minutes);
    if (secs < 24 * 3600 && local.date() == now.date())
        return QCoreApplication::translate("RelativeDate", "%n hour(s) ago", nullptr, hours);
    // The default locale is set to the UI language at start (see ui/translations.cpp),
    // so month names follow the UI, not the system.
    const QLocale locale;
    const qint64 days = local.date().daysTo(now.date());
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (days == 1)
        return QCoreApplication::translate("RelativeDate", "yesterday %1").arg(time);
    if (days > 1 && days < 7)
        return QCoreApplication::translate("RelativeDate", "%n day(s) ago", nullptr, int(days));
    if (local.date().year() == now.date().year())
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy"));
}

} // namespace warta::ui
