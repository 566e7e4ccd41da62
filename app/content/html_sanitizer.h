#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

#include <libxml/tree.h>

namespace warta::content {

/// How the allow-list serialiser treats URLs.
struct SanitizeOptions {
    QUrl baseUrl;  ///< relative URLs resolve against this; results must be http(s)/mailto
    /// When set, every img src / a href goes through it instead (rewriteUrls); the result
    /// may use any scheme except script-capable ones.
    std::function<QString(const QString &)> mapUrl;
};

struct SanitizedHtml {
    QString html;
    QStringList imageUrls; ///< absolute URLs of the images kept, in order, unique
};

/// Serialises the children of `root` through the allow-list. Related-link markers become
/// <aside class="warta-related" data-related="N"></aside> (N from their data-related).
[[nodiscard]] SanitizedHtml serializeSanitized(const xmlNode *root, const SanitizeOptions &options);

/// The URL an <img> really shows: lazy-loading attributes first (data-src, data-lazy-src,
/// data-original, srcset), then src unless it is a placeholder.
[[nodiscard]] QString imageSource(const xmlNode *img);

} // namespace warta::content
