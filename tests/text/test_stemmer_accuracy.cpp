// Accuracy on tests/fixtures/text/stem_words.tsv: words from the id-news fixtures and the demo
// feed with roots assigned by hand. Ours must reach 90%; Snowball's figure is printed for
// docs/search.md when libstemmer is available.
#include "text/indonesian_stemmer.h"

#include <QFile>
#include <QTest>

#ifdef WARTA_HAVE_SNOWBALL
#include <libstemmer.h>
#endif

using namespace warta::text;

class TestStemmerAccuracy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void oursReachesNinetyPercent();
    void snowballBaseline();

private:
    QList<std::pair<QString, QString>> m_words;
    static double report(const char *name, const QList<std::pair<QString, QString>> &words,
                         const std::function<QString(const QString &)> &stem);
};

void TestStemmerAccuracy::initTestCase()
{
    QFile f(qEnvironmentVariable("WARTA_SOURCE_DIR") + QStringLiteral("/tests/fixtures/text/stem_words.tsv"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        QCOMPARE(cols.size(), 2);
        m_words.append({cols[0], cols[1]});
    }
    QVERIFY(m_words.size() >= 100);
}

double TestStemmerAccuracy::report(const char *name, const QList<std::pair<QString, QString>> &words,
                                   const std::function<QString(const QString &)> &stem)
{
    int right = 0;
    QStringList wrong;
    for (const auto &[word, root] : words) {
        const QString got = stem(word);
        if (got == root)
            ++right;
        else
            wrong.append(QStringLiteral("%1→%2 (want %3)").arg(word, got, root));
    }
    const double accuracy = 100.0 * right / words.size();
    qInfo("%s: %d/%d right (%.1f%%); wrong: %s", name, right, int(words.size()), accuracy,
          qPrintable(wrong.join(QStringLiteral(", "))));
    return accuracy;
}

void TestStemmerAccuracy::oursReachesNinetyPercent()
{
    const IndonesianStemmer stemmer;
    const double accuracy = report("warta", m_words, [&](const QString &w) { return stemmer.stem(w); });
    QVERIFY2(accuracy >= 90.0, qPrintable(QString::number(accuracy)));
}

void TestStemmerAccuracy::snowballBaseline()
{
#ifdef WARTA_HAVE_SNOWBALL
    sb_stemmer *sb = sb_stemmer_new("indonesian", "UTF_8");
    QVERIFY(sb);
    report("snowball", m_words, [&](const QString &w) {
        const QByteArray utf8 = w.toUtf8();
        const sb_symbol *out = sb_stemmer_stem(sb, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(sb));
    });
    sb_stemmer_delete(sb);
#else
    QSKIP("libstemmer-dev not installed");
#endif
}

QTEST_GUILESS_MAIN(TestStemmerAccuracy)
#include "test_stemmer_accuracy.moc"
