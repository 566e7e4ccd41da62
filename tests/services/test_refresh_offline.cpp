// Refresh as a reader meets it: feeds of four Indonesian outlets served on loopback with
// real headers, full text and images cached, then the server stops and every article
// still reads in full from the cache.
#include "content/extraction.h"
#include "refresh_harness.h"
#include "storage/article_store.h"
#include "storage/cache_store.h"
#include "storage/collection_store.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace warta;

class TestRefreshOffline : public QObject {
    Q_OBJECT
private slots:
    void refreshCachesEverythingAndReadsOffline();
    void secondRefreshTransfersOnly304s();
    void refreshKeepsReadingStateAndCollections();
    void laterRefreshCachesWhatAnEarlierOneLeft();
};

static QString fixtures() { return test::sharedDir() + QStringLiteral("/fixtures/id-news"); }

static QJsonObject manifest()
{
    return QJsonDocument::fromJson(test::readFile(fixtures() + QStringLiteral("/manifest.json"))).object();
}

// One tiny PNG served for every lead image, so images can be cached.
static QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

static void serveFixtures(test::LoopbackHttpServer &server, test::RefreshHarness &h, QStringList *expectedFiles)
{
    QVERIFY(server.serveManifest(fixtures()) > 0);
    const QJsonObject outlets = manifest()[QStringLiteral("outlets")].toObject();
    for (auto it = outlets.begin(); it != outlets.end(); ++it) {
        const QJsonObject outlet = it.value().toObject();
        h.subscribe(outlet[QStringLiteral("feed")][QStringLiteral("url")].toString(), QStringLiteral("Berita"));
        for (const QJsonValue page : outlet[QStringLiteral("pages")].toArray()) {
            // Serve every image the page shows (the fixtures hold no image files).
            const auto found = content::extractArticle(
                test::readFile(fixtures() + QLatin1Char('/') + page[QStringLiteral("file")].toString()),
                QUrl(page[QStringLiteral("url")].toString()));
            for (const QString &image : found.imageUrls)
                server.route(image, {.headers = {{"Content-Type", "image/png"}}, .body = png()});
            const QString expected = page[QStringLiteral("expected")].toString();
            if (expected.isEmpty())
                continue;
            expectedFiles->append(expected);
            const QJsonObject exp = QJsonDocument::fromJson(test::readFile(fixtures() + QLatin1Char('/') + expected)).object();
            const QString image = exp[QStringLiteral("lead_image")].toString();
            if (!image.isEmpty())
                server.route(image, {.headers = {{"Content-Type", "image/png"}}, .body = png()});
        }
    }
}

void TestRefreshOffline::refreshCachesEverythingAndReadsOffline()
{
    test::RefreshHarness h;
    QStringList expectedFiles;
    serveFixtures(h.server, h, &expectedFiles);
    QSignalSpy progress(&h.service, &RefreshService::progress);
    const RefreshSummary summary = h.refresh();
    QCOMPARE(summary.feeds, 4);
    QCOMPARE(summary.feedErrors, 0);
    QVERIFY(summary.newArticles >= expectedFiles.size());
    QCOMPARE(summary.cached, expectedFiles.size()); // items without a page fail, as they should
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // done == total at the end

    // New articles are indexed in bulk, and all of them before the refresh reports back.
    QCOMPARE(h.query<int>(QStringLiteral("SELECT count(*) FROM articles_fts")),
             h.query<int>(QStringLiteral("SELECT count(*) FROM articles")));

    h.server.stop(); // the network is gone from here on
    auto reader = h.storage.openReader();
    int images = 0;
    for (const QString &file : std::as_const(expectedFiles)) {
        const QJsonObject exp = QJsonDocument::fromJson(test::readFile(fixtures() + QLatin1Char('/') + file)).object();
        Statement find = reader->prepare(QStringLiteral("SELECT id FROM articles WHERE link = ?1"));
        find.bind(1, exp[QStringLiteral("url")].toString());
        QVERIFY2(find.next(), qPrintable(file));
        const Article a = ArticleStore::byId(*reader, find.int64(0));
        QVERIFY2(a.cached(), qPrintable(file));
        // The whole running text is there, first paragraph to last, across pages.
        const QJsonArray paragraphs = exp[QStringLiteral("body_paragraphs")].toArray();
        Statement body = reader->prepare(QStringLiteral("SELECT extracted_text FROM articles WHERE id = ?1"));
        body.bind(1, a.id);
        QVERIFY(body.next());
        QCOMPARE(body.text(0).split(QStringLiteral("\n\n")).size(), paragraphs.size());
        QVERIFY(body.text(0).startsWith(paragraphs.first().toString()));
        QCOMPARE(a.related.size(), exp[QStringLiteral("related")].toArray().size());
        QCOMPARE(a.editor.isEmpty(), exp[QStringLiteral("editor")].isNull());
        // Every image the stored HTML shows comes from the cache; nothing remote is left.
        static const QRegularExpression imgSrc(QStringLiteral("<img[^>]*\\ssrc=\"([^\"]*)\""));
        for (const auto &m : imgSrc.globalMatch(a.extractedHtml)) {
            const QString src = m.captured(1);
            QVERIFY2(src.startsWith(QLatin1String("warta://image/")), qPrintable(src));
            QVERIFY(CacheStore::resourceByHash(*reader, src.mid(14)).found);
            ++images;
        }
        for (const QString &tag : a.tags)
            QVERIFY(!tag.trimmed().isEmpty());
    }
    QVERIFY2(images > 0, "some article images were cached");
    QVERIFY(reader->scalar(QStringLiteral("SELECT count(*) FROM resources")).toInt() >= 1);
    // Page tags were stored beside feed categories.
    QVERIFY(reader->scalar(QStringLiteral("SELECT count(*) FROM article_tags WHERE origin = 'page'")).toInt() > 0);
}

