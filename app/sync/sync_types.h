#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <stdexcept>

namespace warta {

/// A sync failure a user can act on. The kind lets the UI pick its message and decide
/// whether retrying later makes sense.
class SyncError : public std::runtime_error {
public:
    enum class Kind {
        Auth,        ///< wrong user name or password
        ApiDisabled, ///< the user has not enabled API access in tt-rss
        Network,     ///< the server does not answer (down, refused, timeout)
        BadResponse, ///< the server answers, but not as tt-rss's API
        Server,      ///< the API refused a call (error code in the message)
        Cancelled,
        Credentials, ///< the stored password is missing or unreadable
        Tls,         ///< the secure connection failed (certificate, handshake)
    };
    SyncError(Kind kind, const QString &message) : std::runtime_error(message.toStdString()), m_kind(kind) {}
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }
    /// Stable name for logs and JSON ("auth", "api-disabled", ...).
    QString kindName() const { return nameOf(m_kind); }
    static QString nameOf(Kind kind);
    /// The form kept in accounts.last_error, "<kind name>: <message>", so that whoever shows
    /// it later can say it in the reader's language (see parseStoredSyncError).
    static QString storedForm(Kind kind, const QString &message) { return nameOf(kind) + QStringLiteral(": ") + message; }
private:
    Kind m_kind;
};

/// A stored last error split back into its kind (absent for errors that were not a
/// SyncError, e.g. storage failures) and the technical detail.
struct StoredSyncError {
    std::optional<SyncError::Kind> kind;
    QString detail;
};
[[nodiscard]] StoredSyncError parseStoredSyncError(const QString &stored);

/// What one sync of one account did.
struct SyncSummary {
    qint64 accountId = 0;
    int pulled = 0;    ///< new articles stored
    int pushed = 0;    ///< queued changes delivered (and removed from the queue)
    int conflicts = 0; ///< fields changed on both sides; the local change was sent
    QStringList errors;
    QStringList missingLabels; ///< collections without a tt-rss label (create them there)
    bool fatal = false;        ///< the sync stopped early (login, network, cancel)
    /// Why it stopped, when fatal and the cause was a SyncError (else a storage failure).
    std::optional<SyncError::Kind> fatalKind;
};

/// Progress of a sync: a stage ("feeds", "articles", "state", "labels", "push") and a
/// count; total is -1 when unknown (the API does not say how many articles will come).
using SyncProgress = std::function<void(const QString &stage, int done, int total)>;
/// Polled between requests and while waiting for the server.
using CancelCheck = std::function<bool()>;

} // namespace warta

Q_DECLARE_METATYPE(warta::SyncSummary)
Q_DECLARE_METATYPE(warta::SyncError::Kind)
