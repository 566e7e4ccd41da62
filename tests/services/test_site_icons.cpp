// Site icons for the feed list, over real HTTP on loopback and a real database file:
// where icons are looked for, what is refused, and that each site is asked once.
#include "refresh_harness.h"
#include "services/site_icon_image.h"
#include "services/site_icon_service.h"
#include "storage/site_icon_store.h"
#include "storage/sqlite_connection.h"

#include <QBuffer>
#include <QImage>
#include <QtEndian>

using namespace warta;
using Response = test::LoopbackHttpServer::Response;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("cannot encode a test image as %s", format);
    return bytes;
}

QImage filled(int width, int height, const QColor &color)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(color);
    return image;
}

QByteArray png(int edge, const QColor &color)
{
    return encode(filled(edge, edge, color), "PNG");
}

// A multi-size .ico as sites ship them: Qt writes one frame per file, so the frames'
// directories and data are joined here (6-byte header, 16-byte entries, then data).
QByteArray multiSizeIco(const QList<QPair<int, QColor>> &frames)
{
    QList<QByteArray> singles;
    for (const auto &[edge, color] : frames)
        singles.append(encode(filled(edge, edge, color), "ICO"));
    QByteArray header(6, '\0');
    qToLittleEndian<quint16>(1, header.data() + 2);
    qToLittleEndian<quint16>(quint16(singles.size()), header.data() + 4);
    QByteArray entries;
    QByteArray data;
    const qsizetype dataStart = 6 + 16 * singles.size();
    for (const QByteArray &single : singles) {
        QByteArray entry = single.mid(6, 16);
        const QByteArray frame = single.mid(qFromLittleEndian<quint32>(single.constData() + 18));
        qToLittleEndian<quint32>(quint32(frame.size()), entry.data() + 8);
        qToLittleEndian<quint32>(quint32(dataStart + data.size()), entry.data() + 12);
        entries += entry;
        data += frame;
    }
    return header + entries + data;
}

// A small file whose header claims `edge` × `edge` pixels: what a decompression bomb
// looks like to the decoder before it allocates.
QByteArray hugeDeclaredBmp(qint32 edge)
{
    QByteArray bmp = encode(filled(2, 2, Qt::black), "BMP");
    qToLittleEndian<qint32>(edge, bmp.data() + 18);
    qToLittleEndian<qint32>(edge, bmp.data() + 22);
    return bmp;
}

Response image(const QByteArray &body, const QByteArray &type = "image/png")
{
    return {.headers = {{"Content-Type", type}}, .body = body};
}

Response html(const QByteArray &body)
{
    return {.headers = {{"Content-Type", "text/html; charset=utf-8"}}, .body = body};
}

Response rss(const QByteArray &site, const QByteArray &extra = {})
{
    return {.headers = {{"Content-Type", "application/rss+xml"}},
            .body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kanal</title><link>" + site +
                    "</link>" + extra + "<item><guid>1</guid><title>Berita</title></item></channel></rss>"};
}

struct StoredIcon {
    QString sha256;
    QImage image;
    bool checked = false;
};

StoredIcon storedIcon(Storage &storage, const QString &feedUrl)
{
    auto reader = storage.openReader();
    Statement st = reader->prepare(QStringLiteral(
        "SELECT ifnull(icon_sha256, ''), icon_checked_at IS NOT NULL FROM feeds WHERE url = ?1"));
    st.bind(1, feedUrl);
    if (!st.next())
        return {};
    StoredIcon icon{st.text(0), {}, st.int64(1) != 0};
    if (!icon.sha256.isEmpty())
        icon.image = QImage::fromData(SiteIconStore::png(*reader, icon.sha256), "PNG");
    return icon;
}

