// Replays every input saved under tests/fixtures/hardening/fuzz/<target>/ through exactly the
// calls the libFuzzer targets make (fuzz/fuzz_targets.h). Each file there is a crash, hang or
// sanitizer report that fuzzing found once; in the g++ build and the ASan build alike they must
// now run to the end, quickly. scripts/fuzz.sh also uses them as seeds.
#include "../../fuzz/fuzz_targets.h"
#include "test_paths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include "hardening_support.h"

using namespace warta;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
    void fixturesSmoke();
};

using Target = void (*)(const uint8_t *, size_t);

static Target targetFor(const QString &name)
{
    if (name == QLatin1String("feed")) return fuzz::fuzzFeed;
    if (name == QLatin1String("opml")) return fuzz::fuzzOpml;
    if (name == QLatin1String("date")) return fuzz::fuzzDate;
    if (name == QLatin1String("extract")) return fuzz::fuzzExtract;
    if (name == QLatin1String("sanitize")) return fuzz::fuzzSanitize;
    return nullptr;
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir root(test::sourceDir() + QStringLiteral("/tests/fixtures/hardening/fuzz"));
    int rows = 0;
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(target));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            if (file.endsWith(QLatin1String(".md")))
                continue;
            QTest::newRow(qPrintable(target + QLatin1Char('/') + file)) << target << dir.filePath(file);
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("none") << QString() << QString();
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    if (target.isEmpty())
        QSKIP("no saved fuzz inputs");
    const Target run = targetFor(target);
    QVERIFY2(run, qPrintable(QStringLiteral("unknown fuzz target folder %1").arg(target)));
    const QByteArray bytes = test::readFile(file);
    QElapsedTimer timer;
    timer.start();
    run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    // libFuzzer reports an input slower than 20 s as a hang; these must be far quicker.
    const qint64 limitMs = test::kSanitized ? 10'000 : 3'000;
    QVERIFY2(timer.elapsed() < limitMs, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

// The targets themselves run on the normal fixtures without trouble (they would be useless
// fuzzers otherwise), so a broken harness shows up here and not only in scripts/fuzz.sh.
void TestFuzzRegressions::fixturesSmoke()
{
    const QDir feeds(test::sourceDir() + QStringLiteral("/tests/fixtures/feeds"));
    int n = 0;
    for (const QString &f : feeds.entryList({QStringLiteral("*.xml")}, QDir::Files)) {
        const QByteArray b = test::readFile(feeds.filePath(f));
        fuzz::fuzzFeed(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
        ++n;
    }
    const QByteArray opml = test::readFile(test::sourceDir() + QStringLiteral("/tests/fixtures/opml/nested.opml"));
    fuzz::fuzzOpml(reinterpret_cast<const uint8_t *>(opml.constData()), size_t(opml.size()));
    const QByteArray date = "Rabu, 26 Agustus 2020 08:02 WIB";
    fuzz::fuzzDate(reinterpret_cast<const uint8_t *>(date.constData()), size_t(date.size()));
    const QByteArray page = "<html><body><article><h1>Judul</h1><p>Isi berita yang cukup panjang untuk dibaca.</p>"
                            "<script>alert(1)</script><img src=x onerror=alert(1)></article></body></html>";
    fuzz::fuzzExtract(reinterpret_cast<const uint8_t *>(page.constData()), size_t(page.size()));
    fuzz::fuzzSanitize(reinterpret_cast<const uint8_t *>(page.constData()), size_t(page.size()));
    QVERIFY(n > 5);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
