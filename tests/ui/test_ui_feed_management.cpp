// Feed management through the real window: edit a feed, delete it and undo, delete and
// restart (collections keep their articles), folders, dragging feeds between folders.
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/feed_store.h"
#include "ui/article_list_model.h"
#include "ui/article_view.h"
#include "ui/feed_context_menu.h"
#include "ui/feed_edit_dialog.h"
#include "ui/feed_tree_model.h"
#include "ui/main_window.h"
#include "ui/ui_settings.h"
#include "window_test_base.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace warta;
using namespace warta::test;
using Kind = ui::FeedTreeModel::Kind;

class TestUiFeedManagement : public QObject, public WindowTestBase {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editFeedChangesTitleUrlFolderAndOfflineSwitch();
    void deleteFeedHidesItAtOnceAndUndoBringsEverythingBack();
    void deleteQuitRestartKeepsCollectionArticlesReadable();
    void undoingTheDeleteOfASyncedFeedTakesBackItsUnsubscribe();
    void foldersCreateRenameDelete();
    void dragFeedIntoFolderAndBackToTopLevel();

private:
    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("feedTree")); }
    ui::FeedTreeModel *treeModel() const { return static_cast<ui::FeedTreeModel *>(tree()->model()); }
    ui::FeedContextMenu *feedMenu() const { return m_window->findChild<ui::FeedContextMenu *>(); }
    /// Triggers the context-menu entry `action` for the tree row `index`, as a click would.
    void triggerMenu(const QModelIndex &index, const QString &action);
    QList<qint64> listedIds() const;
};

void TestUiFeedManagement::init()
{
    openSeededDatabase();
}

void TestUiFeedManagement::cleanup()
{
    closeAll();
}

void TestUiFeedManagement::triggerMenu(const QModelIndex &index, const QString &action)
{
    std::unique_ptr<QMenu> menu(feedMenu()->menuFor(index, m_window.get()));
    QVERIFY(menu);
    auto *a = menu->findChild<QAction *>(action);
    QVERIFY2(a, qPrintable(action));
    QVERIFY(a->isEnabled());
    a->trigger();
}

QList<qint64> TestUiFeedManagement::listedIds() const
{
    QList<qint64> ids;
    auto *model = list()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int r = 0; r < model->rowCount(); ++r)
        ids << model->index(r, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong();
    return ids;
}

void TestUiFeedManagement::editFeedChangesTitleUrlFolderAndOfflineSwitch()
{
    makeWindow(m_db->storage());
    const QModelIndex antara = treeModel()->find(Kind::Feed, m_db->antara);
    QVERIFY(antara.isValid());
    whenModal<ui::FeedEditDialog>([](ui::FeedEditDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("feedTitleEdit"))->text(), QStringLiteral("ANTARA"));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("feedFullTextCheck"))->isChecked());
        dialog->findChild<QLineEdit *>(QStringLiteral("feedTitleEdit"))->setText(QStringLiteral("ANTARA News"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("feedUrlEdit"));
        url->setText(QStringLiteral("not a url"));
        // Nothing to save while the URL is unusable.
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        url->setText(QStringLiteral("https://antara.example/berita.xml"));
        auto *folder = dialog->findChild<QComboBox *>(QStringLiteral("feedFolderCombo"));
        folder->setCurrentIndex(folder->findText(QStringLiteral("Teknologi")));
        dialog->findChild<QCheckBox *>(QStringLiteral("feedFullTextCheck"))->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    triggerMenu(antara, QStringLiteral("feedEditAction"));
    settle(m_db->storage());

    auto reader = m_db->storage().openReader();
    const Feed feed = FeedStore::byId(*reader, m_db->antara);
    QCOMPARE(feed.title, QStringLiteral("ANTARA News"));
    QCOMPARE(feed.url, QStringLiteral("https://antara.example/berita.xml"));
    QCOMPARE(feed.folderId, m_db->teknoFolder);
    QVERIFY(!feed.fetchFullText);
    // The tree follows: the feed now sits in Teknologi under its new title.
    const QModelIndex moved = treeModel()->find(Kind::Feed, m_db->antara);
    QVERIFY(moved.data().toString().startsWith(QStringLiteral("ANTARA News")));
    QCOMPARE(moved.parent().data(Qt::EditRole).toString(), QStringLiteral("Teknologi"));

    // F2 on the tree opens the same dialog; cancelling changes nothing.
    bool shown = false;
    whenModal<ui::FeedEditDialog>([&shown](ui::FeedEditDialog *dialog) {
        shown = true;
        dialog->findChild<QLineEdit *>(QStringLiteral("feedTitleEdit"))->setText(QStringLiteral("Dibatalkan"));
        dialog->reject();
    });
    QApplication::setActiveWindow(m_window.get()); // back from the first dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tree()->setFocus();
    tree()->setCurrentIndex(moved);
    QTest::keyClick(tree(), Qt::Key_F2);
    QTRY_VERIFY(shown);
    settle(m_db->storage());
    QCOMPARE(FeedStore::byId(*reader, m_db->antara).title, QStringLiteral("ANTARA News"));
}

