// The text of feed summaries as the search index gets it.
#include "text/html_text.h"

#include <QTest>

using warta::text::htmlToIndexText;

class TestHtmlText : public QObject {
    Q_OBJECT
private slots:
    void markupBecomesText_data();
    void markupBecomesText();
};

void TestHtmlText::markupBecomesText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain text unchanged") << QStringLiteral("Harga beras  naik") << QStringLiteral("Harga beras  naik");
    QTest::newRow("tags split words") << QStringLiteral("<p>Gempa</p><p>susulan</p>") << QStringLiteral("Gempa susulan");
    QTest::newRow("attributes dropped") << QStringLiteral("<a href=\"https://x.example/?a=1&b=2\" title='a > b'>Baca</a>")
                                        << QStringLiteral("Baca");
    QTest::newRow("entities") << QStringLiteral("Rp&nbsp;5&#46;000 &amp; &#x2014; &ldquo;naik&rdquo;")
                              << QStringLiteral("Rp 5.000 & \u2014 \u201cnaik\u201d");
    QTest::newRow("unknown entity kept") << QStringLiteral("a &foo; b") << QStringLiteral("a &foo; b");
    QTest::newRow("script and style dropped") << QStringLiteral("<style>p{}</style>Isi<script>var x = '<p>';</script> aman")
                                              << QStringLiteral("Isi aman");
    QTest::newRow("comment dropped") << QStringLiteral("Satu<!-- <b>dua</b> -->tiga") << QStringLiteral("Satu tiga");
    QTest::newRow("lone less-than is text") << QStringLiteral("3 < 5 &lt;b&gt;") << QStringLiteral("3 < 5 <b>");
}

void TestHtmlText::markupBecomesText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(htmlToIndexText(html), text);
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "test_html_text.moc"
