#include "services/subscription_service.h"

#include "feeds/discovery.h"
#include "feeds/feed_parser.h"
#include "net/fetcher.h"
#include "storage/feed_store.h"
#include "storage/storage.h"

namespace warta {

namespace {

net::FetchResult get(net::Fetcher &fetcher, const QUrl &url)
{
    net::FetchRequest request;
    request.url = url;
    request.transferTimeoutMs = 30'000;
    return fetcher.fetch(request).result();
}

// A candidate from a fetched document, or an error if it is not a feed.
FeedCandidate fromFeedDocument(const net::FetchResult &fetched)
{
    FeedCandidate c;
    const feeds::ParsedFeed parsed = feeds::parseFeed(fetched.body, fetched.finalUrl, fetched.contentType);
    if (parsed.format.isEmpty()) {
        c.error = parsed.error.isEmpty() ? QStringLiteral("not a feed") : parsed.error;
        return c;
    }
    c.feedUrl = fetched.permanentRedirect ? fetched.finalUrl : fetched.requestedUrl;
    c.title = parsed.title.simplified();
    c.siteUrl = parsed.link;
    c.items = int(parsed.items.size());
    return c;
}

} // namespace

FeedCandidate findFeed(net::Fetcher &fetcher, const QUrl &url)
{
    const net::FetchResult fetched = get(fetcher, url);
    if (!fetched.ok())
        return {.error = QStringLiteral("cannot fetch %1: %2").arg(url.toString(), fetched.errorMessage)};
    FeedCandidate direct = fromFeedDocument(fetched);
    if (direct.error.isEmpty())
        return direct;

    const auto discovered = feeds::discoverFeeds(fetched.body, fetched.finalUrl);
    if (discovered.isEmpty())
        return {.error = QStringLiteral("%1 is neither a feed nor a page that links to one").arg(url.toString())};
    const net::FetchResult feed = get(fetcher, discovered.first().url);
    if (!feed.ok())
        return {.error = QStringLiteral("the page links to %1, which cannot be fetched: %2")
                             .arg(discovered.first().url.toString(), feed.errorMessage)};
    FeedCandidate found = fromFeedDocument(feed);
    if (!found.error.isEmpty())
        found.error = QStringLiteral("the page links to %1, which is not a feed (%2)")
                          .arg(discovered.first().url.toString(), found.error);
    else if (found.title.isEmpty())
        found.title = discovered.first().title;
    return found;
}

SubscribeResult subscribe(Storage &storage, const FeedCandidate &candidate, const QString &folderPath)
{
    const auto added = storage.write(QStringLiteral("subscribing to %1").arg(candidate.feedUrl.toString()),
                                     [candidate, folderPath](SqliteConnection &db) {
        const qint64 folder = FeedStore::ensureFolderPath(db, folderPath);
        return FeedStore::add(db, candidate.feedUrl.toString(), candidate.title, folder, candidate.siteUrl);
    }).result();
    return {added.id, added.added, candidate.title};
}

} // namespace warta
