#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace warta {

class SqliteConnection;

/// The only connection that writes. Jobs run one after another, in submission order,
/// on a thread of their own, so no caller (the GUI least of all) waits on disk I/O.
class DatabaseWriter : public QObject {
    Q_OBJECT
public:
    using Job = std::function<void(SqliteConnection &)>;

    explicit DatabaseWriter(const QString &path);
    /// Runs every job already queued, then stops the thread.
    ~DatabaseWriter() override;

    void post(Job job);
    /// Blocks until every job posted before this call has run (for the CLI and tests).
    void drain();

private:
    class Worker;
    std::unique_ptr<SqliteConnection> m_connection;
    QThread *m_thread;
    Worker *m_worker;
};

} // namespace warta
