#pragma once

#include "core/related_link.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace warta {

class SqliteConnection;

/// The offline cache: what full-text extraction found for an article, and its images.
namespace CacheStore {

/// The extracted article as stored (a storage-side copy of the content layer's result,
/// so storage does not depend on the extractor).
struct ExtractedContent {
    QString html;  ///< sanitised; images already point at cached warta: URLs
    QString text;  ///< running text, paragraphs separated by blank lines (for search)
    QString byline, editor, source, siteName, language, leadImage;
    QDateTime published; ///< fills in a missing feed date only
    QStringList tags;    ///< from the page; stored with origin Page
    QList<RelatedLink> related;
};

/// Stores an extraction (replacing an earlier one) and its related links and tags.
void saveExtraction(SqliteConnection &db, qint64 articleId, const ExtractedContent &content);
/// Records why extraction failed, so the article is not retried forever.
void saveExtractionError(SqliteConnection &db, qint64 articleId, const QString &error);

/// Stores image bytes once (deduplicated by SHA-256) and links `url` of the article to it.
/// Returns the resource id.
qint64 putResource(SqliteConnection &db, qint64 articleId, const QString &url, const QString &mimeType,
                   const QByteArray &data);

struct Resource {
    QString mimeType;
    QByteArray data;
    bool found = false;
};
/// The cached bytes for `url` (any article's copy; they are identical by content).
[[nodiscard]] Resource resourceByUrl(SqliteConnection &db, const QString &url);
[[nodiscard]] Resource resourceByHash(SqliteConnection &db, const QString &sha256);

/// Articles that have no cached extraction yet and whose feed wants full text.
[[nodiscard]] QList<qint64> articlesNeedingExtraction(SqliteConnection &db, int limit);

} // namespace CacheStore
} // namespace warta