void TestUiFeedManagement::deleteFeedHidesItAtOnceAndUndoBringsEverythingBack()
{
    // Reading state and a collection on ANTARA's articles, to see them all survive.
    m_db->storage()
        .write(QStringLiteral("test state"),
               [this](SqliteConnection &db) {
                   CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Arsip")), m_db->startupArticle);
                   ArticleStore::setRead(db, m_db->policyArticle, true);
                   ArticleStore::setStarred(db, m_db->policyArticle, true);
               })
        .waitForFinished();
    auto reader = m_db->storage().openReader();
    const Article policyBefore = ArticleStore::byId(*reader, m_db->policyArticle);
    const qint64 indexedBefore = reader->scalar(QStringLiteral("SELECT count(*) FROM articles_fts")).toLongLong();
    makeWindow(m_db->storage());
    const int antaraUnread = treeModel()->find(Kind::Feed, m_db->antara).data(ui::FeedTreeModel::UnreadRole).toInt();
    QVERIFY(listedIds().contains(m_db->policyArticle));

    // Del on the selected feed.
    tree()->setFocus();
    tree()->setCurrentIndex(treeModel()->find(Kind::Feed, m_db->antara));
    QCOMPARE(m_window->currentSource().id, m_db->antara);
    QTest::keyClick(tree(), Qt::Key_Delete);
    settle(m_db->storage());
    QVERIFY(!treeModel()->find(Kind::Feed, m_db->antara).isValid());
    QCOMPARE(m_window->currentSource().scope, ui::ArticleQuery::Scope::All);
    QVERIFY(!listedIds().contains(m_db->policyArticle));
    QVERIFY(!listedIds().contains(m_db->scriptArticle));
    QCOMPARE(FeedStore::byId(*reader, m_db->antara).id, 0);
    QCOMPARE(ArticleStore::byId(*reader, m_db->policyArticle).id, 0);
    // The collection's article stays, detached from the feed.
    QCOMPARE(ArticleStore::byId(*reader, m_db->startupArticle).feedId, 0);

    // Ctrl+Z brings back the feed, its articles and their state.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    settle(m_db->storage());
    const QModelIndex back = treeModel()->find(Kind::Feed, m_db->antara);
    QVERIFY(back.isValid());
    QCOMPARE(back.parent().data(Qt::EditRole).toString(), QStringLiteral("Berita"));
    QCOMPARE(back.data(ui::FeedTreeModel::UnreadRole).toInt(), antaraUnread);
    const Feed feed = FeedStore::byId(*reader, m_db->antara);
    QCOMPARE(feed.title, QStringLiteral("ANTARA"));
    QCOMPARE(feed.total, 3);
    const Article policy = ArticleStore::byId(*reader, m_db->policyArticle);
    QCOMPARE(policy.title, policyBefore.title);
    QVERIFY(policy.read && policy.starred);
    QCOMPARE(policy.tags, policyBefore.tags);
    const Article startup = ArticleStore::byId(*reader, m_db->startupArticle);
    QCOMPARE(startup.feedId, m_db->antara);
    QCOMPARE(startup.collections, QStringList{QStringLiteral("Arsip")});
    QCOMPARE(startup.related.size(), 2);
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM articles_fts")).toLongLong(), indexedBefore);
    QVERIFY(listedIds().contains(m_db->policyArticle));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("writeErrorLabel"))->isHidden());

    // Redo deletes again, and a second undo still restores (each step keeps its own copy).
    auto *undo = m_window->findChild<QUndoStack *>();
    undo->redo();
    settle(m_db->storage());
    QCOMPARE(FeedStore::byId(*reader, m_db->antara).id, 0);
    undo->undo();
    settle(m_db->storage());
    QCOMPARE(FeedStore::byId(*reader, m_db->antara).total, 3);
    QVERIFY(ArticleStore::byId(*reader, m_db->policyArticle).starred);
}

