#pragma once

#include "ui/article_query.h"
#include "ui/network_hooks.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace warta {
class SqliteConnection;
class Storage;
} // namespace warta

namespace warta::ui {

class ArticleActions;
class ArticleListModel;
class ArticleNavigator;
class ArticleView;
class CollectionListModel;
class CollectionsPanel;
class FeedContextMenu;
class FeedTreeModel;
class FilterBar;
class RefreshController;
class SavedSearchPanel;
class SearchBox;
class TagListModel;
class TagSidebar;
class UiSettings;

/// The main window: lays out the panes, routes selections between them and hosts the
/// actions. State lives in the models and the storage; writes go through ArticleActions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `refresh` may be null (no refresh service in this build).
    MainWindow(Storage &storage, UiSettings &settings, RefreshController *refresh = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Hooks for what leaves the app (browser, file dialogs); tests replace them.
    using UrlOpener = std::function<void(const QUrl &)>;
    using FileChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setSaveFileChooser(FileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    void setOpenFileChooser(FileChooser chooser) { m_chooseOpenFile = std::move(chooser); }
    /// Feed discovery and "Baca Juga" fetching; without them those actions say so.
    void setNetworkHooks(NetworkHooks hooks) { m_hooks = std::move(hooks); }

    [[nodiscard]] ArticleListModel &articleModel() const { return *m_articleModel; }
    [[nodiscard]] ArticleView &articleView() const { return *m_articleView; }
    [[nodiscard]] const ArticleQuery &currentSource() const { return m_source; }

    /// Shows a failure to the user (status bar and the error label).
    void showError(const QString &message);

public slots:
    void showSource(const warta::ui::ArticleQuery &source);
    /// Shows an article, selecting it in the list when it is listed.
    void openArticle(qint64 articleId);
    void saveCurrentArticleTo(const QString &collection);
    void markAllRead();
    /// Marks every unread article of `source` read, undoably.
    void markSourceRead(const warta::ui::ArticleQuery &source);
    /// Opens the add-feed dialog (autodiscovery, preview, folder) and subscribes.
    void addFeed();
    /// Opens an uncached "Baca Juga" target in Warta once fetched and cached.
    void openRelated(const QUrl &url, const QString &title);
    void exportCollection(const QString &name, const QString &format);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildActions();
    void buildStatusBar();
    void connectRefresh();
    void connectStorage();
    void restoreWindowState();
    void saveWindowState();

    void applyQuery();
    void onArticleActivated(const QModelIndex &current);
    void reloadAfterWrite();
    void toggleRead();
    void toggleStar();
    void openInBrowser();
    void spaceKey();
    void refreshAll();
    void promptSaveToCollection();
    void populateSaveMenu();
    void importOpmlFile();
    void exportOpmlFile();
    void openSettings();
    void selectTagByName(const QString &tag);
    [[nodiscard]] qint64 currentArticleId() const;

    Storage &m_storage;
    UiSettings &m_settings;
    RefreshController *m_refresh;
    std::unique_ptr<SqliteConnection> m_reader;
    ArticleActions *m_actions = nullptr;
    QUndoStack *m_undo = nullptr;

    FeedTreeModel *m_feedModel = nullptr;
    ArticleListModel *m_articleModel = nullptr;
    TagListModel *m_tagModel = nullptr;
    CollectionListModel *m_collectionModel = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QTreeView *m_feedTree = nullptr;
    CollectionsPanel *m_collections = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_articleList = nullptr;
    ArticleView *m_articleView = nullptr;
    TagSidebar *m_tagSidebar = nullptr;
    SearchBox *m_searchBox = nullptr;
    SavedSearchPanel *m_savedSearches = nullptr;
    std::unique_ptr<ArticleNavigator> m_navigator;
    FeedContextMenu *m_feedMenu = nullptr;
    NetworkHooks m_hooks;
    QLabel *m_offlineLabel = nullptr;
    QMenu *m_saveMenu = nullptr;

    QLabel *m_statsLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelRefresh = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;

    ArticleQuery m_source;
    QString m_lastCollection;
    UrlOpener m_openUrl;
    FileChooser m_chooseSaveFile;
    FileChooser m_chooseOpenFile;
    bool m_stateSaved = false;
};

} // namespace warta::ui
