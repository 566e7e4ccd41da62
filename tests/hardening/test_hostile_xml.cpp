// Hostile XML at the parser level: entity expansion (billion laughs, quadratic blow-up),
// external entities and DTDs (XXE: local files, network), deep nesting. Every case must end
// quickly, in bounded memory, read no file and touch no network. The same documents go
// through a whole refresh in test_limits_refresh.
#include "feeds/feed_parser.h"
#include "feeds/opml.h"
#include "hardening_support.h"
#include "loopback_http_server.h"

#include <QTest>

using namespace warta;
using namespace warta::feeds;

class TestHostileXml : public QObject {
    Q_OBJECT
private slots:
    void billionLaughsFeed_data();
    void billionLaughsFeed();
    void billionLaughsOpml();
    void quadraticBlowup();
    void externalEntitiesFeed_data();
    void externalEntitiesFeed();
    void externalEntitiesOpml();
    void deepNesting_data();
    void deepNesting();
};

static qsizetype textSize(const ParsedFeed &f)
{
    qsizetype n = f.title.size() + f.description.size() + f.error.size();
    for (const ParsedItem &i : f.items)
        n += i.title.size() + i.summary.size() + i.content.size() + i.author.size();
    return n;
}

static bool mentionsPasswd(const ParsedFeed &f)
{
    auto bad = [](const QString &s) { return s.contains(QLatin1String("root:")) || s.contains(QLatin1String("/bin/")); };
    if (bad(f.title) || bad(f.description))
        return true;
    for (const ParsedItem &i : f.items)
        if (bad(i.title) || bad(i.summary) || bad(i.content))
            return true;
    return false;
}

// Bounds: the input is a few KB; anything near the 10^9 expansion would take gigabytes.
static const double kMaxGrowthMiB = test::kSanitized ? 300 : 100;
static const qint64 kMaxMs = test::kSanitized ? 10'000 : 3'000;

void TestHostileXml::billionLaughsFeed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("rss title") << test::billionLaughs("<rss version=\"2.0\"><channel><title>", "</channel></rss>",
                                                      "ENTITY</title><item><guid>1</guid><title>ENTITY</title></item>");
    QTest::newRow("rss description") << test::billionLaughs("<rss version=\"2.0\"><channel><title>t</title>", "</channel></rss>",
                                                            "<item><guid>1</guid><description>ENTITY</description></item>");
    QTest::newRow("atom content") << test::billionLaughs("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>", "</feed>",
                                                         "<entry><id>1</id><title>x</title><content type=\"html\">ENTITY</content></entry>");
    QTest::newRow("attribute") << test::billionLaughs("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>", "</feed>",
                                                      "<entry><id>1</id><title>x</title><link href=\"ENTITY\"/></entry>");
}

void TestHostileXml::billionLaughsFeed()
{
    QFETCH(QByteArray, xml);
    test::PeakMemory peak;
    QElapsedTimer timer;
    timer.start();
    const ParsedFeed feed = parseFeed(xml, QUrl(QStringLiteral("https://example.invalid/feed")));
    qInfo("%s", qPrintable(peak.report()));
    QVERIFY2(timer.elapsed() < kMaxMs, qPrintable(peak.report()));
    QVERIFY2(peak.growthMiB() < kMaxGrowthMiB, qPrintable(peak.report()));
    QVERIFY2(textSize(feed) < 1'000'000, qPrintable(QString::number(textSize(feed))));
    QVERIFY2(!feed.wellFormed && !feed.error.isEmpty(), "the expansion is reported as an error");
}

