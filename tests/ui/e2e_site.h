#pragma once

#include "loopback_http_server.h"

#include <QByteArray>
#include <QColor>
#include <QString>

namespace warta::test {

/// A small Indonesian news site on the loopback server: a home page that advertises its
/// feed, an RSS feed of two articles, article pages with "Baca Juga" blocks and a red
/// picture, and one linked article that is not in the feed.
struct E2eSite {
    static constexpr const char *kFeedTitle = "Kabar Loopback";
    static constexpr const char *kFirstTitle = "Pemerintah resmikan jaringan internet desa";
    static constexpr const char *kSecondTitle = "Startup lokal raih pendanaan baru";
    static constexpr const char *kOutsideTitle = "Harga cabai turun di pasar induk";
    /// A sentence only the first article's body holds.
    static constexpr const char *kFirstBodyText = "Sebanyak 120 desa di Jawa Tengah";
    static constexpr const char *kOutsideBodyText = "Pedagang di pasar induk Kramat Jati";
    static const QColor kImageColor;
    /// The site icon's colour (the home page declares a 32 px icon).
    static const QColor kIconColor;

    /// Routes every page on `server`.
    static void serve(LoopbackHttpServer &server);
    [[nodiscard]] static QByteArray redPng();
};

} // namespace warta::test
