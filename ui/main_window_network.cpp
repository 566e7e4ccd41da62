// What goes through the network services: refresh progress, the offline indicator,
// the feed context menu's requests, adding feeds and opening "Baca Juga" targets.
#include "ui/main_window.h"

#include "ui/add_feed_dialog.h"
#include "ui/article_list_model.h"
#include "ui/article_query_runner.h"
#include "ui/feed_context_menu.h"
#include "ui/feed_tree_model.h"
#include "ui/mark_read_command.h"
#include "ui/refresh_controller.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

namespace warta::ui {

void MainWindow::connectRefresh()
{
    connect(m_feedMenu, &FeedContextMenu::markReadRequested, this, &MainWindow::markSourceRead);
    connect(m_feedMenu, &FeedContextMenu::refreshRequested, this, [this](const QList<qint64> &ids) {
        if (m_refresh)
            m_refresh->refreshFeeds(ids);
    });
    connect(m_feedMenu, &FeedContextMenu::downloadRequested, this, [this](const QList<qint64> &ids) {
        if (!m_refresh)
            return;
        statusBar()->showMessage(tr("Downloading articles for offline reading…"), 4000);
        m_refresh->downloadForOffline(ids);
    });
    if (!m_refresh)
        return;
    connect(m_cancelRefresh, &QToolButton::clicked, m_refresh, &RefreshController::cancel);
    connect(m_refresh, &RefreshController::started, this, [this](int feeds) {
        m_progress->setRange(0, feeds); // 0: busy until the work is known
        m_progress->setValue(0);
        m_progress->show();
        m_cancelRefresh->show();
    });
    connect(m_refresh, &RefreshController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->show();
        m_cancelRefresh->show();
    });
    connect(m_refresh, &RefreshController::finished, this, [this](int newArticles) {
        m_progress->hide();
        m_cancelRefresh->hide();
        statusBar()->showMessage(tr("Refresh finished: %n new article(s)", nullptr, newArticles), 5000);
    });
    connect(m_refresh, &RefreshController::feedFailed, this, [this](qint64, const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_refresh, &RefreshController::offlineChanged, m_offlineLabel, &QWidget::setVisible);
}

void MainWindow::markSourceRead(const ArticleQuery &source)
{
    ArticleQuery q = source;
    q.unreadOnly = true;
    q.starredOnly = false;
    q.text.clear();
    QList<qint64> ids = m_articleModel->newRunner(q)->allIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to mark read"), 3000);
        return;
    }
    const int n = int(ids.size());
    for (qint64 id : std::as_const(ids))
        if (const int row = m_articleModel->rowOf(id); row >= 0)
            m_articleModel->setLocalState(id, true, m_articleModel->articleAt(row)->starred);
    m_undo->push(new MarkReadCommand(*m_actions, std::move(ids), tr("Mark %n article(s) read", nullptr, n)));
    statusBar()->showMessage(tr("Marked %n article(s) read. Undo with Ctrl+Z.", nullptr, n), 10000);
}

void MainWindow::addFeed()
{
    if (!m_hooks.findFeed || !m_hooks.subscribe) {
        statusBar()->showMessage(tr("Adding feeds is not available in this build"), 5000);
        return;
    }
    QStringList folders;
    for (int r = 0; r < m_feedModel->rowCount(); ++r) {
        const QModelIndex i = m_feedModel->index(r, 0);
        if (FeedTreeModel::Kind(i.data(FeedTreeModel::KindRole).toInt()) == FeedTreeModel::Kind::Folder)
            folders << i.data(Qt::EditRole).toString();
    }
    // Non-modal: discovery takes network time and the window stays usable meanwhile.
    auto *dialog = new AddFeedDialog(m_hooks.findFeed, folders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const FeedCandidate candidate = dialog->candidate();
        m_hooks.subscribe(candidate, dialog->folder()).then(this, [this](const SubscribeResult &r) {
            statusBar()->showMessage(r.added ? tr("Subscribed to “%1”").arg(r.title)
                                             : tr("Already subscribed to “%1”").arg(r.title),
                                     5000);
            if (r.added && m_refresh)
                m_refresh->refreshFeed(r.feedId);
        }).onFailed(this, [this](const std::exception &e) { showError(QString::fromUtf8(e.what())); });
    });
    dialog->open();
}

void MainWindow::openRelated(const QUrl &url, const QString &title)
{
    if (!m_hooks.openRelated) {
        m_openUrl(url);
        return;
    }
    statusBar()->showMessage(tr("Fetching “%1” for offline reading…").arg(title.isEmpty() ? url.toDisplayString() : title));
    m_hooks.openRelated(url, title).then(this, [this, url](const RelatedOpenOutcome &o) {
        if (!o.articleId) {
            showError(tr("Could not open %1: %2").arg(url.toDisplayString(), o.error));
            return;
        }
        statusBar()->showMessage(o.cached ? tr("Saved for offline reading") : tr("Could not save the page: %1").arg(o.error), 5000);
        openArticle(o.articleId);
    });
}

} // namespace warta::ui
