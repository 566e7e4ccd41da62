#pragma once

#include <QByteArray>
#include <QStringList>

namespace warta::test {

/// Result of running the real warta-cli binary.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs build/app/cli/warta-cli with `args` in a child process, as a script would.
CliRun runWartaCli(const QStringList &args, int timeoutMs = 60000);

} // namespace warta::test
