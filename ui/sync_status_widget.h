#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace warta::ui {

/// The sync's corner of the status bar: what it is doing (stage and counts), a Cancel
/// button while it runs, then the summary or the error (details in the tooltip).
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    /// stage: login, feeds, articles, state, labels, push; total -1 when unknown.
    void showProgress(const QString &stage, int done, int total);
    void showCancelling();
    void showDone(const QString &text, const QString &details, bool failed);

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace warta::ui
