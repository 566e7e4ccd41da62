// Rendering safety (issue 7): known XSS vectors arrive through a feed's content AND through
// an extracted page, by the real refresh and caching path from a loopback server; the
// server is then stopped and each article is shown in the real reader pane. Nothing may run
// (document.title and the URL stay Warta's) and nothing but warta: URLs may be requested.
#include "loopback_http_server.h"
#include "net/fetcher.h"
#include "services/refresh_service.h"
#include "storage/article_store.h"
#include "storage/feed_store.h"
#include "storage/storage.h"
#include "ui/article_scheme_handler.h"
#include "ui/article_view.h"
#include "ui_test_helpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

using namespace warta;
using namespace warta::test;

namespace {
class RecordingInterceptor : public QWebEngineUrlRequestInterceptor {
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override { urls << info.requestUrl(); }
    QList<QUrl> urls;
};

// Each vector, if it ran or loaded, would change the title, navigate, or request /evil.
QString vectors(const QString &evil)
{
    return QStringLiteral(
               "<p>Teks aman sebelum.</p>"
               "<script>document.title='PWNED'</script>"
               "<img src=\"%1/img.png\" onerror=\"document.title='PWNED'\" onload=\"document.title='PWNED'\">"
               "<img src=x onerror=\"document.title='PWNED'\">"
               "<body onload=\"document.title='PWNED'\"><div onmouseover=\"document.title='PWNED'\">hover</div>"
               "<a id=js href=\"javascript:document.title='PWNED'\">tautan js</a>"
               "<a href=\"data:text/html,<script>document.title='PWNED'</script>\">tautan data</a>"
               "<img src=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIG9ubG9hZD0nYWxlcnQoMSknLz4=\">"
               "<svg><script>document.title='PWNED'</script><image href=\"%1/svg.png\"/></svg>"
               "<svg onload=\"document.title='PWNED'\"></svg>"
               "<div style=\"background:url(%1/css-inline.png);width:expression(document.title='PWNED')\">css</div>"
               "<style>body{background:url(%1/css-block.png)} @import url(%1/import.css);</style>"
               "<link rel=stylesheet href=\"%1/sheet.css\">"
               "<meta http-equiv=\"refresh\" content=\"0;url=%1/refresh\">"
               "<base href=\"%1/base/\"><img src=\"relative.png\">"
               "<iframe src=\"%1/frame\"></iframe><iframe srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>"
               "<object data=\"%1/object\"></object><embed src=\"%1/embed\">"
               "<video poster=\"%1/poster.png\" src=\"%1/video.mp4\"></video>"
               "<img srcset=\"%1/srcset.png 1x\">"
               "<form action=\"%1/form\" method=post><input name=q value=1><button>Kirim</button></form>"
               "<math><maction actiontype=statusline xlink:href=\"javascript:document.title='PWNED'\">m</maction></math>"
               "<p>Teks aman sesudah.</p>")
        .arg(evil);
}
} // namespace

class TestUiRenderingSafety : public QObject {
    Q_OBJECT
public:
    static void initMain() { ui::registerUrlSchemes(); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void vectorsDoNotRunOrLoad_data();
    void vectorsDoNotRunOrLoad();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<SqliteConnection> m_reader;
    qint64 m_feedArticle = 0;
    qint64 m_pageArticle = 0;
};

void TestUiRenderingSafety::initTestCase()
{
    LoopbackHttpServer server;
    const QString evil = server.url(QStringLiteral("/evil")).toString();
    const QString base = server.url(QStringLiteral("/")).toString();
    QString feedVectors = vectors(evil);
    feedVectors.replace(QLatin1String("]]>"), QLatin1String("]]&gt;"));
    const QString rss = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Situs Jahat</title>"
        "<link>%1</link><description>x</description>"
        "<item><title>Lewat isi feed</title><link>%1gone.html</link><guid>feed</guid>"
        "<content:encoded><![CDATA[%2]]></content:encoded></item>"
        "<item><title>Lewat halaman</title><link>%1page.html</link><guid>page</guid>"
        "<description>ringkas</description></item></channel></rss>")
                            .arg(base, feedVectors);
    LoopbackHttpServer::Response feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}};
    feed.body = rss.toUtf8();
    server.route(QStringLiteral("/rss.xml"), feed);
    QString paragraphs;
    for (int i = 0; i < 6; ++i)
        paragraphs += QStringLiteral("<p>Paragraf %1 berisi cukup banyak kata agar pengekstrak menganggapnya isi "
                                     "utama artikel, bukan navigasi atau iklan di samping halaman.</p>")
                          .arg(i);
    LoopbackHttpServer::Response page;
    page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    page.body = QStringLiteral("<!DOCTYPE html><html><head><title>Lewat halaman</title>"
                               "<meta http-equiv=\"refresh\" content=\"0;url=%1/head-refresh\"><base href=\"%1/\"></head>"
                               "<body><article><h1>Lewat halaman</h1><div class=\"content\">%2%3%2</div></article></body></html>")
                    .arg(evil, paragraphs, vectors(evil))
                    .toUtf8();
    server.route(QStringLiteral("/page.html"), page);
    // "/gone.html" is not routed: the feed item keeps its feed content.

    m_storage = std::make_unique<Storage>(m_dir.filePath(QStringLiteral("w.db")));
    const qint64 feedId = m_storage->write(QStringLiteral("feed"), [&](SqliteConnection &db) {
        return FeedStore::add(db, server.url(QStringLiteral("/rss.xml")).toString(), QStringLiteral("Situs Jahat"), 0).id;
    }).result();
    {
        net::Fetcher fetcher;
        RefreshService service(*m_storage, fetcher);
        QSignalSpy finished(&service, &RefreshService::finished);
        service.refresh({feedId});
        QVERIFY(finished.wait(30000));
    }
    server.stop(); // from here on the network is off
    QVERIFY(server.requestCount("/evil") == 0);
    m_reader = m_storage->openReader();
    for (const Article &a : ArticleStore::list(*m_reader, {}))
        (a.title == QLatin1String("Lewat halaman") ? m_pageArticle : m_feedArticle) = a.id;
    QVERIFY(m_feedArticle && m_pageArticle);
    QVERIFY2(ArticleStore::byId(*m_reader, m_pageArticle).cached(), "the page went through the extractor");
    QVERIFY(!ArticleStore::byId(*m_reader, m_feedArticle).cached());
}

