// Read side of ArticleStore: listing with filters and loading one article in full.
#include "core/text_utils.h"
#include "storage/article_store.h"
#include "storage/sqlite_connection.h"

namespace warta::ArticleStore {

namespace {

const QChar kSep(0x1f);

// Tag display forms and collection names ride along as unit-separated lists.
const char *kListColumns =
    "a.id, ifnull(a.feed_id, 0), a.guid, a.link, a.title, a.author, a.published, a.updated, "
    "a.image_url, a.read, a.starred, a.extracted_at, "
    "(SELECT group_concat(t.display, char(31)) FROM article_tags x JOIN tags t ON t.id = x.tag_id "
    " WHERE x.article_id = a.id), "
    "(SELECT group_concat(c.name, char(31)) FROM collection_articles y "
    " JOIN collections c ON c.id = y.collection_id WHERE y.article_id = a.id)";

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(kSep);
}

Article readListRow(const Statement &st)
{
    Article a;
    a.id = st.int64(0);
    a.feedId = st.int64(1);
    a.guid = st.text(2);
    a.link = st.text(3);
    a.title = st.text(4);
    a.author = st.text(5);
    a.published = st.dateTime(6);
    a.updated = st.dateTime(7);
    a.imageUrl = st.text(8);
    a.read = st.int64(9) != 0;
    a.starred = st.int64(10) != 0;
    a.extractedAt = st.dateTime(11);
    a.tags = splitList(st.text(12));
    a.collections = splitList(st.text(13));
    return a;
}

} // namespace

QList<Article> list(SqliteConnection &db, const Filter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM articles a").arg(QLatin1String(kListColumns));
    QStringList where;
    QString order = QStringLiteral(" ORDER BY a.published DESC, a.id DESC");
    if (!filter.collection.isEmpty()) {
        sql += QStringLiteral(" JOIN collection_articles ca ON ca.article_id = a.id "
                              "JOIN collections c ON c.id = ca.collection_id AND c.name = ?3");
        order = QStringLiteral(" ORDER BY ca.position, ca.added_at");
    }
    if (filter.feedId)
        where << QStringLiteral("a.feed_id = ?1");
    if (!filter.tag.isEmpty())
        where << QStringLiteral("a.id IN (SELECT x.article_id FROM article_tags x JOIN tags t "
                                "ON t.id = x.tag_id WHERE t.key = ?2)");
    if (filter.unreadOnly)
        where << QStringLiteral("a.read = 0");
    if (filter.starredOnly)
        where << QStringLiteral("a.starred = 1");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += order + QStringLiteral(" LIMIT ?4 OFFSET ?5");

    Statement st = db.prepare(sql);
    if (filter.feedId)
        st.bind(1, filter.feedId);
    if (!filter.tag.isEmpty())
        st.bind(2, normaliseTagKey(filter.tag));
    if (!filter.collection.isEmpty())
        st.bind(3, filter.collection);
    st.bind(4, qint64(filter.limit)).bind(5, qint64(filter.offset));
    QList<Article> articles;
    while (st.next())
        articles.append(readListRow(st));
    return articles;
}

Article byId(SqliteConnection &db, qint64 id)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT %1, a.summary, a.content, a.content_hash, a.extracted_html, a.byline, a.editor, "
        "a.source, a.site_name, a.language FROM articles a WHERE a.id = ?1").arg(QLatin1String(kListColumns)));
    st.bind(1, id);
    if (!st.next())
        return {};
    Article a = readListRow(st);
    a.summary = st.text(14);
    a.content = st.text(15);
    a.contentHash = st.text(16);
    a.extractedHtml = st.text(17);
    a.byline = st.text(18);
    a.editor = st.text(19);
    a.source = st.text(20);
    a.siteName = st.text(21);
    a.language = st.text(22);

    Statement rel = db.prepare(QStringLiteral(
        "SELECT r.position, r.text, r.url, "
        "(SELECT t.id FROM articles t WHERE t.link = r.url AND t.extracted_at IS NOT NULL LIMIT 1) "
        "FROM related_links r WHERE r.article_id = ?1 ORDER BY r.position"));
    rel.bind(1, id);
    while (rel.next())
        a.related.append({rel.text(1), rel.text(2), int(rel.int64(0)), rel.isNull(3) ? 0 : rel.int64(3)});
    return a;
}

} // namespace warta::ArticleStore
