#include "storage/article_store.h"

#include "core/text_utils.h"
#include "storage/sqlite_connection.h"

#include <QCryptographicHash>

namespace warta::ArticleStore {

static QString contentHash(const Incoming &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {item.title, item.link, item.author, item.summary, item.content, item.imageUrl})
        hash.addData((part + QChar(0x1f)).toUtf8());
    hash.addData(QByteArray::number(item.published.isValid() ? item.published.toSecsSinceEpoch() : 0));
    return QString::fromLatin1(hash.result().toHex());
}

QString dedupKey(const Incoming &item)
{
    if (!item.guid.trimmed().isEmpty())
        return QStringLiteral("guid:") + item.guid.trimmed();
    if (!item.link.trimmed().isEmpty())
        return QStringLiteral("link:") + item.link.trimmed();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData((item.title + QChar(0x1f) + item.summary + QChar(0x1f) + item.content).toUtf8());
    return QStringLiteral("hash:") + QString::fromLatin1(hash.result().toHex());
}

UpsertResult upsert(SqliteConnection &db, qint64 feedId, const Incoming &item, Indexing indexing)
{
    const QString key = dedupKey(item);
    const QString hash = contentHash(item);
    Statement find = db.prepare(QStringLiteral(
        "SELECT id, content_hash FROM articles WHERE feed_id = ?1 AND dedup_key = ?2"));
    find.bind(1, feedId).bind(2, key);
    UpsertResult result;
    if (find.next()) {
        result.id = find.int64(0);
        if (find.text(1) == hash)
            return result;
        Statement update = db.prepare(QStringLiteral(
            "UPDATE articles SET guid = ?2, link = ?3, title = ?4, author = ?5, summary = ?6, "
            "content = ?7, published = ifnull(?8, published), updated = ?9, image_url = ?10, "
            "content_hash = ?11 WHERE id = ?1"));
        update.bind(1, result.id).bind(2, item.guid).bind(3, item.link).bind(4, item.title);
        update.bind(5, item.author).bind(6, item.summary).bind(7, item.content);
        update.bind(8, item.published).bind(9, item.updated).bind(10, item.imageUrl).bind(11, hash);
        update.run();
        result.kind = UpsertKind::Updated;
    } else {
        Statement insert = db.prepare(QStringLiteral(
            "INSERT INTO articles(feed_id, dedup_key, guid, link, title, author, summary, content, "
            "published, updated, image_url, content_hash, fetched_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        insert.bind(1, feedId).bind(2, key).bind(3, item.guid).bind(4, item.link);
        insert.bind(5, item.title.isNull() ? QString(QLatin1String("")) : item.title);
        insert.bind(6, item.author).bind(7, item.summary).bind(8, item.content);
        // An item without a date is dated when first seen, so it sorts sensibly.
        insert.bind(9, item.published.isValid() ? item.published : now).bind(10, item.updated);
        insert.bind(11, item.imageUrl).bind(12, hash).bind(13, now);
        insert.run();
        result.id = db.lastInsertId();
        result.kind = UpsertKind::Inserted;
        linkTags(db, result.id, item.categories, TagOrigin::Feed);
        if (indexing == Indexing::Now)
            reindex(db, result.id);
        return result;
    }
    if (linkTags(db, result.id, item.categories, TagOrigin::Feed) > 0)
        reindexTags(db, result.id);
    return result;
}

static QString originName(TagOrigin origin)
{
    switch (origin) {
    case TagOrigin::Feed: return QStringLiteral("feed");
    case TagOrigin::Page: return QStringLiteral("page");
    case TagOrigin::User: return QStringLiteral("user");
    }
    return QStringLiteral("user");
}

void reindex(SqliteConnection &db, qint64 articleId)
{
    Statement del = db.prepare(QStringLiteral("DELETE FROM articles_fts WHERE rowid = ?1"));
    del.bind(1, articleId);
    del.run();
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO articles_fts(rowid, title, summary, body, tags) "
        "SELECT id, title, summary, body, tags FROM articles_fts_source WHERE id = ?1"));
    insert.bind(1, articleId);
    insert.run();
}

int indexPending(SqliteConnection &db)
{
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO articles_fts(rowid, title, summary, body, tags) "
        "SELECT id, title, summary, body, tags FROM articles_fts_source "
        "WHERE id NOT IN (SELECT rowid FROM articles_fts)"));
    st.run();
    return db.changes();
}

bool hasPendingIndex(SqliteConnection &db)
{
    // FTS5 keeps one docsize row per indexed article: a few bytes each, where scanning
    // articles_fts itself reads its stored copy of every text (7 s cold at 100,000 articles).
    return db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles WHERE id NOT IN "
                                    "(SELECT id FROM articles_fts_docsize))")).toInt() != 0;
}

void reindexTags(SqliteConnection &db, qint64 articleId)
{
    Statement st = db.prepare(QStringLiteral(
        "UPDATE articles_fts SET tags = (SELECT tags FROM articles_fts_source WHERE id = ?1) WHERE rowid = ?1"));
    st.bind(1, articleId);
    st.run();
}

void addTags(SqliteConnection &db, qint64 articleId, const QStringList &tags, TagOrigin origin)
{
    if (linkTags(db, articleId, tags, origin) > 0)
        reindexTags(db, articleId);
}

int linkTags(SqliteConnection &db, qint64 articleId, const QStringList &tags, TagOrigin origin)
{
    int linked = 0;
    if (tags.isEmpty())
        return linked;
    Statement find = db.prepare(QStringLiteral("SELECT id FROM tags WHERE key = ?1"));
    Statement create = db.prepare(QStringLiteral("INSERT INTO tags(key, display) VALUES (?1, ?2)"));
    // One row per statement, by id: an INSERT ... SELECT may write several rows, so SQLite
    // gives it a statement journal in a temporary file: 190,000 writes in a 500-feed refresh.
    Statement link = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO article_tags(article_id, tag_id, origin) VALUES (?1, ?2, ?3)"));
    for (const QString &tag : tags) {
        const QString key = normaliseTagKey(tag);
        if (key.isEmpty())
            continue;
        find.reset();
        find.bind(1, key);
        qint64 tagId = 0;
        if (find.next()) {
            tagId = find.int64(0);
        } else {
            create.reset();
            create.bind(1, key).bind(2, tagDisplayForm(tag));
            create.run();
            tagId = db.lastInsertId();
        }
        link.reset();
        link.bind(1, articleId).bind(2, tagId).bind(3, originName(origin));
        link.run();
        linked += db.changes();
    }
    return linked;
}

void setRead(SqliteConnection &db, qint64 id, bool read)
{
    Statement st = db.prepare(QStringLiteral("UPDATE articles SET read = ?2 WHERE id = ?1"));
    st.bind(1, id).bind(2, read);
    st.run();
}

void setStarred(SqliteConnection &db, qint64 id, bool starred)
{
    Statement st = db.prepare(QStringLiteral("UPDATE articles SET starred = ?2 WHERE id = ?1"));
    st.bind(1, id).bind(2, starred);
    st.run();
}

} // namespace warta::ArticleStore
