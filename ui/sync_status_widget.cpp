#include "ui/sync_status_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace warta::ui {

namespace {
QString stageName(const QString &stage) {
    if (stage == QLatin1String("login"))
        return SyncStatusWidget::tr("Sync: logging in…");
    if (stage == QLatin1String("feeds"))
        return SyncStatusWidget::tr("Sync: feeds");
    if (stage == QLatin1String("articles"))
        return SyncStatusWidget::tr("Sync: articles");
    if (stage == QLatin1String("state"))
        return SyncStatusWidget::tr("Sync: read and starred");
    if (stage == QLatin1String("labels"))
        return SyncStatusWidget::tr("Sync: labels");
    if (stage == QLatin1String("push"))
        return SyncStatusWidget::tr("Sync: sending changes");
    return SyncStatusWidget::tr("Sync: %1").arg(stage);
}
} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("syncStatus"));
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton;
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; changes not yet sent stay queued"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancelRequested);
    m_progress->hide();
    m_cancel->hide();
    hide(); // until the first sync
}

void SyncStatusWidget::showProgress(const QString &stage, int done, int total) {
    show();
    QString text = stageName(stage);
    if (total > 0)
        text += QStringLiteral(" %1/%2").arg(done).arg(total);
    else if (done > 0)
        text += QStringLiteral(" %1").arg(done);
    m_label->setText(text);
    m_label->setToolTip({});
    m_label->setStyleSheet({});
    // Unknown totals (the API never says how many articles will come) show a busy bar.
    m_progress->setRange(0, total > 0 ? total : 0);
    if (total > 0)
        m_progress->setValue(qMin(done, total));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void SyncStatusWidget::showCancelling() {
    m_label->setText(tr("Sync: cancelling…"));
    m_cancel->setEnabled(false);
}

void SyncStatusWidget::showDone(const QString &text, const QString &details, bool failed) {
    show();
    m_progress->hide();
    m_cancel->hide();
    m_label->setText(text);
    m_label->setToolTip(details);
    m_label->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace warta::ui
