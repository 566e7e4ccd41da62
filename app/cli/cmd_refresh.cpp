// refresh: fetch every feed (the feed engine lands behind this command).
#include "cli/commands.h"

namespace warta::cli {

namespace {

int runRefresh(CliContext &ctx, QStringList args)
{
    const QString jobs = takeOption(args, QStringLiteral("--jobs"), QStringLiteral("8"));
    expectNoMoreArguments(args);
    Q_UNUSED(jobs);
    ctx.storage();
    throw CliError(QStringLiteral("refresh is not available yet in this build"));
}

} // namespace

QList<Command> refreshCommands()
{
    return {{QStringLiteral("refresh"), QStringLiteral("refresh [--jobs N]"),
             QStringLiteral("Fetch all feeds now"), runRefresh}};
}

} // namespace warta::cli
