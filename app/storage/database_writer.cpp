#include "storage/database_writer.h"

#include "storage/sqlite_connection.h"

#include <QSemaphore>
#include <QThread>

namespace warta {

class DatabaseWriter::Worker : public QObject {
public:
    explicit Worker(SqliteConnection &db) : m_db(db) {}
    void run(const Job &job) { job(m_db); }
private:
    SqliteConnection &m_db;
};

DatabaseWriter::DatabaseWriter(const QString &path)
    : m_connection(std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadWrite))
    , m_thread(new QThread)
    , m_worker(new Worker(*m_connection))
{
    m_thread->setObjectName(QStringLiteral("warta-db-writer"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DatabaseWriter::~DatabaseWriter()
{
    drain();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void DatabaseWriter::post(Job job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); },
                              Qt::QueuedConnection);
}

void DatabaseWriter::drain()
{
    QSemaphore done;
    post([&done](SqliteConnection &) { done.release(); });
    done.acquire();
}

} // namespace warta
