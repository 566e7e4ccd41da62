#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QWidget;

namespace warta::ui {

/// One running Warta per user and database. The first launch listens on a local socket;
/// a later launch connects, hands over its arguments (and working directory, so relative
/// file names still resolve) and exits, and the first one raises its window and acts on
/// them. The socket lives in the user's runtime folder (XDG_RUNTIME_DIR), so two users
/// never meet, and its name carries a hash of the database path, so `warta --demo` and
/// `warta` (two databases) stay separate programs.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role {
        Primary,   ///< this process listens: it is the instance
        Secondary, ///< another instance took the arguments: exit now
        Alone,     ///< neither worked (no socket possible): run without forwarding
    };

    /// `socketName`: a name in the runtime folder or a full path (tests); see keyFor().
    explicit SingleInstance(QString socketName, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The per-user socket for a database: <runtime dir>/warta-<hash of the path>.
    [[nodiscard]] static QString socketNameFor(const QString &databasePath);

    /// Forwards `arguments` to a running instance (Secondary) or becomes the instance
    /// (Primary). `timeoutMs` bounds the hand-over to a running instance.
    Role start(const QStringList &arguments, int timeoutMs = 3000);

    [[nodiscard]] const QString &socketName() const { return m_name; }

    /// Brings `window` to the front (un-minimises, raises, asks for activation).
    static void raise(QWidget *window);

signals:
    /// A later launch's arguments (argv[0] included) and its working directory.
    void activated(const QStringList &arguments, const QString &workingDirectory);

private:
    bool forward(const QStringList &arguments, int timeoutMs);
    void acceptConnections();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace warta::ui
