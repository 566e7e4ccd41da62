#include "storage/search.h"

#include "core/text_utils.h"
#include "storage/search_snippet.h"
#include "storage/sqlite_connection.h"

#include <variant>

namespace warta {

namespace {

using text::SearchQuery;
using Value = std::variant<QString, qint64>;

constexpr qint64 kRankWindow = 2000;

/// An FTS5 phrase for a term: its searchable words in double quotes. The words hold only
/// letters and digits, so the user's text can never become FTS5 syntax.
QString phraseOf(const SearchQuery::Term &term)
{
    const QStringList words = text::searchableWords(term.text);
    return words.isEmpty() ? QString() : QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

struct Sql {
    QString idColumn = QStringLiteral("a.id"); ///< articles_fts.rowid when ranking
    bool needsArticleRow = false;              ///< a condition reads a column of articles
    QStringList where;
    QList<Value> values;
    QString param(Value v)
    {
        values.append(std::move(v));
        return QStringLiteral("?%1").arg(values.size());
    }
};

void addFilters(const SearchQuery &q, Sql &sql)
{
    for (const SearchQuery::Filter &f : q.filters) {
        const QString notIn = f.excluded ? QStringLiteral("NOT IN") : QStringLiteral("IN");
        switch (f.kind) {
        case SearchQuery::FilterKind::Tag:
            sql.where << QStringLiteral("%3 %1 (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                        "WHERE t.key = %2)").arg(notIn, sql.param(normaliseTagKey(f.value)), sql.idColumn);
            break;
        case SearchQuery::FilterKind::Feed:
            sql.where << QStringLiteral("ifnull(a.feed_id, 0) %1 (SELECT id FROM feeds WHERE instr(lower(title), lower(%2)) > 0 "
                                        "OR url = %2)").arg(notIn, sql.param(f.value));
            sql.needsArticleRow = true;
            break;
        case SearchQuery::FilterKind::Collection:
            sql.where << QStringLiteral("%3 %1 (SELECT ca.article_id FROM collection_articles ca "
                                        "JOIN collections c ON c.id = ca.collection_id WHERE c.name = %2)")
                             .arg(notIn, sql.param(f.value), sql.idColumn);
            break;
        }
    }
    // Days are the user's local days; an article without a date counts by when it arrived.
    if (q.before || q.after || q.read || q.starred)
        sql.needsArticleRow = true;
    if (q.before)
        sql.where << QStringLiteral("ifnull(a.published, a.fetched_at) < %1").arg(sql.param(q.before->startOfDay().toSecsSinceEpoch()));
    if (q.after)
        sql.where << QStringLiteral("ifnull(a.published, a.fetched_at) >= %1").arg(sql.param(q.after->startOfDay().toSecsSinceEpoch()));
    if (q.read)
        sql.where << QStringLiteral("a.read = %1").arg(sql.param(qint64(*q.read ? 1 : 0)));
    if (q.starred)
        sql.where << QStringLiteral("a.starred = %1").arg(sql.param(qint64(*q.starred ? 1 : 0)));
}

/// The WHERE conditions of a query, with the FTS5 expression when it has words to match.
struct Conditions {
    Sql sql;
    QString match;            ///< empty: filters only, no FTS5
    qsizetype phrases = 0;    ///< positive phrases in match
    QStringList snippetWords; ///< words to highlight
};

/// `moreConditions`: the caller adds a condition of its own, so no term is needed.
Conditions conditionsOf(const SearchQuery &q, bool moreConditions = false)
{
    QStringList included, excluded;
    Conditions c;
    for (const SearchQuery::Term &t : q.terms) {
        const QString phrase = phraseOf(t);
        if (!phrase.isEmpty())
            (t.excluded ? excluded : included).append(phrase);
        if (!t.excluded)
            c.snippetWords << text::searchableWords(t.text);
    }
    const bool hasOtherConditions = moreConditions || !q.filters.isEmpty() || q.before || q.after || q.read || q.starred;
    if (included.isEmpty() && !hasOtherConditions) {
        throw SearchQueryError(q.hasIncludedTerm()
            ? QStringLiteral("Only very common words (such as \"yang\" or \"dan\"): add a word that says what you are looking for.")
            : QStringLiteral("Only exclusions: add a word or a filter to search for, e.g. banjir -jakarta."));
    }
    if (!included.isEmpty()) {
        c.match = included.join(QLatin1String(" AND "));
        c.phrases = included.size();
        if (!excluded.isEmpty())
            c.match = QLatin1Char('(') + c.match + QStringLiteral(") NOT ") + excluded.join(QLatin1String(" NOT "));
        c.sql.where << QStringLiteral("articles_fts MATCH %1").arg(c.sql.param(c.match));
        // Unary + keeps "rowid IN (...)" out of FTS5's xBestIndex, which would otherwise run
        // the MATCH once per tagged article instead of filtering its one pass.
        c.sql.idColumn = QStringLiteral("+articles_fts.rowid");
    } else if (!excluded.isEmpty()) {
        c.sql.where << QStringLiteral("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH %1)")
                           .arg(c.sql.param(excluded.join(QLatin1String(" OR "))));
    }
    addFilters(q, c.sql);
    return c;
}

Statement prepared(SqliteConnection &db, const QString &select, const Sql &sql)
{
    Statement st = db.prepare(select);
    for (qsizetype i = 0; i < sql.values.size(); ++i)
        std::visit([&](const auto &v) { st.bind(int(i + 1), v); }, sql.values[i]);
    return st;
}

} // namespace

QList<SearchHit> search(SqliteConnection &db, const SearchQuery &q, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    Conditions c = conditionsOf(q);
    Sql &sql = c.sql;
    QString select;
    if (!c.match.isEmpty()) {
        const QString window = sql.param(kRankWindow);
        // Ranking costs a bm25 per matching row, so a word found in most of a big archive
        // would rank tens of thousands of rows. Only the kRankWindow most recently stored
        // matches are ranked (FTS5 walks rowids newest first and stops); a query matching
        // fewer rows than that is ranked exactly. See docs/search.md. The weights are those
        // of the stored rank (migration 0004); warta_rank skips bm25's length look-ups.
        // The 50 best are picked before the articles table is read for their titles, and
        // only their indexed text is read for the snippets.
        select = QStringLiteral(
            "SELECT best.id, a.title, best.score, f.summary, f.body FROM ("
            "  SELECT id, score FROM ("
            "    SELECT articles_fts.rowid AS id, -warta_rank(articles_fts, 10.0, 4.0, 1.0, 6.0, %5, %6) AS score "
            "    FROM articles_fts %4 WHERE %1 "
            "    ORDER BY articles_fts.rowid DESC LIMIT %3) "
            "  ORDER BY score DESC LIMIT %2) best "
            "JOIN articles a ON a.id = best.id JOIN articles_fts f ON f.rowid = best.id ORDER BY best.score DESC")
            .replace(QLatin1String("%3"), window)
            .replace(QLatin1String("%5"), c.phrases > 1 ? QLatin1String("1") : QLatin1String("0"))
            .replace(QLatin1String("%6"), QStringLiteral("(SELECT max(id) FROM articles)"))
            // CROSS JOIN keeps the FTS5 cursor outermost, walking rowids newest first.
            .replace(QLatin1String("%4"), sql.needsArticleRow ? QStringLiteral("CROSS JOIN articles a ON a.id = articles_fts.rowid")
                                                               : QString());
    } else {
        select = QStringLiteral(
            "SELECT a.id, a.title, 0.0, warta_index_text(substr(ifnull(a.summary, ''), 1, 2000)), '' FROM articles a "
            "WHERE %1 ORDER BY ifnull(a.published, a.fetched_at) DESC, a.id DESC LIMIT %2");
    }
    const QString limitParam = sql.param(qint64(limit));
    Statement st = prepared(db, select.arg(sql.where.join(QLatin1String(" AND ")), limitParam), sql);
    // Snippets from the indexed text (no markup) of the hits only, built here: see SearchSnippets.
    const SearchSnippets snippets(c.snippetWords);
    QList<SearchHit> hits;
    while (st.next())
        hits.append({st.int64(0), st.text(1), snippets.snippet({st.text(3), st.text(4)}), st.text(2).toDouble()});
    return hits;
}

qint64 countMatches(SqliteConnection &db, const SearchQuery &query)
{
    // is:unread as a set of ids read from the partial index articles_unread, probed by the
    // doclist walk: counting a common word's unread matches then reads no article rows.
    SearchQuery q = query;
    const bool unreadSet = q.read == false;
    if (unreadSet)
        q.read.reset();
    Conditions c = conditionsOf(q, unreadSet);
    if (unreadSet)
        c.sql.where << QStringLiteral("%1 IN (SELECT id FROM articles WHERE read = 0)").arg(c.sql.idColumn);
    const QString from = c.match.isEmpty() ? QStringLiteral("articles a")
                         : c.sql.needsArticleRow ? QStringLiteral("articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid")
                                                 : QStringLiteral("articles_fts");
    Statement st = prepared(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, c.sql.where.join(QLatin1String(" AND "))), c.sql);
    return st.next() ? st.int64(0) : 0;
}

QList<SearchHit> search(SqliteConnection &db, const QString &query, int limit, QString *error)
{
    QString message;
    try {
        if (const std::optional<SearchQuery> parsed = text::parseSearchQuery(query, &message))
            return search(db, *parsed, limit);
    } catch (const SearchQueryError &e) {
        message = QString::fromUtf8(e.what());
    } catch (const std::exception &e) {
        message = QStringLiteral("Search failed: %1").arg(QString::fromUtf8(e.what()));
    }
    if (error)
        *error = message;
    return {};
}

} // namespace warta
