// Migrations on real temporary SQLite files: from every earlier version, newer refused.
#include "storage/article_store.h"
#include "storage/migrations.h"
#include "storage/sqlite_connection.h"
#include "storage/storage.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace warta;

class TestStorageMigrations : public QObject {
    Q_OBJECT
private slots:
    void newDatabaseGetsLatestSchema();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesNewerSchemaAndLeavesFileAlone();
    void refusesFileThatIsNotADatabase();
    void opensWithWalAndForeignKeys();

private:
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const { return m_dir.filePath(name); }
};

void TestStorageMigrations::newDatabaseGetsLatestSchema()
{
    const QString path = dbPath(QStringLiteral("new.db"));
    Storage storage(path);
    QVERIFY(storage.migrationBackup().isEmpty()); // nothing to back up in a new file
    auto db = storage.openReader();
    QCOMPARE(schemaVersion(*db), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 3);
    for (const char *table : {"feeds", "folders", "articles", "tags", "article_tags", "collections",
                              "collection_articles", "related_links", "resources", "articles_fts"}) {
        const QVariant n = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                          .arg(QLatin1String(table)));
        QVERIFY2(n.toInt() == 1, table);
    }
}

void TestStorageMigrations::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v : knownSchemaVersions()) {
        if (v < latestSchemaVersion())
            QTest::addRow("v%d", v) << v;
    }
}

void TestStorageMigrations::migratesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    const QString path = dbPath(QStringLiteral("from-v%1.db").arg(fromVersion));
    {
        // Build the old schema exactly as that release would have, and put data in it.
        SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
        migrate(db, fromVersion);
        QCOMPARE(schemaVersion(db), fromVersion);
        db.exec(QStringLiteral(
            "INSERT INTO folders(id, name) VALUES (1, 'Berita');"
            "INSERT INTO feeds(id, folder_id, title, url, created_at) VALUES (1, 1, 'ANTARA', 'https://example.id/rss', 0);"
            "INSERT INTO articles(id, feed_id, dedup_key, title, summary, fetched_at, read, starred) "
            "  VALUES (7, 1, 'guid:a', 'Teknologi terbaru pemerintah', 'ringkasan', 0, 1, 1);"
            "INSERT INTO tags(id, key, display) VALUES (1, 'teknologi', 'Teknologi');"
            "INSERT INTO article_tags(article_id, tag_id, origin) VALUES (7, 1, 'feed');"
            "INSERT INTO collections(id, name, created_at) VALUES (1, 'Simpan', 0);"
            "INSERT INTO collection_articles(collection_id, article_id, position, added_at) VALUES (1, 7, 0, 0);"));
        if (fromVersion >= 6) // from 0006 the article store indexes new rows, no trigger does
            ArticleStore::reindex(db, 7);
    }
    Storage storage(path);
    QVERIFY2(QFileInfo::exists(storage.migrationBackup()), "a backup is made before migrating");
    {
        SqliteConnection backup(storage.migrationBackup(), SqliteConnection::Mode::ReadOnly);
        QCOMPARE(schemaVersion(backup), fromVersion);
        QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 1);
    }
    auto db = storage.openReader();
    QCOMPARE(schemaVersion(*db), latestSchemaVersion());
    QCOMPARE(db->scalar(QStringLiteral("SELECT read + starred FROM articles WHERE id = 7")).toInt(), 2);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM collection_articles")).toInt(), 1);
    // Articles that existed before the search index are found by it afterwards.
    QCOMPARE(db->scalar(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'teknologi'")).toInt(), 7);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'tags:teknologi'")).toInt(), 1);
    // From version 4 the index is stemmed, also for rows that were there before:
    // the root "perintah" finds "pemerintah", and the title weight is stored.
    QCOMPARE(db->scalar(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'perintah'")).toInt(), 7);
    Statement rank = db->prepare(QStringLiteral("SELECT v FROM articles_fts_config WHERE k = 'rank'"));
    QVERIFY(rank.next());
    QVERIFY2(rank.text(0).startsWith(QLatin1String("bm25(10.0")), qPrintable(rank.text(0)));
}

void TestStorageMigrations::refusesNewerSchemaAndLeavesFileAlone()
{
    const QString path = dbPath(QStringLiteral("newer.db"));
    {
        Storage storage(path);
        storage.write(QStringLiteral("future"), [](SqliteConnection &db) {
            db.exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (999, 0)"));
        }).waitForFinished();
    }
    const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    try {
        Storage storage(path);
        QFAIL("a database from a newer Warta must be refused");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QLatin1String("newer")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("999")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".backup-v999")));
}

void TestStorageMigrations::refusesFileThatIsNotADatabase()
{
    const QString path = dbPath(QStringLiteral("garbage.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    QVERIFY_THROWS_EXCEPTION(StorageError, Storage storage(path));
}

void TestStorageMigrations::opensWithWalAndForeignKeys()
{
    Storage storage(dbPath(QStringLiteral("pragmas.db")));
    auto db = storage.openReader();
    Statement mode = db->prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.next());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "test_storage_migrations.moc"
