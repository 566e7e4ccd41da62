// Crash consistency: the real `warta-cli refresh` (full text on, many feeds, pages and images
// served on loopback) is killed with SIGKILL at random moments, at least 20 times. After every
// kill the database passes PRAGMA integrity_check and foreign_key_check, and nothing that was
// stored before the run is gone: articles, read and starred state, tags, collection entries (in
// their order). Between runs the reader's state changes (more read/starred/collected articles)
// and the feeds publish new items, so every run has writes to interrupt. At the end an
// uninterrupted refresh completes and stores everything.
#include "hardening_support.h"
#include "loopback_http_server.h"
#include "storage/sqlite_connection.h"
#include "test_paths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace warta;
using Server = test::LoopbackHttpServer;

class TestCrashConsistency : public QObject {
    Q_OBJECT
private slots:
    void killedRefreshLosesNothing();
};

namespace {

constexpr int kFeeds = 12;
constexpr int kItemsPerGeneration = 6;
constexpr int kKeptItems = 24; // items a feed document lists (newest first)
constexpr int kKillsWanted = 30; // the issue asks for at least 20

struct Snapshot {
    QSet<QString> articles;     // feed_id/dedup_key -> id as "id:feed:key"
    QSet<qint64> read, starred;
    QSet<QString> tags;         // "article:tag"
    QList<QString> collections; // "collection:article:position" in order
    qint64 articleCount = 0;
};

QString cli()
{
    return test::binaryDir() + QStringLiteral("/app/cli/warta-cli");
}

QStringList strings(SqliteConnection &db, const QString &sql)
{
    QStringList out;
    Statement st = db.prepare(sql);
    while (st.next())
        out.append(st.text(0));
    return out;
}

Snapshot snapshot(SqliteConnection &db)
{
    Snapshot s;
    for (const QString &a : strings(db, QStringLiteral("SELECT id || ':' || ifnull(feed_id, '') || ':' || dedup_key FROM articles")))
        s.articles.insert(a);
    for (const QString &id : strings(db, QStringLiteral("SELECT id FROM articles WHERE read = 1")))
        s.read.insert(id.toLongLong());
    for (const QString &id : strings(db, QStringLiteral("SELECT id FROM articles WHERE starred = 1")))
        s.starred.insert(id.toLongLong());
    for (const QString &t : strings(db, QStringLiteral("SELECT article_id || ':' || tag_id FROM article_tags")))
        s.tags.insert(t);
    s.collections = strings(db, QStringLiteral("SELECT collection_id || ':' || article_id || ':' || position FROM collection_articles "
                                               "ORDER BY collection_id, position"));
    s.articleCount = s.articles.size();
    return s;
}

/// Empty when `now` still holds everything `before` had; else what is missing.
QString missing(const Snapshot &before, const Snapshot &now)
{
    QStringList lost;
    auto check = [&](const char *what, const auto &a, const auto &b) {
        for (const auto &x : a)
            if (!b.contains(x)) {
                lost.append(QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(x));
                if (lost.size() > 5)
                    return;
            }
    };
    check("article", before.articles, now.articles);
    check("read", before.read, now.read);
    check("starred", before.starred, now.starred);
    check("tag", before.tags, now.tags);
    check("collection entry", before.collections, now.collections);
    return lost.join(QStringLiteral(", "));
}

QByteArray page(int feed, int item)
{
    const QByteArray id = QByteArray::number(feed) + '-' + QByteArray::number(item);
    QByteArray html = "<html><head><meta charset=\"utf-8\"><title>Berita " + id + "</title>"
                      "<meta name=\"keywords\" content=\"Ekonomi, Jakarta, Topik " + QByteArray::number(item % 7) + "\">"
                      "<meta property=\"og:image\" content=\"/img/" + QByteArray::number(item % 5) + ".png\"></head><body><article><h1>Berita " + id + "</h1>";
    for (int p = 0; p < 12; ++p)
        html += "<p>Paragraf " + QByteArray::number(p) + " dari berita " + id
                + " yang cukup panjang, dengan kalimat wajar tentang ekonomi dan kota Jakarta hari ini.</p>";
    html += "<img src=\"/img/" + QByteArray::number(item % 5) + ".png\"></article></body></html>";
    return html;
}

} // namespace

