// Golden files: every tests/fixtures/feeds/<name>.{xml,json,rss,atom} is parsed and its
// toJson() compared with <name>.expected.json; the Indonesian outlet feeds are compared with
// the shared fixtures' expectations. Set WARTA_REGENERATE_GOLDEN=1 to rewrite our own files.
#include "feeds/feed_json.h"
#include "feeds/feed_parser.h"
#include "test_paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warta::feeds;

class TestFeedGolden : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void indonesianOutlets_data();
    void indonesianOutlets();
};

static QString fixtureDir() { return warta::test::sourceDir() + "/tests/fixtures/feeds"; }

/// Fixture options live in an optional <name>.meta.json: {"url": ..., "contentType": ...}.
static QJsonObject meta(const QString &path)
{
    QFile f(path.section('.', 0, -2) + ".meta.json");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void TestFeedGolden::fixtures_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(fixtureDir());
    const QStringList files = dir.entryList({"*.xml", "*.json", "*.rss", "*.atom"}, QDir::Files, QDir::Name);
    int count = 0;
    for (const QString &f : files) {
        if (f.endsWith(".expected.json") || f.endsWith(".meta.json"))
            continue;
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
        ++count;
    }
    QVERIFY2(count >= 10, "golden fixtures missing");
}

void TestFeedGolden::fixtures()
{
    QFETCH(QString, path);
    const QJsonObject m = meta(path);
    const ParsedFeed feed = parseFeed(warta::test::readFile(path), QUrl(m.value("url").toString()),
                                      m.value("contentType").toString().toUtf8());
    const QJsonObject got = toJson(feed);
    const QString expectedPath = path.section('.', 0, -2) + ".expected.json";
    if (qEnvironmentVariableIsSet("WARTA_REGENERATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(got).toJson(QJsonDocument::Indented));
        QSKIP("regenerated");
    }
    const QJsonObject expected = QJsonDocument::fromJson(warta::test::readFile(expectedPath)).object();
    QVERIFY2(!expected.isEmpty(), qPrintable("no expectation in " + expectedPath));
    if (got != expected) {
        qWarning("%s", QJsonDocument(got).toJson().constData());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (got.value(it.key()) != it.value())
                qWarning("differs: %s", qPrintable(it.key()));
        }
    }
    QCOMPARE(got, expected);
}

void TestFeedGolden::indonesianOutlets_data()
{
    QTest::addColumn<QString>("outlet");
    for (const char *o : {"pikiran-rakyat", "detik", "kompas", "antaranews"})
        QTest::newRow(o) << QString::fromLatin1(o);
}

void TestFeedGolden::indonesianOutlets()
{
    QFETCH(QString, outlet);
    const QString root = warta::test::sharedDir() + "/fixtures/id-news/";
    const QJsonObject manifest = QJsonDocument::fromJson(warta::test::readFile(root + "manifest.json"))
                                     .object().value("outlets").toObject().value(outlet).toObject()
                                     .value("feed").toObject();
    const ParsedFeed feed = parseFeed(warta::test::readFile(root + manifest.value("file").toString()),
                                      QUrl(manifest.value("url").toString()),
                                      manifest.value("content_type").toString().toUtf8());
    QCOMPARE(feed.format, manifest.value("format").toString());
    QCOMPARE(feed.wellFormed, manifest.value("well_formed").toBool());
    const QJsonArray expected = QJsonDocument::fromJson(warta::test::readFile(root + outlet + "/feed.expected.json"))
                                    .object().value("items").toArray();
    QCOMPARE(feed.items.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected.at(i).toObject();
        const ParsedItem &item = feed.items.at(i);
        const auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
        QCOMPARE(item.title, e.value("title").toString());
        QCOMPARE(item.link, e.value("url").toString());
        QCOMPARE(item.published.toString(Qt::ISODate), e.value("published_utc").toString());
        QCOMPARE(nullable(item.imageUrl), e.value("image"));
        QCOMPARE(QJsonArray::fromStringList(item.categories), e.value("categories").toArray());
        QCOMPARE(nullable(item.author), e.value("author"));
    }
}

QTEST_GUILESS_MAIN(TestFeedGolden)
#include "tst_feed_golden.moc"
