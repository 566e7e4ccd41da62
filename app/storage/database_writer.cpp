#include "storage/database_writer.h"

#include "storage/sqlite_connection.h"

#include <QSemaphore>

#include <pthread.h>

namespace warta {

namespace {
// Enough to amortise a commit over a refresh's many small feeds, few enough that a
// reader's "mark as read" never waits long behind them.
constexpr size_t kMaxBatch = 32;
} // namespace

DatabaseWriter::DatabaseWriter(const QString &path)
    : m_connection(std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadWrite))
{
    // Every job of a batch runs in a savepoint, whose undo log SQLite keeps in a temporary
    // file by default: a refresh wrote 25,000 pages there, needed only if a job fails. In
    // memory it holds the pages the batch's jobs change until the batch commits.
    m_connection->exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    // A checkpoint copies every page the WAL holds into the database; a refresh changes the
    // same index pages in commit after commit, so fewer, larger checkpoints copy each of them
    // fewer times. 4,000 pages is a 16 MiB WAL (on disk, not in memory).
    m_connection->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 4000"));
    m_thread = std::thread([this] { loop(); });
    pthread_setname_np(m_thread.native_handle(), "warta-db-writer");
}

DatabaseWriter::~DatabaseWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void DatabaseWriter::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void DatabaseWriter::drain()
{
    QSemaphore done;
    post({[](SqliteConnection &) {}, [&done](std::exception_ptr) { done.release(); }});
    done.acquire();
}

void DatabaseWriter::loop()
{
    for (;;) {
        std::deque<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything queued has run
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(batch);
    }
}

void DatabaseWriter::runBatch(std::deque<Job> &batch)
{
    SqliteConnection &db = *m_connection;
    if (batch.size() == 1) {
        // Alone, a job manages its own transaction (and may run statements, such as some
        // pragmas, that cannot run inside one).
        std::exception_ptr error;
        try {
            batch.front().run(db);
        } catch (...) {
            error = std::current_exception();
        }
        batch.front().done(error);
        return;
    }
    std::vector<std::exception_ptr> errors(batch.size());
    std::exception_ptr commitError;
    try {
        db.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (size_t i = 0; i < batch.size(); ++i) {
            db.exec(QStringLiteral("SAVEPOINT job"));
            try {
                batch[i].run(db);
                db.exec(QStringLiteral("RELEASE job"));
            } catch (...) {
                errors[i] = std::current_exception();
                db.exec(QStringLiteral("ROLLBACK TO job; RELEASE job"));
            }
        }
        db.exec(QStringLiteral("COMMIT"));
    } catch (...) {
        commitError = std::current_exception();
        try {
            db.exec(QStringLiteral("ROLLBACK"));
        } catch (...) {
            // The failed COMMIT may already have ended the transaction.
        }
    }
    for (size_t i = 0; i < batch.size(); ++i)
        batch[i].done(commitError ? commitError : errors[i]);
}

} // namespace warta
