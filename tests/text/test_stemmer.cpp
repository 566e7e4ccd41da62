// The stemmer's rules on words chosen for them (the held-out accuracy list is separate:
// test_stemmer_accuracy). Uses the hunspell-id dictionary compiled into the build.
#include "text/indonesian_stemmer.h"
#include "text/prefix_rules.h"
#include "text/stopwords.h"

#include <QTest>

using namespace warta::text;

class TestStemmer : public QObject {
    Q_OBJECT
private slots:
    void dictionaryIsLoadedWithoutFlags();
    void parsesHunspellEntries();
    void stems_data();
    void stems();
    void rootsStayWhole_data();
    void rootsStayWhole();
    void leavesNonWordsAlone();
    void disallowedPairs();
    void stopwords();

private:
    IndonesianStemmer m_stemmer;
};

void TestStemmer::dictionaryIsLoadedWithoutFlags()
{
    const RootDictionary &dict = RootDictionary::builtIn();
    QVERIFY2(dict.size() > 20000, qPrintable(QString::number(dict.size())));
    QVERIFY(dict.contains("tolak"));
    QVERIFY(dict.contains("perintah"));
    QVERIFY(!dict.contains("tolak/B0D0M0MkP0PaT0a0n0o0"));
    QVERIFY(!dict.contains("menolak")); // derived forms come from the affix file, not the list
}

void TestStemmer::parsesHunspellEntries()
{
    const RootDictionary dict = RootDictionary::fromHunspell("4\nabadi/DkMk\nJakarta\naba-aba\nx2\n");
    QVERIFY(dict.contains("abadi"));
    QVERIFY(dict.contains("jakarta")); // proper names lowercased, so they stay whole
    QVERIFY(!dict.contains("aba-aba"));
    QVERIFY(!dict.contains("x2"));
    QCOMPARE(dict.size(), 2);
}

void TestStemmer::stems_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("root");
    const char *pairs[][2] = {
        // nasal sound changes
        {"menolak", "tolak"}, {"ditolak", "tolak"}, {"penolakan", "tolak"},
        {"menyebut", "sebut"}, {"memukul", "pukul"}, {"memakan", "makan"}, {"mengambil", "ambil"},
        {"mengirim", "kirim"}, {"pengiriman", "kirim"}, {"menulis", "tulis"}, {"penulis", "tulis"},
        {"memilih", "pilih"}, {"menyatakan", "nyata"}, {"mengatakan", "kata"}, {"pembangunan", "bangun"},
        // confixes and stacked prefixes
        {"pemerintahan", "perintah"}, {"pemerintah", "perintah"}, {"diperintahkan", "perintah"},
        {"memperbaiki", "baik"}, {"diperbaiki", "baik"}, {"keberhasilan", "hasil"}, {"mempunyai", "punya"},
        {"perusahaan", "usaha"}, {"kesehatan", "sehat"}, {"pendidikan", "didik"}, {"bekerja", "kerja"},
        {"pekerja", "kerja"}, {"peserta", "serta"}, {"memakai", "pakai"}, {"berada", "ada"},
        {"berteknologi", "teknologi"},
        // particles and possessives
        {"teknologinya", "teknologi"}, {"bukunya", "buku"}, {"rumahku", "rumah"}, {"mobilmu", "mobil"},
        {"bacalah", "baca"}, {"benarkah", "benar"}, {"kamipun", "kami"}, {"pemerintahnya", "perintah"},
        {"bermasalah", "masalah"}, {"masalahnya", "masalah"}, {"sekolahnya", "sekolah"},
        // reduplication
        {"anak-anak", "anak"}, {"berita-berita", "berita"},
    };
    for (const auto &p : pairs)
        QTest::newRow(p[0]) << QString::fromLatin1(p[0]) << QString::fromLatin1(p[1]);
}

void TestStemmer::stems()
{
    QFETCH(QString, word);
    QFETCH(QString, root);
    QCOMPARE(m_stemmer.stem(word), root);
    QCOMPARE(m_stemmer.stem(word.toUpper()), root); // the QString overload lowercases
}

void TestStemmer::rootsStayWhole_data()
{
    QTest::addColumn<QString>("word");
    // Snowball cuts these ("berita"→"ita", "menteri"→"teri"); the dictionary protects them.
    // "pelajar" is a root in hunspell-id (student), so it is not reduced to "ajar".
    for (const char *w : {"berita", "menteri", "pertama", "pelajar", "kepala", "kembali", "sekolah", "menara",
                          "tetapi", "masalah", "teknologi", "jakarta", "makan", "ikan"})
        QTest::newRow(w) << QString::fromLatin1(w);
}

void TestStemmer::rootsStayWhole()
{
    QFETCH(QString, word);
    QCOMPARE(m_stemmer.stem(word), word);
}

void TestStemmer::leavesNonWordsAlone()
{
    QCOMPARE(m_stemmer.stem(std::string_view("2024")), std::string("2024"));
    QCOMPARE(m_stemmer.stem(std::string_view("covid19")), std::string("covid19"));
    QCOMPARE(m_stemmer.stem(std::string_view("di")), std::string("di"));
    QCOMPARE(m_stemmer.stem(std::string_view("")), std::string());
    QCOMPARE(m_stemmer.stem(std::string_view("zzqmenx")), std::string("zzqmenx")); // no reading: unchanged
    QCOMPARE(m_stemmer.stem(QStringLiteral("kafé")), QStringLiteral("kafé"));     // not a–z: unchanged
}

void TestStemmer::disallowedPairs()
{
    QVERIFY(isDisallowedPair(Prefix::Di, "an"));
    QVERIFY(isDisallowedPair(Prefix::Me, "an"));
    QVERIFY(isDisallowedPair(Prefix::Ke, "kan"));
    QVERIFY(!isDisallowedPair(Prefix::Ke, "an")); // ke-...-an is the commonest confix
    QVERIFY(!isDisallowedPair(Prefix::Pe, "an"));
    // "dimakan" is di-makan, never di-mak-an
    QCOMPARE(m_stemmer.stem(QStringLiteral("dimakan")), QStringLiteral("makan"));
}

void TestStemmer::stopwords()
{
    QVERIFY(isStopword("yang"));
    QVERIFY(isStopword("tersebut"));
    QVERIFY(!isStopword("menyebut"));
    QVERIFY(!isStopword("berita"));
}

QTEST_GUILESS_MAIN(TestStemmer)
#include "test_stemmer.moc"
