#include "storage/cache_store.h"

#include "storage/article_store.h"
#include "storage/sqlite_connection.h"

#include <QCryptographicHash>

namespace warta::CacheStore {

void saveExtraction(SqliteConnection &db, qint64 articleId, const ExtractedContent &c)
{
    Statement st = db.prepare(QStringLiteral(
        "UPDATE articles SET extracted_html = ?2, extracted_text = ?3, byline = ?4, editor = ?5, "
        "source = ?6, site_name = ?7, language = ?8, extracted_at = ?9, extract_error = NULL, "
        "image_url = ifnull(image_url, ?10), published = CASE WHEN ?11 IS NOT NULL AND "
        "(published IS NULL OR published = fetched_at) THEN ?11 ELSE published END WHERE id = ?1"));
    st.bind(1, articleId).bind(2, c.html).bind(3, c.text).bind(4, c.byline).bind(5, c.editor);
    st.bind(6, c.source).bind(7, c.siteName).bind(8, c.language).bind(9, QDateTime::currentDateTimeUtc());
    st.bind(10, c.leadImage.isEmpty() ? QString() : c.leadImage).bind(11, c.published);
    st.run();
    if (db.changes() == 0)
        throw StorageError(QStringLiteral("article %1 no longer exists").arg(articleId));

    Statement clear = db.prepare(QStringLiteral("DELETE FROM related_links WHERE article_id = ?1"));
    clear.bind(1, articleId);
    clear.run();
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO related_links(article_id, position, text, url) VALUES (?1, ?2, ?3, ?4)"));
    for (int i = 0; i < c.related.size(); ++i) {
        insert.reset();
        insert.bind(1, articleId).bind(2, i).bind(3, c.related[i].text).bind(4, c.related[i].url);
        insert.run();
    }
    ArticleStore::addTags(db, articleId, c.tags, TagOrigin::Page);
}

void saveExtractionError(SqliteConnection &db, qint64 articleId, const QString &error)
{
    Statement st = db.prepare(QStringLiteral(
        "UPDATE articles SET extract_error = ?2, extracted_at = NULL WHERE id = ?1"));
    st.bind(1, articleId).bind(2, error);
    st.run();
}

qint64 putResource(SqliteConnection &db, qint64 articleId, const QString &url, const QString &mimeType,
                   const QByteArray &data)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO resources(sha256, mime_type, size, data, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(sha256) DO NOTHING"));
    insert.bind(1, hash).bind(2, mimeType).bind(3, qint64(data.size())).bind(4, data);
    insert.bind(5, QDateTime::currentSecsSinceEpoch());
    insert.run();
    Statement find = db.prepare(QStringLiteral("SELECT id FROM resources WHERE sha256 = ?1"));
    find.bind(1, hash);
    if (!find.next())
        throw StorageError(QStringLiteral("stored image vanished"));
    const qint64 id = find.int64(0);
    Statement link = db.prepare(QStringLiteral(
        "INSERT INTO article_resources(article_id, url, resource_id) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(article_id, url) DO UPDATE SET resource_id = excluded.resource_id"));
    link.bind(1, articleId).bind(2, url).bind(3, id);
    link.run();
    return id;
}

static Resource readResource(Statement &st)
{
    if (!st.next())
        return {};
    return {st.text(0), st.blob(1), true};
}

Resource resourceByUrl(SqliteConnection &db, const QString &url)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT r.mime_type, r.data FROM article_resources ar JOIN resources r ON r.id = ar.resource_id "
        "WHERE ar.url = ?1 LIMIT 1"));
    st.bind(1, url);
    return readResource(st);
}

Resource resourceByHash(SqliteConnection &db, const QString &sha256)
{
    Statement st = db.prepare(QStringLiteral("SELECT mime_type, data FROM resources WHERE sha256 = ?1"));
    st.bind(1, sha256);
    return readResource(st);
}

QList<qint64> articlesNeedingExtraction(SqliteConnection &db, int limit)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id "
        "WHERE a.extracted_at IS NULL AND a.extract_error IS NULL AND f.fetch_full_text = 1 "
        "AND a.link IS NOT NULL ORDER BY a.published DESC LIMIT ?1"));
    st.bind(1, qint64(limit));
    QList<qint64> ids;
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

} // namespace warta::CacheStore