void TestHostileXml::billionLaughsOpml()
{
    const QByteArray opml = test::billionLaughs(
        "<opml version=\"2.0\"><head><title>ENTITY</title></head><body>", "</body></opml>",
        "<outline text=\"ENTITY\" xmlUrl=\"https://example.invalid/feed\"/>");
    test::PeakMemory peak;
    const OpmlDocument doc = parseOpml(opml);
    qInfo("%s", qPrintable(peak.report()));
    QVERIFY2(peak.seconds() * 1000 < kMaxMs, qPrintable(peak.report()));
    QVERIFY2(peak.growthMiB() < kMaxGrowthMiB, qPrintable(peak.report()));
    qsizetype size = doc.title.size();
    for (const OpmlEntry &e : doc.entries)
        size += e.title.size();
    QVERIFY(size < 1'000'000);
    QVERIFY2(!doc.error.isEmpty() || doc.entries.isEmpty(), "a bomb is not imported as a subscription list");
}

// Below the per-entity limit but referenced many times: 50,000 references to a 4,000
// character entity would be 200 million characters (400 MB) from a 400 KB file.
void TestHostileXml::quadraticBlowup()
{
    const QByteArray big(4000, 'a');
    QByteArray refs;
    for (int i = 0; i < 50'000; ++i)
        refs += "&big;";
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" + big + "\">]>\n"
                           "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><description>"
                           + refs + "</description></item></channel></rss>";
    test::PeakMemory peak;
    const ParsedFeed feed = parseFeed(xml);
    qInfo("%s, %lld chars", qPrintable(peak.report()), qlonglong(textSize(feed)));
    QVERIFY2(peak.seconds() * 1000 < kMaxMs, qPrintable(peak.report()));
    QVERIFY2(peak.growthMiB() < (test::kSanitized ? 150 : 50), qPrintable(peak.report()));
    QVERIFY(textSize(feed) < 2'000'000);
    QVERIFY(!feed.wellFormed && feed.error.contains(QLatin1String("expand")));

    // The same in an OPML file, which has its own reader.
    const QByteArray opml = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY big \"" + big + "\">]>\n"
                            "<opml version=\"2.0\"><head><title>" + refs + "</title></head><body>"
                            "<outline text=\"" + refs + "\" xmlUrl=\"https://example.invalid/a\"/></body></opml>";
    test::PeakMemory opmlPeak;
    const OpmlDocument doc = parseOpml(opml);
    qInfo("OPML: %s", qPrintable(opmlPeak.report()));
    QVERIFY2(opmlPeak.growthMiB() < (test::kSanitized ? 150 : 50), qPrintable(opmlPeak.report()));
    QVERIFY(!doc.error.isEmpty());

    // Entities used moderately are still expanded (real feeds declare a few).
    const QByteArray modest = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY outlet \"Kantor Berita\">]>\n"
                              "<rss version=\"2.0\"><channel><title>&outlet;</title><item><guid>1</guid>"
                              "<title>Dari &outlet;</title></item></channel></rss>";
    const ParsedFeed ok = parseFeed(modest);
    QCOMPARE(ok.title, QStringLiteral("Kantor Berita"));
    QCOMPARE(ok.items.value(0).title, QStringLiteral("Dari Kantor Berita"));
}

void TestHostileXml::externalEntitiesFeed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("system entity, rss") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        "<rss version=\"2.0\"><channel><title>a&xxe;b</title><item><guid>1</guid><title>&xxe;</title>"
        "<description>&xxe;</description></item></channel></rss>");
    QTest::newRow("system entity, atom") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;</title><entry><id>1</id><title>x</title>"
        "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">&xxe;</div></content></entry></feed>");
    QTest::newRow("parameter entity over http") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"http://127.0.0.1:PORT/evil.dtd\"> %remote;]>\n"
        "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>&exfil;</title></item></channel></rss>");
    QTest::newRow("external dtd") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:PORT/evil.dtd\">\n"
        "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>&exfil;</title></item></channel></rss>");
    QTest::newRow("xinclude") << QByteArray(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>t</title>"
        "<item><guid>1</guid><title><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></title>"
        "<description><xi:include href=\"http://127.0.0.1:PORT/evil.dtd\" parse=\"text\"/></description></item></channel></rss>");
}

