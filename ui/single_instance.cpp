#include "ui/single_instance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QWidget>

namespace warta::ui {

namespace {

constexpr quint32 kMagic = 0x57415254; // "WART"
constexpr quint32 kProtocol = 1;
constexpr char kAck = 'k';

// What a later launch passes on besides its arguments: the activation token its launcher
// gave it, which lets the running instance take the focus on Wayland.
const char *const kForwardedEnvironment[] = {"XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"};

} // namespace

SingleInstance::SingleInstance(QString socketName, QObject *parent)
    : QObject(parent), m_name(std::move(socketName))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::socketNameFor(const QString &databasePath)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(12);
    const QString name = QStringLiteral("warta-") + QString::fromLatin1(hash);
    // The runtime folder is the user's own (0700); Qt falls back to a private folder in /tmp.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, int timeoutMs)
{
    // Someone listening: hand over. Nobody: listen. Lost a race to a launch that started
    // listening in between: hand over to it. A socket file left by a crashed instance
    // refuses connections and is removed.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (forward(arguments, timeoutMs))
            return Role::Secondary;
        auto *server = new QLocalServer(this);
        server->setSocketOptions(QLocalServer::UserAccessOption);
        if (server->listen(m_name)) {
            m_server = server;
            connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
            return Role::Primary;
        }
        const bool inUse = server->serverError() == QAbstractSocket::AddressInUseError;
        delete server;
        if (inUse && attempt > 0)
            QLocalServer::removeServer(m_name); // stale: it refused our connection twice
    }
    return Role::Alone;
}

bool SingleInstance::forward(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;

    QHash<QString, QString> environment;
    for (const char *name : kForwardedEnvironment) {
        if (qEnvironmentVariableIsSet(name))
            environment.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kProtocol << arguments << QDir::currentPath() << environment;
    socket.write(message);

    // Wait for the acknowledgement: the instance has the arguments before we exit.
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(int(deadline.remainingTime()))) {
    }
    while (socket.bytesAvailable() < 1 && socket.state() == QLocalSocket::ConnectedState
           && socket.waitForReadyRead(int(deadline.remainingTime()))) {
    }
    char ack = 0;
    return socket.getChar(&ack) && ack == kAck;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_4);
            in.startTransaction();
            quint32 magic = 0, protocol = 0;
            QStringList arguments;
            QString workingDirectory;
            QHash<QString, QString> environment;
            in >> magic >> protocol >> arguments >> workingDirectory >> environment;
            if (!in.commitTransaction())
                return; // more bytes to come
            if (magic != kMagic || protocol != kProtocol) {
                socket->disconnectFromServer();
                return;
            }
            socket->putChar(kAck);
            socket->flush();
            socket->disconnectFromServer();
            const QString token = environment.value(QStringLiteral("XDG_ACTIVATION_TOKEN"));
            if (!token.isEmpty())
                qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8()); // read by the next activation request
            emit activated(arguments, workingDirectory);
        });
    }
}

void SingleInstance::raise(QWidget *window)
{
    if (!window)
        return;
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace warta::ui
