#pragma once

#include "content/html_document.h"
#include "content/page_text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace warta::content {

/// Page metadata from <meta>, Open Graph, JSON-LD and the visible credit lines.
struct PageMetadata {
    QString title, byline, editor, source, siteName, language, leadImage;
    QDateTime published;
    QStringList metaTags;   ///< article:tag, then JSON-LD keywords, then news_keywords/keywords
    bool indonesian = false;
};

/// Reads metadata from an unmodified document (call before extraction mutates it).
[[nodiscard]] PageMetadata extractMetadata(const HtmlDocument &doc, const QUrl &url);
/// The same, with `body` = BodyFacts(doc.body()) built by the caller to reuse.
[[nodiscard]] PageMetadata extractMetadata(const HtmlDocument &doc, const QUrl &url, const BodyFacts &body);

/// Text of a subtree with <br> and block boundaries as line breaks, for credit lines.
[[nodiscard]] QStringList textLines(const xmlNode *n);

} // namespace warta::content
