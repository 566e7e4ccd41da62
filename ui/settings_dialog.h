#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace warta::ui {

class UiSettings;

/// Preferences: refresh interval, retention, offline caching, language, theme.
/// Writes them on accept; the window applies what can change while running.
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
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace warta::ui
