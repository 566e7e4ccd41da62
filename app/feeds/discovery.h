#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QVector>

namespace warta::feeds {

struct DiscoveredFeed {
    QUrl url;      // absolute
    QString type;  // e.g. "application/rss+xml"
    QString title; // may be empty
};

/// Feeds a web page advertises with <link rel="alternate" type="application/rss+xml|atom+xml|
/// feed+json|json|rdf+xml" href="...">, in document order, de-duplicated, resolved against the
/// page URL (or its <base href>). Tolerant of attribute order, case and quoting.
[[nodiscard]] QVector<DiscoveredFeed> discoverFeeds(const QByteArray &html, const QUrl &pageUrl);

/// Site icons a page's head declares (<link rel="icon" | "shortcut icon" | "apple-touch-icon">),
/// absolute, best first for a small list icon: declared sizes of 32 px and up (smallest
/// first), then icons without sizes, then smaller ones (largest first), then touch icons.
[[nodiscard]] QVector<QUrl> discoverIcons(const QByteArray &html, const QUrl &pageUrl);

} // namespace warta::feeds