void TestHostileXml::externalEntitiesFeed()
{
    QFETCH(QByteArray, xml);
    test::LoopbackHttpServer server;
    server.route(QStringLiteral("/evil.dtd"), {.body = "<!ENTITY exfil SYSTEM \"file:///etc/passwd\">"});
    xml.replace("PORT", QByteArray::number(server.port()));
    const ParsedFeed feed = parseFeed(xml, QUrl(QStringLiteral("https://example.invalid/feed")));
    QVERIFY2(!mentionsPasswd(feed), "a local file leaked into the feed");
    QTest::qWait(50);
    QVERIFY2(server.requests().isEmpty(), "the parser went to the network");
}

void TestHostileXml::externalEntitiesOpml()
{
    test::LoopbackHttpServer server;
    server.route(QStringLiteral("/evil.dtd"), {.body = "<!ENTITY exfil SYSTEM \"file:///etc/passwd\">"});
    const QByteArray opml = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
                            "<!ENTITY % remote SYSTEM \"" + server.url(QStringLiteral("/evil.dtd")).toEncoded() + "\"> %remote;]>\n"
                            "<opml version=\"2.0\"><head><title>&xxe;</title></head><body>"
                            "<outline text=\"&xxe;\" title=\"&xxe;\" xmlUrl=\"https://example.invalid/a\"/>"
                            "<outline text=\"ok\" xmlUrl=\"https://example.invalid/b\"/></body></opml>";
    const OpmlDocument doc = parseOpml(opml);
    QVERIFY(!doc.title.contains(QLatin1String("root:")));
    for (const OpmlEntry &e : doc.entries)
        QVERIFY2(!e.title.contains(QLatin1String("root:")), qPrintable(e.title));
    QTest::qWait(50);
    QVERIFY2(server.requests().isEmpty(), "the OPML reader went to the network");
}

void TestHostileXml::deepNesting_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<bool>("isOpml");
    const int depth = 200'000; // 1.2 MB, well below the 20 MiB fetch cap
    QByteArray rss = "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>x</title><description>";
    rss += QByteArray("<a>").repeated(depth) + "deep" + QByteArray("</a>").repeated(depth);
    rss += "</description></item><item><guid>2</guid><title>after</title></item></channel></rss>";
    QTest::newRow("rss elements") << rss << false;
    QByteArray atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title>x</title>"
                      "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">";
    atom += QByteArray("<div>").repeated(depth) + "deep" + QByteArray("</div>").repeated(depth);
    atom += "</div></content></entry></feed>";
    QTest::newRow("atom xhtml") << atom << false;
    QTest::newRow("unclosed") << QByteArray("<rss version=\"2.0\"><channel><item>" + QByteArray("<b>").repeated(depth)) << false;
    QTest::newRow("json feed") << QByteArray("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":"
                                             + QByteArray("[").repeated(depth) + QByteArray("]").repeated(depth) + "}") << false;
    QTest::newRow("opml outlines") << QByteArray("<opml version=\"2.0\"><body>" + QByteArray("<outline text=\"f\">").repeated(depth)
                                                 + "<outline xmlUrl=\"https://example.invalid/x\"/>"
                                                 + QByteArray("</outline>").repeated(depth) + "</body></opml>") << true;
}

void TestHostileXml::deepNesting()
{
    QFETCH(QByteArray, doc);
    QFETCH(bool, isOpml);
    test::PeakMemory peak;
    if (isOpml) {
        const OpmlDocument opml = parseOpml(doc);
        Q_UNUSED(opml);
    } else {
        const ParsedFeed feed = parseFeed(doc);
        Q_UNUSED(feed);
    }
    qInfo("%s", qPrintable(peak.report()));
    QVERIFY2(peak.seconds() * 1000 < kMaxMs * 3, qPrintable(peak.report()));
    QVERIFY2(peak.growthMiB() < (test::kSanitized ? 1500 : 600), qPrintable(peak.report()));
}

QTEST_GUILESS_MAIN(TestHostileXml)
#include "test_hostile_xml.moc"
