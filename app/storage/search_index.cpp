#include "storage/search_index.h"

#include "storage/sqlite_connection.h"
#include "storage/storage.h"

namespace warta::SearchIndex {

RebuildResult rebuild(SqliteConnection &db, const Progress &progress, const std::atomic<bool> &cancel, int batchSize)
{
    Transaction tx(db);
    const qint64 total = db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toLongLong();
    db.exec(QStringLiteral("DELETE FROM articles_fts"));
    // Batches by id range: each step indexes the next `batchSize` articles after `last`.
    Statement upper = db.prepare(QStringLiteral(
        "SELECT max(id), count(*) FROM (SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2)"));
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO articles_fts(rowid, title, summary, body, tags) "
        "SELECT id, title, summary, body, tags FROM articles_fts_source WHERE id > ?1 AND id <= ?2"));
    qint64 last = 0;
    qint64 done = 0;
    if (progress)
        progress(0, total);
    for (;;) {
        if (cancel.load(std::memory_order_relaxed))
            return RebuildResult::Cancelled; // tx rolls back
        upper.reset();
        upper.bind(1, last).bind(2, batchSize);
        if (!upper.next() || upper.isNull(0))
            break;
        const qint64 next = upper.int64(0);
        const qint64 count = upper.int64(1);
        insert.reset();
        insert.bind(1, last).bind(2, next);
        insert.run();
        last = next;
        done += count;
        if (progress)
            progress(done, total);
    }
    if (cancel.load(std::memory_order_relaxed))
        return RebuildResult::Cancelled;
    // One b-tree instead of many segments: queries read one doclist per term.
    db.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')"));
    tx.commit();
    return RebuildResult::Done;
}

QFuture<RebuildResult> rebuild(Storage &storage, Progress progress, std::shared_ptr<const std::atomic<bool>> cancel)
{
    return storage.write(QStringLiteral("rebuilding the search index"),
                         [progress = std::move(progress), cancel = std::move(cancel)](SqliteConnection &db) {
                             return rebuild(db, progress, *cancel);
                         });
}

} // namespace warta::SearchIndex
