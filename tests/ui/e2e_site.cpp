#include "e2e_site.h"

#include <QBuffer>
#include <QImage>

namespace warta::test {

const QColor E2eSite::kImageColor(220, 20, 30);
const QColor E2eSite::kIconColor(30, 140, 200);

namespace {
using Response = LoopbackHttpServer::Response;

Response ok(const QByteArray &type, const QByteArray &body)
{
    Response r;
    r.headers = {{"Content-Type", type}};
    r.body = body;
    return r;
}

QByteArray paragraphs(const QString &lead, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("<p>%1 Paragraf %2 memuat keterangan narasumber, angka, dan latar belakang "
                              "kebijakan yang dibahas dalam rapat bersama pemerintah daerah setempat.</p>\n")
                   .arg(i == 0 ? lead : QString(), QString::number(i + 1))
                   .toUtf8();
    return out;
}

QByteArray articlePage(const QString &title, const QString &lead, const QByteArray &related)
{
    return QByteArray("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>") + title.toUtf8() +
           "</title><meta property=\"og:site_name\" content=\"Kabar Loopback\"></head><body>"
           "<nav><a href=\"/\">Beranda</a> <a href=\"/tag/politik/\">Politik</a></nav>"
           "<article><h1>" + title.toUtf8() + "</h1><div class=\"content\">" +
           paragraphs(lead, 1) +
           "<figure><img src=\"/img/foto.png\" width=\"400\" height=\"160\" alt=\"Foto\"></figure>\n" +
           paragraphs(QString(), 2) + related +
           paragraphs(QString(), 3) + "</div></article><footer>Hak cipta</footer></body></html>";
}
QByteArray filledPng(int width, int height, const QColor &color)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
} // namespace

QByteArray E2eSite::redPng()
{
    return filledPng(400, 160, kImageColor);
}

void E2eSite::serve(LoopbackHttpServer &server)
{
    const QString base = server.url(QStringLiteral("/")).toString();
    server.route(QStringLiteral("/"),
                 ok("text/html; charset=utf-8",
                    "<!DOCTYPE html><html><head><title>Kabar Loopback</title>"
                    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/rss.xml\">"
                    "<link rel=\"icon\" type=\"image/png\" sizes=\"32x32\" href=\"/ikon-32.png\">"
                    "</head><body><h1>Kabar Loopback</h1></body></html>"));
    const QString rss = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>%1</title>"
        "<link>%2</link><description>Berita</description>"
        "<item><title>%3</title><link>%2berita/satu.html</link><guid>satu</guid>"
        "<pubDate>Mon, 23 Nov 2026 08:00:00 +0700</pubDate><description>Ringkasan satu.</description>"
        "<category>Teknologi</category></item>"
        "<item><title>%4</title><link>%2berita/dua.html</link><guid>dua</guid>"
        "<pubDate>Mon, 23 Nov 2026 07:00:00 +0700</pubDate><description>Ringkasan dua.</description></item>"
        "</channel></rss>")
                            .arg(QLatin1String(kFeedTitle), base, QLatin1String(kFirstTitle), QLatin1String(kSecondTitle));
    server.route(QStringLiteral("/ikon-32.png"), ok("image/png", filledPng(32, 32, kIconColor)));
    server.route(QStringLiteral("/rss.xml"), ok("application/rss+xml", rss.toUtf8()));
    server.route(QStringLiteral("/berita/satu.html"),
                 ok("text/html; charset=utf-8",
                    articlePage(QLatin1String(kFirstTitle), QLatin1String(kFirstBodyText),
                                QByteArray("<p><strong>Baca Juga:</strong> <a href=\"/berita/dua.html\">") +
                                    kSecondTitle + "</a></p>\n<p><strong>Baca Juga:</strong> "
                                                   "<a href=\"/berita/tiga.html\">" + kOutsideTitle + "</a></p>\n")));
    server.route(QStringLiteral("/berita/dua.html"),
                 ok("text/html; charset=utf-8", articlePage(QLatin1String(kSecondTitle), QStringLiteral("Sebuah startup"), {})));
    server.route(QStringLiteral("/berita/tiga.html"),
                 ok("text/html; charset=utf-8",
                    articlePage(QLatin1String(kOutsideTitle), QLatin1String(kOutsideBodyText), {})));
    server.route(QStringLiteral("/img/foto.png"), ok("image/png", redPng()));
}

} // namespace warta::test