// Runs one icon pass to the end; returns (found, missing).
QPair<int, int> runPass(SiteIconService &icons)
{
    QSignalSpy finished(&icons, &SiteIconService::finished);
    icons.update();
    if (!finished.wait(60'000))
        qFatal("icon pass did not finish");
    return {finished.first().at(0).toInt(), finished.first().at(1).toInt()};
}

int requestsFor(const test::LoopbackHttpServer &server, const QByteArray &host, const QByteArray &path)
{
    int count = 0;
    for (const auto &r : server.requests())
        count += (r.host == host && r.pathAndQuery == path) ? 1 : 0;
    return count;
}

} // namespace

class TestSiteIcons : public QObject {
    Q_OBJECT
private slots:
    void homePageIconIsSharedBySiteFeeds();
    void declaredFeedIconWinsAndIcoFrameNearestListSize();
    void hostileAndMissingCandidatesFallBack();
    void siteWithoutIconWaitsBeforeAskingAgain();
    void unreachableSiteIsAskedAgainNextTime();
    void refreshStartsIconPass();
    void passEndsFromTheEventLoop();
    void normaliseRefusesWhatIsNotASmallImage();
};

void TestSiteIcons::homePageIconIsSharedBySiteFeeds()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("https://www.antaranews.com/rss/terkini.xml"), rss("https://www.antaranews.com/"));
    h.server.route(QStringLiteral("https://www.antaranews.com/rss/tekno.xml"), rss("https://www.antaranews.com/"));
    h.server.route(QStringLiteral("https://www.antaranews.com/"),
                   html("<html><head><title>ANTARA</title>"
                        "<link rel=\"icon\" type=\"image/png\" sizes=\"16x16\" href=\"/ikon-16.png\">"
                        "<link rel='shortcut icon' sizes='32x32' href='https://static.antaranews.com/ikon-32.png'>"
                        "<link rel=\"apple-touch-icon\" href=\"/apple.png\">"
                        "</head><body><link rel=\"icon\" href=\"/body.png\"></body></html>"));
    h.server.route(QStringLiteral("https://www.antaranews.com/ikon-16.png"), image(png(16, Qt::blue)));
    h.server.route(QStringLiteral("https://static.antaranews.com/ikon-32.png"), image(png(32, Qt::green)));
    h.subscribe(QStringLiteral("https://www.antaranews.com/rss/terkini.xml"));
    h.subscribe(QStringLiteral("https://www.antaranews.com/rss/tekno.xml"));
    QCOMPARE(h.refresh({.fullText = false}).newArticles, 2);

    SiteIconService icons(h.storage, h.fetcher);
    h.server.clearLog();
    QCOMPARE(runPass(icons), qMakePair(1, 0)); // one site, looked up once

    const StoredIcon terkini = storedIcon(h.storage, QStringLiteral("https://www.antaranews.com/rss/terkini.xml"));
    const StoredIcon tekno = storedIcon(h.storage, QStringLiteral("https://www.antaranews.com/rss/tekno.xml"));
    QVERIFY(!terkini.sha256.isEmpty());
    QCOMPARE(tekno.sha256, terkini.sha256);
    QCOMPARE(terkini.image.size(), QSize(32, 32));
    QCOMPARE(terkini.image.pixelColor(16, 16), QColor(Qt::green)); // the 32 px icon, not the 16 px one
    QCOMPARE(h.query<int>(QStringLiteral("SELECT count(*) FROM site_icons")), 1);
    QCOMPARE(requestsFor(h.server, "www.antaranews.com", "/"), 1);
    QCOMPARE(requestsFor(h.server, "www.antaranews.com", "/ikon-16.png"), 0);
    QCOMPARE(requestsFor(h.server, "www.antaranews.com", "/favicon.ico"), 0);

    // Found icons are not looked for again at the next refresh.
    h.server.clearLog();
    QCOMPARE(runPass(icons), qMakePair(0, 0));
    QCOMPARE(h.server.requests().size(), 0);
}

