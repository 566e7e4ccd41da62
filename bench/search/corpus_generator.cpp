#include "corpus_generator.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace warta::bench {

namespace {

const QStringList kFunctionWords = {
    QStringLiteral("yang"), QStringLiteral("dan"), QStringLiteral("di"), QStringLiteral("ke"), QStringLiteral("dari"),
    QStringLiteral("ini"), QStringLiteral("itu"), QStringLiteral("dengan"), QStringLiteral("untuk"), QStringLiteral("pada"),
    QStringLiteral("dalam"), QStringLiteral("akan"), QStringLiteral("tidak"), QStringLiteral("juga"), QStringLiteral("oleh"),
    QStringLiteral("tersebut"), QStringLiteral("bahwa"), QStringLiteral("telah"), QStringLiteral("para"), QStringLiteral("saat")};

const QStringList kTags = {
    QStringLiteral("Teknologi"), QStringLiteral("Ekonomi"), QStringLiteral("Politik"), QStringLiteral("Olahraga"),
    QStringLiteral("Kesehatan"), QStringLiteral("Pendidikan"), QStringLiteral("Hukum"), QStringLiteral("Cuaca"),
    QStringLiteral("Transportasi"), QStringLiteral("Budaya")};

// meN- / peN- before a root: the nasal and the letter it swallows.
QString nasal(const QString &r)
{
    const QChar c = r[0];
    if (QStringLiteral("aiueogh").contains(c))
        return QStringLiteral("ng") + r;
    if (c == QLatin1Char('k'))
        return QStringLiteral("ng") + r.mid(1);
    if (c == QLatin1Char('p'))
        return QStringLiteral("m") + r.mid(1);
    if (c == QLatin1Char('b') || c == QLatin1Char('f'))
        return QStringLiteral("m") + r;
    if (c == QLatin1Char('t'))
        return QStringLiteral("n") + r.mid(1);
    if (c == QLatin1Char('s'))
        return QStringLiteral("ny") + r.mid(1);
    if (QStringLiteral("cdjz").contains(c))
        return QStringLiteral("n") + r;
    return r; // l m n r w y: me-, pe- without nasal
}

// The long tail of the vocabulary: hunspell-id's words (the same Debian file the stemmer
// uses), in a fixed shuffled order so that the Zipf ranks do not follow the alphabet.
QStringList longTail()
{
    QFile file(QStringLiteral("/usr/share/hunspell/id_ID.dic"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    static const QRegularExpression plain(QStringLiteral("^[a-z]{4,}$"));
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString w = QString::fromLatin1(line.left(line.indexOf('/') >= 0 ? line.indexOf('/') : line.size()));
        if (plain.match(w).hasMatch())
            words.append(w);
    }
    std::mt19937 rng(1);
    std::shuffle(words.begin(), words.end(), rng);
    return words.mid(0, 20000);
}

} // namespace

QStringList inflections(const QString &r)
{
    return {r,
            QStringLiteral("me") + nasal(r),
            QStringLiteral("di") + r,
            QStringLiteral("me") + nasal(r) + QStringLiteral("kan"),
            QStringLiteral("di") + r + QStringLiteral("kan"),
            QStringLiteral("pe") + nasal(r) + QStringLiteral("an"),
            QStringLiteral("ber") + r,
            QStringLiteral("ke") + r + QStringLiteral("an"),
            r + QStringLiteral("nya"),
            QStringLiteral("ter") + r};
}

const QStringList &CorpusGenerator::roots()
{
    static const QStringList list = QStringLiteral(
        "tolak perintah kerja bangun jual beli harga naik turun jalan kirim ambil pakai tulis baca ajar "
        "didik sehat obat rawat periksa uji coba buat kembang tingkat tambah kurang bantu dukung "
        "pilih pimpin atur tata kelola usaha dagang pasar modal untung rugi hitung bayar pajak "
        "terbang angkut muat tumpang labuh layar tanam panen petik olah masak makan minum "
        "tangkap tahan adil hukum sidang tuntut putus lapor periksa selidik cari temu kenal "
        "rencana siap gelar lomba tanding main latih menang kalah juara skor gol serang "
        "banjir hujan angin gempa longsor cuaca suhu panas dingin awan "
        "teknologi digital internet data aplikasi jaring sinyal server sistem layan "
        "anggar dana biaya investasi ekspor impor produksi industri pabrik energi listrik "
        "jaga aman lindung awas ancam cegah tangan selamat rusak bakar padam "
        "ubah ganti tukar pindah datang pergi pulang tiba tunggu antar jemput "
        "tunjuk lihat dengar kata bicara ucap jelas terang tanya jawab minta beri terima "
        "sebut nyata umum janji setuju tanda tangan sepakat bahas rundingan rapat "
        "kota desa daerah negara wilayah pulau provinsi kabupaten warga rakyat penduduk "
        "menteri presiden gubernur bupati polisi tentara dokter guru siswa mahasiswa "
        "rumah sakit sekolah kampus kantor pasar jalan tol stasiun bandara pelabuhan "
        "emas minyak beras cabai gula garam daging ikan sayur buah kopi teh").split(QLatin1Char(' '), Qt::SkipEmptyParts)
        + longTail();
    return list;
}

CorpusGenerator::CorpusGenerator(unsigned seed) : m_rng(seed)
{
    const qsizetype n = roots().size();
    for (qsizetype i = 0; i < n; ++i)
        m_zipf.push_back(1.0 / std::pow(double(i + 1), 1.0));
    m_rootDist = std::discrete_distribution<int>(m_zipf.begin(), m_zipf.end());
}

QString CorpusGenerator::word()
{
    std::uniform_int_distribution<int> pick(0, 99);
    const int roll = pick(m_rng);
    if (roll < 33)
        return kFunctionWords[pick(m_rng) % kFunctionWords.size()];
    const QString &root = roots()[m_rootDist(m_rng)];
    if (roll < 60)
        return root;
    const QStringList forms = inflections(root);
    return forms[pick(m_rng) % forms.size()];
}

QString CorpusGenerator::sentence(int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(word());
    QString s = out.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

CorpusGenerator::Article CorpusGenerator::article()
{
    std::uniform_int_distribution<int> titleLen(5, 10), sentLen(8, 18), sentences(12, 30), tagCount(1, 3);
    Article a;
    a.title = sentence(titleLen(m_rng));
    a.title.chop(1);
    a.summary = sentence(sentLen(m_rng)) + QLatin1Char(' ') + sentence(sentLen(m_rng));
    QStringList body;
    const int n = sentences(m_rng);
    for (int i = 0; i < n; ++i)
        body.append(sentence(sentLen(m_rng)));
    a.body = body.join(QLatin1Char(' '));
    const int tags = tagCount(m_rng);
    for (int i = 0; i < tags; ++i)
        a.tags.append(tag());
    a.tags.removeDuplicates();
    return a;
}

QString CorpusGenerator::queryWord(bool common)
{
    std::uniform_int_distribution<int> pick(0, 999);
    const QString root = common ? roots()[m_rootDist(m_rng)] : roots()[pick(m_rng) % roots().size()];
    const QStringList forms = inflections(root);
    return pick(m_rng) % 2 ? root : forms[pick(m_rng) % forms.size()];
}

QString CorpusGenerator::tag()
{
    std::uniform_int_distribution<int> pick(0, int(kTags.size()) - 1);
    return kTags[pick(m_rng)];
}

} // namespace warta::bench
