// warta-cli: the headless entry point (scripts, tests, benchmarks).
#include "cli/commands.h"
#include "core/app_paths.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    warta::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = warta::cli::runCli(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
