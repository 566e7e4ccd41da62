#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace warta::ui {

class UiSettings;

/// Preferences: refresh interval, retention, offline caching, notifications, language,
/// theme. Writes them on accept; the window applies them at once (a new language through
/// installTranslations() and ui/language_switcher.h).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(UiSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    UiSettings &m_settings;
    QSpinBox *m_interval;
    QSpinBox *m_retention;
    QCheckBox *m_cache;
    QCheckBox *m_notify;
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace warta::ui
