#pragma once

// The bodies of Warta's libFuzzer targets, shared with tests/hardening/test_fuzz_regressions.cpp,
// which replays every saved crash input through exactly the same calls under g++ (and ASan).
// Each function feeds untrusted bytes to one parser the way the app does and touches the result,
// so a crash, a sanitizer report or a hang in any of them is a bug.

#include "content/extraction.h"
#include "core/dates.h"
#include "feeds/feed_parser.h"
#include "feeds/opml.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace warta::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    // fromRawData would alias libFuzzer's buffer; a copy keeps lifetimes obvious.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void fuzzFeed(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    static const QUrl base(QStringLiteral("https://www.example.co.id/rss/terkini.xml"));
    // With no Content-Type (sniffed) and with one whose charset overrides the document.
    for (const QByteArray &type : {QByteArray(), QByteArray("application/rss+xml; charset=windows-1252")}) {
        const feeds::ParsedFeed feed = feeds::parseFeed(bytes, base, type);
        qsizetype total = feed.title.size() + feed.error.size();
        for (const feeds::ParsedItem &item : feed.items)
            total += item.title.size() + item.content.size() + item.summary.size() + item.link.size();
        (void)total;
    }
}

inline void fuzzOpml(const uint8_t *data, size_t size)
{
    const feeds::OpmlDocument doc = feeds::parseOpml(bytesOf(data, size));
    // What we read must survive our own writer and reader unchanged in size.
    if (doc.error.isEmpty()) {
        const feeds::OpmlDocument again = feeds::parseOpml(feeds::writeOpml(doc.title, doc.entries));
        (void)again;
    }
}

inline void fuzzDate(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(bytesOf(data, size));
    const QDateTime a = parseDate(text);
    const QDateTime b = parseDate(text, kWibOffsetSeconds);
    if (a.isValid())
        (void)a.toString(Qt::ISODate);
    if (b.isValid())
        (void)b.toSecsSinceEpoch();
}

inline void fuzzExtract(const uint8_t *data, size_t size)
{
    const QByteArray page = bytesOf(data, size);
    static const QUrl url(QStringLiteral("https://www.example.co.id/berita/2024/01/01/judul-berita"));
    // Every further page is the same hostile document again: exercises pagination too.
    int loads = 0;
    const content::PageLoader loader = [&](const QUrl &) -> std::optional<QByteArray> {
        if (++loads > 2)
            return std::nullopt;
        return page;
    };
    const content::Extraction e = content::extractArticle(page, url, QByteArray("text/html"), loader, 3);
    (void)content::rewriteUrls(e.html, [](const QString &u) { return u.size() % 2 ? u : QString(); });
}

inline void fuzzSanitize(const uint8_t *data, size_t size)
{
    static const QUrl base(QStringLiteral("https://www.example.co.id/berita/"));
    const QString clean = content::sanitizeHtml(QString::fromUtf8(bytesOf(data, size)), base);
    // Sanitising must be stable: clean HTML passes through a second time.
    (void)content::sanitizeHtml(clean, base);
    (void)content::rewriteUrls(clean, [](const QString &u) { return QStringLiteral("warta://image/") + QString::number(u.size()); });
}

} // namespace warta::fuzz
