#include "test_paths.h"

#include <QFile>
#include <QtGlobal>

namespace warta::test {

static QString envPath(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run tests through ctest", name);
    return value;
}

QString sharedDir() { return envPath("WARTA_SHARED_DIR"); }
QString sourceDir() { return envPath("WARTA_SOURCE_DIR"); }
QString binaryDir() { return envPath("WARTA_BINARY_DIR"); }

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace warta::test
