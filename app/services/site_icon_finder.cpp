#include "services/site_icon_finder.h"

#include "feeds/discovery.h"
#include "net/fetcher.h"

#include <QSet>

namespace warta {
namespace {

constexpr qint64 kMaxHomePageBytes = 4 * 1024 * 1024;
constexpr int kTimeoutMs = 20'000;
constexpr int kMaxPageIcons = 3; // declared icons tried from the page before /favicon.ico

bool isWeb(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QUrl rootOf(const QUrl &url, const QString &path)
{
    QUrl root;
    root.setScheme(url.scheme());
    root.setHost(url.host());
    root.setPort(url.port());
    root.setPath(path);
    return root;
}

net::FetchResult get(net::Fetcher &fetcher, const QUrl &url, qint64 maxBytes, const QByteArray &accept)
{
    net::FetchRequest request;
    request.url = url;
    request.maxBytes = maxBytes;
    request.transferTimeoutMs = kTimeoutMs;
    request.connectTimeoutMs = qMin(request.connectTimeoutMs, kTimeoutMs);
    request.accept = accept;
    return fetcher.fetch(request).result();
}

bool answered(const net::FetchResult &r)
{
    return r.ok() || r.error == net::FetchResult::Error::Http || r.error == net::FetchResult::Error::Gone ||
           r.error == net::FetchResult::Error::TooLarge;
}

} // namespace

SiteIconPlan planSiteIconSearch(const SiteIconStore::Wanted &feed)
{
    SiteIconPlan plan;
    const QUrl declared(feed.iconUrl);
    if (isWeb(declared))
        plan.beforePage.append(declared);
    const QUrl site(feed.siteUrl);
    const QUrl feedUrl(feed.feedUrl);
    const QUrl base = isWeb(site) ? site : feedUrl;
    if (isWeb(base)) {
        plan.homePage = isWeb(site) ? site : rootOf(feedUrl, QStringLiteral("/"));
        plan.afterPage.append(rootOf(base, QStringLiteral("/favicon.ico")));
    }
    const QUrl logo(feed.logoUrl);
    if (isWeb(logo))
        plan.afterPage.append(logo);
    return plan;
}

QString siteIconKey(const SiteIconStore::Wanted &feed)
{
    const SiteIconPlan plan = planSiteIconSearch(feed);
    QStringList parts;
    for (const QUrl &url : plan.beforePage)
        parts << url.toString();
    parts << plan.homePage.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    for (const QUrl &url : plan.afterPage)
        parts << url.toString();
    return parts.join(QLatin1Char('\n'));
}

FoundSiteIcon findSiteIcon(net::Fetcher &fetcher, const SiteIconStore::Wanted &feed, const std::atomic_bool &cancelled)
{
    FoundSiteIcon found;
    QSet<QString> tried;
    QSet<QString> deadHosts; // one timeout per host is enough
    const auto noteAnswer = [&](const QUrl &url, const net::FetchResult &r) {
        found.reachedSite = found.reachedSite || answered(r);
        if (!answered(r))
            deadHosts.insert(url.host());
    };
    const auto tryIcon = [&](const QUrl &url) {
        if (cancelled || tried.contains(url.toString()) || deadHosts.contains(url.host()))
            return false;
        tried.insert(url.toString());
        const net::FetchResult r = get(fetcher, url, kSiteIconMaxBytes, "image/*, */*;q=0.5");
        noteAnswer(url, r);
        if (!r.ok()) {
            found.error = QStringLiteral("%1: %2").arg(url.toString(), r.errorMessage);
            return false;
        }
        NormalisedIcon icon = normaliseSiteIcon(r.body);
        if (icon.png.isEmpty()) {
            found.error = QStringLiteral("%1: %2").arg(url.toString(), icon.error);
            return false;
        }
        found.icon = std::move(icon);
        found.sourceUrl = r.finalUrl.toString();
        return true;
    };

    const SiteIconPlan plan = planSiteIconSearch(feed);
    for (const QUrl &url : plan.beforePage)
        if (tryIcon(url))
            return found;
    if (plan.homePage.isValid() && !cancelled && !deadHosts.contains(plan.homePage.host())) {
        const net::FetchResult page = get(fetcher, plan.homePage, kMaxHomePageBytes, "text/html, */*;q=0.5");
        noteAnswer(plan.homePage, page);
        if (page.ok()) {
            const QVector<QUrl> declared = feeds::discoverIcons(page.body, page.finalUrl);
            for (qsizetype i = 0; i < declared.size() && i < kMaxPageIcons; ++i)
                if (tryIcon(declared[i]))
                    return found;
        } else {
            found.error = QStringLiteral("%1: %2").arg(plan.homePage.toString(), page.errorMessage);
        }
    }
    for (const QUrl &url : plan.afterPage)
        if (tryIcon(url))
            return found;
    if (found.error.isEmpty())
        found.error = QStringLiteral("no place to look for an icon");
    return found;
}

} // namespace warta
