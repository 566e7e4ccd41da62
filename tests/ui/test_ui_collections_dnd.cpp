// Collections through the real window: reorder (drag, Ctrl+Up/Down) kept after a
// restart, one article in several collections from a checkable menu, articles dragged
// from the list onto a collection, and the panel's buttons fitting a narrow sidebar.
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "ui/article_list_model.h"
#include "ui/article_view.h"
#include "ui/collection_list_model.h"
#include "ui/collection_membership_menu.h"
#include "ui/main_window.h"
#include "ui/translations.h"
#include "ui/ui_settings.h"
#include "window_test_base.h"

#include <QAction>
#include <QDir>
#include <QListView>
#include <QMimeData>
#include <QTableView>
#include <QToolButton>

using namespace warta;
using namespace warta::test;

class TestUiCollectionsDnd : public QObject, public WindowTestBase {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void reorderCollectionsAndSeeTheOrderAfterRestart();
    void saveOneArticleToTwoCollectionsAndRemoveIt();
    void dragArticlesOntoACollection();
    void panelButtonsFitTheDefaultSidebar();

private:
    void seedCollections(const QStringList &names);
    QListView *collections() const { return m_window->findChild<QListView *>(QStringLiteral("collectionList")); }
    QStringList shownNames() const;
    QStringList membership(qint64 articleId);
};

void TestUiCollectionsDnd::init()
{
    openSeededDatabase();
}

void TestUiCollectionsDnd::cleanup()
{
    closeAll();
}

void TestUiCollectionsDnd::seedCollections(const QStringList &names)
{
    m_db->storage()
        .write(QStringLiteral("test collections"),
               [names](SqliteConnection &db) {
                   for (const QString &n : names)
                       CollectionStore::ensure(db, n);
               })
        .waitForFinished();
}

QStringList TestUiCollectionsDnd::shownNames() const
{
    QStringList names;
    for (int r = 0; r < collections()->model()->rowCount(); ++r)
        names << collections()->model()->index(r, 0).data(ui::CollectionListModel::NameRole).toString();
    return names;
}

QStringList TestUiCollectionsDnd::membership(qint64 articleId)
{
    m_db->storage().drain();
    auto reader = m_db->storage().openReader();
    QStringList names = ArticleStore::byId(*reader, articleId).collections;
    names.sort();
    return names;
}

void TestUiCollectionsDnd::reorderCollectionsAndSeeTheOrderAfterRestart()
{
    seedCollections({QStringLiteral("Arsip"), QStringLiteral("Bacaan"), QStringLiteral("Catatan")});
    makeWindow(m_db->storage());
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Arsip"), QStringLiteral("Bacaan"), QStringLiteral("Catatan")}));

    // Drag "Catatan" onto the gap above the first row, with the model's own drag data.
    auto *model = collections()->model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2, 0)}));
    QVERIFY(data);
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Catatan"), QStringLiteral("Arsip"), QStringLiteral("Bacaan")}));

    // Ctrl+Down on the list moves the current one a row down.
    collections()->setFocus();
    collections()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(collections(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Arsip"), QStringLiteral("Catatan"), QStringLiteral("Bacaan")}));
    QCOMPARE(collections()->currentIndex().data(ui::CollectionListModel::NameRole).toString(), QStringLiteral("Catatan"));
    settle(m_db->storage());
    // A reload after the write keeps the new order (it is the stored one).
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Arsip"), QStringLiteral("Catatan"), QStringLiteral("Bacaan")}));

    m_window.reset();
    m_db->storage().drain();
    Storage restarted(m_db->path(QStringLiteral("warta.db")));
    makeWindow(restarted);
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Arsip"), QStringLiteral("Catatan"), QStringLiteral("Bacaan")}));
    m_window.reset();
    restarted.drain();
}

void TestUiCollectionsDnd::saveOneArticleToTwoCollectionsAndRemoveIt()
{
    seedCollections({QStringLiteral("Arsip"), QStringLiteral("Bacaan"), QStringLiteral("Riset")});
    makeWindow(m_db->storage());
    list()->setCurrentIndex(list()->model()->index(m_window->articleModel().rowOf(m_db->detikArticle), 0));
    QCOMPARE(m_window->articleView().articleId(), m_db->detikArticle);

    // Ctrl+Shift+D opens the checkable menu at the article.
    auto *menu = m_window->findChild<ui::CollectionMembershipMenu *>();
    QVERIFY(menu);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(menu->isVisible());
    auto entry = [menu](const QString &name) {
        return menu->findChild<QAction *>(QStringLiteral("collectionToggle:") + name);
    };
    QVERIFY(entry(QStringLiteral("Arsip")) && !entry(QStringLiteral("Arsip"))->isChecked());
    // Two clicks tick two collections; the menu stays open between them.
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry(QStringLiteral("Arsip"))).center());
    QVERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry(QStringLiteral("Riset"))).center());
    QVERIFY(entry(QStringLiteral("Riset"))->isChecked());
    menu->close();
    QCOMPARE(membership(m_db->detikArticle), (QStringList{QStringLiteral("Arsip"), QStringLiteral("Riset")}));

    // Shown again, it ticks where the article is; unticking removes it from there.
    menu->populate();
    QVERIFY(entry(QStringLiteral("Arsip"))->isChecked());
    QVERIFY(!entry(QStringLiteral("Bacaan"))->isChecked());
    entry(QStringLiteral("Arsip"))->trigger();
    QCOMPARE(membership(m_db->detikArticle), QStringList{QStringLiteral("Riset")});

    // "New Collection…" creates one with the article in it.
    answerNextInputDialog(QStringLiteral("Gawai"));
    menu->findChild<QAction *>(QStringLiteral("addToNewCollection"))->trigger();
    QCOMPARE(membership(m_db->detikArticle), (QStringList{QStringLiteral("Gawai"), QStringLiteral("Riset")}));
    settle(m_db->storage());
    QVERIFY(shownNames().contains(QStringLiteral("Gawai")));
}