void TestUiRenderingSafety::cleanupTestCase()
{
    m_reader.reset();
    m_storage.reset();
}

void TestUiRenderingSafety::vectorsDoNotRunOrLoad_data()
{
    QTest::addColumn<bool>("fromPage");
    QTest::addColumn<bool>("javascriptOn");
    QTest::newRow("feed content") << false << false;
    QTest::newRow("extracted page") << true << false;
    // Second layer: even with JavaScript switched on, sanitising and the CSP hold.
    QTest::newRow("feed content, JavaScript on") << false << true;
    QTest::newRow("extracted page, JavaScript on") << true << true;
}

void TestUiRenderingSafety::vectorsDoNotRunOrLoad()
{
    QFETCH(bool, fromPage);
    QFETCH(bool, javascriptOn);
    const qint64 id = fromPage ? m_pageArticle : m_feedArticle;
    ui::ArticleView view(*m_reader);
    auto *interceptor = new RecordingInterceptor(&view);
    view.profile()->setUrlRequestInterceptor(interceptor);
    view.profile()->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, javascriptOn);
    QSignalSpy external(&view, &ui::ArticleView::externalLinkActivated);
    view.resize(900, 1400);
    view.show();
    QSignalSpy loaded(&view, &ui::ArticleView::loadFinished);
    view.showArticle(id);
    QVERIFY(loaded.wait(15000));
    // The extractor keeps the running text around the vectors, not the short lines.
    QVERIFY(waitForPageText(view.webView(), fromPage ? QStringLiteral("Paragraf 5 berisi") : QStringLiteral("Teks aman sesudah")));
    QTest::qWait(500); // time for a refresh, an onload or a late request to happen

    const QString expectedTitle = fromPage ? QStringLiteral("Lewat halaman") : QStringLiteral("Lewat isi feed");
    QCOMPARE(view.webView()->title(), expectedTitle);
    QCOMPARE(view.webView()->url(), ui::ArticleSchemeHandler::articleUrl(id));
    if (javascriptOn) {
        // Ask the page itself, from an isolated world the article cannot touch.
        const QVariant title = askPage<QVariant>([&view](auto callback) {
            view.webView()->page()->runJavaScript(QStringLiteral("document.title"), QWebEngineScript::ApplicationWorld,
                                                  callback);
        }, 10000);
        QCOMPARE(title.toString(), expectedTitle);
    }
    const QString html = pageHtml(view.webView(), 5000);
    for (const char *gone : {"<script", "onerror", "onload", "javascript:", "<iframe", "<form", "<base", "<object", "<embed",
                             "http-equiv=\"refresh\"", "expression("})
        QVERIFY2(!html.contains(QLatin1String(gone), Qt::CaseInsensitive), gone);
    QVERIFY(!interceptor->urls.isEmpty());
    for (const QUrl &url : std::as_const(interceptor->urls))
        QVERIFY2(url.scheme() == QLatin1String("warta"), qPrintable(url.toString()));
    QCOMPARE(external.count(), 0);
    view.profile()->setUrlRequestInterceptor(nullptr);
}

QTEST_MAIN(TestUiRenderingSafety)
#include "test_ui_rendering_safety.moc"
