#include "ui/ui_settings.h"

#include <QSettings>

namespace warta::ui {

QString UiSettings::language() const { return m_settings.value(QStringLiteral("ui/language")).toString(); }
void UiSettings::setLanguage(const QString &code) { m_settings.setValue(QStringLiteral("ui/language"), code); }
QString UiSettings::theme() const { return m_settings.value(QStringLiteral("ui/theme")).toString(); }
void UiSettings::setTheme(const QString &theme) { m_settings.setValue(QStringLiteral("ui/theme"), theme); }

int UiSettings::refreshIntervalMinutes() const
{
    return m_settings.value(QStringLiteral("refresh/intervalMinutes"), 30).toInt();
}
void UiSettings::setRefreshIntervalMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("refresh/intervalMinutes"), minutes);
}
int UiSettings::retentionDays() const { return m_settings.value(QStringLiteral("storage/retentionDays"), 90).toInt(); }
void UiSettings::setRetentionDays(int days) { m_settings.setValue(QStringLiteral("storage/retentionDays"), days); }
bool UiSettings::cacheForOffline() const { return m_settings.value(QStringLiteral("offline/cache"), true).toBool(); }
void UiSettings::setCacheForOffline(bool on) { m_settings.setValue(QStringLiteral("offline/cache"), on); }
bool UiSettings::notifyFollowedTags() const
{
    return m_settings.value(QStringLiteral("notifications/followedTags"), true).toBool();
}
void UiSettings::setNotifyFollowedTags(bool on) { m_settings.setValue(QStringLiteral("notifications/followedTags"), on); }
double UiSettings::readerZoom() const { return m_settings.value(QStringLiteral("reader/zoom"), 1.0).toDouble(); }
void UiSettings::setReaderZoom(double factor) { m_settings.setValue(QStringLiteral("reader/zoom"), factor); }

QByteArray UiSettings::windowGeometry() const { return m_settings.value(QStringLiteral("window/geometry")).toByteArray(); }
QByteArray UiSettings::windowState() const { return m_settings.value(QStringLiteral("window/state")).toByteArray(); }
void UiSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}
QByteArray UiSettings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
}
void UiSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("splitters/") + name, state);
}
QByteArray UiSettings::headerState(const QString &name) const
{
    return m_settings.value(QStringLiteral("headers/") + name).toByteArray();
}
void UiSettings::setHeaderState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("headers/") + name, state);
}

void UiSettings::sync() { m_settings.sync(); }

} // namespace warta::ui
