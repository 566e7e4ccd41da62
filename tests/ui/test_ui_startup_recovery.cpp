// A damaged database at start-up: the user is asked, the damaged file is kept as a backup
// byte for byte, what is readable is rescued; a refusal or an unreadable file changes nothing.
#include "storage/collection_store.h"
#include "storage/storage.h"
#include "ui/startup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace warta;

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}
} // namespace

class TestUiStartupRecovery : public QObject {
    Q_OBJECT
private slots:
    void healthyDatabaseOpensWithoutAsking();
    void notADatabaseIsLeftAloneWhenTheUserDeclines();
    void damagedDatabaseIsKeptAsBackupAndReplaced();
    void unreadablePathIsReportedNotMoved();
};

void TestUiStartupRecovery::healthyDatabaseOpensWithoutAsking()
{
    QTemporaryDir dir;
    bool asked = false;
    ui::OpenResult r = ui::openOrRecoverStorage(dir.filePath(QStringLiteral("w.db")), [&](const QString &) {
        asked = true;
        return true;
    });
    QVERIFY(r.storage);
    QVERIFY(!asked);
    QVERIFY(r.message.isEmpty());
}

void TestUiStartupRecovery::notADatabaseIsLeftAloneWhenTheUserDeclines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    writeFile(path, QByteArray(8192, 'x'));
    const QByteArray before = digest(path);
    QString question;
    ui::OpenResult r = ui::openOrRecoverStorage(path, [&](const QString &q) {
        question = q;
        return false;
    });
    QVERIFY(!r.storage);
    QVERIFY(question.contains(path));
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(digest(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // nothing moved or created
}

void TestUiStartupRecovery::damagedDatabaseIsKeptAsBackupAndReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    {
        Storage storage(path);
        storage.write(QStringLiteral("collection"), [](SqliteConnection &db) {
            (void)CollectionStore::ensure(db, QStringLiteral("Arsip Penting"));
        }).waitForFinished();
        storage.drain();
    }
    // Destroy the file's header: SQLite no longer recognises it.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(0);
    f.write(QByteArray(100, '\0'));
    f.close();
    const QByteArray damaged = digest(path);

    bool asked = false;
    ui::OpenResult r = ui::openOrRecoverStorage(path, [&](const QString &) {
        asked = true;
        return true;
    });
    QVERIFY(asked);
    QVERIFY2(r.storage, qPrintable(r.message));
    QVERIFY(!r.backup.isEmpty());
    QCOMPARE(digest(r.backup), damaged); // kept as it was, never overwritten
    QVERIFY(r.message.contains(r.backup));
}

void TestUiStartupRecovery::unreadablePathIsReportedNotMoved()
{
    // A folder where the database should be: unreadable as a file, whoever runs the test
    // (root ignores permission bits, so a read-only folder would not fail here).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    QVERIFY(QDir().mkpath(path));
    bool asked = false;
    ui::OpenResult r = ui::openOrRecoverStorage(path, [&](const QString &) {
        asked = true;
        return true;
    });
    QVERIFY(!r.storage);
    QVERIFY(!asked);
    QVERIFY(r.message.contains(path));
    QVERIFY(QFileInfo(path).isDir());
}

QTEST_GUILESS_MAIN(TestUiStartupRecovery)
#include "test_ui_startup_recovery.moc"
