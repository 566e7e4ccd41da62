// The search query language: what parses into what, and the messages for bad syntax.
#include "text/search_query.h"

#include <QTest>

using namespace warta::text;

class TestSearchQuery : public QObject {
    Q_OBJECT
private slots:
    void wordsPhrasesAndExclusions();
    void filters();
    void quotedFilterValues();
    void badSyntax_data();
    void badSyntax();
    void searchableWordsDropStopwordsAndPunctuation();
};

static SearchQuery parse(const QString &text)
{
    QString error;
    const auto q = parseSearchQuery(text, &error);
    if (!q)
        qWarning("%s: %s", qPrintable(text), qPrintable(error));
    return q.value_or(SearchQuery{});
}

void TestSearchQuery::wordsPhrasesAndExclusions()
{
    const SearchQuery q = parse(QStringLiteral("  harga \"emas antam\"  -perak -\"harga minyak\" "));
    QCOMPARE(q.terms.size(), 4);
    QCOMPARE(q.terms[0].text, QStringLiteral("harga"));
    QVERIFY(!q.terms[0].phrase && !q.terms[0].excluded);
    QCOMPARE(q.terms[1].text, QStringLiteral("emas antam"));
    QVERIFY(q.terms[1].phrase && !q.terms[1].excluded);
    QCOMPARE(q.terms[2].text, QStringLiteral("perak"));
    QVERIFY(q.terms[2].excluded);
    QVERIFY(q.terms[3].phrase && q.terms[3].excluded);
    QVERIFY(q.hasIncludedTerm());
    QVERIFY(q.filters.isEmpty());
}

void TestSearchQuery::filters()
{
    const SearchQuery q = parse(QStringLiteral("banjir tag:cuaca -feed:detik collection:Simpan after:2024-01-31 "
                                               "before:2024-03-01 is:unread is:starred"));
    QCOMPARE(q.terms.size(), 1);
    QCOMPARE(q.filters.size(), 3);
    QCOMPARE(q.filters[0].kind, SearchQuery::FilterKind::Tag);
    QCOMPARE(q.filters[0].value, QStringLiteral("cuaca"));
    QCOMPARE(q.filters[1].kind, SearchQuery::FilterKind::Feed);
    QVERIFY(q.filters[1].excluded);
    QCOMPARE(q.filters[2].kind, SearchQuery::FilterKind::Collection);
    QCOMPARE(q.after, QDate(2024, 1, 31));
    QCOMPARE(q.before, QDate(2024, 3, 1));
    QCOMPARE(q.read, std::optional<bool>(false));
    QCOMPARE(q.starred, std::optional<bool>(true));
    QCOMPARE(parse(QStringLiteral("-is:unread")).read, std::optional<bool>(true));
    QCOMPARE(parse(QStringLiteral("IS:READ")).read, std::optional<bool>(true)); // keys and is: values ignore case
    QVERIFY(!parse(QStringLiteral("tag:ekonomi")).hasIncludedTerm());          // filters alone are a search
}

void TestSearchQuery::quotedFilterValues()
{
    const SearchQuery q = parse(QStringLiteral("feed:\"Kompas  Tekno\" collection:\"Akhir Pekan\" ponsel"));
    QCOMPARE(q.filters.size(), 2);
    QCOMPARE(q.filters[0].value, QStringLiteral("Kompas Tekno"));
    QCOMPARE(q.filters[1].value, QStringLiteral("Akhir Pekan"));
    QCOMPARE(q.terms.size(), 1);
}

void TestSearchQuery::badSyntax_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unclosed phrase") << "harga \"emas antam" << "Missing closing quote after \"emas antam";
    QTest::newRow("unclosed filter value") << "feed:\"Kompas" << "Missing closing quote";
    QTest::newRow("empty quotes") << "\"\"" << "Empty quotes";
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("blank") << " \t " << "empty";
    QTest::newRow("lone minus") << "- banjir" << "lone";
    QTest::newRow("unknown filter") << "penulis:budi" << "Unknown filter \"penulis:\"";
    QTest::newRow("empty tag") << "tag:" << "tag: needs a value";
    QTest::newRow("bad date") << "after:2024-13-01" << "YYYY-MM-DD";
    QTest::newRow("short date") << "before:2024-1-1" << "YYYY-MM-DD";
    QTest::newRow("text date") << "before:kemarin" << "YYYY-MM-DD";
    QTest::newRow("excluded date") << "-after:2024-01-01" << "use before:";
    QTest::newRow("unknown is") << "is:penting" << "is:unread, is:read or is:starred";
}

void TestSearchQuery::badSyntax()
{
    QFETCH(QString, query);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!parseSearchQuery(query, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(!parseSearchQuery(query, nullptr)); // no error pointer: still no crash
}

void TestSearchQuery::searchableWordsDropStopwordsAndPunctuation()
{
    QCOMPARE(searchableWords(QStringLiteral("Harga-emas yang NAIK, di pasar!")),
             (QStringList{QStringLiteral("harga"), QStringLiteral("emas"), QStringLiteral("naik"), QStringLiteral("pasar")}));
    QCOMPARE(searchableWords(QStringLiteral("\"); DROP TABLE x; --")), (QStringList{QStringLiteral("drop"), QStringLiteral("table"), QStringLiteral("x")}));
    QVERIFY(searchableWords(QStringLiteral("yang dan di")).isEmpty());
    QCOMPARE(searchableWords(QStringLiteral("COVID-19")), (QStringList{QStringLiteral("covid"), QStringLiteral("19")}));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "test_search_query.moc"
