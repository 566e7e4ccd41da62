#pragma once

#include <QString>

#include <atomic>

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

/// The URL the article pane loads a cached image from: warta://image/<sha256>.
[[nodiscard]] QString cachedImageUrl(const QString &sha256);

/// Fetches an article's page (and its next pages), extracts the full text, downloads its
/// images once, and stores all of it so the article reads offline. Blocking: run it on a
/// worker thread; the Fetcher does the I/O on its own thread and the writer stores.
/// A failure is stored on the article (not retried on every refresh) and returned.
CacheOutcome cacheArticle(Storage &storage, net::Fetcher &fetcher, qint64 articleId,
                          const std::atomic_bool &cancelled);

} // namespace warta
