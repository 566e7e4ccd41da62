#pragma once

#include "services/site_icon_image.h"
#include "storage/site_icon_store.h"

#include <QList>
#include <QUrl>

#include <atomic>

namespace warta {
namespace net {
class Fetcher;
}

/// Where a feed's icon may be, best first: the icon its document declares, the site's
/// home page (whose <link rel="icon"> is read when fetched), /favicon.ico at the site's
/// origin, and the declared logo. `homePage` is the marker entry for "read the page".
struct SiteIconPlan {
    QList<QUrl> beforePage; ///< declared icon
    QUrl homePage;          ///< the site (or, without one, the feed host's root)
    QList<QUrl> afterPage;  ///< /favicon.ico, declared logo
};
[[nodiscard]] SiteIconPlan planSiteIconSearch(const SiteIconStore::Wanted &feed);

/// The same site (and declared icon) means the same answer: feeds sharing this key are
/// looked up once per pass.
[[nodiscard]] QString siteIconKey(const SiteIconStore::Wanted &feed);

struct FoundSiteIcon {
    NormalisedIcon icon;   ///< png empty when nothing usable was found
    QString sourceUrl;
    QString error;         ///< the last reason, for logs and tests
    bool reachedSite = false; ///< false when no candidate got any HTTP answer (offline, dead host)
};

/// Walks the plan on the calling (worker) thread, blocking on the Fetcher, until one
/// candidate gives a usable picture.
[[nodiscard]] FoundSiteIcon findSiteIcon(net::Fetcher &fetcher, const SiteIconStore::Wanted &feed,
                                         const std::atomic_bool &cancelled);

} // namespace warta
