#include "core/app_paths.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace warta {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Warta"));
    QCoreApplication::setApplicationName(QStringLiteral("warta"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

static QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabasePath()
{
    return dataDir() + QStringLiteral("/warta.db");
}

QString demoDatabasePath()
{
    return dataDir() + QStringLiteral("/warta-demo.db");
}

} // namespace warta
