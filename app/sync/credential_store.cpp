#include "sync/credential_store.h"

#include "sync/sync_types.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace warta::CredentialStore {

namespace {

const QString kService = QStringLiteral("Warta");

// Runs a QtKeychain job to its end; a keyring that does not answer in time counts as absent.
bool runJob(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    QTimer::singleShot(5000, &loop, [&] { timedOut = true; loop.quit(); });
    job.start();
    loop.exec();
    if (timedOut) {
        *error = QStringLiteral("the keyring did not answer within 5 s");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return false;
    }
    return true;
}

QString filePath(const QString &key)
{
    return fallbackFolder() + QLatin1Char('/') + key;
}

void writePrivateFile(const QString &path, const QByteArray &data)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw SyncError(SyncError::Kind::Credentials, QStringLiteral("cannot write %1").arg(path));
    ::fchmod(fd, 0600); // in case the file existed with wider permissions
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == data.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        throw SyncError(SyncError::Kind::Credentials, QStringLiteral("cannot write %1").arg(path));
}

} // namespace

QString fallbackFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/credentials");
}

Saved save(const QString &password)
{
    Saved saved;
    saved.key = QStringLiteral("ttrss-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (qEnvironmentVariable("WARTA_KEYRING") != QLatin1String("off")) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(saved.key);
        job.setTextData(password);
        if (runJob(job, &error)) {
            saved.store = QStringLiteral("keyring");
            return saved;
        }
    } else {
        error = QStringLiteral("WARTA_KEYRING=off");
    }
    const QString folder = fallbackFolder();
    QDir().mkpath(folder);
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    writePrivateFile(filePath(saved.key), password.toUtf8());
    saved.store = QStringLiteral("file");
    saved.warning = QStringLiteral("no desktop keyring answered (%1); the password is kept in %2, readable only by you")
                        .arg(error, filePath(saved.key));
    return saved;
}

QString load(const QString &store, const QString &key)
{
    if (store == QLatin1String("keyring")) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        QString error;
        if (!runJob(job, &error))
            throw SyncError(SyncError::Kind::Credentials, QStringLiteral("cannot read the password from the keyring: %1").arg(error));
        return job.textData();
    }
    if (store == QLatin1String("file")) {
        QFile file(filePath(key));
        if (!file.open(QIODevice::ReadOnly))
            throw SyncError(SyncError::Kind::Credentials, QStringLiteral("the password file %1 is missing").arg(file.fileName()));
        return QString::fromUtf8(file.readAll());
    }
    throw SyncError(SyncError::Kind::Credentials, QStringLiteral("no password is stored for this account"));
}

void remove(const QString &store, const QString &key)
{
    if (store == QLatin1String("keyring")) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        QString error;
        runJob(job, &error); // a password already gone is fine
    } else if (store == QLatin1String("file")) {
        QFile::remove(filePath(key));
    }
}

} // namespace warta::CredentialStore
