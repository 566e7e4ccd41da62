// The speed shortcuts of the extractor must give the answers of the slow paths they skip:
// - TextIndex and TextIndex::measure against dom::innerText, element by element, on real pages;
// - page-wide gates (PageText) must never rule out a credit, cue or box that the per-element
//   patterns would find: credits split by markup, scripts, no-break and zero-width spaces,
//   and pages too deep for the gates (which must fall back to testing every element);
// - the first-character filter of isBoilerplateParagraph;
// - the image list now taken from the sanitiser, across pages.
#include "content/boilerplate_filter.h"
#include "content/extraction.h"
#include "content/html_document.h"
#include "content/page_text.h"
#include "content/text_index.h"
#include "test_paths.h"

#include <QDir>
#include <QtTest>

using namespace warta::content;

class ContentShortcuts : public QObject {
    Q_OBJECT
private slots:
    void lengthsMatchInnerText_data();
    void lengthsMatchInnerText();
    void creditsAcrossMarkup();
    void creditsOnDeepPage();
    void relatedCueWithOddSpaces();
    void pageTextOutsideScripts();
    void boilerplateFirstCharacter();
    void imagesAcrossPages();
};

static const QUrl kUrl(QStringLiteral("https://x.id/berita/0"));

void ContentShortcuts::lengthsMatchInnerText_data()
{
    QTest::addColumn<QByteArray>("html");
    const QString shared = warta::test::sharedDir();
    for (const char *page : {"/corpora/readability-test-pages/wikipedia/source.html", "/corpora/readability-test-pages/nytimes-1/source.html",
                             "/corpora/readability-test-pages/qq/source.html"})
        QTest::newRow(page) << warta::test::readFile(shared + QLatin1String(page));
    const QString kompas = shared + QStringLiteral("/fixtures/id-news/kompas/pages/");
    for (const QString &name : QDir(kompas).entryList({QStringLiteral("*.html")}))
        QTest::newRow(qPrintable(name)) << warta::test::readFile(kompas + name);
    // Non-ASCII, no-break and zero-width spaces, commas of every kind, empty elements.
    QTest::newRow("spaces") << QByteArray("<html><body><div> a\xC2\xA0\xC2\xA0 b\xE2\x80\x8B<b> c, </b><i></i>,d <p>\xEF\xBC\x8C"
                                          "caf\xC3\xA9 ,, </p>\t</div><span>\xE2\x80\x83</span></body></html>");
}

void ContentShortcuts::lengthsMatchInnerText()
{
    QFETCH(QByteArray, html);
    const HtmlDocument doc(html);
    QVERIFY(doc.body());
    const TextIndex index(doc.body());
    int checked = 0;
    for (const xmlNode *n : dom::descendants(doc.body())) {
        const QString text = dom::innerText(n);
        QCOMPARE(index.innerLength(n), text.size());
        const TextIndex::Measure m = TextIndex::measure(n);
        QCOMPARE(m.length, text.size());
        QCOMPARE(m.commas, dom::textContent(n).count(QLatin1Char(',')));
        ++checked;
    }
    QVERIFY(checked > 0);
}

static QByteArray page(const QByteArray &credits)
{
    QByteArray filler;
    for (int i = 0; i < 6; ++i)
        filler += "<p>Paragraf isi berita yang cukup panjang, dengan koma, supaya penilai konten memilih wadah ini. Nomor "
            + QByteArray::number(i) + ".</p>\n";
    return "<html lang=\"id\"><head><title>Judul</title></head><body><article><h1>Judul Berita Hari Ini</h1><div class=\"content\">"
        + filler + credits + "</div></article></body></html>";
}

void ContentShortcuts::creditsAcrossMarkup()
{
    // One credit per page, so each page-wide gate alone decides whether it is found.
    // Keyword and colon apart, a script between them, a no-break space before the colon.
    Extraction e = extractArticle(page("<div><b>Penulis</b><script>var x = 1;</script>\xC2\xA0: Rina Kartika</div>"), kUrl);
    QCOMPARE(e.byline, QStringLiteral("Rina Kartika"));
    e = extractArticle(page("<div><span>Edi</span>tor :<i> Dimas</i></div>"), kUrl);
    QCOMPARE(e.editor, QStringLiteral("Dimas"));
    // "Laporan Wartawan" with a zero-width and a no-break space.
    e = extractArticle(page("<p>Laporan\xE2\x80\x8B wartawan\xC2\xA0Tribun, Sari Dewi</p>"), kUrl);
    QCOMPARE(e.byline, QStringLiteral("Sari Dewi"));
    // Syndication split over elements, with a line break inside.
    e = extractArticle(page("<p>Artikel ini <b>telah</b>\n tayang di <a href=\"https://kompas.com/x\">Kompas.com</a> dengan judul \"X\"</p>"),
                       kUrl);
    QCOMPARE(e.source, QStringLiteral("Kompas.com"));
    // Only an author-named element, no credit line.
    e = extractArticle(page("<div class=\"read__author\">Andi Wijaya</div>"), kUrl);
    QCOMPARE(e.byline, QStringLiteral("Andi Wijaya"));
}

