// Layout, selection routing, reloading after writes, window state.
// Actions and menus live in main_window_actions.cpp.
#include "ui/main_window.h"

#include "storage/storage.h"
#include "storage/tag_store.h"
#include "ui/article_actions.h"
#include "ui/article_list_model.h"
#include "ui/article_navigator.h"
#include "ui/article_view.h"
#include "ui/collection_actions.h"
#include "ui/collection_list_model.h"
#include "ui/collections_panel.h"
#include "ui/feed_context_menu.h"
#include "ui/feed_tree_model.h"
#include "ui/filter_bar.h"
#include "ui/refresh_controller.h"
#include "ui/saved_search_panel.h"
#include "ui/search_box.h"
#include "ui/search_snippet_tips.h"
#include "ui/tag_list_model.h"
#include "ui/tag_sidebar.h"
#include "ui/ui_settings.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace warta::ui {

MainWindow::MainWindow(Storage &storage, UiSettings &settings, RefreshController *refresh, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(storage)
    , m_settings(settings)
    , m_refresh(refresh)
    , m_reader(storage.openReader(Storage::ReaderPages::Copied)) // few pages per query: no mmap
    , m_actions(new ArticleActions(storage, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Warta"));
    m_openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    m_chooseSaveFile = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    m_chooseOpenFile = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getOpenFileName(this, title, suggested, filter);
    };
    buildPanes();
    buildActions();
    buildStatusBar();
    connectStorage();
    restoreWindowState();
    // The models have just loaded: reloading them here again doubled the tag and feed
    // counts before the first paint (bench/ui). Only the status bar's totals are missing.
    const Stats stats = readStats(*m_reader);
    m_statsLabel->setText(tr("%1 unread · %2 articles").arg(stats.unread).arg(stats.articles));
    showSource({});
}

MainWindow::~MainWindow()
{
    saveWindowState();
    // The pane talks to WebEngine asynchronously and reads through m_reader: make sure
    // it is gone before the reader (a member) is destroyed.
    delete m_articleView;
    m_articleView = nullptr;
}

void MainWindow::buildPanes()
{
    m_feedModel = new FeedTreeModel(*m_reader, this);
    m_articleModel = new ArticleListModel(*m_reader, this);
    m_tagModel = new TagListModel(*m_reader, this);
    m_collectionModel = new CollectionListModel(*m_reader, this);

    m_feedTree = new QTreeView;
    m_feedTree->setObjectName(QStringLiteral("feedTree"));
    m_feedTree->setModel(m_feedModel);
    m_feedTree->setHeaderHidden(true);
    m_feedTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Outlets name their feeds at length ("Kompas.com - Berita Terkini"): cut the middle
    // so the unread count at the end stays visible.
    m_feedTree->setTextElideMode(Qt::ElideMiddle);
    m_feedTree->expandAll();
    connect(m_feedModel, &QAbstractItemModel::modelReset, m_feedTree, &QTreeView::expandAll);
    m_feedMenu = new FeedContextMenu(*m_feedTree, *m_feedModel, m_storage, *m_undo, this);
    m_collections = new CollectionsPanel(*m_collectionModel, m_storage);
    m_collections->setObjectName(QStringLiteral("collectionsPanel"));

    m_sideSplitter = new QSplitter(Qt::Vertical);
    m_sideSplitter->setObjectName(QStringLiteral("sidebarSplitter"));
    m_sideSplitter->addWidget(m_feedTree);
    m_sideSplitter->addWidget(m_collections);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 1);

    m_filterBar = new FilterBar;
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_articleList = new QTableView;
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setModel(m_articleModel);
    m_articleList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articleList->setShowGrid(false);
    m_articleList->setDragEnabled(true); // onto a collection to save there
    m_articleList->setWordWrap(false);
    m_articleList->verticalHeader()->hide();
    m_articleList->verticalHeader()->setDefaultSectionSize(m_articleList->fontMetrics().height() + 8);
    m_articleList->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleList->horizontalHeader()->resizeSection(ArticleListModel::FeedColumn, 140);
    m_articleList->horizontalHeader()->resizeSection(ArticleListModel::DateColumn, 120);
    m_navigator = std::make_unique<ArticleNavigator>(*m_articleList, *m_articleModel);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    m_searchBox = new SearchBox(m_storage);
    m_searchBox->setObjectName(QStringLiteral("searchPane"));
    new SearchSnippetTips(*m_articleList, *m_articleModel); // owned by the list
    listLayout->addWidget(m_searchBox);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_articleList, 1);

    m_articleView = new ArticleView(*m_reader);
    m_articleView->setObjectName(QStringLiteral("articleView"));
    ArticleRenderOptions renderOptions;
    renderOptions.theme = m_settings.theme();
    m_articleView->setRenderOptions(renderOptions);
    m_articleView->setZoom(m_settings.readerZoom());
    // WebEngine starts once the list is on screen, not before (bench/ui/run.sh).
    m_articleView->createWebViewAfterFirstPaintOf(m_articleList->viewport());

    m_contentSplitter = new QSplitter(Qt::Vertical);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->addWidget(listPane);
    m_contentSplitter->addWidget(m_articleView);
    m_contentSplitter->setStretchFactor(0, 2);
    m_contentSplitter->setStretchFactor(1, 3);
    m_contentSplitter->setSizes({240, 480}); // the reader pane gets the room by default

    m_tagSidebar = new TagSidebar(*m_tagModel);
    m_tagSidebar->setObjectName(QStringLiteral("tagSidebar"));
    m_savedSearches = new SavedSearchPanel(m_storage);
    m_savedSearches->setObjectName(QStringLiteral("savedSearchPanel"));
    m_tagSidebar->addSection(m_savedSearches);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->addWidget(m_tagSidebar);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 1);
    m_mainSplitter->setSizes({220, 760, 200});
    setCentralWidget(m_mainSplitter);

    // One source at a time: picking in one sidebar clears the others.
    // Selection, not the current index, picks a source: item views make their first row
    // current on focus-in without selecting it, and tabbing around must not switch feeds.
    connect(m_feedTree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_feedTree->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QModelIndex i = rows.first();
        m_tagSidebar->clearSelection();
        m_collections->clearSelection();
        showSource(m_feedModel->queryFor(i));
    });
    connect(m_tagSidebar, &TagSidebar::tagSelected, this, [this](const QString &tag) {
        m_collections->clearSelection();
        {
            const QSignalBlocker blocker(m_feedTree->selectionModel());
            m_feedTree->selectionModel()->clear();
        }
        showSource({ArticleQuery::Scope::Tag, 0, tag});
    });
    connect(m_tagSidebar, &TagSidebar::followRequested, m_actions, &ArticleActions::setTagFollowed);
    connect(m_tagSidebar, &TagSidebar::renameRequested, m_actions, &ArticleActions::renameTag);
    connect(m_tagSidebar, &TagSidebar::mergeRequested, m_actions, &ArticleActions::mergeTag);
    connect(m_collections, &CollectionsPanel::collectionSelected, this, [this](const QString &name) {
        m_tagSidebar->clearSelection();
        {
            const QSignalBlocker blocker(m_feedTree->selectionModel());
            m_feedTree->selectionModel()->clear();
        }
        showSource({ArticleQuery::Scope::Collection, 0, name});
    });
    connect(m_collections, &CollectionsPanel::createRequested, m_actions, &ArticleActions::createCollection);
    connect(m_collections, &CollectionsPanel::renameRequested, this, [this](qint64 id, const QString &name) {
        m_actions->renameCollection(id, name);
        if (m_source.scope == ArticleQuery::Scope::Collection)
            m_source.name = name;
    });
    connect(m_collections, &CollectionsPanel::deleteRequested, this, [this](qint64 id, const QString &name) {
        m_actions->deleteCollection(id);
        if (m_source.scope == ArticleQuery::Scope::Collection && m_source.name == name)
            showSource({});
    });
    connect(m_collections, &CollectionsPanel::exportRequested, this, &MainWindow::exportCollection);
    // Search results are a source of their own, like a feed or a tag.
    connect(m_searchBox, &SearchBox::searched, this, [this](const ArticleQuery &results) {
        m_tagSidebar->clearSelection();
        m_collections->clearSelection();
        {
            const QSignalBlocker blocker(m_feedTree->selectionModel());
            m_feedTree->selectionModel()->clear();
        }
        showSource(results);
    });
    connect(m_searchBox, &SearchBox::saveRequested, m_savedSearches, &SavedSearchPanel::save);
    connect(m_savedSearches, &SavedSearchPanel::searchSelected, m_searchBox, &SearchBox::runSearch);
    // A deleted feed's articles leave the list at once; undo brings them back.
    connect(m_feedMenu, &FeedContextMenu::feedDeleted, this, [this](qint64 id, const QString &title) {
        const bool shown = m_source.scope == ArticleQuery::Scope::Feed && m_source.id == id;
        showSource(shown ? ArticleQuery{} : m_source);
        statusBar()->showMessage(tr("Deleted “%1”. Undo with Ctrl+Z.").arg(title), 10000);
    });
    connect(m_feedMenu, &FeedContextMenu::feedRestored, this, [this] { showSource(m_source); });
    connect(&m_collections->actions(), &CollectionActions::articlesAdded, this, [this](int n, const QString &name) {
        statusBar()->showMessage(tr("Saved %n article(s) to “%1”", nullptr, n).arg(name), 4000);
    });
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::applyQuery);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_articleList->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            onArticleActivated(rows.first());
    });
    connect(m_articleView, &ArticleView::articleLinkActivated, this, &MainWindow::openArticle);
    connect(m_articleView, &ArticleView::relatedLinkActivated, this, &MainWindow::openRelated);
    connect(m_articleView, &ArticleView::externalLinkActivated, this, [this](const QUrl &url) { m_openUrl(url); });
    connect(m_articleView, &ArticleView::tagLinkActivated, this, &MainWindow::selectTagByName);
    connect(m_articleView, &ArticleView::tagFollowRequested, m_actions, &ArticleActions::setTagFollowed);
}

