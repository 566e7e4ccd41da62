#include "ui/article_query_runner.h"

#include "storage/feed_store.h"
#include "storage/sqlite_connection.h"

namespace warta::ui {

namespace {
// Rows read from SQL per round while filtering here; bounded so one fetchMore
// never walks a 100,000-article table in one go.
constexpr int kScanChunk = 500;
constexpr int kScanLimitPerCall = 20000;

QSet<qint64> feedsInFolder(SqliteConnection &reader, qint64 folderId)
{
    QSet<qint64> folders{folderId};
    const QList<Folder> all = FeedStore::folders(reader);
    // Nested folders: grow the set until no folder adds a child.
    for (bool grew = true; grew;) {
        grew = false;
        for (const Folder &f : all) {
            if (f.parentId && folders.contains(f.parentId) && !folders.contains(f.id)) {
                folders.insert(f.id);
                grew = true;
            }
        }
    }
    QSet<qint64> feeds;
    for (const Feed &feed : FeedStore::all(reader))
        if (folders.contains(feed.folderId))
            feeds.insert(feed.id);
    return feeds;
}
} // namespace

ArticleQueryRunner::ArticleQueryRunner(SqliteConnection &reader, const ArticleQuery &query,
                                       QHash<qint64, QString> feedTitles)
    : m_reader(reader)
    , m_feedTitles(std::move(feedTitles))
{
    using Scope = ArticleQuery::Scope;
    m_filter.unreadOnly = query.unreadOnly || query.scope == Scope::Unread;
    m_filter.starredOnly = query.starredOnly || query.scope == Scope::Starred;
    switch (query.scope) {
    case Scope::Feed:
        m_filter.feedId = query.id;
        break;
    case Scope::Tag:
        m_filter.tag = query.name;
        break;
    case Scope::Collection:
        m_filter.collection = query.name;
        break;
    case Scope::Folder:
        m_folderScope = true;
        m_folderFeeds = feedsInFolder(reader, query.id);
        break;
    case Scope::Today:
        m_since = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
        break;
    case Scope::Search:
        m_searchScope = true;
        m_hits = query.hits;
        m_atEnd = m_hits.isEmpty();
        break;
    default:
        break;
    }
    m_words = query.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_scanning = m_folderScope || m_since.isValid() || !m_words.isEmpty();
    if (m_folderScope && m_folderFeeds.isEmpty())
        m_atEnd = true;
}

bool ArticleQueryRunner::matches(const Article &a) const
{
    if (m_folderScope && !m_folderFeeds.contains(a.feedId))
        return false;
    if (m_since.isValid() && (!a.published.isValid() || a.published < m_since))
        return false;
    if (!m_words.isEmpty()) {
        const QString hay = a.title + QLatin1Char(' ') + m_feedTitles.value(a.feedId) +
                            QLatin1Char(' ') + a.tags.join(QLatin1Char(' '));
        for (const QString &w : m_words)
            if (!hay.contains(w, Qt::CaseInsensitive))
                return false;
    }
    return true;
}

QList<Article> ArticleQueryRunner::next(int wanted)
{
    QList<Article> out;
    if (m_searchScope) {
        // Search results: ranked already; the filter bar's toggles and words still apply.
        while (out.size() < wanted && m_offset < m_hits.size()) {
            Article a = ArticleStore::byId(m_reader, m_hits[m_offset++].articleId);
            if (a.id != 0 && matches(a) && (!m_filter.unreadOnly || !a.read) && (!m_filter.starredOnly || a.starred)) {
                a.content.clear(); // the list holds no bodies, as with list()
                a.extractedHtml.clear();
                out.append(std::move(a));
            }
        }
        m_atEnd = m_offset >= m_hits.size();
        return out;
    }
    int scanned = 0;
    while (!m_atEnd && out.size() < wanted && scanned < kScanLimitPerCall) {
        ArticleStore::Filter f = m_filter;
        f.limit = m_scanning ? qMax(kScanChunk, wanted) : wanted - int(out.size());
        f.offset = m_offset;
        const QList<Article> chunk = ArticleStore::list(m_reader, f);
        m_offset += int(chunk.size());
        scanned += int(chunk.size());
        if (chunk.size() < f.limit)
            m_atEnd = true;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const Article &a = chunk[i];
            // Newest first: once past midnight's edge, nothing later can match.
            if (m_since.isValid() && a.published.isValid() && a.published < m_since &&
                m_filter.collection.isEmpty()) {
                m_atEnd = true;
                break;
            }
            if (!matches(a))
                continue;
            out.append(a);
            if (out.size() == wanted) {
                // Rewind so the rest of the chunk is read next time.
                const int rest = int(chunk.size() - i - 1);
                if (rest > 0) {
                    m_offset -= rest;
                    m_atEnd = false;
                }
                return out;
            }
        }
    }
    return out;
}

QList<qint64> ArticleQueryRunner::allIds()
{
    QList<qint64> ids;
    while (!m_atEnd)
        for (const Article &a : next(5000))
            ids.append(a.id);
    return ids;
}

} // namespace warta::ui
