#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace warta {

/// A storage failure with a message a user can read ("database is locked", "disk is full").
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString &message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString()), m_code(sqliteCode) {}
    int sqliteCode() const { return m_code; }
    QString message() const { return QString::fromStdString(what()); }
private:
    int m_code;
};

class Statement;

/// One SQLite connection (not thread-safe: use it from one thread at a time).
class SqliteConnection {
public:
    enum class Mode { ReadWrite, ReadOnly };
    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Runs one or more statements without results; throws StorageError.
    void exec(const QString &sql);
    [[nodiscard]] Statement prepare(const QString &sql);
    [[nodiscard]] qint64 lastInsertId() const;
    [[nodiscard]] int changes() const;
    /// Convenience: first column of the first row, or an invalid QVariant.
    [[nodiscard]] QVariant scalar(const QString &sql);
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[noreturn]] void fail(int code, const QString &context) const;

private:
    friend class Statement;
    /// Takes back a finished statement for reuse by the next prepare() of the same SQL:
    /// compiling is a large part of a write's cost (the FTS triggers compile with it).
    void release(const QByteArray &sql, sqlite3_stmt *stmt);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QByteArray, sqlite3_stmt *> m_idle;
};

/// A prepared statement; bind by 1-based index, step, read columns.
class Statement {
public:
    Statement(SqliteConnection &db, sqlite3_stmt *stmt, QByteArray sql)
        : m_db(&db), m_stmt(stmt), m_sql(std::move(sql)) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    ~Statement();

    Statement &bind(int index, const QString &value);     ///< null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const QDateTime &utc);     ///< unix seconds; invalid binds NULL
    Statement &bindNull(int index);

    /// Advances to the next row; false when done. Throws StorageError.
    bool next();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] QDateTime dateTime(int column) const; ///< UTC, invalid for NULL

private:
    SqliteConnection *m_db;
    sqlite3_stmt *m_stmt;
    QByteArray m_sql;
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed (e.g. on exception).
/// Within an open transaction it nests as a savepoint.
class Transaction {
public:
    explicit Transaction(SqliteConnection &db);
    ~Transaction();
    void commit();
private:
    SqliteConnection &m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace warta
