// Feeds, articles, tags and collections on a real SQLite file: cascades, dedup,
// reading state surviving updates.
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/feed_store.h"
#include "storage/storage.h"
#include "storage/tag_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warta;

class TestStorageStores : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dedupByGuidThenLinkThenHash();
    void changedArticleUpdatesInPlaceKeepingState();
    void deletingFeedCascadesButCollectionsKeepArticles();
    void deletingArticleCascadesToTagsLinksCollections();
    void foldersNestAndFeedsAreListedWithCounts();
    void tagsNormaliseAndCount();
    void filtersByTagFeedAndCollection();
    void deferredIndexingCatchesUp();

private:
    template <class F>
    auto write(F f)
    {
        using Result = std::invoke_result_t<F &, SqliteConnection &>;
        auto future = m_storage->write(QStringLiteral("test"), f);
        if constexpr (std::is_void_v<Result>)
            future.waitForFinished();
        else
            return future.result();
    }
    QTemporaryDir *m_dir = nullptr;
    Storage *m_storage = nullptr;
    std::unique_ptr<SqliteConnection> m_reader;
};

void TestStorageStores::init()
{
    m_dir = new QTemporaryDir;
    m_storage = new Storage(m_dir->filePath(QStringLiteral("t.db")));
    m_reader = m_storage->openReader();
}

void TestStorageStores::cleanup()
{
    m_reader.reset();
    delete m_storage;
    delete m_dir;
}

static ArticleStore::Incoming item(const QString &guid, const QString &link, const QString &title)
{
    ArticleStore::Incoming in;
    in.guid = guid;
    in.link = link;
    in.title = title;
    in.published = QDateTime(QDate(2020, 8, 26), QTime(1, 2), Qt::UTC);
    return in;
}

void TestStorageStores::dedupByGuidThenLinkThenHash()
{
    const auto r = write([](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), {}, 0).id;
        QList<ArticleStore::UpsertKind> kinds;
        kinds << ArticleStore::upsert(db, feed, item(QStringLiteral("g1"), QStringLiteral("https://a/1"), QStringLiteral("A"))).kind;
        kinds << ArticleStore::upsert(db, feed, item(QStringLiteral("g1"), QStringLiteral("https://a/1-moved"), QStringLiteral("A"))).kind;
        kinds << ArticleStore::upsert(db, feed, item({}, QStringLiteral("https://a/2"), QStringLiteral("B"))).kind;
        kinds << ArticleStore::upsert(db, feed, item({}, QStringLiteral("https://a/2"), QStringLiteral("B"))).kind;
        kinds << ArticleStore::upsert(db, feed, item({}, {}, QStringLiteral("C"))).kind;
        kinds << ArticleStore::upsert(db, feed, item({}, {}, QStringLiteral("C"))).kind;
        return kinds;
    });
    using K = ArticleStore::UpsertKind;
    QCOMPARE(r, (QList<K>{K::Inserted, K::Updated, K::Inserted, K::Unchanged, K::Inserted, K::Unchanged}));
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 3);
}

void TestStorageStores::changedArticleUpdatesInPlaceKeepingState()
{
    const qint64 id = write([](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), {}, 0).id;
        const qint64 id = ArticleStore::upsert(db, feed, item(QStringLiteral("g"), {}, QStringLiteral("Old"))).id;
        ArticleStore::setRead(db, id, true);
        ArticleStore::setStarred(db, id, true);
        CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Simpan")), id);
        auto changed = item(QStringLiteral("g"), {}, QStringLiteral("New title"));
        changed.summary = QStringLiteral("updated");
        return ArticleStore::upsert(db, feed, changed).id;
    });
    const Article a = ArticleStore::byId(*m_reader, id);
    QCOMPARE(a.title, QStringLiteral("New title"));
    QVERIFY(a.read);
    QVERIFY(a.starred);
    QCOMPARE(a.collections, QStringList{QStringLiteral("Simpan")});
}

void TestStorageStores::deletingFeedCascadesButCollectionsKeepArticles()
{
    write([](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), {}, 0).id;
        auto withTags = item(QStringLiteral("g1"), {}, QStringLiteral("Kept"));
        withTags.categories = {QStringLiteral("Teknologi")};
        const qint64 kept = ArticleStore::upsert(db, feed, withTags).id;
        const qint64 gone = ArticleStore::upsert(db, feed, item(QStringLiteral("g2"), {}, QStringLiteral("Gone"))).id;
        db.exec(QStringLiteral("INSERT INTO related_links(article_id, position, text, url) VALUES (%1, 0, 't', 'u')").arg(gone));
        CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Arsip")), kept);
        FeedStore::remove(db, feed);
    });
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt(), 0);
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 1);
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM related_links")).toInt(), 0);
    const auto kept = ArticleStore::list(*m_reader, {.collection = QStringLiteral("arsip")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().title, QStringLiteral("Kept"));
    QCOMPARE(kept.first().feedId, 0);
    QCOMPARE(kept.first().tags, QStringList{QStringLiteral("Teknologi")});
}

void TestStorageStores::deletingArticleCascadesToTagsLinksCollections()
{
    write([](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), {}, 0).id;
        auto in = item(QStringLiteral("g"), {}, QStringLiteral("x"));
        in.categories = {QStringLiteral("Ekonomi")};
        const qint64 id = ArticleStore::upsert(db, feed, in).id;
        CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("C")), id);
        db.exec(QStringLiteral("INSERT INTO related_links(article_id, position, text, url) VALUES (%1, 0, 't', 'u')").arg(id));
        db.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(id));
    });
    for (const char *table : {"article_tags", "collection_articles", "related_links", "articles_fts"})
        QVERIFY2(m_reader->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt() == 0, table);
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM collections")).toInt(), 1);
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM tags")).toInt(), 1);
}

