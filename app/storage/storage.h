#pragma once

#include "storage/database_writer.h"
#include "storage/sqlite_connection.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>
#include <type_traits>

namespace warta {

/// The storage facade: opens (creating and migrating) the SQLite file, owns the one
/// writer, and hands out read-only connections for views. Writes are jobs run on the
/// writer thread; a failed write reaches the caller's future *and* the writeFailed
/// signal, so it is never dropped silently.
class Storage : public QObject {
    Q_OBJECT
public:
    /// Opens `path` (WAL, foreign keys), migrating it to the latest schema.
    /// Throws StorageError with a readable message (newer schema, unreadable file...).
    explicit Storage(const QString &path, QObject *parent = nullptr);
    ~Storage() override;

    [[nodiscard]] const QString &path() const { return m_path; }
    /// The backup made before migrating at open, if one was made.
    [[nodiscard]] const QString &migrationBackup() const { return m_backup; }

    /// How a read connection gets its pages from the file.
    enum class ReaderPages {
        /// Mapped (mmap_size 1 GiB): searches read index and article pages all over a
        /// large file, and mapping beats copying each page into a small cache.
        Mapped,
        /// Copied into SQLite's own page cache: the GUI's connection, whose queries touch
        /// few pages; mapped pages (and their neighbours) would count in the window's
        /// resident memory (docs/benchmarks.md, "Desktop launch").
        Copied,
    };

    /// A new read-only connection, for use on one thread (a view, a CLI command).
    [[nodiscard]] std::unique_ptr<SqliteConnection> openReader(ReaderPages pages = ReaderPages::Mapped) const;

    /// Queues `job(connection)` on the writer thread. `what` names the operation for
    /// error reports ("saving articles of ANTARA").
    template <class F>
    auto write(const QString &what, F job) -> QFuture<std::invoke_result_t<F &, SqliteConnection &>>;

    /// Blocks until every write queued so far has finished.
    void drain() { m_writer->drain(); }

signals:
    void writeFailed(const QString &what, const QString &message);
    /// Emitted (from the writer thread) after a write job succeeded.
    void changed(const QString &what);

private:
    void reportFailure(const QString &what, const QString &message);
    static QString describe(const std::exception_ptr &error);
    QString m_path;
    QString m_backup;
    std::unique_ptr<DatabaseWriter> m_writer;
};

template <class F>
auto Storage::write(const QString &what, F job) -> QFuture<std::invoke_result_t<F &, SqliteConnection &>>
{
    using Result = std::invoke_result_t<F &, SqliteConnection &>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    // The result is kept until the writer has committed; only then is the promise kept.
    auto result = std::make_shared<std::optional<std::conditional_t<std::is_void_v<Result>, bool, Result>>>();
    DatabaseWriter::Job writerJob;
    writerJob.run = [job = std::move(job), result](SqliteConnection &db) mutable {
        if constexpr (std::is_void_v<Result>) {
            job(db);
            result->emplace(true);
        } else {
            result->emplace(job(db));
        }
    };
    writerJob.done = [this, what, promise, result](std::exception_ptr error) {
        if (error) {
            reportFailure(what, describe(error));
            promise->setException(error);
        } else {
            if constexpr (!std::is_void_v<Result>)
                promise->addResult(std::move(**result));
            emit changed(what);
        }
        promise->finish();
    };
    m_writer->post(std::move(writerJob));
    return future;
}

} // namespace warta
