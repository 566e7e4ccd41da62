#pragma once

#include "text/search_query.h"

#include <QList>
#include <QString>

#include <stdexcept>

namespace warta {

class SqliteConnection;

/// One search result. `snippet` is HTML-safe text (escaped) in which the matched words are
/// wrapped in <mark>…</mark>; `score` is bm25 with the title weighted (higher is better;
/// 0 for a search with filters only, which lists newest first).
struct SearchHit {
    qint64 articleId = 0;
    QString title;
    QString snippet;
    double score = 0;

    bool operator==(const SearchHit &) const = default;
};

/// Runs a search in the query language of text::SearchQuery over articles_fts (stemmed,
/// bm25-ranked) and the article filters. Never throws: on bad syntax, or if the database
/// fails, returns an empty list and sets *error to a message for the user. An empty list
/// with an empty *error means nothing matched. `limit` is clamped to 1..1000.
[[nodiscard]] QList<SearchHit> search(SqliteConnection &db, const QString &query, int limit, QString *error);

/// The same for an already parsed query; throws StorageError when the database fails and
/// SearchQueryError when the query has nothing searchable (only stopwords, say).
[[nodiscard]] QList<SearchHit> search(SqliteConnection &db, const text::SearchQuery &query, int limit);

/// How many articles a parsed query matches, all of them, unranked: cheap enough for the
/// unread count of a saved search (add `read = false` to the query). Throws like search().
[[nodiscard]] qint64 countMatches(SqliteConnection &db, const text::SearchQuery &query);

/// A query that parses but cannot be run ("only common words such as yang").
class SearchQueryError : public std::runtime_error {
public:
    explicit SearchQueryError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

} // namespace warta