void MainWindow::buildStatusBar()
{
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("writeErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancelRefresh = new QToolButton(this);
    m_cancelRefresh->setObjectName(QStringLiteral("cancelRefreshButton"));
    m_cancelRefresh->setText(tr("Cancel"));
    m_cancelRefresh->hide();
    statusBar()->addPermanentWidget(m_errorLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelRefresh);
    statusBar()->addPermanentWidget(m_statsLabel);
    m_offlineLabel = new QLabel(tr("Offline"), this);
    m_offlineLabel->setObjectName(QStringLiteral("offlineLabel"));
    m_offlineLabel->setToolTip(tr("The last refresh reached no feed. Cached articles still read."));
    m_offlineLabel->hide();
    statusBar()->addPermanentWidget(m_offlineLabel);
    connectRefresh();
}

void MainWindow::connectStorage()
{
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100); // a burst of writes (a refresh) reloads once
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reloadAfterWrite);
    // Both signals come from the writer thread.
    connect(&m_storage, &Storage::changed, m_reloadTimer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    connect(&m_storage, &Storage::writeFailed, this,
            [this](const QString &what, const QString &message) {
                showError(tr("Could not finish %1: %2").arg(what, message));
            },
            Qt::QueuedConnection);
}

void MainWindow::showError(const QString &message)
{
    m_errorLabel->setText(tr("Error"));
    m_errorLabel->setToolTip(message);
    m_errorLabel->show();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::reloadAfterWrite()
{
    m_feedModel->reload();
    m_tagModel->reload();
    m_collectionModel->reload();
    m_articleModel->refreshStates();
    const Stats stats = readStats(*m_reader);
    m_statsLabel->setText(tr("%1 unread · %2 articles").arg(stats.unread).arg(stats.articles));
}

void MainWindow::showSource(const ArticleQuery &source)
{
    m_source = source;
    applyQuery();
}

void MainWindow::applyQuery()
{
    ArticleQuery q = m_source;
    q.unreadOnly = m_filterBar->unreadOnly();
    q.starredOnly = m_filterBar->starredOnly();
    q.text = m_filterBar->text();
    const qint64 shown = m_articleView->articleId();
    m_articleModel->setQuery(q);
    // Keep the open article selected if it is still listed.
    const int row = shown ? m_articleModel->rowOf(shown) : -1;
    if (row >= 0) {
        const QSignalBlocker blocker(m_articleList->selectionModel());
        m_articleList->selectRow(row);
    }
}

void MainWindow::openArticle(qint64 articleId)
{
    const int row = m_articleModel->rowOf(articleId);
    if (row >= 0)
        m_articleList->selectRow(row);
    // Selecting the row that is already selected (the pane showed a "Baca Juga" target
    // meanwhile) changes no selection: show the article directly then.
    if (m_articleView->articleId() != articleId)
        m_articleView->showArticle(articleId);
}

qint64 MainWindow::currentArticleId() const
{
    return m_articleView->articleId();
}

void MainWindow::onArticleActivated(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const qint64 id = current.data(ArticleListModel::ArticleIdRole).toLongLong();
    m_articleView->showArticle(id);
    if (!current.data(ArticleListModel::ReadRole).toBool()) {
        m_articleModel->setLocalState(id, true, current.data(ArticleListModel::StarredRole).toBool());
        m_actions->setRead(id, true);
    }
}

void MainWindow::selectTagByName(const QString &tag)
{
    for (int row = 0; row < m_tagModel->rowCount(); ++row) {
        const QModelIndex index = m_tagModel->index(row);
        if (index.data(TagListModel::DisplayNameRole).toString().compare(tag, Qt::CaseInsensitive) == 0) {
            m_tagSidebar->list()->setCurrentIndex(index);
            return;
        }
    }
}

void MainWindow::restoreWindowState()
{
    resize(1180, 760);
    if (const QByteArray g = m_settings.windowGeometry(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = m_settings.windowState(); !s.isEmpty())
        restoreState(s);
    for (QSplitter *splitter : {m_mainSplitter, m_sideSplitter, m_contentSplitter})
        if (const QByteArray s = m_settings.splitterState(splitter->objectName()); !s.isEmpty())
            splitter->restoreState(s);
    if (const QByteArray s = m_settings.headerState(QStringLiteral("articleList")); !s.isEmpty())
        m_articleList->horizontalHeader()->restoreState(s);
}

void MainWindow::saveWindowState()
{
    if (m_stateSaved)
        return;
    m_stateSaved = true;
    m_settings.setWindow(saveGeometry(), saveState());
    for (QSplitter *splitter : {m_mainSplitter, m_sideSplitter, m_contentSplitter})
        m_settings.setSplitterState(splitter->objectName(), splitter->saveState());
    m_settings.setHeaderState(QStringLiteral("articleList"), m_articleList->horizontalHeader()->saveState());
    m_settings.setReaderZoom(m_articleView->zoom());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace warta::ui