void ContentShortcuts::creditsOnDeepPage()
{
    // 250 levels: deeper than the gates' safe depth, within every walker's cut. The page is
    // then tested element by element, and the credit is still found.
    const QByteArray open = QByteArray("<div>").repeated(250), close = QByteArray("</div>").repeated(250);
    const Extraction e = extractArticle(page(open + "<span>Penulis: Rina Kartika</span>" + close), kUrl);
    QCOMPARE(e.byline, QStringLiteral("Rina Kartika"));
    const HtmlDocument doc(page(open + close));
    QVERIFY(!pageText(doc.body()).usable);
}

void ContentShortcuts::relatedCueWithOddSpaces()
{
    const Extraction e = extractArticle(page("<p>Baca\xC2\xA0\xE2\x80\x8Bjuga: <a href=\"/berita/1\">Satu</a></p>"
                                             "<div class=\"Box-Baca-Juga\"><a href=\"/berita/2\">Dua</a></div>"),
                                        kUrl);
    QStringList texts;
    for (const auto &r : e.related)
        texts << r.text;
    QCOMPARE(texts, QStringList({QStringLiteral("Satu"), QStringLiteral("Dua")}));
}

void ContentShortcuts::pageTextOutsideScripts()
{
    const HtmlDocument doc(QByteArray("<html><body class=\"b\"><p id=\"x\">a<script>s</script>b<style>t</style></p><div class=\"c d\">e</div></body></html>"));
    const PageText text = pageText(doc.body());
    QVERIFY(text.usable);
    QCOMPARE(text.text, QStringLiteral("asbte"));
    QCOMPARE(text.textOutsideScripts, QStringLiteral("abe"));
    QCOMPARE(text.classesAndIds, QStringLiteral("b \n x\n \n \nc d \n"));
    QVERIFY(pageGate(QStringLiteral("baca juga")).match(QStringLiteral("BACA\u00A0\u200B\t JUGA")).hasMatch());
    QVERIFY(pageGate(QStringLiteral("editor\\s*:")).match(QStringLiteral("Editor:")).hasMatch());
    QVERIFY(!pageGate(QStringLiteral("baca juga")).match(QStringLiteral("bacajuga")).hasMatch());
}

void ContentShortcuts::boilerplateFirstCharacter()
{
    QVERIFY(isBoilerplateParagraph(QStringLiteral("(das/eds)")));
    QVERIFY(isBoilerplateParagraph(QStringLiteral("EDITOR: Dimas")));
    QVERIFY(isBoilerplateParagraph(QStringLiteral("[Gambas:Video CNN]")));
    QVERIFY(isBoilerplateParagraph(QStringLiteral("Iklan")));
    QVERIFY(isBoilerplateParagraph(QStringLiteral("berikutnya »")));
    QVERIFY(!isBoilerplateParagraph(QStringLiteral("Jakarta - Editor: bukan di awal")));
    QVERIFY(!isBoilerplateParagraph(QStringLiteral("1 Halaman selanjutnya")));
    // Non-ASCII first characters still go through the patterns (caseless matching).
    QCOMPARE(isBoilerplateParagraph(QStringLiteral("\u212Aontributor: Sari")),
             QRegularExpression(QStringLiteral("^kontributor\\s*:"), QRegularExpression::CaseInsensitiveOption)
                 .match(QStringLiteral("\u212Aontributor: Sari"))
                 .hasMatch());
}

void ContentShortcuts::imagesAcrossPages()
{
    auto pageWith = [](int n, const QByteArray &images) {
        return page("<p>Halaman " + QByteArray::number(n) + " isi unik.</p>" + images + "<a href=\"/b?page=" + QByteArray::number(n + 1)
                    + "\">Selanjutnya</a>");
    };
    const PageLoader loader = [&](const QUrl &) -> std::optional<QByteArray> {
        return pageWith(2, "<p><img src=\"/c.jpg\"><img src=\"/a.jpg\"></p>");
    };
    const Extraction e = extractArticle(pageWith(1, "<p><img src=\"/a.jpg\"><img src=\"/b.jpg?x=1&amp;y=2\"></p>"),
                                        QUrl(QStringLiteral("https://x.id/b")), {}, loader, 2);
    QCOMPARE(e.pages, 2);
    QCOMPARE(e.imageUrls, QStringList({QStringLiteral("https://x.id/a.jpg"), QStringLiteral("https://x.id/b.jpg?x=1&y=2"),
                                       QStringLiteral("https://x.id/c.jpg")}));
}

QTEST_GUILESS_MAIN(ContentShortcuts)
#include "test_content_shortcuts.moc"