void TestCrashConsistency::killedRefreshLosesNothing()
{
    QElapsedTimer total;
    total.start();
    QVERIFY2(QFileInfo::exists(cli()), qPrintable(cli()));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("warta.db"));
    Server server;
    // A tiny valid PNG for the images every page carries.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    for (int i = 0; i < 5; ++i)
        server.route(QStringLiteral("/img/%1.png").arg(i), {.headers = {{"Content-Type", "image/png"}}, .body = png + QByteArray::number(i)});

    int generation = 0;
    auto publish = [&] {
        ++generation;
        const int newest = generation * kItemsPerGeneration;
        for (int f = 0; f < kFeeds; ++f) {
            QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Kanal "
                             + QByteArray::number(f) + "</title><link>" + server.url(QStringLiteral("/")).toEncoded() + "</link>";
            for (int i = newest - 1; i >= qMax(0, newest - kKeptItems); --i) {
                const QByteArray id = QByteArray::number(f) + '-' + QByteArray::number(i);
                xml += "<item><guid>g-" + id + "</guid><title>Berita " + id + "</title><link>"
                       + server.url(QStringLiteral("/page/%1").arg(QString::fromLatin1(id))).toEncoded()
                       + "</link><category>Kanal " + QByteArray::number(f) + "</category><category>Nasional</category>"
                       "<description>Ringkasan " + id + "</description></item>";
                server.route(QStringLiteral("/page/") + QString::fromLatin1(id),
                             {.headers = {{"Content-Type", "text/html; charset=utf-8"}}, .body = page(f, i)});
            }
            xml += "</channel></rss>";
            server.route(QStringLiteral("/feed/%1.xml").arg(f), {.headers = {{"Content-Type", "application/rss+xml"}}, .body = xml});
        }
    };
    publish();

    auto run = [&](const QStringList &args, int timeoutMs = 30'000) {
        QProcess p;
        p.start(cli(), QStringList{QStringLiteral("--db"), db} + args);
        const bool done = p.waitForFinished(timeoutMs);
        if (!done || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning("warta-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };

    // Subscriptions through OPML import, then a first complete refresh.
    QByteArray opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>";
    for (int f = 0; f < kFeeds; ++f)
        opml += "<outline text=\"Kanal " + QByteArray::number(f) + "\" xmlUrl=\"" + server.url(QStringLiteral("/feed/%1.xml").arg(f)).toEncoded() + "\"/>";
    opml += "</body></opml>";
    QFile opmlFile(dir.filePath(QStringLiteral("feeds.opml")));
    QVERIFY(opmlFile.open(QIODevice::WriteOnly));
    opmlFile.write(opml);
    opmlFile.close();
    QVERIFY(run({QStringLiteral("import-opml"), opmlFile.fileName()}));
    QElapsedTimer first;
    first.start();
    QVERIFY(run({QStringLiteral("refresh"), QStringLiteral("--force")}, 60'000));
    const qint64 fullRefreshMs = first.elapsed();
    qInfo("a full refresh of %d feeds takes %lld ms", kFeeds, fullRefreshMs);

    auto open = [&] { return std::make_unique<SqliteConnection>(db, SqliteConnection::Mode::ReadWrite); };
    {
        auto c = open();
        QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), kFeeds * kItemsPerGeneration);
    }
    // Reading state and collections through the CLI, as a user's scripts would.
    QVERIFY(run({QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("--read")}));
    QVERIFY(run({QStringLiteral("mark"), QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("--starred")}));
    QVERIFY(run({QStringLiteral("collect"), QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("--into"), QStringLiteral("Bacaan")}));

    auto *rng = QRandomGenerator::global();
    int kills = 0, completed = 0, attempts = 0;
    // Kill anywhere from process start-up to a little past the typical end of a refresh.
    const int maxDelay = int(qBound(qint64(300), fullRefreshMs * 11 / 10, qint64(4000)));
    while (kills < kKillsWanted && attempts < kKillsWanted * 3 && total.elapsed() < 75'000) {
        ++attempts;
        // New reader state through the storage API (the CLI is not running now), then new items.
        {
            auto c = open();
            const qint64 count = c->scalar(QStringLiteral("SELECT count(*) FROM articles")).toLongLong();
            const qint64 id = 1 + qint64(rng->bounded(quint32(count)));
            c->exec(QStringLiteral("UPDATE articles SET read = 1 WHERE id = %1").arg(id));
            c->exec(QStringLiteral("UPDATE articles SET starred = 1 WHERE id = %1").arg(1 + qint64(rng->bounded(quint32(count)))));
            c->exec(QStringLiteral("INSERT OR IGNORE INTO collection_articles(collection_id, article_id, position, added_at) "
                                   "SELECT id, %1, (SELECT ifnull(max(position), -1) + 1 FROM collection_articles WHERE collection_id = collections.id), 0 "
                                   "FROM collections WHERE name = 'Bacaan'").arg(id));
        }
        Snapshot before;
        {
            auto c = open();
            before = snapshot(*c);
        }
        publish();

        QProcess p;
        p.start(cli(), {QStringLiteral("--db"), db, QStringLiteral("refresh"), QStringLiteral("--force")});
        QVERIFY(p.waitForStarted());
        const int delay = int(rng->bounded(quint32(maxDelay)));
        if (p.waitForFinished(delay)) {
            ++completed; // finished before the kill: still checked below
        } else {
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10'000));
            // It may have exited on its own just before the signal.
            (p.exitStatus() == QProcess::CrashExit ? kills : completed)++;
        }

        auto c = open();
        const QStringList integrity = strings(*c, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY2(integrity == QStringList{QStringLiteral("ok")},
                 qPrintable(QStringLiteral("after a kill at %1 ms: %2").arg(delay).arg(integrity.join(QLatin1Char('\n')))));
        QVERIFY2(strings(*c, QStringLiteral("PRAGMA foreign_key_check")).isEmpty(), "dangling references after a kill");
        // The FTS index is kept by triggers in the same transactions: it must agree too.
        c->exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"));
        const Snapshot after = snapshot(*c);
        const QString lost = missing(before, after);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("after a kill at %1 ms, lost: %2").arg(delay).arg(lost)));
        QVERIFY(after.articleCount >= before.articleCount);
    }
    qInfo("%d kills, %d refreshes finished before their kill, %lld ms so far", kills, completed, total.elapsed());
    QVERIFY2(kills >= kKillsWanted, qPrintable(QStringLiteral("only %1 kills in time").arg(kills)));

    // The next refresh completes and brings in everything the feeds list now.
    Snapshot before;
    {
        auto c = open();
        before = snapshot(*c);
    }
    publish();
    QVERIFY(run({QStringLiteral("refresh"), QStringLiteral("--force")}, 60'000));
    auto c = open();
    QCOMPARE(strings(*c, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QVERIFY(missing(before, snapshot(*c)).isEmpty());
    const int newest = generation * kItemsPerGeneration;
    for (int f = 0; f < kFeeds; ++f) {
        QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE guid = 'g-%1-%2'").arg(f).arg(newest - 1)).toInt(), 1);
        QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM feeds WHERE last_error IS NOT NULL AND last_error != ''")).toInt(), 0);
    }
    // The items new in this last run were cached for offline reading. (Articles a killed run
    // stored but did not get to cache stay uncached: refresh only caches new articles.)
    qInfo("articles left uncached by killed runs: %d", c->scalar(QStringLiteral(
        "SELECT count(*) FROM articles WHERE extracted_html IS NULL AND extract_error IS NULL")).toInt());
    QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE extracted_html IS NULL AND extract_error IS NULL "
                                      "AND dedup_key IN (%1)").arg([&] {
        QStringList keys;
        for (int f = 0; f < kFeeds; ++f)
            keys << QStringLiteral("'g-%1-%2'").arg(f).arg(newest - 1);
        return keys.join(QLatin1Char(','));
    }())).toInt(), 0);
    qInfo("total %lld ms", total.elapsed());
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "test_crash_consistency.moc"
