// Damaged storage, core side: corrupt, truncated and foreign files, a read-only data folder and
// a full disk. Storage fails with a readable StorageError and never changes the file; a write
// that fails on a full disk reaches its future and writeFailed, and what was saved before
// (collections above all) is intact. The recovery API (app/storage/recovery.h) diagnoses a file
// without touching it, moves it aside (kept, never deleted) and salvages what is readable.
#include "hardening_support.h"
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/feed_store.h"
#include "storage/recovery.h"
#include "storage/storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace warta;

class TestDamagedStorage : public QObject {
    Q_OBJECT
private slots:
    void damagedFileIsRefusedAndKept_data();
    void damagedFileIsRefusedAndKept();
    void recoverSalvagesCollections();
    void healthyAndNewerFilesAreDiagnosed();
    void readOnlyFolder();
    void fullDiskByPageLimit();
    void fullDiskOnTmpfs();
};

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// A database with feeds, 60 articles (some read, starred, tagged) and two collections;
/// closed, so everything is in the main file.
struct Saved {
    QList<qint64> collected; // article ids in "Simpanan", in order
};

Saved populate(const QString &path, int articles = 60, int bodyBytes = 2000)
{
    Saved saved;
    Storage storage(path);
    saved.collected = storage.write(QStringLiteral("populate"), [articles, bodyBytes](SqliteConnection &db) {
        Transaction tx(db);
        const qint64 feed = FeedStore::add(db, QStringLiteral("https://example.invalid/feed"), QStringLiteral("Kanal"), 0).id;
        QList<qint64> ids;
        for (int i = 0; i < articles; ++i) {
            ArticleStore::Incoming in;
            in.guid = QStringLiteral("g-%1").arg(i);
            in.title = QStringLiteral("Berita %1").arg(i);
            in.content = QStringLiteral("<p>%1</p>").arg(QString(bodyBytes, QLatin1Char('a' + i % 26)));
            in.published = QDateTime::fromSecsSinceEpoch(1'600'000'000 + i, Qt::UTC);
            in.categories = {QStringLiteral("Ekonomi"), QStringLiteral("Topik %1").arg(i % 4)};
            ids.append(ArticleStore::upsert(db, feed, in).id);
        }
        for (int i = 0; i < articles; i += 3)
            ArticleStore::setRead(db, ids[i], true);
        ArticleStore::setStarred(db, ids[5], true);
        ArticleStore::addTags(db, ids[7], {QStringLiteral("Penting")}, TagOrigin::User);
        const qint64 keep = CollectionStore::ensure(db, QStringLiteral("Simpanan"));
        QList<qint64> collected;
        for (int i : {9, 3, 41, 0, 57}) {
            CollectionStore::addArticle(db, keep, ids[i]);
            collected.append(ids[i]);
        }
        CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Riset")), ids[12]);
        tx.commit();
        return collected;
    }).result();
    return saved;
}

QList<qint64> collectionOrder(SqliteConnection &db, const QString &name)
{
    QList<qint64> ids;
    for (const Article &a : ArticleStore::list(db, {.collection = name}))
        ids.append(a.id);
    return ids;
}

/// A tmpfs of `kib` KiB mounted for this test (root only); empty if mounting is not allowed.
class Tmpfs {
public:
    explicit Tmpfs(int kib)
    {
        if (geteuid() != 0)
            return;
        const QByteArray opts = "size=" + QByteArray::number(kib) + "k";
        if (::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs", 0, opts.constData()) == 0)
            m_mounted = true;
    }
    ~Tmpfs()
    {
        if (m_mounted)
            ::umount2(m_dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    bool remount(bool readOnly)
    {
        return ::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs",
                       MS_REMOUNT | (readOnly ? MS_RDONLY : 0), nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

void TestDamagedStorage::damagedFileIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("expectedState");
    QTest::newRow("random bytes") << QStringLiteral("random") << int(DatabaseState::NotADatabase);
    QTest::newRow("text file") << QStringLiteral("text") << int(DatabaseState::NotADatabase);
    QTest::newRow("header wiped") << QStringLiteral("header") << int(DatabaseState::NotADatabase);
    QTest::newRow("truncated to 40%") << QStringLiteral("truncate") << int(DatabaseState::Damaged);
    QTest::newRow("garbled pages") << QStringLiteral("garble") << int(DatabaseState::Damaged);
    QTest::newRow("garbled schema page") << QStringLiteral("schema") << int(DatabaseState::Damaged);
}

void TestDamagedStorage::damagedFileIsRefusedAndKept()
{
    QFETCH(QString, damage);
    QFETCH(int, expectedState);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warta.db"));
    if (damage == QLatin1String("random")) {
        QByteArray junk(64 * 1024, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 2654435761u) >> 13);
        writeBytes(path, junk);
    } else if (damage == QLatin1String("text")) {
        writeBytes(path, "Catatan belanja: beras, telur, minyak goreng.\n");
    } else {
        populate(path);
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 16 * 4096);
        if (damage == QLatin1String("header"))
            bytes.replace(0, 100, QByteArray(100, '\0'));
        else if (damage == QLatin1String("truncate"))
            bytes.truncate(bytes.size() * 4 / 10);
        else if (damage == QLatin1String("garble"))
            for (qsizetype i = 3 * 4096; i < bytes.size(); i += 4096)
                bytes.replace(i, 512, QByteArray(512, '\x5a'));
        else if (damage == QLatin1String("schema"))
            bytes.replace(100, 3000, QByteArray(3000, '\x7f'));
        writeBytes(path, bytes);
    }
    const QByteArray before = fileBytes(path);

    // Storage refuses the file with a readable message, at open or at the latest on the first
    // read: the damage never passes silently.
    QString message;
    bool threw = false, threwAtOpen = false;
    try {
        Storage storage(path);
        auto reader = storage.openReader();
        (void)ArticleStore::list(*reader, {});
        (void)CollectionStore::all(*reader);
        (void)reader->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE content LIKE '%zzz%'"));
    } catch (const StorageError &e) {
        threw = true;
        message = e.message();
    }
    try {
        Storage storage(path);
    } catch (const StorageError &) {
        threwAtOpen = true;
    }
    qInfo("Storage: %s (%s)", qPrintable(message), threwAtOpen ? "refused at open" : "opened; failed on reading");
    QVERIFY2(threw, "a damaged database was used as if healthy");
    QVERIFY2(message.size() > 10, qPrintable(message));
    // ... and has not changed a byte of it.
    QVERIFY2(fileBytes(path) == before, "the damaged file was modified");

    // The diagnosis names the problem, again without writing.
    const DatabaseDiagnosis d = diagnoseDatabase(path);
    qInfo("diagnosis: %s (%s)", qPrintable(d.message), qPrintable(databaseStateName(d.state)));
    QCOMPARE(int(d.state), expectedState);
    QVERIFY(!d.message.isEmpty());
    QVERIFY(fileBytes(path) == before);

    // Recovery keeps the damaged file byte for byte and leaves a working database behind.
    const RecoveryResult r = recoverDatabase(path);
    qInfo("recovery: %s; problems: %s", qPrintable(r.message), qPrintable(r.problems.join(QStringLiteral("; "))));
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(QFileInfo::exists(r.movedTo));
    QVERIFY2(fileBytes(r.movedTo) == before, "the moved-aside copy differs from the damaged file");
    QCOMPARE(int(diagnoseDatabase(path).state), int(DatabaseState::Healthy));
    Storage storage(path);
    auto reader = storage.openReader();
    Statement check = reader->prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.next());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestDamagedStorage::recoverSalvagesCollections()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warta.db"));
    const Saved saved = populate(path, 400, 3000);
    // Damage the middle of the file (article pages), not the first pages nor the last ones.
    QByteArray bytes = fileBytes(path);
    const qsizetype pages = bytes.size() / 4096;
    for (qsizetype p = pages / 3; p < pages / 3 + 6; ++p)
        bytes.replace(p * 4096, 4096, QByteArray(4096, '\x33'));
    writeBytes(path, bytes);
    QCOMPARE(int(diagnoseDatabase(path).state), int(DatabaseState::Damaged));

    const RecoveryResult r = recoverDatabase(path);
    qInfo("%s", qPrintable(r.message));
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.salvaged.value(QStringLiteral("articles")) > 200);
    QVERIFY(!r.problems.isEmpty());
    Storage storage(path);
    auto reader = storage.openReader();
    // Collections live on pages that were not hit: every entry comes back, in order.
    QCOMPARE(collectionOrder(*reader, QStringLiteral("Simpanan")).size() <= saved.collected.size(), true);
    const QList<qint64> order = collectionOrder(*reader, QStringLiteral("Simpanan"));
    qInfo("collection after recovery: %d of %d entries", int(order.size()), int(saved.collected.size()));
    QVERIFY(order.size() >= 1);
    QList<qint64> expected;
    for (qint64 id : saved.collected)
        if (order.contains(id))
            expected.append(id);
    QCOMPARE(order, expected); // order kept for what came back
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM collections")).toInt(), 2);
    // The copy made aside is still the damaged original.
    QCOMPARE(fileBytes(r.movedTo), bytes);
}

void TestDamagedStorage::healthyAndNewerFilesAreDiagnosed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warta.db"));
    QCOMPARE(int(diagnoseDatabase(path).state), int(DatabaseState::Missing));
    populate(path);
    QCOMPARE(int(diagnoseDatabase(path).state), int(DatabaseState::Healthy));
    {
        SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
        db.exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (999, 0)"));
    }
    const QByteArray before = fileBytes(path);
    const DatabaseDiagnosis d = diagnoseDatabase(path);
    QCOMPARE(int(d.state), int(DatabaseState::NewerSchema));
    QCOMPARE(d.schemaVersion, 999);
    QVERIFY_THROWS_EXCEPTION(StorageError, Storage{path});
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(int(diagnoseDatabase(dir.path()).state), int(DatabaseState::Inaccessible));
}

