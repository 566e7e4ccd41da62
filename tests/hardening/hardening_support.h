#pragma once

// Helpers shared by the hardening tests: peak memory of this process, hostile documents, and
// the good neighbour feed that the refresh-limit tests serve beside a hostile one.
#include "loopback_http_server.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaType>
#include <QString>

namespace warta::test {

/// Reads a "VmXXX:   1234 kB" line of /proc/self/status, in KiB (0 if absent).
inline qint64 procStatusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/// Measures the peak resident memory a piece of work adds. Linux lets a process reset its
/// high-water mark (echo 5 > /proc/self/clear_refs); where it cannot, the peak so far is the
/// baseline, which can only under-report growth, so the bounds stay honest either way.
class PeakMemory {
public:
    PeakMemory()
    {
        QFile f(QStringLiteral("/proc/self/clear_refs"));
        m_reset = f.open(QIODevice::WriteOnly) && f.write("5") == 1;
        f.close();
        m_baseKiB = m_reset ? procStatusKiB("VmRSS") : procStatusKiB("VmHWM");
        m_timer.start();
    }
    /// Growth of the peak above the resident size at construction, in MiB.
    [[nodiscard]] double growthMiB() const { return double(procStatusKiB("VmHWM") - m_baseKiB) / 1024.0; }
    [[nodiscard]] double seconds() const { return double(m_timer.elapsed()) / 1000.0; }
    [[nodiscard]] QString report() const
    {
        return QStringLiteral("%1 s, peak +%2 MiB (hwm %3 MiB%4)")
            .arg(seconds(), 0, 'f', 2)
            .arg(growthMiB(), 0, 'f', 1)
            .arg(double(procStatusKiB("VmHWM")) / 1024.0, 0, 'f', 1)
            .arg(m_reset ? QString() : QStringLiteral(", not reset"));
    }

private:
    qint64 m_baseKiB = 0;
    bool m_reset = false;
    QElapsedTimer m_timer;
};

/// True in an AddressSanitizer build (memory and time bounds are looser there).
constexpr bool kSanitized =
#if defined(__SANITIZE_ADDRESS__)
    true;
#elif defined(__has_feature)
#  if __has_feature(address_sanitizer)
    true;
#  else
    false;
#  endif
#else
    false;
#endif

/// A well-formed RSS 2.0 feed with `count` items whose guids start with `prefix`.
inline QByteArray rssFeed(const QByteArray &title, int count, const QByteArray &prefix = "item",
                          const QByteArray &linkBase = {})
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                     + "</title><link>https://example.invalid/</link>\n";
    out.reserve(out.size() + qsizetype(count) * 160);
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "<item><guid>" + prefix + '-' + n + "</guid><title>Berita " + n + "</title>";
        if (!linkBase.isEmpty())
            out += "<link>" + linkBase + prefix + '-' + n + "</link>";
        out += "<pubDate>Wed, 26 Aug 2020 08:02:00 +0700</pubDate><description>Isi " + n
               + "</description></item>\n";
    }
    out += "</channel></rss>\n";
    return out;
}

/// Billion laughs: ten levels of ten references, 10^9 "lol"s if expanded.
inline QByteArray billionLaughs(const QByteArray &rootOpen, const QByteArray &rootClose, const QByteArray &use)
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    QByteArray prev = "lol";
    for (int level = 1; level <= 9; ++level) {
        const QByteArray name = "lol" + QByteArray::number(level);
        QByteArray value;
        for (int i = 0; i < 10; ++i)
            value += '&' + prev + ';';
        dtd += "<!ENTITY " + name + " \"" + value + "\">\n";
        prev = name;
    }
    dtd += "]>\n";
    QByteArray body = rootOpen;
    body += QByteArray(use).replace("ENTITY", '&' + prev + ';');
    body += rootClose;
    return dtd + body;
}

/// Time one refresh beside a hostile feed may take: the fetch deadline plus parsing and
/// ingest. ASan is slower.
constexpr double kRefreshSeconds = kSanitized ? 60 : 25;

/// A feed document as the loopback server sends it.
inline LoopbackHttpServer::Response xmlResponse(const QByteArray &body)
{
    return {.headers = {{"Content-Type", "application/rss+xml; charset=utf-8"}}, .body = body};
}

/// Routes /good.xml, a feed of `count` items, and its pages /page/good-0... with text the
/// extractor accepts: the neighbour whose articles and cached pages must survive.
inline void routeGoodFeed(LoopbackHttpServer &server, int count)
{
    static const char *const page =
        "<html><head><title>Berita baik</title></head><body><article><h1>Berita baik</h1>"
        "<p>Paragraf pertama berita yang baik, cukup panjang untuk dianggap isi artikel oleh pengekstrak.</p>"
        "<p>Paragraf kedua berita yang baik, juga cukup panjang supaya skor keterbacaan mencukupi batas.</p>"
        "<p>Paragraf ketiga menutup berita dengan kalimat yang panjang dan wajar untuk sebuah artikel.</p>"
        "</article></body></html>";
    server.route(QStringLiteral("/good.xml"),
                 xmlResponse(rssFeed("Baik", count, "good", server.url(QStringLiteral("/page/")).toEncoded())));
    for (int i = 0; i < count; ++i)
        server.route(QStringLiteral("/page/good-%1").arg(i),
                     {.headers = {{"Content-Type", "text/html; charset=utf-8"}}, .body = page});
}

} // namespace warta::test

// Hostile responses are test-data rows.
Q_DECLARE_METATYPE(warta::test::LoopbackHttpServer::Response)
