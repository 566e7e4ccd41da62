// Focused tests: encoding sniffing, related-link recognition (and decoys), sanitiser,
// lazy images, pagination loops.
#include "content/encoding_sniffer.h"
#include "content/extraction.h"
#include "test_paths.h"

#include <QtTest>

using namespace warta::content;

class ContentUnits : public QObject {
    Q_OBJECT
private slots:
    void encodingLabels();
    void relatedAndDecoys();
    void sanitizer();
    void rewrite();
    void lazyImages();
    void paginationLoop();
    void bylineStopsBeforeTheDate();
};

static QByteArray article(const QByteArray &body)
{
    QByteArray filler;
    for (int i = 0; i < 6; ++i)
        filler += "<p>Paragraf isi berita yang cukup panjang, dengan koma, supaya penilai konten memilih wadah ini sebagai artikel utama. Nomor "
            + QByteArray::number(i) + ".</p>\n";
    return "<html lang=\"id\"><head><title>Judul</title></head><body><div class=\"nav\"><a href=\"/a\">Beranda</a></div><article><h1>Judul Berita Hari Ini</h1><div class=\"content\">"
        + filler + body + filler + "</div></article></body></html>";
}

void ContentUnits::encodingLabels()
{
    QCOMPARE(sniffEncoding("<meta charset=\"ISO-8859-1\">", {}), QByteArray("windows-1252"));
    QCOMPARE(sniffEncoding("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=latin1\">", {}), QByteArray("windows-1252"));
    QCOMPARE(sniffEncoding("<p>x</p>", "text/html; charset=UTF-8"), QByteArray("utf-8"));
    QCOMPARE(sniffEncoding("\xEF\xBB\xBF<meta charset=windows-1252>", {}), QByteArray("utf-8"));
    QCOMPARE(QString::fromUtf8(decodeToUtf8("<meta charset=windows-1252>\x93hi\x94 \x96 caf\xE9", {})),
             QStringLiteral("<meta charset=windows-1252>\u201Chi\u201D \u2013 caf\u00E9"));
    // Undeclared UTF-8 stays UTF-8.
    QCOMPARE(QString::fromUtf8(decodeToUtf8("<p>caf\xC3\xA9</p>", {})), QStringLiteral("<p>caf\u00E9</p>"));
}

void ContentUnits::relatedAndDecoys()
{
    const QByteArray body =
        "<p>BACA JUGA: <a href=\"/berita/1\">Satu</a></p>"
        "<p>Ia berkata, \"baca juga aturan mainnya sebelum mendaftar,\" kata dia kepada wartawan di Jakarta.</p>"
        "<p>Baca juga teks panjang tanpa tautan apa pun yang tetap merupakan bagian dari berita ini.</p>"
        "<div class=\"baca-juga\"><p class=\"baca-juga__header\">Baca Juga</p><ul><li><a href=\"https://x.id/2\">Dua</a></li><li><a href=\"https://x.id/3\">Tiga</a></li></ul></div>"
        "<p>Sebelum <span class=\"baca-juga\"><b>Baca juga: </b><a href=\"/4\">Empat</a></span> sesudah.</p>"
        "<p>Lihat juga: <a href=\"/tag/politik\">politik</a></p>";
    const Extraction e = extractArticle(article(body), QUrl(QStringLiteral("https://x.id/berita/0")));
    QStringList got;
    for (const auto &r : e.related)
        got << r.text;
    QVERIFY2(e.related.size() == 4, qPrintable(got.join(QLatin1Char('|')) + QStringLiteral(" // ") + e.html));
    QCOMPARE(e.related[0].text, QStringLiteral("Satu"));
    QCOMPARE(e.related[0].url, QStringLiteral("https://x.id/berita/1"));
    QCOMPARE(e.related[2].text, QStringLiteral("Tiga"));
    QCOMPARE(e.related[3].url, QStringLiteral("https://x.id/4"));
    QVERIFY(e.paragraphs.contains(QStringLiteral("Ia berkata, \"baca juga aturan mainnya sebelum mendaftar,\" kata dia kepada wartawan di Jakarta.")));
    QVERIFY(e.paragraphs.contains(QStringLiteral("Baca juga teks panjang tanpa tautan apa pun yang tetap merupakan bagian dari berita ini.")));
    QVERIFY(e.paragraphs.contains(QStringLiteral("Sebelum")));
    QVERIFY(e.paragraphs.contains(QStringLiteral("sesudah.")));
    QVERIFY(!e.paragraphs.join(QLatin1Char(' ')).contains(QLatin1String("Satu")));
    QCOMPARE(e.html.count(QLatin1String("class=\"warta-related\"")), 3);
}