void TestUiCollectionsDnd::dragArticlesOntoACollection()
{
    seedCollections({QStringLiteral("Arsip"), QStringLiteral("Bacaan")});
    makeWindow(m_db->storage());
    ui::ArticleListModel &articles = m_window->articleModel();
    const QModelIndex row = articles.index(articles.rowOf(m_db->detikArticle), ui::ArticleListModel::TitleColumn);
    QVERIFY(articles.flags(row) & Qt::ItemIsDragEnabled);
    QVERIFY(list()->dragEnabled());
    std::unique_ptr<QMimeData> data(articles.mimeData({row, row.siblingAtColumn(ui::ArticleListModel::DateColumn)}));
    QVERIFY(data);

    auto *target = collections()->model();
    QVERIFY(collections()->acceptDrops());
    const QModelIndex bacaan = target->index(1, 0);
    // Articles need a collection under them, not the space below the list.
    QVERIFY(!target->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QVERIFY(target->dropMimeData(data.get(), Qt::CopyAction, -1, -1, bacaan));
    settle(m_db->storage());
    QCOMPARE(membership(m_db->detikArticle), QStringList{QStringLiteral("Bacaan")});
    QCOMPARE(target->index(1, 0).data().toString(), QStringLiteral("Bacaan (1)"));
    QCOMPARE(target->index(0, 0).data().toString(), QStringLiteral("Arsip (0)"));

    // Selecting the collection lists the dropped article.
    collections()->setCurrentIndex(target->index(1, 0));
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(list()->model()->index(0, 0).data(ui::ArticleListModel::ArticleIdRole).toLongLong(), m_db->detikArticle);
}

void TestUiCollectionsDnd::panelButtonsFitTheDefaultSidebar()
{
    // In Indonesian, where "Ganti nama" and "Ekspor" used to push the last button out.
    QVERIFY(ui::installTranslations(QStringLiteral("id")));
    makeWindow(m_db->storage());
    auto *panel = m_window->findChild<QWidget *>(QStringLiteral("collectionsPanel"));
    QVERIFY(panel->width() > 0);
    // WARTA_SCREENSHOT_DIR=dir keeps a picture of the panel for a human to look at.
    if (const QString dir = qEnvironmentVariable("WARTA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("collections_panel_id.png"))));
    for (const char *name : {"newCollectionButton", "renameCollectionButton", "deleteCollectionButton", "exportCollectionButton"}) {
        auto *button = panel->findChild<QToolButton *>(QLatin1String(name));
        QVERIFY2(button && button->isVisible(), name);
        // Whole inside the panel, and at least its size hint wide: nothing cut off.
        const QRect r(button->mapTo(panel, QPoint(0, 0)), button->size());
        QVERIFY2(panel->rect().contains(r), name);
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
        QVERIFY2(!button->toolTip().isEmpty(), name);
    }
    m_window.reset();
    QVERIFY(ui::installTranslations(QStringLiteral("en")));
}

QTEST_MAIN(TestUiCollectionsDnd)
#include "test_ui_collections_dnd.moc"
