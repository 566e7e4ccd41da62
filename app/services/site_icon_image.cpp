#include "services/site_icon_image.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

namespace warta {
namespace {

// Larger declared pictures are refused before decoding: an icon has no business being
// bigger than this, and Qt would otherwise allocate the whole bitmap.
constexpr int kMaxSourceEdge = 1024;

// Distance of a frame from the wanted size, preferring frames at least as large (they
// scale down cleanly).
int distanceFromWanted(const QSize &size)
{
    const int edge = qMax(size.width(), size.height());
    return edge >= kSiteIconEdge ? edge - kSiteIconEdge : (kSiteIconEdge - edge) * 4;
}

} // namespace

NormalisedIcon normaliseSiteIcon(const QByteArray &bytes)
{
    NormalisedIcon out;
    if (bytes.isEmpty()) {
        out.error = QStringLiteral("empty response");
        return out;
    }
    if (bytes.size() > kSiteIconMaxBytes) {
        out.error = QStringLiteral("icon larger than %1 bytes").arg(kSiteIconMaxBytes);
        return out;
    }
    QByteArray data = bytes; // QBuffer needs a non-const array
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead()) {
        out.error = QStringLiteral("not an image");
        return out;
    }
    // ICO files carry several sizes: jump to the one nearest the list's icon size.
    const int frames = qMax(1, reader.imageCount());
    int bestFrame = 0;
    int bestDistance = INT_MAX;
    for (int i = 0; i < frames && i < 32; ++i) {
        if (frames > 1 && !reader.jumpToImage(i))
            break;
        const QSize size = reader.size();
        if (size.isValid() && distanceFromWanted(size) < bestDistance) {
            bestDistance = distanceFromWanted(size);
            bestFrame = i;
        }
    }
    if (frames > 1)
        reader.jumpToImage(bestFrame);
    const QSize declared = reader.size();
    if (declared.isValid() && (declared.width() > kMaxSourceEdge || declared.height() > kMaxSourceEdge)) {
        out.error = QStringLiteral("icon of %1×%2 pixels is too large").arg(declared.width()).arg(declared.height());
        return out;
    }
    // Vector icons render straight at the wanted size. Rendering may need fonts, which
    // only a GUI application has; elsewhere (the CLI) the next candidate is tried.
    if (reader.format() == "svg" || reader.format() == "svgz") {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            out.error = QStringLiteral("vector icons are read in the desktop app only");
            return out;
        }
        reader.setScaledSize(QSize(kSiteIconEdge, kSiteIconEdge));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        out.error = QStringLiteral("unreadable image: %1").arg(reader.errorString());
        return out;
    }
    if (image.width() > kSiteIconEdge || image.height() > kSiteIconEdge)
        image = image.scaled(kSiteIconEdge, kSiteIconEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_ARGB32);

    QBuffer png(&out.png);
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG")) {
        out.png.clear();
        out.error = QStringLiteral("could not encode the icon");
        return out;
    }
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(out.png, QCryptographicHash::Sha256).toHex());
    return out;
}

} // namespace warta