void TestDamagedStorage::readOnlyFolder()
{
    Tmpfs fs(8 * 1024);
    if (!fs.mounted())
        QSKIP("needs root and mount(2) for a read-only folder (root ignores file permissions)");
    const QString path = fs.path(QStringLiteral("warta.db"));
    const Saved saved = populate(path);
    QVERIFY(fs.remount(true));
    const QByteArray before = fileBytes(path);
    QString message;
    try {
        Storage storage(path);
        // If it opens, reading must work and writing must fail visibly.
        QSignalSpy failed(&storage, &Storage::writeFailed);
        auto reader = storage.openReader();
        QCOMPARE(collectionOrder(*reader, QStringLiteral("Simpanan")), saved.collected);
        auto f = storage.write(QStringLiteral("marking read"), [](SqliteConnection &db) { ArticleStore::setRead(db, 2, true); });
        QVERIFY_THROWS_EXCEPTION(StorageError, f.waitForFinished());
        QCOMPARE(failed.size(), 1);
        message = failed.first().at(1).toString();
    } catch (const StorageError &e) {
        message = e.message();
    }
    qInfo("read-only folder: %s", qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("read-only"), Qt::CaseInsensitive)
                 || message.contains(QLatin1String("unable to open"), Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(fileBytes(path), before);
    // A new database cannot be created there either: a clear error, no crash.
    QVERIFY_THROWS_EXCEPTION(StorageError, Storage{fs.path(QStringLiteral("baru.db"))});
    QVERIFY(fs.remount(false));
    Storage storage(path);
    QCOMPARE(collectionOrder(*storage.openReader(), QStringLiteral("Simpanan")), saved.collected);
}

void TestDamagedStorage::fullDiskByPageLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warta.db"));
    const Saved saved = populate(path);
    Storage storage(path);
    QSignalSpy failed(&storage, &Storage::writeFailed);
    storage.write(QStringLiteral("limit"), [](SqliteConnection &db) {
        const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
        db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3));
    }).waitForFinished();
    auto big = storage.write(QStringLiteral("saving articles of Kanal"), [](SqliteConnection &db) {
        Transaction tx(db);
        for (int i = 0; i < 200; ++i) {
            ArticleStore::Incoming in;
            in.guid = QStringLiteral("besar-%1").arg(i);
            in.title = QStringLiteral("Besar %1").arg(i);
            in.content = QString(20'000, QLatin1Char('b'));
            ArticleStore::upsert(db, 1, in);
        }
        CollectionStore::addArticle(db, CollectionStore::ensure(db, QStringLiteral("Simpanan")), 2);
        tx.commit();
    });
    QString futureError;
    try {
        big.waitForFinished();
    } catch (const StorageError &e) {
        futureError = e.message();
    }
    qInfo("full: %s", qPrintable(futureError));
    QVERIFY2(futureError.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(futureError));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("saving articles of Kanal"));
    // Nothing of the failed transaction, everything from before.
    auto reader = storage.openReader();
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE guid LIKE 'besar-%'")).toInt(), 0);
    QCOMPARE(collectionOrder(*reader, QStringLiteral("Simpanan")), saved.collected);
    // Small writes that fit still go through after the failure.
    storage.write(QStringLiteral("mark"), [](SqliteConnection &db) { ArticleStore::setStarred(db, 1, true); }).waitForFinished();
    QCOMPARE(reader->scalar(QStringLiteral("SELECT starred FROM articles WHERE id = 1")).toInt(), 1);
}

