#include "ui/settings_dialog.h"

#include "ui/ui_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace warta::ui {

SettingsDialog::SettingsDialog(UiSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_cache(new QCheckBox(tr("Download articles for offline reading"), this))
    , m_notify(new QCheckBox(tr("Notify about new articles in followed tags"), this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Manual only"));
    m_interval->setValue(settings.refreshIntervalMinutes());
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("Keep forever"));
    m_retention->setValue(settings.retentionDays());
    m_cache->setObjectName(QStringLiteral("cacheForOffline"));
    m_cache->setChecked(settings.cacheForOffline());
    m_notify->setObjectName(QStringLiteral("notifyFollowedTags"));
    m_notify->setChecked(settings.notifyFollowedTags());
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.theme())));

    auto *form = new QFormLayout;
    form->addRow(tr("Refresh every:"), m_interval);
    form->addRow(tr("Delete read articles after:"), m_retention);
    form->addRow(QString(), m_cache);
    form->addRow(QString(), m_notify);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Reader theme:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setRefreshIntervalMinutes(m_interval->value());
    m_settings.setRetentionDays(m_retention->value());
    m_settings.setCacheForOffline(m_cache->isChecked());
    m_settings.setNotifyFollowedTags(m_notify->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setTheme(m_theme->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace warta::ui