void ContentUnits::sanitizer()
{
    const QString out = sanitizeHtml(QStringLiteral(
        "<p onclick=\"x()\" style=\"color:red\">Hi <a href=\"javascript:alert(1)\">bad</a> <a href=\"/ok\">ok</a></p>"
        "<script>alert(1)</script><style>p{}</style><form><input name=q></form>"
        "<iframe src=\"https://video.example/embed/1\"></iframe><img src=\"data:image/png;base64,AAAA\"><img src=\"//cdn.example/a.jpg\" onerror=\"x()\">"),
        QUrl(QStringLiteral("https://news.example/a/b")));
    QVERIFY(!out.contains(QLatin1String("onclick")));
    QVERIFY(!out.contains(QLatin1String("style")));
    QVERIFY(!out.contains(QLatin1String("javascript")));
    QVERIFY(!out.contains(QLatin1String("script")));
    QVERIFY(!out.contains(QLatin1String("<input")));
    QVERIFY(!out.contains(QLatin1String("data:")));
    QVERIFY(!out.contains(QLatin1String("onerror")));
    QVERIFY(out.contains(QLatin1String("href=\"https://news.example/ok\"")));
    QVERIFY(out.contains(QLatin1String("<a href=\"https://video.example/embed/1\">")));
    QVERIFY(out.contains(QLatin1String("<img src=\"https://cdn.example/a.jpg\">")));
}

void ContentUnits::rewrite()
{
    const QString out = rewriteUrls(QStringLiteral("<p><img src=\"https://cdn.example/a.jpg\"><a href=\"https://x.example/\">x</a></p>"),
                                    [](const QString &u) { return u.endsWith(QLatin1String(".jpg")) ? QStringLiteral("warta://img/1") : u; });
    QCOMPARE(out, QStringLiteral("<p><img src=\"warta://img/1\"><a href=\"https://x.example/\">x</a></p>"));
}

void ContentUnits::lazyImages()
{
    const Extraction e = extractArticle(article("<figure><img src=\"data:image/gif;base64,R0l\" data-src=\"/img/real.jpg\"><figcaption>Foto: Keterangan gambar</figcaption></figure>"
                                                "<p><img srcset=\"/s.jpg 320w, /l.jpg 1024w\"></p>"),
                                        QUrl(QStringLiteral("https://x.id/berita/0")));
    QVERIFY2(e.imageUrls.contains(QStringLiteral("https://x.id/img/real.jpg")), qPrintable(e.imageUrls.join(' ')));
    QVERIFY2(e.imageUrls.contains(QStringLiteral("https://x.id/l.jpg")), qPrintable(e.imageUrls.join(' ')));
    QVERIFY(!e.paragraphs.contains(QStringLiteral("Foto: Keterangan gambar")));
}

void ContentUnits::paginationLoop()
{
    // Page 2 links "next" back to page 2 and page 3 links to page 2: must stop, not loop.
    auto page = [](int n, int next) {
        return article("<p>Halaman " + QByteArray::number(n) + " isi unik nomor " + QByteArray::number(n) + ".</p><a href=\"/b?page=" + QByteArray::number(next) + "\">Selanjutnya</a>");
    };
    int loads = 0;
    PageLoader loader = [&](const QUrl &u) -> std::optional<QByteArray> {
        ++loads;
        const int n = u.query().section(QLatin1Char('='), 1).toInt();
        return page(n, n == 3 ? 2 : n + 1);
    };
    const Extraction e = extractArticle(page(1, 2), QUrl(QStringLiteral("https://x.id/b")), {}, loader, 10);
    QCOMPARE(e.pages, 3);
    QCOMPARE(loads, 2);
    const Extraction capped = extractArticle(page(1, 2), QUrl(QStringLiteral("https://x.id/b")), {},
                                             [&](const QUrl &u) -> std::optional<QByteArray> {
                                                 const int n = u.query().section(QLatin1Char('='), 1).toInt();
                                                 return page(n, n + 1);
                                             }, 4);
    QCOMPARE(capped.pages, 4);
}

void ContentUnits::bylineStopsBeforeTheDate()
{
    // The credit and the date share one line of the page.
    const QByteArray html = "<html><body><article><h1>Judul</h1>"
                            "<div class=\"meta\"><span>Penulis: Rina Kartika</span> <time>Senin, 23 November 2026 | 07:15 WIB</time></div>"
                            "<p>Paragraf pertama yang cukup panjang untuk dianggap isi artikel oleh pengekstrak.</p>"
                            "<p>Paragraf kedua yang juga cukup panjang agar halaman ini punya isi yang jelas.</p>"
                            "</article></body></html>";
    QCOMPARE(extractArticle(html, QUrl(QStringLiteral("https://x.example/a"))).byline, QStringLiteral("Rina Kartika"));
    const QByteArray other = QByteArray(html).replace("Penulis: Rina Kartika</span> <time>Senin, ", "Oleh Dimas Prasetyo, </span> <time>");
    const QString otherByline = extractArticle(other, QUrl(QStringLiteral("https://x.example/a"))).byline;
    QVERIFY2(otherByline.isEmpty() || otherByline == QStringLiteral("Dimas Prasetyo"), qPrintable(otherByline));
}

QTEST_GUILESS_MAIN(ContentUnits)
#include "test_content_units.moc"
