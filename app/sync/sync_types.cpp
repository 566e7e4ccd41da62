#include "sync/sync_types.h"

namespace warta {

QString SyncError::kindName() const
{
    switch (m_kind) {
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

} // namespace warta
