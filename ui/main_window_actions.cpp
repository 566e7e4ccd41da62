// Menus, keyboard shortcuts and the handlers behind them.
#include "ui/main_window.h"

#include "services/opml_service.h"
#include "storage/storage.h"
#include "ui/article_actions.h"
#include "ui/article_list_model.h"
#include "ui/article_navigator.h"
#include "ui/article_query_runner.h"
#include "ui/article_view.h"
#include "ui/collection_exporter.h"
#include "ui/collection_membership_menu.h"
#include "ui/collections_panel.h"
#include "ui/collection_list_model.h"
#include "ui/filter_bar.h"
#include "ui/mark_read_command.h"
#include "ui/refresh_controller.h"
#include "ui/search_box.h"
#include "ui/settings_dialog.h"
#include "ui/translations.h"
#include "ui/ui_settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace warta::ui {

namespace {
QAction *makeAction(QWidget *window, QMenu *menu, const QString &name, const QString &text,
                   const QKeySequence &key = {})
{
    auto *action = menu->addAction(text);
    action->setObjectName(name);
    if (!key.isEmpty())
        action->setShortcut(key);
    // Single-key shortcuts must work wherever focus is in the window (not in text fields,
    // which take printable keys first through ShortcutOverride).
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}
} // namespace

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(makeAction(this, file, QStringLiteral("importOpmlAction"), tr("&Import Subscriptions (OPML)…")),
            &QAction::triggered, this, &MainWindow::importOpmlFile);
    connect(makeAction(this, file, QStringLiteral("exportOpmlAction"), tr("&Export Subscriptions (OPML)…")),
            &QAction::triggered, this, &MainWindow::exportOpmlFile);
    file->addSeparator();
    connect(makeAction(this, file, QStringLiteral("settingsAction"), tr("&Settings…"), QKeySequence::Preferences),
            &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    connect(makeAction(this, file, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    addAction(undo);
    connect(makeAction(this, edit, QStringLiteral("searchAction"), tr("&Search Articles"), QKeySequence(Qt::Key_Slash)),
            &QAction::triggered, m_searchBox, &SearchBox::focusSearch);
    connect(makeAction(this, edit, QStringLiteral("findAction"), tr("&Filter Articles"), QKeySequence::Find),
            &QAction::triggered, m_filterBar, &FilterBar::focusFilter);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(makeAction(this, view, QStringLiteral("zoomInAction"), tr("Zoom &In"), QKeySequence::ZoomIn),
            &QAction::triggered, this, [this] { m_articleView->setZoom(m_articleView->zoom() + 0.1); });
    connect(makeAction(this, view, QStringLiteral("zoomOutAction"), tr("Zoom &Out"), QKeySequence::ZoomOut),
            &QAction::triggered, this, [this] { m_articleView->setZoom(m_articleView->zoom() - 0.1); });
    connect(makeAction(this, view, QStringLiteral("zoomResetAction"), tr("&Normal Size"), QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, this, [this] { m_articleView->setZoom(1.0); });

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    connect(makeAction(this, article, QStringLiteral("nextArticleAction"), tr("&Next"), QKeySequence(Qt::Key_J)),
            &QAction::triggered, this, [this] { m_navigator->next(); });
    connect(makeAction(this, article, QStringLiteral("previousArticleAction"), tr("&Previous"), QKeySequence(Qt::Key_K)),
            &QAction::triggered, this, [this] { m_navigator->previous(); });
    connect(makeAction(this, article, QStringLiteral("nextUnreadAction"), tr("Next &Unread"), QKeySequence(Qt::Key_N)),
            &QAction::triggered, this, [this] {
                if (!m_navigator->nextUnread())
                    statusBar()->showMessage(tr("No more unread articles here"), 3000);
            });
    connect(makeAction(this, article, QStringLiteral("pageOrNextAction"), tr("Page Down or Next"),
                      QKeySequence(Qt::Key_Space)),
            &QAction::triggered, this, &MainWindow::spaceKey);
    article->addSeparator();
    connect(makeAction(this, article, QStringLiteral("toggleReadAction"), tr("Toggle &Read"), QKeySequence(Qt::Key_M)),
            &QAction::triggered, this, &MainWindow::toggleRead);
    connect(makeAction(this, article, QStringLiteral("toggleStarAction"), tr("Toggle &Star"), QKeySequence(Qt::Key_S)),
            &QAction::triggered, this, &MainWindow::toggleStar);
    connect(makeAction(this, article, QStringLiteral("openInBrowserAction"), tr("&Open in Browser"),
                      QKeySequence(Qt::Key_O)),
            &QAction::triggered, this, &MainWindow::openInBrowser);
    m_saveMenu = article->addMenu(tr("Save to &Collection"));
    m_saveMenu->setObjectName(QStringLiteral("saveToCollectionMenu"));
    connect(m_saveMenu, &QMenu::aboutToShow, this, &MainWindow::populateSaveMenu);
    connect(makeAction(this, article, QStringLiteral("saveToCollectionAction"), tr("Save to Collection…"),
                      QKeySequence(tr("Ctrl+D"))),
            &QAction::triggered, this, &MainWindow::promptSaveToCollection);
    auto *membership = new CollectionMembershipMenu(*m_collectionModel, m_storage, m_collections->actions(),
                                                    [this] { return currentArticleId(); }, this);
    article->addMenu(membership);
    connect(makeAction(this, article, QStringLiteral("addToCollectionsAction"), tr("Add to Collections…"),
                       QKeySequence(tr("Ctrl+Shift+D"))),
            &QAction::triggered, this, [this, membership] {
                const QRect row = m_articleList->visualRect(m_articleList->currentIndex());
                membership->popup(m_articleList->viewport()->mapToGlobal(row.isValid() ? row.bottomLeft() : QPoint()));
            });
    article->addSeparator();
    connect(makeAction(this, article, QStringLiteral("markAllReadAction"), tr("Mark &All Read"),
                      QKeySequence(tr("Ctrl+Shift+A"))),
            &QAction::triggered, this, &MainWindow::markAllRead);

    QMenu *feeds = menuBar()->addMenu(tr("F&eeds"));
    connect(makeAction(this, feeds, QStringLiteral("addFeedAction"), tr("&Add Feed…"), QKeySequence(tr("Ctrl+N"))),
            &QAction::triggered, this, &MainWindow::addFeed);
    connect(makeAction(this, feeds, QStringLiteral("refreshAction"), tr("&Refresh All"), QKeySequence(Qt::Key_R)),
            &QAction::triggered, this, &MainWindow::refreshAll);

    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshAll);
    if (m_refresh && m_settings.refreshIntervalMinutes() > 0)
        m_refreshTimer->start(m_settings.refreshIntervalMinutes() * 60 * 1000);
}

void MainWindow::toggleRead()
{
    const QModelIndex current = m_articleList->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(ArticleListModel::ArticleIdRole).toLongLong();
    const bool read = !current.data(ArticleListModel::ReadRole).toBool();
    m_articleModel->setLocalState(id, read, current.data(ArticleListModel::StarredRole).toBool());
    m_actions->setRead(id, read);
}

void MainWindow::toggleStar()
{
    const QModelIndex current = m_articleList->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(ArticleListModel::ArticleIdRole).toLongLong();
    const bool starred = !current.data(ArticleListModel::StarredRole).toBool();
    m_articleModel->setLocalState(id, current.data(ArticleListModel::ReadRole).toBool(), starred);
    m_actions->setStarred(id, starred);
}

void MainWindow::openInBrowser()
{
    const QModelIndex current = m_articleList->currentIndex();
    const QUrl url(current.data(ArticleListModel::LinkRole).toString());
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        m_openUrl(url);
}

void MainWindow::spaceKey()
{
    if (!m_articleView->articleId() || !m_articleView->pageDown())
        m_navigator->next();
}

void MainWindow::refreshAll()
{
    if (m_refresh)
        m_refresh->refreshAll();
    else
        statusBar()->showMessage(tr("Refreshing is not available in this build yet"), 5000);
}

void MainWindow::markAllRead()
{
    ArticleQuery q = m_articleModel->query();
    q.unreadOnly = true;
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

void MainWindow::saveCurrentArticleTo(const QString &collection)
{
    const qint64 id = currentArticleId();
    if (!id || collection.trimmed().isEmpty())
        return;
    m_lastCollection = collection.trimmed();
    m_actions->saveToCollection(id, m_lastCollection);
    statusBar()->showMessage(tr("Saved to “%1”").arg(m_lastCollection), 4000);
}

void MainWindow::populateSaveMenu()
{
    m_saveMenu->clear();
    for (const QString &name : m_collectionModel->names()) {
        QAction *a = m_saveMenu->addAction(name, this, [this, name] { saveCurrentArticleTo(name); });
        a->setObjectName(QStringLiteral("saveTo:") + name);
    }
    m_saveMenu->addSeparator();
    m_saveMenu->addAction(tr("New Collection…"), this, &MainWindow::promptSaveToCollection)
        ->setObjectName(QStringLiteral("saveToNewCollection"));
}

void MainWindow::promptSaveToCollection()
{
    if (!currentArticleId())
        return;
    QStringList names = m_collectionModel->names();
    if (names.isEmpty())
        names << tr("Reading list");
    const int current = qMax(0, int(names.indexOf(m_lastCollection)));
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Save to collection"), tr("Collection:"), names, current,
                                               true, &ok);
    if (ok)
        saveCurrentArticleTo(name);
}

void MainWindow::exportCollection(const QString &name, const QString &format)
{
    const bool markdown = format == QLatin1String("md");
    const QString suggested = QDir::home().filePath(name + (markdown ? QStringLiteral(".md") : QStringLiteral(".html")));
    const QString path = m_chooseSaveFile(tr("Export collection"), suggested,
                                          markdown ? tr("Markdown (*.md)") : tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    const QByteArray data = markdown ? exportCollectionMarkdown(*m_reader, name).toUtf8()
                                     : exportCollectionHtml(*m_reader, name);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        showError(tr("Could not write %1: %2").arg(path, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported “%1” to %2").arg(name, path), 5000);
}

void MainWindow::importOpmlFile()
{
    const QString path = m_chooseOpenFile(tr("Import subscriptions"), QDir::homePath(), tr("OPML (*.opml *.xml)"));
    if (path.isEmpty())
        return;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read %1: %2").arg(path, in.errorString()));
        return;
    }
    importOpml(m_storage, in.readAll()).then(this, [this](const OpmlImportReport &report) {
        statusBar()->showMessage(tr("Imported %n feed(s)", nullptr, report.added) +
                                     (report.problems.isEmpty() ? QString() : QStringLiteral("; ") + report.problems.join(QStringLiteral("; "))),
                                 8000);
    });
}

void MainWindow::exportOpmlFile()
{
    const QString path = m_chooseSaveFile(tr("Export subscriptions"), QDir::home().filePath(QStringLiteral("warta.opml")),
                                          tr("OPML (*.opml)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    const QByteArray data = exportOpml(*m_reader);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        showError(tr("Could not write %1: %2").arg(path, out.errorString()));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    const QString language = resolveLanguage(m_settings.language());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ArticleRenderOptions renderOptions;
    renderOptions.theme = m_settings.theme();
    m_articleView->setRenderOptions(renderOptions);
    m_refreshTimer->stop();
    if (m_refresh && m_settings.refreshIntervalMinutes() > 0)
        m_refreshTimer->start(m_settings.refreshIntervalMinutes() * 60 * 1000);
    // A new language applies at once: ui/language_switcher.h rebuilds the window on it.
    if (resolveLanguage(m_settings.language()) != language)
        installTranslations(resolveLanguage(m_settings.language()));
}

} // namespace warta::ui
