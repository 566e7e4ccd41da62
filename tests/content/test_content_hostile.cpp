// Hostile input must end with a result or a clear error, bounded in time and memory.
#include "content/extraction.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace warta::content;

class ContentHostile : public QObject {
    Q_OBJECT
private slots:
    void deepNesting();
    void hugePage();
    void manyDecoys();
    void garbage();
};

void ContentHostile::deepNesting()
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        html += i % 2 ? "<div>" : "<span><b>";
    html += "<p>Teks terdalam.</p></body></html>";
    QElapsedTimer t;
    t.start();
    const Extraction e = extractArticle(html, QUrl(QStringLiteral("https://x.id/")));
    QVERIFY(t.elapsed() < 20000);
    Q_UNUSED(e);
}

void ContentHostile::hugePage()
{
    // 50 MB of paragraphs: cut to the size limit, still yields text.
    const QByteArray para = "<p>Kalimat berulang yang panjang, dengan koma, untuk menguji batas ukuran halaman.</p>\n";
    QByteArray html = "<html><body><article>";
    html.reserve(50 * 1024 * 1024 + 100);
    while (html.size() < 50 * 1024 * 1024)
        html += para;
    QElapsedTimer t;
    t.start();
    const Extraction e = extractArticle(html, QUrl(QStringLiteral("https://x.id/")));
    QVERIFY2(t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(!e.paragraphs.isEmpty() || !e.error.isEmpty());
}

void ContentHostile::manyDecoys()
{
    QByteArray html = "<html><body><div class=\"content\">";
    for (int i = 0; i < 3000; ++i)
        html += "<p>Baca juga baca juga BACA JUGA: <span>Baca Juga <a href=\"#\">x</a></span> teks biasa yang panjang sekali di sini.</p>";
    html += "</div></body></html>";
    QElapsedTimer t;
    t.start();
    const Extraction e = extractArticle(html, QUrl(QStringLiteral("https://x.id/")));
    QVERIFY(t.elapsed() < 20000);
    QVERIFY(e.related.isEmpty());
}

void ContentHostile::garbage()
{
    QCOMPARE(extractArticle(QByteArray(), QUrl()).error.isEmpty(), false);
    QByteArray noise(200000, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 256);
    const Extraction e = extractArticle(noise, QUrl(QStringLiteral("https://x.id/")));
    QVERIFY(e.paragraphs.size() >= 0);
}

QTEST_GUILESS_MAIN(ContentHostile)
#include "test_content_hostile.moc"
