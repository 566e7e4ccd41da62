#pragma once

#include <QByteArray>
#include <QString>

namespace warta::test {

/// ../shared beside the project root (WARTA_SHARED_DIR in the test environment).
QString sharedDir();
/// The project's source root.
QString sourceDir();
/// The build directory (binaries such as warta-cli live below it).
QString binaryDir();
/// Reads a whole file; fails the current test (QFAIL-style, via qFatal) if it cannot.
QByteArray readFile(const QString &path);

} // namespace warta::test
