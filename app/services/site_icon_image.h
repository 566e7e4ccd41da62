#pragma once

#include <QByteArray>
#include <QString>

namespace warta {

/// A downloaded site icon made safe and small for the feed list.
struct NormalisedIcon {
    QByteArray png;  ///< at most kEdge × kEdge, empty on failure
    QString sha256;  ///< hex digest of `png`
    QString error;   ///< why the bytes were refused
};

/// Decodes ICO, PNG, GIF, JPEG or SVG bytes with Qt's image readers (bounded in bytes and
/// pixels, so a hostile file cannot exhaust memory), picks the frame nearest the list's
/// size from multi-size ICO files, scales it down to at most kEdge px and re-encodes it
/// as PNG: what is stored and shown is always a small picture Warta made itself.
/// Thread-safe; needs no QGuiApplication.
[[nodiscard]] NormalisedIcon normaliseSiteIcon(const QByteArray &bytes);

inline constexpr int kSiteIconEdge = 32;
inline constexpr qint64 kSiteIconMaxBytes = 1024 * 1024;

} // namespace warta
