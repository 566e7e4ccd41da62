#include "sync/sync_types.h"

namespace warta {

QString SyncError::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::ApiDisabled: return QStringLiteral("api-disabled");
    case Kind::Network: return QStringLiteral("network");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Credentials: return QStringLiteral("credentials");
    case Kind::Tls: return QStringLiteral("tls");
    }
    return QStringLiteral("unknown");
}

StoredSyncError parseStoredSyncError(const QString &stored)
{
    using Kind = SyncError::Kind;
    const qsizetype colon = stored.indexOf(QStringLiteral(": "));
    if (colon > 0) {
        const QString name = stored.left(colon);
        for (Kind kind : {Kind::Auth, Kind::ApiDisabled, Kind::Network, Kind::BadResponse, Kind::Server,
                          Kind::Cancelled, Kind::Credentials, Kind::Tls})
            if (SyncError::nameOf(kind) == name)
                return {kind, stored.mid(colon + 2)};
    }
    return {std::nullopt, stored};
}

} // namespace warta
