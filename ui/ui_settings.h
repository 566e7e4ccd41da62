#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QSettings;

namespace warta::ui {

/// Typed access to the user's preferences and window state. Wraps a QSettings that
/// the composition root (or a test) owns, so tests use a temporary file.
class UiSettings {
public:
    explicit UiSettings(QSettings &settings) : m_settings(settings) {}

    /// "" follows the system; else "id" or "en".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &code);
    /// "" follows the system; else "light" or "dark".
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);
    [[nodiscard]] int refreshIntervalMinutes() const;
    void setRefreshIntervalMinutes(int minutes);
    [[nodiscard]] int retentionDays() const;
    void setRetentionDays(int days);
    [[nodiscard]] bool cacheForOffline() const;
    void setCacheForOffline(bool on);
    /// Tray notifications about new articles in followed tags.
    [[nodiscard]] bool notifyFollowedTags() const;
    void setNotifyFollowedTags(bool on);
    [[nodiscard]] double readerZoom() const;
    void setReaderZoom(double factor);

    [[nodiscard]] QByteArray windowGeometry() const;
    [[nodiscard]] QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    [[nodiscard]] QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);

    void sync();

private:
    QSettings &m_settings;
};

} // namespace warta::ui
