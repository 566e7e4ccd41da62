#include "cli/commands.h"

#include "core/version.h"

namespace warta::cli {

QList<Command> allCommands()
{
    QList<Command> all = subscriptionCommands();
    all += refreshCommands();
    all += articleCommands();
    all += stateCommands();
    all += searchCommands();
    all += syncCommands();
    all.append(parseCommand());
    all.append(extractCommand());
    return all;
}

static void printHelp(QTextStream &out)
{
    out << "Usage: warta-cli [--db PATH] COMMAND [OPTIONS]\n\n"
           "Warta's headless command line: the same core and database as the desktop app.\n\n"
           "Global options:\n"
           "  --db PATH    database file (default: the app's data folder)\n"
           "  --version    print the version\n"
           "  --help       print this help\n\n"
           "Commands:\n";
    for (const Command &c : allCommands())
        out << "  " << c.usage.leftJustified(46) << ' ' << c.summary << '\n';
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    try {
        const QString db = takeOption(args, QStringLiteral("--db"));
        if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
            || args.first() == QLatin1String("help")) {
            printHelp(out);
            return args.isEmpty() ? 2 : 0;
        }
        if (args.first() == QLatin1String("--version")) {
            out << "warta-cli " << kVersion << '\n';
            return 0;
        }
        const QString name = args.takeFirst();
        for (const Command &command : allCommands()) {
            if (command.name == name) {
                CliContext ctx(db, out, err);
                return command.run(ctx, args);
            }
        }
        throw CliError(QStringLiteral("unknown command \"%1\" (see --help)").arg(name), 2);
    } catch (const CliError &e) {
        out.flush();
        err << "warta-cli: " << QString::fromUtf8(e.what()).simplified() << '\n';
        return e.exitCode();
    } catch (const std::exception &e) {
        out.flush();
        err << "warta-cli: " << QString::fromUtf8(e.what()).simplified() << '\n';
        return 1;
    }
}

} // namespace warta::cli
