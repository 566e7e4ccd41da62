#pragma once

#include "core/article.h"
#include "core/tag.h"

#include <QList>
#include <QString>

namespace warta {

class SqliteConnection;

/// Queries and writes on the articles table.
namespace ArticleStore {

/// What a feed said about one item, before it becomes an article.
struct Incoming {
    QString guid;
    QString link;
    QString title;
    QString author;
    QString summary;
    QString content;
    QDateTime published;
    QDateTime updated;
    QString imageUrl;
    QStringList categories; ///< become tags with origin Feed
};

enum class UpsertKind { Inserted, Updated, Unchanged };
struct UpsertResult {
    qint64 id = 0;
    UpsertKind kind = UpsertKind::Unchanged;
};

/// Identity of an item within its feed: guid, else link, else a hash of its text.
[[nodiscard]] QString dedupKey(const Incoming &item);

/// When a new article enters the search index.
enum class Indexing {
    Now,     ///< at once (single articles: the reader may search for it next)
    Deferred ///< by the next indexPending(): bulk refreshes index in one pass, ~4x cheaper
};

/// Inserts a new article or updates a changed one in place. Reading state (read,
/// starred), collections and user tags are never touched.
UpsertResult upsert(SqliteConnection &db, qint64 feedId, const Incoming &item,
                    Indexing indexing = Indexing::Now);

/// Indexes every article missing from the search index (deferred inserts, or work a
/// crash interrupted). Returns how many were indexed.
int indexPending(SqliteConnection &db);
/// Whether some article is missing from the search index (a read only).
[[nodiscard]] bool hasPendingIndex(SqliteConnection &db);

/// Filters for listing; zero/empty fields do not filter.
struct Filter {
    qint64 feedId = 0;
    QString tag;        ///< tag display form or key (matched normalised)
    QString collection; ///< collection name (case-insensitive)
    bool unreadOnly = false;
    bool starredOnly = false;
    int limit = -1;
    int offset = 0;
};
/// Articles newest first (collections: in collection order); bodies are not loaded.
[[nodiscard]] QList<Article> list(SqliteConnection &db, const Filter &filter);
/// One article with bodies, tags, collections and related links; id 0 when missing.
[[nodiscard]] Article byId(SqliteConnection &db, qint64 id);

void setRead(SqliteConnection &db, qint64 id, bool read);
void setStarred(SqliteConnection &db, qint64 id, bool starred);

/// Attaches tags (display forms) to an article, creating them as needed, and updates
/// the article's search entry.
void addTags(SqliteConnection &db, qint64 articleId, const QStringList &tags, TagOrigin origin);
/// Links tags without touching the search index; returns how many links are new.
int linkTags(SqliteConnection &db, qint64 articleId, const QStringList &tags, TagOrigin origin);

/// (Re)writes an article's search entry. New articles are indexed here rather than by a
/// trigger, once their tags are linked: whoever inserts articles other than through
/// upsert() must call it.
void reindex(SqliteConnection &db, qint64 articleId);
/// Refreshes only the tags column of an article's search entry.
void reindexTags(SqliteConnection &db, qint64 articleId);

} // namespace ArticleStore
} // namespace warta
