#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <stdexcept>

namespace warta {
class Storage;
}

namespace warta::cli {

/// Thrown by a command for a user-facing failure; main() prints it as one line on
/// stderr and exits non-zero.
class CliError : public std::runtime_error {
public:
    explicit CliError(const QString &message, int exitCode = 1)
        : std::runtime_error(message.toStdString()), m_exitCode(exitCode) {}
    int exitCode() const { return m_exitCode; }
private:
    int m_exitCode;
};

/// What every command gets: its arguments, output streams and (lazily) the database.
class CliContext {
public:
    CliContext(QString dbPath, QTextStream &out, QTextStream &err);
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &dbPath() const { return m_dbPath; }
    /// Opens (creating and migrating if needed) the database on first use.
    Storage &storage();

private:
    QString m_dbPath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Storage> m_storage;
};

/// Small argument helpers shared by commands.
[[nodiscard]] bool takeFlag(QStringList &args, const QString &flag);
/// Removes "--name VALUE" and returns VALUE; throws CliError if VALUE is missing.
[[nodiscard]] QString takeOption(QStringList &args, const QString &name, const QString &fallback = {});
/// Throws CliError if anything is left over in args.
void expectNoMoreArguments(const QStringList &args);

/// A command: name, one-line usage and the function running it.
struct Command {
    QString name;
    QString usage;
    QString summary;
    std::function<int(CliContext &, QStringList)> run;
};

} // namespace warta::cli
