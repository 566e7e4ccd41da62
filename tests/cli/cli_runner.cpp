#include "cli_runner.h"

#include "test_paths.h"

#include <QProcess>

namespace warta::test {

CliRun runWartaCli(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(binaryDir() + QStringLiteral("/app/cli/warta-cli"), args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace warta::test