void TestDamagedStorage::fullDiskOnTmpfs()
{
    Tmpfs fs(3 * 1024);
    if (!fs.mounted())
        QSKIP("needs root and mount(2) for a small tmpfs");
    const QString path = fs.path(QStringLiteral("warta.db"));
    const Saved saved = populate(path, 60, 2000);
    {
        Storage storage(path);
        storage.drain(); // let the start-up jobs (search index catch-up) finish first
        QSignalSpy failed(&storage, &Storage::writeFailed);
        // Fill what is left of the disk, then try to store a feed's worth of articles.
        {
            QFile filler(fs.path(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        int failures = 0;
        QString lastError;
        for (int round = 0; round < 4; ++round) {
            auto f = storage.write(QStringLiteral("saving articles of Kanal"), [round](SqliteConnection &db) {
                Transaction tx(db);
                for (int i = 0; i < 100; ++i) {
                    ArticleStore::Incoming in;
                    in.guid = QStringLiteral("penuh-%1-%2").arg(round).arg(i);
                    in.title = QStringLiteral("Penuh %1").arg(i);
                    in.content = QString(8000, QLatin1Char('p'));
                    ArticleStore::upsert(db, 1, in);
                }
                tx.commit();
            });
            try {
                f.waitForFinished();
            } catch (const StorageError &e) {
                ++failures;
                lastError = e.message();
            }
        }
        qInfo("tmpfs full: %s", qPrintable(lastError));
        QVERIFY(failures >= 1);
        QVERIFY2(lastError.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(lastError));
        QCOMPARE(failed.size(), failures);
        QCOMPARE(collectionOrder(*storage.openReader(), QStringLiteral("Simpanan")), saved.collected);
    }
    // After the disk has room again the file is whole and the collections are there.
    QVERIFY(QFile::remove(fs.path(QStringLiteral("filler"))));
    QCOMPARE(int(diagnoseDatabase(path).state), int(DatabaseState::Healthy));
    Storage storage(path);
    auto reader = storage.openReader();
    QCOMPARE(collectionOrder(*reader, QStringLiteral("Simpanan")), saved.collected);
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE read = 1")).toInt(), 20);
}

QTEST_GUILESS_MAIN(TestDamagedStorage)
#include "test_damaged_storage.moc"
