#include "storage/search.h"

#include "core/text_utils.h"
#include "storage/sqlite_connection.h"

#include <variant>

namespace warta {

namespace {

using text::SearchQuery;
using Value = std::variant<QString, qint64>;

// Snippet markers that cannot occur in article text; replaced after HTML escaping.
constexpr char16_t kOpen = 0x02;
constexpr char16_t kClose = 0x03;
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

QString snippetHtml(const QString &raw)
{
    QString html = raw.toHtmlEscaped();
    html.replace(QChar(kOpen), QLatin1String("<mark>"));
    html.replace(QChar(kClose), QLatin1String("</mark>"));
    return html;
}

} // namespace

QList<SearchHit> search(SqliteConnection &db, const SearchQuery &q, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    QStringList included, excluded;
    for (const SearchQuery::Term &t : q.terms) {
        const QString phrase = phraseOf(t);
        if (!phrase.isEmpty())
            (t.excluded ? excluded : included).append(phrase);
    }
    const bool hasOtherConditions = !q.filters.isEmpty() || q.before || q.after || q.read || q.starred;
    if (included.isEmpty() && !hasOtherConditions) {
        throw SearchQueryError(q.hasIncludedTerm()
            ? QStringLiteral("Only very common words (such as \"yang\" or \"dan\"): add a word that says what you are looking for.")
            : QStringLiteral("Only exclusions: add a word or a filter to search for, e.g. banjir -jakarta."));
    }

    Sql sql;
    QString select;
    QString match;
    if (!included.isEmpty()) {
        match = included.join(QLatin1String(" AND "));
        if (!excluded.isEmpty())
            match = QLatin1Char('(') + match + QStringLiteral(") NOT ") + excluded.join(QLatin1String(" NOT "));
        sql.where << QStringLiteral("articles_fts MATCH %1").arg(sql.param(match));
        // Unary + keeps "rowid IN (...)" out of FTS5's xBestIndex, which would otherwise run
        // the MATCH once per tagged article instead of filtering its one pass.
        sql.idColumn = QStringLiteral("+articles_fts.rowid");
        addFilters(q, sql);
        const QString window = sql.param(kRankWindow);
        // Ranking costs a bm25 per matching row, so a word found in most of a big archive
        // would rank tens of thousands of rows. Only the kRankWindow most recently stored
        // matches are ranked (FTS5 walks rowids newest first and stops); a query matching
        // fewer rows than that is ranked exactly. See docs/search.md.
        // The 50 best are picked before the articles table is read for their titles.
        select = QStringLiteral(
            "SELECT best.id, a.title, best.score FROM ("
            "  SELECT id, score FROM ("
            "    SELECT articles_fts.rowid AS id, -articles_fts.rank AS score FROM articles_fts %4 WHERE %1 "
            "    ORDER BY articles_fts.rowid DESC LIMIT %3) "
            "  ORDER BY score DESC LIMIT %2) best "
            "JOIN articles a ON a.id = best.id ORDER BY best.score DESC")
            .replace(QLatin1String("%3"), window)
            // CROSS JOIN keeps the FTS5 cursor outermost, walking rowids newest first.
            .replace(QLatin1String("%4"), sql.needsArticleRow ? QStringLiteral("CROSS JOIN articles a ON a.id = articles_fts.rowid")
                                                               : QString());
    } else {
        if (!excluded.isEmpty())
            sql.where << QStringLiteral("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH %1)")
                             .arg(sql.param(excluded.join(QLatin1String(" OR "))));
        addFilters(q, sql);
        select = QStringLiteral(
            "SELECT a.id, a.title, 0.0, substr(ifnull(a.summary, ''), 1, 200) FROM articles a WHERE %1 "
            "ORDER BY ifnull(a.published, a.fetched_at) DESC, a.id DESC LIMIT %2");
    }
    const QString limitParam = sql.param(qint64(limit));
    Statement st = db.prepare(select.arg(sql.where.join(QLatin1String(" AND ")), limitParam));
    for (qsizetype i = 0; i < sql.values.size(); ++i) {
        std::visit([&](const auto &v) { st.bind(int(i + 1), v); }, sql.values[i]);
    }
    QList<SearchHit> hits;
    while (st.next())
        hits.append({st.int64(0), st.text(1), match.isEmpty() ? snippetHtml(st.text(3)) : QString(), st.text(2).toDouble()});
    if (!match.isEmpty()) {
        // snippet() needs the FTS5 cursor of a MATCH; one point query per hit (rowid lookup).
        Statement snip = db.prepare(QStringLiteral(
            "SELECT snippet(articles_fts, -1, char(2), char(3), '…', 16) FROM articles_fts "
            "WHERE articles_fts MATCH ?1 AND rowid = ?2"));
        for (SearchHit &hit : hits) {
            snip.reset();
            snip.bind(1, match).bind(2, hit.articleId);
            if (snip.next())
                hit.snippet = snippetHtml(snip.text(0));
        }
    }
    return hits;
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
