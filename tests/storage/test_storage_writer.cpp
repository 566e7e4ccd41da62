// The one writer: runs off the caller's thread, in order; readers are not blocked
// by a write in progress; failed writes reach both the future and the signal.
#include "storage/storage.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace warta;

class TestStorageWriter : public QObject {
    Q_OBJECT
private slots:
    void runsJobsInOrderOffTheCallerThread();
    void readerSeesSnapshotDuringWrite();
    void failedWriteIsReported();
    void fullDiskIsReportedReadably();
    void queuedJobsCommitTogetherButFailAlone();

private:
    QTemporaryDir m_dir;
};

void TestStorageWriter::runsJobsInOrderOffTheCallerThread()
{
    Storage storage(m_dir.filePath(QStringLiteral("order.db")));
    QList<int> order;
    QList<QFuture<Qt::HANDLE>> futures;
    for (int i = 0; i < 50; ++i)
        futures.append(storage.write(QStringLiteral("job"), [i, &order](SqliteConnection &) {
            order.append(i);
            return QThread::currentThreadId();
        }));
    for (auto &f : futures)
        QVERIFY(f.result() != QThread::currentThreadId());
    QCOMPARE(order.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(order[i], i);
}

void TestStorageWriter::readerSeesSnapshotDuringWrite()
{
    Storage storage(m_dir.filePath(QStringLiteral("concurrent.db")));
    QSemaphore inTransaction, readerDone;
    auto future = storage.write(QStringLiteral("long write"), [&](SqliteConnection &db) {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO feeds(url, created_at) VALUES ('https://a.example/rss', 0)"));
        inTransaction.release();
        readerDone.acquire(); // hold the write lock while the reader works
        tx.commit();
    });
    QVERIFY(inTransaction.tryAcquire(1, 10000));
    auto reader = storage.openReader();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt(), 0);
    QVERIFY2(timer.elapsed() < 2000, "a read must not wait for the writer's transaction");
    readerDone.release();
    future.waitForFinished();
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt(), 1);
}

void TestStorageWriter::failedWriteIsReported()
{
    Storage storage(m_dir.filePath(QStringLiteral("fail.db")));
    QSignalSpy failed(&storage, &Storage::writeFailed);
    auto future = storage.write(QStringLiteral("saving an orphan"), [](SqliteConnection &db) {
        db.exec(QStringLiteral("INSERT INTO articles(feed_id, dedup_key, fetched_at) VALUES (4242, 'x', 0)"));
    });
    bool thrown = false;
    try {
        future.waitForFinished();
    } catch (const StorageError &e) {
        thrown = true;
        QVERIFY2(e.message().contains(QLatin1String("FOREIGN KEY")), qPrintable(e.message()));
    }
    QVERIFY(thrown);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("saving an orphan"));
    QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("FOREIGN KEY")));
    // The writer keeps working after a failure.
    auto next = storage.write(QStringLiteral("ok"), [](SqliteConnection &db) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt();
    });
    QCOMPARE(next.result(), 0);
}

void TestStorageWriter::fullDiskIsReportedReadably()
{
    Storage storage(m_dir.filePath(QStringLiteral("full.db")));
    QSignalSpy failed(&storage, &Storage::writeFailed);
    storage.write(QStringLiteral("add a feed"), [](SqliteConnection &db) {
        db.exec(QStringLiteral("INSERT INTO feeds(id, url, created_at) VALUES (1, 'https://a.example/rss', 0)"));
    }).waitForFinished();
    // max_page_count stands in for a full disk: the next big write cannot grow the file.
    auto future = storage.write(QStringLiteral("saving a big article"), [](SqliteConnection &db) {
        const int pages = db.scalar(QStringLiteral("PRAGMA page_count")).toInt();
        db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
        Statement st = db.prepare(QStringLiteral(
            "INSERT INTO articles(feed_id, dedup_key, content, fetched_at) VALUES (1, 'big', ?1, 0)"));
        st.bind(1, QString(2'000'000, QLatin1Char('x')));
        st.run();
    });
    QVERIFY_THROWS_EXCEPTION(StorageError, future.waitForFinished());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("disk is full")),
             qPrintable(failed.at(0).at(1).toString()));
    auto reader = storage.openReader();
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt(), 1); // earlier data intact
}

void TestStorageWriter::queuedJobsCommitTogetherButFailAlone()
{
    Storage storage(m_dir.filePath(QStringLiteral("batch.db")));
    QSignalSpy failed(&storage, &Storage::writeFailed);
    QSemaphore release;
    // Hold the writer so the next jobs queue up and run as one batch.
    auto blocker = storage.write(QStringLiteral("blocker"), [&release](SqliteConnection &) { release.acquire(); });
    auto insert = [&](const QString &url) {
        return storage.write(QStringLiteral("insert"), [url](SqliteConnection &db) {
            Transaction tx(db); // a job's own transaction nests inside the batch
            Statement st = db.prepare(QStringLiteral("INSERT INTO feeds(url, created_at) VALUES (?1, 0)"));
            st.bind(1, url);
            st.run();
            tx.commit();
            return db.lastInsertId();
        });
    };
    auto first = insert(QStringLiteral("https://a.example/1"));
    auto duplicate = storage.write(QStringLiteral("half-done job"), [](SqliteConnection &db) {
        db.exec(QStringLiteral("INSERT INTO feeds(url, created_at) VALUES ('https://a.example/partial', 0)"));
        db.exec(QStringLiteral("INSERT INTO feeds(url, created_at) VALUES ('https://a.example/1', 0)")); // UNIQUE
    });
    auto third = insert(QStringLiteral("https://a.example/3"));
    QVERIFY(!first.isFinished()); // nothing is reported before its commit
    release.release();
    QVERIFY(first.result() > 0);
    QVERIFY(third.result() > 0);
    QVERIFY_THROWS_EXCEPTION(StorageError, duplicate.waitForFinished());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("half-done job"));
    auto reader = storage.openReader();
    // The failing job rolled back entirely (its first insert too); its neighbours committed.
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt(), 2);
    QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM feeds WHERE url LIKE '%partial'")).toInt(), 0);
    blocker.waitForFinished();
}

QTEST_GUILESS_MAIN(TestStorageWriter)
#include "test_storage_writer.moc"