void TestSiteIcons::declaredFeedIconWinsAndIcoFrameNearestListSize()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("https://www.tempo.co/atom.xml"),
                   {.headers = {{"Content-Type", "application/atom+xml"}},
                    .body = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Tempo</title>"
                            "<id>urn:tempo</id><updated>2026-11-24T08:00:00Z</updated>"
                            "<link href=\"https://www.tempo.co/\"/><icon>https://cdn.tempo.co/ikon.ico</icon>"
                            "<entry><id>urn:1</id><title>Satu</title><updated>2026-11-24T08:00:00Z</updated></entry>"
                            "</feed>"});
    h.server.route(QStringLiteral("https://cdn.tempo.co/ikon.ico"),
                   image(multiSizeIco({{16, Qt::red}, {48, Qt::blue}, {256, Qt::yellow}}), "image/x-icon"));
    h.subscribe(QStringLiteral("https://www.tempo.co/atom.xml"));
    h.refresh({.fullText = false});

    SiteIconService icons(h.storage, h.fetcher);
    h.server.clearLog();
    QCOMPARE(runPass(icons), qMakePair(1, 0));
    const StoredIcon icon = storedIcon(h.storage, QStringLiteral("https://www.tempo.co/atom.xml"));
    QCOMPARE(icon.image.size(), QSize(32, 32));
    QCOMPARE(icon.image.pixelColor(16, 16), QColor(Qt::blue)); // 48 px scales down best
    QCOMPARE(h.server.requests().size(), 1); // the declared icon answered: no home page
}

void TestSiteIcons::hostileAndMissingCandidatesFallBack()
{
    test::RefreshHarness h;
    // The page's icon is HTML, /favicon.ico declares 20000 × 20000 pixels: both refused,
    // and the feed's logo (RSS image, 88 × 31) is used, scaled to the list's size.
    h.server.route(QStringLiteral("https://www.detik.com/feed"),
                   rss("https://www.detik.com/", "<image><url>https://cdn.detik.net.id/logo.gif</url>"
                                                 "<title>detik</title><link>https://www.detik.com/</link></image>"));
    h.server.route(QStringLiteral("https://www.detik.com/"),
                   html("<head><link rel=icon href=/ikon.png></head>"));
    h.server.route(QStringLiteral("https://www.detik.com/ikon.png"), html("<html>Not found</html>"));
    h.server.route(QStringLiteral("https://www.detik.com/favicon.ico"), image(hugeDeclaredBmp(20000), "image/x-icon"));
    h.server.route(QStringLiteral("https://cdn.detik.net.id/logo.gif"),
                   image(encode(filled(88, 31, QColor(0x12, 0x34, 0x56)), "PNG"), "image/gif"));
    h.subscribe(QStringLiteral("https://www.detik.com/feed"));
    h.refresh({.fullText = false});

    SiteIconService icons(h.storage, h.fetcher);
    QCOMPARE(runPass(icons), qMakePair(1, 0));
    const StoredIcon icon = storedIcon(h.storage, QStringLiteral("https://www.detik.com/feed"));
    QCOMPARE(icon.image.size(), QSize(32, 11));
    QCOMPARE(icon.image.pixelColor(16, 5), QColor(0x12, 0x34, 0x56));
}

void TestSiteIcons::siteWithoutIconWaitsBeforeAskingAgain()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("https://kabar.example/rss"), rss("https://kabar.example/"));
    h.subscribe(QStringLiteral("https://kabar.example/rss"));
    h.refresh({.fullText = false});

    SiteIconService icons(h.storage, h.fetcher);
    h.server.clearLog();
    QCOMPARE(runPass(icons), qMakePair(0, 1));
    QCOMPARE(h.server.requests().size(), 2); // the home page (404) and /favicon.ico (404)
    const StoredIcon icon = storedIcon(h.storage, QStringLiteral("https://kabar.example/rss"));
    QVERIFY(icon.checked);
    QVERIFY(icon.sha256.isEmpty());

    h.server.clearLog();
    QCOMPARE(runPass(icons), qMakePair(0, 0));
    QCOMPARE(h.server.requests().size(), 0);
    // ...until a week has passed.
    auto reader = h.storage.openReader();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(SiteIconStore::due(*reader, now + SiteIconStore::kRecheckMissingSecs - 3600).size(), 0);
    QCOMPARE(SiteIconStore::due(*reader, now + SiteIconStore::kRecheckMissingSecs + 60).size(), 1);
}