void TestUiFeedManagement::deleteQuitRestartKeepsCollectionArticlesReadable()
{
    m_db->storage()
        .write(QStringLiteral("test state"),
               [this](SqliteConnection &db) {
                   CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Arsip")), m_db->startupArticle);
               })
        .waitForFinished();
    makeWindow(m_db->storage());
    triggerMenu(treeModel()->find(Kind::Feed, m_db->antara), QStringLiteral("feedDeleteAction"));
    settle(m_db->storage());
    QVERIFY(!treeModel()->find(Kind::Feed, m_db->antara).isValid());
    m_window->close();
    m_window.reset(); // quit: the undo step goes with the window
    m_db->storage().drain();

    // Start again on the same file, with a storage of its own.
    Storage restarted(m_db->path(QStringLiteral("warta.db")));
    makeWindow(restarted);
    QVERIFY(!treeModel()->find(Kind::Feed, m_db->antara).isValid());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
    auto *collections = m_window->findChild<QListView *>(QStringLiteral("collectionList"));
    QCOMPARE(collections->model()->index(0, 0).data().toString(), QStringLiteral("Arsip (1)"));
    collections->setCurrentIndex(collections->model()->index(0, 0));
    QCOMPARE(listedIds(), QList<qint64>{m_db->startupArticle});
    m_window->openArticle(m_db->startupArticle);
    QVERIFY(waitForPageText(m_window->articleView().webView(), QStringLiteral("Ekosistem startup tumbuh pesat")));
    auto reader = restarted.openReader();
    QCOMPARE(ArticleStore::byId(*reader, m_db->policyArticle).id, 0); // not kept: gone for good
    m_window.reset();
    restarted.drain();
}

void TestUiFeedManagement::undoingTheDeleteOfASyncedFeedTakesBackItsUnsubscribe()
{
    m_db->exec(QStringLiteral(
        "INSERT INTO accounts(id, kind, name, url, created_at) VALUES (2, 'ttrss', 'Server', 'https://rss.example', 0);"
        "UPDATE feeds SET account_id = 2, remote_id = 77 WHERE id = %1;"
        "INSERT INTO sync_articles(article_id, account_id, remote_id, remote_read) VALUES (%2, 2, 501, 1);")
                   .arg(m_db->tempo)
                   .arg(m_db->cachedTarget));
    auto reader = m_db->storage().openReader();
    const QString pending = QStringLiteral("SELECT count(*) FROM sync_pending WHERE kind = 'unsubscribe' AND remote_id = 77");
    makeWindow(m_db->storage());
    triggerMenu(treeModel()->find(Kind::Feed, m_db->tempo), QStringLiteral("feedDeleteAction"));
    settle(m_db->storage());
    QCOMPARE(reader->scalar(pending).toInt(), 1); // a delete that stays is sent to the server
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    settle(m_db->storage());
    QCOMPARE(reader->scalar(pending).toInt(), 0);
    QCOMPARE(reader->scalar(QStringLiteral("SELECT remote_id FROM sync_articles WHERE article_id = %1")
                                .arg(m_db->cachedTarget)).toInt(), 501);
    QCOMPARE(reader->scalar(QStringLiteral("SELECT remote_id FROM feeds WHERE id = %1").arg(m_db->tempo)).toInt(), 77);
}