void TestRefreshOffline::secondRefreshTransfersOnly304s()
{
    test::RefreshHarness h;
    QStringList expectedFiles;
    serveFixtures(h.server, h, &expectedFiles);
    h.refresh();
    const qint64 fetchedAt = h.query<qint64>(QStringLiteral("SELECT sum(last_fetched) FROM feeds"));
    const int articles = h.query<int>(QStringLiteral("SELECT count(*) FROM articles"));
    h.server.clearLog();
    const RefreshSummary second = h.refresh();
    QCOMPARE(second.notModified, 4);
    QCOMPARE(second.newArticles, 0);
    const auto requests = h.server.requests();
    QCOMPARE(requests.size(), 4);
    for (const auto &r : requests)
        QVERIFY2(r.notModified && r.status == 304, r.target.constData());
    // A 304 writes nothing.
    QCOMPARE(h.query<qint64>(QStringLiteral("SELECT sum(last_fetched) FROM feeds")), fetchedAt);
    QCOMPARE(h.query<int>(QStringLiteral("SELECT count(*) FROM articles")), articles);
}

void TestRefreshOffline::refreshKeepsReadingStateAndCollections()
{
    test::RefreshHarness h;
    const QByteArray v1 = "<rss version=\"2.0\"><channel><title>T</title>"
                          "<item><guid>a</guid><title>Judul lama</title><link>http://x.example/a</link></item>"
                          "</channel></rss>";
    h.server.route(QStringLiteral("/feed.xml"), {.headers = {{"Content-Type", "application/rss+xml"}}, .body = v1});
    h.subscribe(h.server.url(QStringLiteral("/feed.xml")).toString());
    h.refresh({.fullText = false});
    h.storage.write(QStringLiteral("state"), [](SqliteConnection &db) {
        ArticleStore::setRead(db, 1, true);
        ArticleStore::setStarred(db, 1, true);
        CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Arsip")), 1);
    }).waitForFinished();
    QByteArray v2 = v1;
    v2.replace("Judul lama", "Judul baru");
    h.server.route(QStringLiteral("/feed.xml"), {.headers = {{"Content-Type", "application/rss+xml"}}, .body = v2});
    const RefreshSummary s = h.refresh({.fullText = false});
    QCOMPARE(s.updatedArticles, 1);
    const Article a = ArticleStore::byId(*h.storage.openReader(), 1);
    QCOMPARE(a.title, QStringLiteral("Judul baru"));
    QVERIFY(a.read && a.starred);
    QCOMPARE(a.collections, QStringList{QStringLiteral("Arsip")});
    QCOMPARE(h.query<int>(QStringLiteral("SELECT count(*) FROM articles")), 1);
}

void TestRefreshOffline::laterRefreshCachesWhatAnEarlierOneLeft()
{
    test::RefreshHarness h;
    QStringList expectedFiles;
    serveFixtures(h.server, h, &expectedFiles);
    QCOMPARE(h.refresh({.fullText = false}).cached, 0); // e.g. killed or offline before caching
    const RefreshSummary later = h.refresh();
    QCOMPARE(later.notModified, 4);
    QCOMPARE(later.cached, expectedFiles.size());
    QCOMPARE(h.query<int>(QStringLiteral("SELECT count(*) FROM articles WHERE extracted_at IS NOT NULL")),
             expectedFiles.size());
}

QTEST_GUILESS_MAIN(TestRefreshOffline)
#include "test_refresh_offline.moc"