void TestStorageStores::foldersNestAndFeedsAreListedWithCounts()
{
    write([](SqliteConnection &db) {
        const qint64 folder = FeedStore::ensureFolderPath(db, QStringLiteral("Berita/Nasional"));
        QCOMPARE(FeedStore::ensureFolderPath(db, QStringLiteral("Berita / Nasional")), folder);
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), QStringLiteral("A"), folder).id;
        QVERIFY(!FeedStore::add(db, QStringLiteral("https://a.example/rss"), QStringLiteral("dup"), 0).added);
        ArticleStore::upsert(db, feed, item(QStringLiteral("1"), {}, QStringLiteral("one")));
        const qint64 two = ArticleStore::upsert(db, feed, item(QStringLiteral("2"), {}, QStringLiteral("two"))).id;
        ArticleStore::setRead(db, two, true);
    });
    const auto feeds = FeedStore::all(*m_reader);
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds[0].unread, 1);
    QCOMPARE(feeds[0].total, 2);
    QCOMPARE(FeedStore::folderPath(*m_reader, feeds[0].folderId), QStringLiteral("Berita/Nasional"));
    QCOMPARE(FeedStore::folders(*m_reader).size(), 2);
}

void TestStorageStores::tagsNormaliseAndCount()
{
    write([](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), {}, 0).id;
        auto a = item(QStringLiteral("1"), {}, QStringLiteral("a"));
        a.categories = {QStringLiteral(" Teknologi "), QStringLiteral("TEKNOLOGI")};
        auto b = item(QStringLiteral("2"), {}, QStringLiteral("b"));
        b.categories = {QStringLiteral("teknologi"), QStringLiteral("Sains\u00a0 Terapan")};
        ArticleStore::upsert(db, feed, a);
        const qint64 idB = ArticleStore::upsert(db, feed, b).id;
        ArticleStore::setRead(db, idB, true);
        TagStore::setFollowed(db, QStringLiteral("teknologi"), true);
    });
    const auto tags = TagStore::all(*m_reader);
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags[0].display, QStringLiteral("Teknologi")); // followed first, first-seen form
    QVERIFY(tags[0].followed);
    QCOMPARE(tags[0].articles, 2);
    QCOMPARE(tags[0].unread, 1);
    QCOMPARE(tags[1].display, QStringLiteral("Sains Terapan"));
}

void TestStorageStores::filtersByTagFeedAndCollection()
{
    write([](SqliteConnection &db) {
        const qint64 f1 = FeedStore::add(db, QStringLiteral("https://a.example/rss"), {}, 0).id;
        const qint64 f2 = FeedStore::add(db, QStringLiteral("https://b.example/rss"), {}, 0).id;
        auto a = item(QStringLiteral("1"), {}, QStringLiteral("from a"));
        a.categories = {QStringLiteral("Teknologi")};
        auto b = item(QStringLiteral("1"), {}, QStringLiteral("from b"));
        b.categories = {QStringLiteral("teknologi")};
        b.published = a.published.addSecs(60);
        ArticleStore::upsert(db, f1, a);
        const qint64 idB = ArticleStore::upsert(db, f2, b).id;
        ArticleStore::upsert(db, f2, item(QStringLiteral("2"), {}, QStringLiteral("untagged")));
        CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Baca Nanti")), idB);
    });
    const auto tagged = ArticleStore::list(*m_reader, {.tag = QStringLiteral("TEKNOLOGI")});
    QCOMPARE(tagged.size(), 2);
    QCOMPARE(tagged[0].title, QStringLiteral("from b")); // newest first, both feeds
    QCOMPARE(ArticleStore::list(*m_reader, {.feedId = 2}).size(), 2);
    QCOMPARE(ArticleStore::list(*m_reader, {.collection = QStringLiteral("baca nanti")}).size(), 1);
    QCOMPARE(ArticleStore::list(*m_reader, {.limit = 1}).size(), 1);
}

void TestStorageStores::deferredIndexingCatchesUp()
{
    write([](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), {}, 0).id;
        auto a = item(QStringLiteral("1"), {}, QStringLiteral("Banjir di Jakarta"));
        a.categories = {QStringLiteral("Cuaca")};
        ArticleStore::upsert(db, feed, a, ArticleStore::Indexing::Deferred);
        ArticleStore::upsert(db, feed, item(QStringLiteral("2"), {}, QStringLiteral("Gempa")), ArticleStore::Indexing::Now);
    });
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM articles_fts")).toInt(), 1);
    // Reopening the database (as after a crash mid-refresh) indexes what was left pending.
    m_reader.reset();
    delete m_storage;
    m_storage = new Storage(m_dir->filePath(QStringLiteral("t.db")));
    m_storage->drain();
    m_reader = m_storage->openReader();
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM articles_fts")).toInt(), 2);
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'tags:cuaca'")).toInt(), 1);
    write([](SqliteConnection &db) { QCOMPARE(ArticleStore::indexPending(db), 0); });
}

QTEST_GUILESS_MAIN(TestStorageStores)
#include "test_storage_stores.moc"
