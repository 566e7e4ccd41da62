#include "storage/saved_search_store.h"

#include "storage/search.h"
#include "storage/sqlite_connection.h"
#include "text/search_query.h"

namespace warta::SavedSearchStore {

qint64 add(SqliteConnection &db, const QString &name, const QString &query)
{
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO saved_searches(name, query, position) "
        "VALUES (?1, ?2, (SELECT ifnull(max(position), -1) + 1 FROM saved_searches))"));
    st.bind(1, name.trimmed()).bind(2, query.trimmed()).run();
    return db.lastInsertId();
}

void rename(SqliteConnection &db, qint64 id, const QString &name)
{
    db.prepare(QStringLiteral("UPDATE saved_searches SET name = ?2 WHERE id = ?1")).bind(1, id).bind(2, name.trimmed()).run();
}

void remove(SqliteConnection &db, qint64 id)
{
    db.prepare(QStringLiteral("DELETE FROM saved_searches WHERE id = ?1")).bind(1, id).run();
}

QList<SavedSearch> all(SqliteConnection &db)
{
    Statement st = db.prepare(QStringLiteral("SELECT id, name, query, position FROM saved_searches ORDER BY position, id"));
    QList<SavedSearch> out;
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), int(st.int64(3))});
    return out;
}

std::optional<qint64> unreadCount(SqliteConnection &db, const QString &query)
{
    QString error;
    std::optional<text::SearchQuery> parsed = text::parseSearchQuery(query, &error);
    if (!parsed)
        return std::nullopt;
    parsed->read = false;
    try {
        return countMatches(db, *parsed);
    } catch (const SearchQueryError &) {
        return std::nullopt;
    }
}

} // namespace warta::SavedSearchStore
