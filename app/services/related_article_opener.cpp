#include "services/related_article_opener.h"

#include "storage/article_store.h"
#include "storage/sqlite_connection.h"
#include "storage/storage.h"

#include <QDateTime>

namespace warta {

namespace {
struct Found {
    qint64 id = 0;
    bool cached = false;
};

// One writer job, so two clicks on the same card cannot create two rows.
Found findOrInsert(SqliteConnection &db, const QString &link, const QString &title)
{
    Statement find = db.prepare(QStringLiteral(
        "SELECT id, extracted_at IS NOT NULL FROM articles WHERE link = ?1 "
        "ORDER BY extracted_at IS NULL, id LIMIT 1"));
    find.bind(1, link);
    if (find.next())
        return {find.int64(0), find.int64(1) != 0};
    // No feed: the UNIQUE(feed_id, dedup_key) does not apply to NULL feeds, the lookup
    // above is what keeps the link unique.
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO articles(feed_id, dedup_key, link, title, fetched_at) VALUES (NULL, ?1, ?1, ?2, ?3)"));
    insert.bind(1, link).bind(2, title.isEmpty() ? link : title).bind(3, QDateTime::currentSecsSinceEpoch());
    insert.run();
    const qint64 id = db.lastInsertId();
    ArticleStore::reindex(db, id);
    return {id, false};
}
} // namespace

RelatedOpenOutcome openRelatedArticle(Storage &storage, const ResourceLoader &load, const QUrl &url,
                                      const QString &title, const std::atomic_bool &cancelled)
{
    RelatedOpenOutcome outcome;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        outcome.error = QStringLiteral("not a web address: %1").arg(url.toDisplayString());
        return outcome;
    }
    const QString link = url.toString(QUrl::FullyEncoded);
    Found found;
    try {
        found = storage.write(QStringLiteral("opening %1").arg(link),
                              [link, title](SqliteConnection &db) { return findOrInsert(db, link, title); })
                    .result();
    } catch (const std::exception &e) {
        outcome.error = QString::fromUtf8(e.what());
        return outcome;
    }
    outcome.articleId = found.id;
    outcome.cached = found.cached;
    if (found.cached || cancelled)
        return outcome;
    const CacheOutcome cached = cacheArticle(storage, load, found.id, cancelled);
    outcome.cached = cached.ok;
    outcome.error = cached.error;
    return outcome;
}

} // namespace warta
