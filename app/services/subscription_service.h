#pragma once

#include <QString>
#include <QUrl>

namespace warta {

class Storage;
namespace net {
class Fetcher;
}

/// The feed a URL leads to, found before subscribing.
struct FeedCandidate {
    QUrl feedUrl;   ///< the feed document (after autodiscovery and permanent redirects)
    QString title;
    QString siteUrl;
    int items = 0;
    QString error;  ///< set when no feed could be found; readable
};

/// Fetches `url`; if it is a feed, that is the candidate; if it is a web page, follows its
/// first <link rel="alternate"> feed. Blocking (network): call it off the GUI thread.
[[nodiscard]] FeedCandidate findFeed(net::Fetcher &fetcher, const QUrl &url);

struct SubscribeResult {
    qint64 feedId = 0;
    bool added = false; ///< false: already subscribed
    QString title;
};

/// Subscribes to a found feed in `folderPath` ("" = top level). Blocking on the writer.
SubscribeResult subscribe(Storage &storage, const FeedCandidate &candidate, const QString &folderPath);

} // namespace warta
