// warta-cli driven as a script would: a real binary, a real database file.
#include "cli_runner.h"
#include "loopback_http_server.h"
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/feed_store.h"
#include "storage/storage.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace warta;
using warta::test::runWartaCli;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void versionAndHelp();
    void unknownCommandFailsWithOneLine();
    void addListsAndRefusesBadUrls();
    void addDiscoversFeedAndRefreshFetchesIt();
    void importExportOpmlRoundTrips();
    void importRejectsNonOpml();
    void articlesJsonHasTheDocumentedKeys();
    void markAndCollectChangeState();
    void statsCountsEverything();
    void newerDatabaseIsRefused();
    void parseAndExtractSavedFiles();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("cli.db")); }
    QStringList withDb(QStringList args) const { return QStringList{QStringLiteral("--db"), db()} + args; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

static QString opmlFixture() { return test::sourceDir() + QStringLiteral("/tests/fixtures/opml/nested.opml"); }

void TestCli::versionAndHelp()
{
    const auto v = runWartaCli({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("warta-cli "));
    const auto h = runWartaCli({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    for (const char *cmd : {"add URL", "import-opml", "export-opml", "feeds", "refresh", "articles", "article ID", "stats"})
        QVERIFY2(h.out.contains(cmd), cmd);
}

void TestCli::unknownCommandFailsWithOneLine()
{
    const auto r = runWartaCli(withDb({QStringLiteral("frobnicate")}));
    QVERIFY(r.exitCode != 0);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("warta-cli: "));
}

void TestCli::addListsAndRefusesBadUrls()
{
    auto r = runWartaCli(withDb({QStringLiteral("add"), QStringLiteral("https://www.antaranews.com/rss/terkini.xml"),
                                 QStringLiteral("--folder"), QStringLiteral("Berita"), QStringLiteral("--no-check")}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("1"));
    r = runWartaCli(withDb({QStringLiteral("add"), QStringLiteral("javascript:alert(1)")}));
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("not an http(s) URL"));
    r = runWartaCli(withDb({QStringLiteral("feeds"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray feeds = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds[0][QStringLiteral("url")].toString(), QStringLiteral("https://www.antaranews.com/rss/terkini.xml"));
    QCOMPARE(feeds[0][QStringLiteral("folder")].toString(), QStringLiteral("Berita"));
}

void TestCli::addDiscoversFeedAndRefreshFetchesIt()
{
    test::LoopbackHttpServer server;
    const QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Uji</title>"
                            "<link>http://127.0.0.1/</link><item><guid>a</guid><title>Berita satu</title>"
                            "<pubDate>Rabu, 26 Agustus 2020 08:02 WIB</pubDate><category>Teknologi</category></item>"
                            "</channel></rss>";
    server.route(QStringLiteral("/rss.xml"), {.headers = {{"Content-Type", "application/rss+xml"}}, .body = feed, .etag = "\"v1\""});
    server.route(QStringLiteral("/"), {.headers = {{"Content-Type", "text/html; charset=utf-8"}},
                                       .body = "<html><head><link rel=alternate type=\"application/rss+xml\" "
                                               "href=\"/rss.xml\" title=\"RSS\"></head><body>Beranda</body></html>"});
    auto r = runWartaCli(withDb({QStringLiteral("add"), server.url(QStringLiteral("/")).toString()}));
    QVERIFY2(r.exitCode == 0, r.err);
    QVERIFY2(r.err.contains("found feed"), r.err);
    r = runWartaCli(withDb({QStringLiteral("refresh"), QStringLiteral("--json"), QStringLiteral("--no-fulltext")}));
    QVERIFY2(r.exitCode == 0, r.err);
    QVERIFY2(r.err.contains("progress 1/1"), r.err);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary[QStringLiteral("new_articles")].toInt(), 1);
    const QJsonArray feeds = QJsonDocument::fromJson(runWartaCli(withDb({QStringLiteral("feeds"), QStringLiteral("--json")})).out).array();
    QCOMPARE(feeds[0][QStringLiteral("title")].toString(), QStringLiteral("Kabar Uji"));
    QCOMPARE(feeds[0][QStringLiteral("url")].toString(), server.url(QStringLiteral("/rss.xml")).toString());
    const QJsonArray articles = QJsonDocument::fromJson(runWartaCli(withDb({QStringLiteral("articles"), QStringLiteral("--json")})).out).array();
    QCOMPARE(articles[0][QStringLiteral("published")].toString(), QStringLiteral("2020-08-26T01:02:00Z"));
    QCOMPARE(articles[0][QStringLiteral("tags")].toArray().first().toString(), QStringLiteral("Teknologi"));
    // A second refresh gets a 304 and changes nothing.
    r = runWartaCli(withDb({QStringLiteral("refresh"), QStringLiteral("--json")}));
    QCOMPARE(QJsonDocument::fromJson(r.out)[QStringLiteral("not_modified")].toInt(), 1);

    server.stop();
    r = runWartaCli(withDb({QStringLiteral("add"), server.url(QStringLiteral("/other")).toString()}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("warta-cli: cannot fetch"), r.err);
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::importExportOpmlRoundTrips()
{
    auto r = runWartaCli(withDb({QStringLiteral("import-opml"), opmlFixture()}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("imported 4 feeds"), r.out);
    QVERIFY2(r.err.contains("Broken entry") && r.err.contains("FTP entry"), r.err);
    // Importing again adds nothing: duplicates are ignored.
    r = runWartaCli(withDb({QStringLiteral("import-opml"), opmlFixture()}));
    QVERIFY2(r.out.contains("imported 0 feeds, 4 already subscribed"), r.out);

    const QString exported = m_dir->filePath(QStringLiteral("out.opml"));
    QCOMPARE(runWartaCli(withDb({QStringLiteral("export-opml"), exported})).exitCode, 0);
    // A second database imported from the export holds the same feeds in the same folders.
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    r = runWartaCli({QStringLiteral("--db"), other, QStringLiteral("import-opml"), exported});
    QVERIFY2(r.out.contains("imported 4 feeds, 0 already subscribed, 0 invalid"), r.out);
    const auto a = QJsonDocument::fromJson(runWartaCli(withDb({QStringLiteral("feeds"), QStringLiteral("--json")})).out).array();
    const auto b = QJsonDocument::fromJson(runWartaCli({QStringLiteral("--db"), other, QStringLiteral("feeds"), QStringLiteral("--json")}).out).array();
    QCOMPARE(a.size(), 4);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        for (const char *key : {"url", "title", "folder", "site_url"})
            QCOMPARE(b[i][QLatin1String(key)], a[i][QLatin1String(key)]);
    }
    QCOMPARE(a[0][QStringLiteral("folder")].toString(), QStringLiteral("Berita/Nasional"));
}

void TestCli::importRejectsNonOpml()
{
    const QString bogus = m_dir->filePath(QStringLiteral("bogus.opml"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<html><body>not opml</body></html>");
    f.close();
    const auto r = runWartaCli(withDb({QStringLiteral("import-opml"), bogus}));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("Not an OPML file"), r.err);
    QCOMPARE(runWartaCli(withDb({QStringLiteral("import-opml"), m_dir->filePath(QStringLiteral("missing"))})).exitCode, 1);
}

// Seeds a database through the storage API, as the feed engine would.
static void seed(const QString &path)
{
    Storage storage(path);
    storage.write(QStringLiteral("seed"), [](SqliteConnection &db) {
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://a.example/rss"), QStringLiteral("A"), 0).id;
        ArticleStore::Incoming in;
        in.guid = QStringLiteral("g1");
        in.title = QStringLiteral("Harga emas turun");
        in.link = QStringLiteral("https://a.example/1");
        in.author = QStringLiteral("Rina");
        in.published = QDateTime(QDate(2020, 8, 26), QTime(1, 2), Qt::UTC);
        in.categories = {QStringLiteral("Ekonomi")};
        ArticleStore::upsert(db, feed, in);
        in.guid = QStringLiteral("g2");
        in.title = QStringLiteral("Persib latihan");
        in.categories = {QStringLiteral("Bola")};
        ArticleStore::upsert(db, feed, in);
    }).waitForFinished();
}

void TestCli::articlesJsonHasTheDocumentedKeys()
{
    seed(db());
    const auto r = runWartaCli(withDb({QStringLiteral("articles"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QStringList keys = list[0].toObject().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"author", "cached", "collections", "feed_id", "id", "link", "published",
                                "read", "starred", "tags", "title"}));
    QCOMPARE(list[1][QStringLiteral("published")].toString(), QStringLiteral("2020-08-26T01:02:00Z"));
    const auto tagged = QJsonDocument::fromJson(runWartaCli(withDb({QStringLiteral("articles"), QStringLiteral("--tag"),
                                                                    QStringLiteral("ekonomi"), QStringLiteral("--json")})).out).array();
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(tagged[0][QStringLiteral("title")].toString(), QStringLiteral("Harga emas turun"));
    const auto one = runWartaCli(withDb({QStringLiteral("article"), QStringLiteral("1"), QStringLiteral("--json")}));
    QCOMPARE(QJsonDocument::fromJson(one.out)[QStringLiteral("author")].toString(), QStringLiteral("Rina"));
    const auto missing = runWartaCli(withDb({QStringLiteral("article"), QStringLiteral("99"), QStringLiteral("--json")}));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no article with id 99"));
}

void TestCli::markAndCollectChangeState()
{
    seed(db());
    QCOMPARE(runWartaCli(withDb({QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--read")})).exitCode, 0);
    QCOMPARE(runWartaCli(withDb({QStringLiteral("mark"), QStringLiteral("2"), QStringLiteral("--starred")})).exitCode, 0);
    QCOMPARE(runWartaCli(withDb({QStringLiteral("collect"), QStringLiteral("2"), QStringLiteral("--into"), QStringLiteral("Baca Nanti")})).exitCode, 0);
    const auto bad = runWartaCli(withDb({QStringLiteral("collect"), QStringLiteral("77"), QStringLiteral("--into"), QStringLiteral("X")}));
    QCOMPARE(bad.exitCode, 1);
    const auto list = QJsonDocument::fromJson(runWartaCli(withDb({QStringLiteral("articles"), QStringLiteral("--collection"),
                                                                  QStringLiteral("Baca Nanti"), QStringLiteral("--json")})).out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][QStringLiteral("read")].toBool(), true);
    QCOMPARE(list[0][QStringLiteral("starred")].toBool(), true);
    QCOMPARE(list[0][QStringLiteral("collections")].toArray().first().toString(), QStringLiteral("Baca Nanti"));
}

void TestCli::statsCountsEverything()
{
    seed(db());
    runWartaCli(withDb({QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("--read")}));
    runWartaCli(withDb({QStringLiteral("collect"), QStringLiteral("1"), QStringLiteral("--into"), QStringLiteral("Arsip")}));
    const auto r = runWartaCli(withDb({QStringLiteral("stats"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(s[QStringLiteral("feeds")].toInt(), 1);
    QCOMPARE(s[QStringLiteral("articles")].toInt(), 2);
    QCOMPARE(s[QStringLiteral("unread")].toInt(), 1);
    QCOMPARE(s[QStringLiteral("tags")].toInt(), 2);
    QCOMPARE(s[QStringLiteral("collections")].toInt(), 1);
    QVERIFY(s[QStringLiteral("db_bytes")].toInteger() >= QFileInfo(db()).size());
    QVERIFY(QFileInfo(db()).size() > 0);
}

void TestCli::newerDatabaseIsRefused()
{
    {
        Storage storage(db());
        storage.write(QStringLiteral("future"), [](SqliteConnection &c) {
            c.exec(QStringLiteral("INSERT INTO schema_version VALUES (500, 0)"));
        }).waitForFinished();
    }
    const auto r = runWartaCli(withDb({QStringLiteral("stats"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("newer than this Warta"), r.err);
}

void TestCli::parseAndExtractSavedFiles()
{
    const QString idNews = test::sharedDir() + QStringLiteral("/fixtures/id-news");
    auto r = runWartaCli({QStringLiteral("parse"), idNews + QStringLiteral("/antaranews/feed.xml"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonObject feed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(feed[QStringLiteral("format")].toString(), QStringLiteral("atom1.0"));
    QVERIFY(feed[QStringLiteral("items")].toArray().size() >= 3);
    for (const char *key : {"id", "title", "link", "published", "updated", "author", "categories", "summary", "content", "enclosures"})
        QVERIFY2(feed[QStringLiteral("items")].toArray().first().toObject().contains(QLatin1String(key)), key);

    const QString page = idNews + QStringLiteral("/pikiran-rakyat/pages/persib-gelar-tes-usap-sebelum-kembali-latihan.html");
    const QString url = QStringLiteral("https://www.pikiran-rakyat.com/bola/pr-01672095/persib-gelar-tes-usap-sebelum-kembali-latihan-jelang-lanjutan-liga-1");
    r = runWartaCli({QStringLiteral("extract"), page, QStringLiteral("--url"), url, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonObject extracted = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(extracted[QStringLiteral("title")].toString(), QStringLiteral("Persib Gelar Tes Usap Sebelum Kembali Latihan Jelang Lanjutan Liga 1"));
    QCOMPARE(extracted[QStringLiteral("related")].toArray().size(), 2);
    r = runWartaCli({QStringLiteral("extract"), page, QStringLiteral("--url"), url, QStringLiteral("--text")});
    QVERIFY(r.out.startsWith("PIKIRAN RAKYAT - Seluruh pemain"));
    QVERIFY(r.out.contains("\n\n"));
    QVERIFY(!r.out.contains("Baca Juga"));
    r = runWartaCli({QStringLiteral("parse"), QStringLiteral("/nonexistent.xml"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
