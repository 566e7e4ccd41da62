// Renaming and merging tags on a real SQLite file: every article link survives, once;
// following carries over; the search index sees the new name.
#include "storage/article_store.h"
#include "storage/feed_store.h"
#include "storage/search.h"
#include "storage/storage.h"
#include "storage/tag_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warta;

class TestTagRename : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mergeKeepsEveryArticleOnce();
    void renameToAnExistingTagMerges();
    void renameChangesDisplayAndSearch();
    void unknownTagIsAnError();

private:
    template <class F>
    void write(F job) { m_storage->write(QStringLiteral("test"), job).waitForFinished(); }
    Tag tag(const QString &key);
    QList<qint64> articlesTagged(const QString &tag);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

void TestTagRename::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<Storage>(m_dir->filePath(QStringLiteral("t.db")));
    write([this](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://example.id/rss"), QStringLiteral("Contoh"), 0).id;
        auto item = [&](const QString &guid, const QStringList &tags) {
            ArticleStore::Incoming in;
            in.guid = guid;
            in.title = QStringLiteral("Artikel %1 tentang gawai").arg(guid);
            in.categories = tags;
            return ArticleStore::upsert(db, feed, in).id;
        };
        m_a = item(QStringLiteral("a"), {QStringLiteral("Tekno")});
        m_b = item(QStringLiteral("b"), {QStringLiteral("Teknologi")});
        m_c = item(QStringLiteral("c"), {QStringLiteral("Tekno"), QStringLiteral("Teknologi")});
        TagStore::setFollowed(db, QStringLiteral("Tekno"), true);
    });
}

void TestTagRename::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

Tag TestTagRename::tag(const QString &key)
{
    auto reader = m_storage->openReader();
    for (const Tag &t : TagStore::all(*reader))
        if (t.key == key)
            return t;
    return {};
}

QList<qint64> TestTagRename::articlesTagged(const QString &name)
{
    auto reader = m_storage->openReader();
    ArticleStore::Filter filter;
    filter.tag = name;
    QList<qint64> ids;
    for (const Article &a : ArticleStore::list(*reader, filter))
        ids << a.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestTagRename::mergeKeepsEveryArticleOnce()
{
    write([](SqliteConnection &db) { TagStore::merge(db, QStringLiteral("Tekno"), QStringLiteral("Teknologi")); });
    QCOMPARE(tag(QStringLiteral("tekno")).id, 0);
    const Tag merged = tag(QStringLiteral("teknologi"));
    QCOMPARE(merged.display, QStringLiteral("Teknologi"));
    QCOMPARE(merged.articles, 3); // c had both: counted once
    QVERIFY(merged.followed);     // Tekno was followed
    QCOMPARE(articlesTagged(QStringLiteral("Teknologi")), (QList<qint64>{m_a, m_b, m_c}));
    auto reader = m_storage->openReader();
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM article_tags")).toInt(), 3);
    QString error;
    QCOMPARE(search(*reader, QStringLiteral("tag:tekno"), 10, &error).size(), 0);
    QCOMPARE(search(*reader, QStringLiteral("tag:teknologi"), 10, &error).size(), 3);
}

void TestTagRename::renameToAnExistingTagMerges()
{
    write([](SqliteConnection &db) { TagStore::rename(db, QStringLiteral("Tekno"), QStringLiteral("teknologi")); });
    QCOMPARE(tag(QStringLiteral("tekno")).id, 0);
    QCOMPARE(tag(QStringLiteral("teknologi")).articles, 3);
}

void TestTagRename::renameChangesDisplayAndSearch()
{
    write([](SqliteConnection &db) { TagStore::rename(db, QStringLiteral("Tekno"), QStringLiteral("Gawai")); });
    const Tag renamed = tag(QStringLiteral("gawai"));
    QCOMPARE(renamed.display, QStringLiteral("Gawai"));
    QCOMPARE(renamed.articles, 2);
    QVERIFY(renamed.followed);
    QCOMPARE(tag(QStringLiteral("teknologi")).articles, 2);
    auto reader = m_storage->openReader();
    QString error;
    QCOMPARE(search(*reader, QStringLiteral("tag:gawai"), 10, &error).size(), 2);
}

void TestTagRename::unknownTagIsAnError()
{
    QVERIFY_THROWS_EXCEPTION(StorageError, m_storage->write(QStringLiteral("test"), [](SqliteConnection &db) {
        TagStore::merge(db, QStringLiteral("Tidak Ada"), QStringLiteral("Teknologi"));
    }).waitForFinished());
    QCOMPARE(tag(QStringLiteral("teknologi")).articles, 2); // nothing changed
}

QTEST_GUILESS_MAIN(TestTagRename)
#include "test_tag_rename.moc"
