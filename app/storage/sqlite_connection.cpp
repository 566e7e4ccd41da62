#include "storage/sqlite_connection.h"

#include "storage/search_tokenizer.h"

#include <sqlite3.h>

namespace warta {

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : m_path(path)
{
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError(QStringLiteral("Cannot open database %1: %2").arg(path, msg), rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Readers and the writer share the file; wait instead of failing at once on a lock.
    sqlite3_busy_timeout(m_db, 5000);
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Every connection, readers included, needs the stemming tokenizer: the index triggers
    // run it on writes and MATCH runs it on the query.
    try {
        registerSearchTokenizer(m_db);
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

SqliteConnection::~SqliteConnection()
{
    for (sqlite3_stmt *stmt : std::as_const(m_idle))
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

void SqliteConnection::fail(int code, const QString &context) const
{
    QString msg = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((code & 0xff) == SQLITE_FULL)
        msg = QStringLiteral("the disk is full (%1)").arg(msg);
    else if ((code & 0xff) == SQLITE_READONLY)
        msg = QStringLiteral("the database is read-only (%1)").arg(msg);
    throw StorageError(context.isEmpty() ? msg : QStringLiteral("%1: %2").arg(context, msg), code);
}

void SqliteConnection::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        fail(rc, {});
    }
}

Statement SqliteConnection::prepare(const QString &sql)
{
    QByteArray utf8 = sql.toUtf8();
    if (sqlite3_stmt *cached = m_idle.take(utf8))
        return Statement(*this, cached, std::move(utf8));
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("preparing query"));
    return Statement(*this, stmt, std::move(utf8));
}

void SqliteConnection::release(const QByteArray &sql, sqlite3_stmt *stmt)
{
    constexpr int kMaxIdle = 96;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_idle.size() >= kMaxIdle || m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    m_idle.insert(sql, stmt);
}

qint64 SqliteConnection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int SqliteConnection::changes() const { return sqlite3_changes(m_db); }

QVariant SqliteConnection::scalar(const QString &sql)
{
    Statement st = prepare(sql);
    if (!st.next() || st.isNull(0))
        return {};
    return st.int64(0);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_sql(std::move(other.m_sql))
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (m_stmt)
        m_db->release(m_sql, m_stmt);
}

static void checkBind(SqliteConnection &db, int rc)
{
    if (rc != SQLITE_OK)
        db.fail(rc, QStringLiteral("binding a value"));
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    checkBind(*m_db, sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    checkBind(*m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    checkBind(*m_db, sqlite3_bind_blob64(m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const QDateTime &utc)
{
    if (!utc.isValid())
        return bindNull(index);
    return bind(index, utc.toSecsSinceEpoch());
}

Statement &Statement::bindNull(int index)
{
    checkBind(*m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, {});
}

void Statement::run()
{
    while (next()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(int64(column), Qt::UTC);
}

Transaction::Transaction(SqliteConnection &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // Inside the writer's group commit (or another transaction) this is a savepoint.
    m_db.exec(m_nested ? QStringLiteral("SAVEPOINT tx") : QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO tx; RELEASE tx") : QStringLiteral("ROLLBACK"));
        } catch (const StorageError &) {
            // Rolling back after a failure that already ended the transaction.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? QStringLiteral("RELEASE tx") : QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace warta
