#include "services/feed_ingest.h"

#include "storage/sqlite_connection.h"

namespace warta {

ArticleStore::Incoming toIncoming(const feeds::ParsedItem &item)
{
    ArticleStore::Incoming in;
    in.guid = item.id;
    in.link = item.link;
    in.title = item.title;
    in.author = item.author;
    in.summary = item.summary;
    in.content = item.content;
    in.published = item.published.isValid() ? item.published : item.updated;
    in.updated = item.updated;
    in.imageUrl = item.imageUrl;
    in.categories = item.categories;
    return in;
}

IngestResult ingestFeed(SqliteConnection &db, qint64 feedId, const feeds::ParsedFeed &feed,
                        ArticleStore::Indexing indexing)
{
    IngestResult result;
    Transaction tx(db);
    // Oldest first, so ids grow with publication order for items that share a time.
    for (auto it = feed.items.crbegin(); it != feed.items.crend(); ++it) {
        const auto upserted = ArticleStore::upsert(db, feedId, toIncoming(*it), indexing);
        switch (upserted.kind) {
        case ArticleStore::UpsertKind::Inserted:
            ++result.inserted;
            result.newArticleIds.append(upserted.id);
            break;
        case ArticleStore::UpsertKind::Updated:
            ++result.updated;
            break;
        case ArticleStore::UpsertKind::Unchanged:
            break;
        }
    }
    tx.commit();
    return result;
}

} // namespace warta
