#include "cli/cli_context.h"

#include "core/app_paths.h"
#include "storage/storage.h"

namespace warta::cli {

CliContext::CliContext(QString dbPath, QTextStream &out, QTextStream &err)
    : m_dbPath(std::move(dbPath)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

Storage &CliContext::storage()
{
    if (!m_storage) {
        try {
            m_storage = std::make_unique<Storage>(m_dbPath.isEmpty() ? defaultDatabasePath() : m_dbPath);
        } catch (const StorageError &e) {
            throw CliError(e.message());
        }
    }
    return *m_storage;
}

bool takeFlag(QStringList &args, const QString &flag)
{
    return args.removeAll(flag) > 0;
}

QString takeOption(QStringList &args, const QString &name, const QString &fallback)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size())
                throw CliError(QStringLiteral("%1 needs a value").arg(name), 2);
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            const QString value = args[i].mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return fallback;
}

void expectNoMoreArguments(const QStringList &args)
{
    if (!args.isEmpty())
        throw CliError(QStringLiteral("unexpected argument: %1").arg(args.first()), 2);
}

} // namespace warta::cli
