#pragma once

#include "services/related_article_opener.h"
#include "services/subscription_service.h"

#include <QFuture>
#include <QUrl>

#include <functional>

namespace warta {
class Storage;
namespace net {
class Fetcher;
}
} // namespace warta

namespace warta::ui {

/// What the window asks of the network, as futures the composition root fulfils on worker
/// threads (the UI never talks HTTP). An empty function means "not in this build".
struct NetworkHooks {
    /// Autodiscovery and preview for the add-feed dialog.
    std::function<QFuture<FeedCandidate>(const QUrl &url)> findFeed;
    /// Subscribes to a found feed in a folder path ("" = top level).
    std::function<QFuture<SubscribeResult>(const FeedCandidate &candidate, const QString &folder)> subscribe;
    /// Opens an uncached "Baca Juga" link: find or create its article and cache it.
    std::function<QFuture<RelatedOpenOutcome>(const QUrl &url, const QString &title)> openRelated;
};

/// The hooks over the real services, each blocking call on the global thread pool. The
/// composition root and the end-to-end tests share this wiring.
[[nodiscard]] NetworkHooks makeNetworkHooks(Storage &storage, net::Fetcher &fetcher);

} // namespace warta::ui