void TestSiteIcons::unreachableSiteIsAskedAgainNextTime()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("https://putus.example/rss"), rss("https://putus.example/"));
    h.server.route(QStringLiteral("https://putus.example/favicon.ico"), image(png(16, Qt::red)));
    h.subscribe(QStringLiteral("https://putus.example/rss"));
    h.refresh({.fullText = false});
    h.server.stop(); // the network goes away after the refresh

    SiteIconService icons(h.storage, h.fetcher);
    QCOMPARE(runPass(icons), qMakePair(0, 1));
    const StoredIcon icon = storedIcon(h.storage, QStringLiteral("https://putus.example/rss"));
    QVERIFY2(!icon.checked, "an unreachable site is not recorded as having no icon");
    auto reader = h.storage.openReader();
    QCOMPARE(SiteIconStore::due(*reader, QDateTime::currentSecsSinceEpoch()).size(), 1);
}

void TestSiteIcons::refreshStartsIconPass()
{
    test::RefreshHarness h;
    h.server.route(QStringLiteral("https://www.kompas.com/rss"), rss("https://www.kompas.com/"));
    h.server.route(QStringLiteral("https://www.kompas.com/favicon.ico"), image(png(16, Qt::magenta), "image/x-icon"));
    h.subscribe(QStringLiteral("https://www.kompas.com/rss"));
    SiteIconService icons(h.storage, h.fetcher);
    icons.followRefreshes(h.service);
    QSignalSpy pass(&icons, &SiteIconService::finished);
    h.refresh({.fullText = false});
    QVERIFY(pass.wait(60'000));
    const StoredIcon icon = storedIcon(h.storage, QStringLiteral("https://www.kompas.com/rss"));
    QCOMPARE(icon.image.size(), QSize(16, 16)); // small icons are kept as they are
    QCOMPARE(icon.image.pixelColor(8, 8), QColor(Qt::magenta));
}

// With nothing due, a pass can be over before update() returns; its end must still come
// from the event loop, or a caller that waits for it after calling update() misses it.
void TestSiteIcons::passEndsFromTheEventLoop()
{
    test::RefreshHarness h;
    SiteIconService icons(h.storage, h.fetcher);
    for (int i = 0; i < 1000; ++i) { // the race needs a few hundred tries to show
        QSignalSpy finished(&icons, &SiteIconService::finished);
        icons.update();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first(), (QList<QVariant>{0, 0}));
    }
}

void TestSiteIcons::normaliseRefusesWhatIsNotASmallImage()
{
    QVERIFY(normaliseSiteIcon({}).png.isEmpty());
    const NormalisedIcon text = normaliseSiteIcon("<html><body>404</body></html>");
    QVERIFY(text.png.isEmpty());
    QVERIFY2(!text.error.isEmpty(), "a refusal says why");
    QVERIFY(normaliseSiteIcon(QByteArray(kSiteIconMaxBytes + 1, 'x')).png.isEmpty());
    const NormalisedIcon bomb = normaliseSiteIcon(hugeDeclaredBmp(5000));
    QVERIFY(bomb.png.isEmpty());
    QVERIFY2(bomb.error.contains(QStringLiteral("too large")), qPrintable(bomb.error));
    QVERIFY(normaliseSiteIcon(png(64, Qt::red).left(80)).png.isEmpty()); // truncated

    const NormalisedIcon ok = normaliseSiteIcon(png(64, Qt::red));
    QVERIFY(!ok.png.isEmpty());
    QCOMPARE(QImage::fromData(ok.png, "PNG").size(), QSize(kSiteIconEdge, kSiteIconEdge));
    QCOMPARE(ok.sha256.size(), 64);
    QCOMPARE(normaliseSiteIcon(png(64, Qt::red)).sha256, ok.sha256); // same picture, same key
}

QTEST_GUILESS_MAIN(TestSiteIcons)
#include "test_site_icons.moc"
