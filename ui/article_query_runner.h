#pragma once

#include "core/article.h"
#include "storage/article_store.h"
#include "ui/article_query.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

/// Runs an ArticleQuery against a read connection in batches, newest first.
/// What ArticleStore::Filter expresses (feed, tag, collection, unread, starred) runs in
/// SQL; folders, "today" and the quick filter are applied here over the SQL stream,
/// because the store has no such filters yet (see ui/README in the report).
class ArticleQueryRunner {
public:
    ArticleQueryRunner(SqliteConnection &reader, const ArticleQuery &query,
                       QHash<qint64, QString> feedTitles);

    /// Up to `wanted` more matching articles (bodies not loaded).
    [[nodiscard]] QList<Article> next(int wanted);
    [[nodiscard]] bool atEnd() const { return m_atEnd; }

    /// Every matching id (for "mark all read").
    [[nodiscard]] QList<qint64> allIds();

private:
    [[nodiscard]] bool matches(const Article &article) const;

    SqliteConnection &m_reader;
    ArticleStore::Filter m_filter;
    QHash<qint64, QString> m_feedTitles;
    QSet<qint64> m_folderFeeds;
    bool m_folderScope = false;
    QDateTime m_since; ///< "today": local midnight, in UTC
    QStringList m_words;
    bool m_scanning = false; ///< some filtering happens here, not in SQL
    bool m_searchScope = false;
    QList<SearchHit> m_hits; ///< Search scope: listed in this order, not from SQL
    int m_offset = 0;
    bool m_atEnd = false;
};

} // namespace warta::ui
