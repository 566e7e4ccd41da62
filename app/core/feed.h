#pragma once

#include <QDateTime>
#include <QString>

namespace warta {

/// A subscription as stored: where it is fetched from and how the last fetch went.
struct Feed {
    qint64 id = 0;
    qint64 folderId = 0; ///< 0 when the feed sits at the top level
    QString title;
    QString url;     ///< the feed document's URL (updated on permanent redirects)
    QString siteUrl; ///< the web site the feed belongs to
    QString description;
    QString etag;
    QString lastModified;
    QDateTime lastFetched;
    QString lastError;
    int errorCount = 0;
    QDateTime nextAttempt; ///< back-off: no fetch before this time
    bool disabled = false; ///< e.g. after HTTP 410 Gone
    bool fetchFullText = true;
    QString iconSha256; ///< the site icon's key in site_icons; empty when none is known
    int unread = 0; ///< filled by queries that count
    int total = 0;
};

} // namespace warta
