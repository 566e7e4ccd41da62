// Feed autodiscovery from <link rel="alternate"> in pages, plus parser safety properties.
#include "feeds/discovery.h"
#include "feeds/feed_parser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace warta::feeds;

class TestFeedDiscovery : public QObject {
    Q_OBJECT
private slots:
    void discovers();
    void ignoresNonFeeds();
    void baseHref();
    void externalEntitiesAreNotLoaded();
    void entityExpansionIsBounded();
    void siteIconsBestFirst();
};

void TestFeedDiscovery::discovers()
{
    const QByteArray html = R"(<html><head>
<LINK TYPE='application/rss+xml' REL='alternate' HREF='/rss/terkini.xml' TITLE='Terkini &amp; Terpopuler'>
<link href="https://example.id/atom" rel="alternate" type="application/atom+xml">
<link rel=alternate type=application/feed+json href=feed.json>
<link rel="alternate" type="application/rss+xml" href="/rss/terkini.xml">
<!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->
</head><body></body></html>)";
    const auto found = discoverFeeds(html, QUrl("https://www.example.id/berita/satu.html"));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].url, QUrl("https://www.example.id/rss/terkini.xml"));
    QCOMPARE(found[0].title, QString("Terkini & Terpopuler"));
    QCOMPARE(found[0].type, QString("application/rss+xml"));
    QCOMPARE(found[1].url, QUrl("https://example.id/atom"));
    QCOMPARE(found[2].url, QUrl("https://www.example.id/berita/feed.json"));
}

void TestFeedDiscovery::ignoresNonFeeds()
{
    const QByteArray html = R"(<link rel="stylesheet" type="text/css" href="a.css">
<link rel="alternate" hreflang="en" href="/en/">
<link rel="canonical" type="application/rss+xml" href="/not-alternate.xml">)";
    QVERIFY(discoverFeeds(html, QUrl("https://example.id/")).isEmpty());
}

void TestFeedDiscovery::baseHref()
{
    const QByteArray html = R"(<base href="https://cdn.example.id/sub/"><link rel="alternate feed" type="application/atom+xml" href="a.xml">)";
    const auto found = discoverFeeds(html, QUrl("https://example.id/page"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].url, QUrl("https://cdn.example.id/sub/a.xml"));
}

void TestFeedDiscovery::externalEntitiesAreNotLoaded()
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>a&xxe;b</title></channel></rss>)";
    const ParsedFeed feed = parseFeed(xml);
    QVERIFY(!feed.title.contains("root:"));
}

void TestFeedDiscovery::entityExpansionIsBounded()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">\n";
    for (int i = 1; i < 10; ++i)
        xml += QStringLiteral("<!ENTITY a%1 \"&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;\">\n").arg(i).arg(i - 1).toUtf8();
    xml += "]>\n<rss version=\"2.0\"><channel><title>&a9;</title></channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const ParsedFeed feed = parseFeed(xml);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(feed.title.size() < 1'000'000);
    QVERIFY(!feed.wellFormed);
}

void TestFeedDiscovery::siteIconsBestFirst()
{
    const QByteArray page =
        "<html><head><base href=\"https://cdn.kompas.com/aset/\">"
        "<!-- <link rel=\"icon\" href=\"commented.png\"> -->"
        "<link rel=\"apple-touch-icon\" sizes=\"180x180\" href=\"apple.png\">"
        "<LINK REL='Shortcut Icon' HREF='favicon.ico'>"
        "<link rel=icon sizes=16x16 href=/ikon-16.png>"
        "<link rel=\"icon\" sizes=\"192x192\" href=\"ikon-192.png\">"
        "<link rel=\"icon\" sizes=\"32x32 48x48\" href=\"ikon-48.png\">"
        "<link rel=\"stylesheet\" href=\"gaya.css\">"
        "<link rel=\"icon\" href=\"favicon.ico\">" // listed twice, kept once
        "</head><body><link rel=\"icon\" href=\"body.png\"></body></html>";
    const QVector<QUrl> icons = discoverIcons(page, QUrl(QStringLiteral("https://www.kompas.com/")));
    const QStringList expected = {
        QStringLiteral("https://cdn.kompas.com/aset/ikon-48.png"),  // 32 px and up, smallest first
        QStringLiteral("https://cdn.kompas.com/aset/ikon-192.png"),
        QStringLiteral("https://cdn.kompas.com/aset/favicon.ico"),  // no sizes
        QStringLiteral("https://cdn.kompas.com/ikon-16.png"),       // smaller than the list's icons
        QStringLiteral("https://cdn.kompas.com/aset/apple.png"),    // touch icons last
    };
    QStringList got;
    for (const QUrl &url : icons)
        got << url.toString();
    QCOMPARE(got, expected);
    QVERIFY(discoverIcons("<html><head><title>x</title></head></html>", QUrl(QStringLiteral("https://a.id/"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feed_discovery.moc"