void TestUiFeedManagement::foldersCreateRenameDelete()
{
    makeWindow(m_db->storage());
    answerNextInputDialog(QStringLiteral("Daerah"));
    triggerMenu({}, QStringLiteral("folderCreateAction")); // the empty area below the feeds
    settle(m_db->storage());
    QVERIFY(findRow(treeModel(), QStringLiteral("Daerah")).isValid());

    answerNextInputDialog(QStringLiteral("Nasional"));
    triggerMenu(treeModel()->find(Kind::Folder, m_db->beritaFolder), QStringLiteral("folderRenameAction"));
    settle(m_db->storage());
    QCOMPARE(treeModel()->find(Kind::Folder, m_db->beritaFolder).data(Qt::EditRole).toString(), QStringLiteral("Nasional"));

    // Deleting a folder keeps its feeds, at the top level.
    triggerMenu(treeModel()->find(Kind::Folder, m_db->beritaFolder), QStringLiteral("folderDeleteAction"));
    settle(m_db->storage());
    QVERIFY(!treeModel()->find(Kind::Folder, m_db->beritaFolder).isValid());
    for (qint64 feed : {m_db->antara, m_db->tempo}) {
        const QModelIndex i = treeModel()->find(Kind::Feed, feed);
        QVERIFY(i.isValid());
        QVERIFY(!i.parent().isValid());
    }
    auto reader = m_db->storage().openReader();
    QCOMPARE(FeedStore::byId(*reader, m_db->antara).total, 3);
}

void TestUiFeedManagement::dragFeedIntoFolderAndBackToTopLevel()
{
    makeWindow(m_db->storage());
    ui::FeedTreeModel *model = treeModel();
    const QModelIndex tempo = model->find(Kind::Feed, m_db->tempo);
    QVERIFY(model->flags(tempo) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(model->mimeData({tempo}));
    QVERIFY(data);
    // Smart entries take no feeds.
    QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model->find(Kind::Smart, 0)));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, model->find(Kind::Folder, m_db->teknoFolder)));
    settle(m_db->storage());
    QCOMPARE(model->find(Kind::Feed, m_db->tempo).parent().data(Qt::EditRole).toString(), QStringLiteral("Teknologi"));
    // What the view shows: Tempo among Teknologi's rows, no longer under Berita.
    const QModelIndex tekno = model->find(Kind::Folder, m_db->teknoFolder);
    QStringList shown;
    for (int r = 0; r < model->rowCount(tekno); ++r)
        shown << model->index(r, 0, tekno).data(Qt::EditRole).toString();
    QVERIFY(shown.contains(QStringLiteral("Tempo")));
    QVERIFY(tree()->isExpanded(tekno));
    const QModelIndex berita = model->find(Kind::Folder, m_db->beritaFolder);
    QCOMPARE(model->rowCount(berita), 1);

    // Onto the empty area: the top level.
    data.reset(model->mimeData({model->find(Kind::Feed, m_db->tempo)}));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    settle(m_db->storage());
    QVERIFY(!model->find(Kind::Feed, m_db->tempo).parent().isValid());
    auto reader = m_db->storage().openReader();
    QCOMPARE(FeedStore::byId(*reader, m_db->tempo).folderId, 0);
}

QTEST_MAIN(TestUiFeedManagement)
#include "test_ui_feed_management.moc"
