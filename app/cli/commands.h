#pragma once

#include "cli/cli_context.h"

#include <QList>

namespace warta::cli {

QList<Command> subscriptionCommands();
QList<Command> articleCommands();
QList<Command> stateCommands();
QList<Command> refreshCommands();
QList<Command> searchCommands();
QList<Command> syncCommands();
Command parseCommand();
Command extractCommand();

/// Every command of warta-cli, in the order --help lists them.
[[nodiscard]] QList<Command> allCommands();

/// Runs warta-cli with `arguments` (without the program name); returns the exit code.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace warta::cli
