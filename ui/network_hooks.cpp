#include "ui/network_hooks.h"

#include "services/article_cacher.h"

#include <QtConcurrent>

namespace warta::ui {

NetworkHooks makeNetworkHooks(Storage &storage, net::Fetcher &fetcher)
{
    NetworkHooks hooks;
    hooks.findFeed = [&fetcher](const QUrl &url) {
        return QtConcurrent::run([&fetcher, url] { return findFeed(fetcher, url); });
    };
    hooks.subscribe = [&storage](const FeedCandidate &candidate, const QString &folder) {
        return QtConcurrent::run([&storage, candidate, folder] { return subscribe(storage, candidate, folder); });
    };
    hooks.openRelated = [&storage, &fetcher](const QUrl &url, const QString &title) {
        return QtConcurrent::run([&storage, &fetcher, url, title] {
            // Not cancellable: one page and its images, bounded by the fetcher's limits.
            static const std::atomic_bool never{false};
            return openRelatedArticle(storage, networkLoader(fetcher), url, title, never);
        });
    };
    return hooks;
}

} // namespace warta::ui
