// The date parser against feedparser's date table and Indonesian forms seen on outlets.
#include "core/dates.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using warta::parseDate;

class TestDates : public QObject {
    Q_OBJECT
private slots:
    void indonesian_data();
    void indonesian();
    void rejects_data();
    void rejects();
    void defaultOffset();
    void feedparserTable();
};

static QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

void TestDates::indonesian_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime aug26 = utc(2020, 8, 26, 1, 2);
    QTest::newRow("weekday full month") << "Rabu, 26 Agustus 2020 08:02 WIB" << aug26;
    QTest::newRow("comma after year") << "26 Agustus 2020, 08:02 WIB" << aug26;
    QTest::newRow("agu") << "Rabu, 26 Agu 2020 08:02 WIB" << aug26;
    QTest::newRow("agt") << "26 Agt 2020 08:02 WIB" << aug26;
    QTest::newRow("ags") << "26 Ags 2020 08:02 WIB" << aug26;
    QTest::newRow("kompas prefix") << "Kompas.com - 26/08/2020, 08:02 WIB" << aug26;
    QTest::newRow("numeric weekday") << "Kamis, 05/11/2015 09:25 WIB" << utc(2015, 11, 5, 2, 25);
    QTest::newRow("bar") << "Selasa, 24 Februari 2026 | 08:50 WIB" << utc(2026, 2, 24, 1, 50);
    QTest::newRow("jum'at") << "Jum'at, 28 Agustus 2020 06:30 WIB" << utc(2020, 8, 27, 23, 30);
    QTest::newRow("jum’at curly") << "Jum’at, 28 Agustus 2020 06:30 WIB" << utc(2020, 8, 27, 23, 30);
    QTest::newRow("mei") << "Senin, 4 Mei 2020 10:00 WIB" << utc(2020, 5, 4, 3, 0);
    QTest::newRow("okt") << "1 Okt 2020 10:00 WITA" << utc(2020, 10, 1, 2, 0);
    QTest::newRow("des") << "31 Des 2020 10:00 WIT" << utc(2020, 12, 31, 1, 0);
    QTest::newRow("diperbarui") << "Diperbarui 26 Agustus 2020, 08:02 WIB" << aug26;
    QTest::newRow("dipublikasikan") << "dipublikasikan: Rabu, 26/08/2020 08:02 WIB" << aug26;
    QTest::newRow("pukul + dotted time") << "Rabu, 26 Agustus 2020 pukul 08.02 WIB" << aug26;
    QTest::newRow("rfc822 +0700") << "Sun, 15 Mar 2020 15:51:04 +0700" << utc(2020, 3, 15, 8, 51, 4);
    QTest::newRow("iso +0700") << "2020-08-26T08:02:00+0700" << aug26;
    QTest::newRow("iso +07:00") << "2020-08-26T08:02:00+07:00" << aug26;
    QTest::newRow("stray space before T") << "2015-11-05 T10:08:58Z" << utc(2015, 11, 5, 10, 8, 58);
    QTest::newRow("slashes, no zone") << "2020/08/26 08:02:00" << utc(2020, 8, 26, 8, 2);
    QTest::newRow("upper-case month") << "WED, 26 AUG 2020 08:02:00 GMT" << utc(2020, 8, 26, 8, 2);
    QTest::newRow("missing seconds") << "Wed, 26 Aug 2020 08:02 +0000" << utc(2020, 8, 26, 8, 2);
    QTest::newRow("no weekday, 2-digit year") << "26 Aug 20 08:02:00 PDT" << utc(2020, 8, 26, 15, 2);
    QTest::newRow("military") << "Wed, 26 Aug 2020 08:02:00 Z" << utc(2020, 8, 26, 8, 2);
    QTest::newRow("pm") << "Aug 26, 2020 8:02 PM EST" << utc(2020, 8, 27, 1, 2);
    QTest::newRow("fraction") << "2020-08-26T08:02:00.123456Z" << utc(2020, 8, 26, 8, 2);
    QTest::newRow("year only") << "2020" << utc(2020, 1, 1, 0, 0);
    QTest::newRow("year-month") << "2020-08" << utc(2020, 8, 1, 0, 0);
}

void TestDates::indonesian()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime got = parseDate(text);
    QCOMPARE(got.toString(Qt::ISODate), expected.toString(Qt::ISODate));
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestDates::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "kemarin sore";
    QTest::newRow("no year") << "26 Agustus";
    QTest::newRow("bad day") << "31 Februari 2020";
    QTest::newRow("bad hour") << "26 Agustus 2020 25:00 WIB";
}

void TestDates::rejects()
{
    QFETCH(QString, text);
    QVERIFY2(!parseDate(text).isValid(), qPrintable(parseDate(text).toString(Qt::ISODate)));
}

void TestDates::defaultOffset()
{
    // JSON-LD datePublished without a zone is local (WIB) time on Indonesian sites.
    QCOMPARE(parseDate(u"2020-08-26T08:02:00", warta::kWibOffsetSeconds), utc(2020, 8, 26, 1, 2));
    QCOMPARE(parseDate(u"26/08/2020 08:02", warta::kWibOffsetSeconds), utc(2020, 8, 26, 1, 2));
    // An explicit zone wins over the default.
    QCOMPARE(parseDate(u"2020-08-26T08:02:00Z", warta::kWibOffsetSeconds), utc(2020, 8, 26, 8, 2));
}

void TestDates::feedparserTable()
{
    const QByteArray raw = warta::test::readFile(warta::test::sharedDir()
                                                 + "/corpora/feedparser-tests/date-cases.json");
    const QJsonArray cases = QJsonDocument::fromJson(raw).object().value("cases").toArray();
    QVERIFY(cases.size() > 50);
    // Named skips: sub-parsers for other languages' month names and calendars are out of
    // scope (English and Indonesian only); "03335" (YYDDD ordinal) contradicts the w3dtf
    // row that rejects "22013", so no single parser can satisfy both.
    static const QSet<QString> skippedParsers = {"greek", "hungarian", "nate", "onblog"};
    int total = 0, passed = 0, skipped = 0;
    QStringList failures;
    for (const auto &v : cases) {
        const QJsonObject c = v.toObject();
        const QString input = c.value("input").toString();
        if ((skippedParsers.contains(c.value("parser").toString()) && !input.isEmpty())
            || input == "03335") {
            ++skipped;
            continue;
        }
        ++total;
        const QDateTime got = parseDate(input);
        const QJsonArray e = c.value("expected_utc").toArray();
        bool ok;
        if (c.value("expected_utc").isNull()) {
            ok = !got.isValid();
        } else {
            const QDateTime want(QDate(e[0].toInt(), e[1].toInt(), e[2].toInt()),
                                 QTime(e[3].toInt(), e[4].toInt(), e[5].toInt()), Qt::UTC);
            ok = got == want;
        }
        if (ok)
            ++passed;
        else
            failures << QStringLiteral("%1 %2 -> %3").arg(c.value("parser").toString(), input,
                                                          got.toString(Qt::ISODate));
    }
    qInfo("feedparser date table: %d/%d translatable cases pass (%d skipped)", passed, total, skipped);
    for (const QString &f : failures)
        qWarning("  failed: %s", qPrintable(f));
    QCOMPARE(failures, QStringList());
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
