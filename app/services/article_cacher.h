#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace warta {

class Storage;
namespace net {
class Fetcher;
}

/// What caching one article for offline reading did.
struct CacheOutcome {
    qint64 articleId = 0;
    bool ok = false;
    int images = 0;
    QString error;
};

/// A document or image as the cacher needs it, from the network or from bundled files.
struct LoadedResource {
    bool ok = false;
    QByteArray body;
    QByteArray contentType;
    QUrl finalUrl;
    QString error;
};
/// Loads `url` (at most `maxBytes`); blocking.
using ResourceLoader = std::function<LoadedResource(const QUrl &url, qint64 maxBytes)>;

/// A loader that fetches through the Fetcher (blocking the calling worker thread only).
[[nodiscard]] ResourceLoader networkLoader(net::Fetcher &fetcher);

/// The URL the article pane loads a cached image from: warta://image/<sha256>.
[[nodiscard]] QString cachedImageUrl(const QString &sha256);

/// Fetches an article's page (and its next pages), extracts the full text, downloads its
/// images once, and stores all of it so the article reads offline. Blocking: run it on a
/// worker thread; the Fetcher does the I/O on its own thread and the writer stores.
/// A failure is stored on the article (not retried on every refresh) and returned.
CacheOutcome cacheArticle(Storage &storage, const ResourceLoader &load, qint64 articleId,
                          const std::atomic_bool &cancelled);

} // namespace warta
