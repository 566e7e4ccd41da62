#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace warta {

class SqliteConnection;

/// The only connection that writes. Jobs run one after another, in submission order,
/// on a thread of their own, so no caller (the GUI least of all) waits on disk I/O.
///
/// Jobs queued while another runs are committed together (group commit): each runs in
/// a savepoint of one transaction, so one failing job rolls back alone, and every job
/// learns its outcome only after the COMMIT, so a commit that fails (full disk) fails
/// them all rather than reporting writes that never reached the disk.
class DatabaseWriter {
public:
    struct Job {
        std::function<void(SqliteConnection &)> run;
        /// Called on the writer thread after the commit: null on success.
        std::function<void(std::exception_ptr)> done;
    };

    explicit DatabaseWriter(const QString &path);
    /// Runs every job already queued, then stops the thread.
    ~DatabaseWriter();
    DatabaseWriter(const DatabaseWriter &) = delete;
    DatabaseWriter &operator=(const DatabaseWriter &) = delete;

    void post(Job job);
    /// Blocks until every job posted before this call has finished.
    void drain();

private:
    void loop();
    void runBatch(std::deque<Job> &batch);

    std::unique_ptr<SqliteConnection> m_connection;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace warta
