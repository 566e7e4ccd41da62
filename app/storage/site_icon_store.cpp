#include "storage/site_icon_store.h"

#include "storage/sqlite_connection.h"

namespace warta::SiteIconStore {

QList<Wanted> due(SqliteConnection &db, qint64 nowSecs, const QList<qint64> &feedIds)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT f.id, f.url, f.site_url, f.icon_url, f.logo_url FROM feeds f "
        "WHERE f.icon_checked_at IS NULL "
        "   OR f.icon_checked_at <= ?1 - CASE WHEN f.icon_sha256 IS NULL THEN ?2 ELSE ?3 END "
        "   OR (f.icon_sha256 IS NOT NULL AND NOT EXISTS "
        "       (SELECT 1 FROM site_icons i WHERE i.sha256 = f.icon_sha256)) "
        "ORDER BY f.position, f.id"));
    st.bind(1, nowSecs).bind(2, kRecheckMissingSecs).bind(3, kRecheckFoundSecs);
    QList<Wanted> wanted;
    while (st.next()) {
        const qint64 id = st.int64(0);
        if (!feedIds.isEmpty() && !feedIds.contains(id))
            continue;
        wanted.append({id, st.text(1), st.text(2), st.text(3), st.text(4)});
    }
    return wanted;
}

void save(SqliteConnection &db, const QList<qint64> &feedIds, const QByteArray &png,
          const QString &sha256, const QString &sourceUrl, qint64 nowSecs)
{
    Transaction tx(db);
    Statement icon = db.prepare(QStringLiteral(
        "INSERT INTO site_icons(sha256, png, source_url, fetched_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(sha256) DO UPDATE SET fetched_at = excluded.fetched_at"));
    icon.bind(1, sha256).bind(2, png).bind(3, sourceUrl).bind(4, nowSecs);
    icon.run();
    Statement feed = db.prepare(QStringLiteral(
        "UPDATE feeds SET icon_sha256 = ?2, icon_checked_at = ?3 WHERE id = ?1"));
    for (qint64 id : feedIds) {
        feed.reset();
        feed.bind(1, id).bind(2, sha256).bind(3, nowSecs);
        feed.run();
    }
    tx.commit();
}

void recordMissing(SqliteConnection &db, const QList<qint64> &feedIds, qint64 nowSecs)
{
    // A feed that had an icon keeps showing it: a site that is down today has not lost it.
    Transaction tx(db);
    Statement feed = db.prepare(QStringLiteral(
        "UPDATE feeds SET icon_checked_at = ?2 WHERE id = ?1"));
    for (qint64 id : feedIds) {
        feed.reset();
        feed.bind(1, id).bind(2, nowSecs);
        feed.run();
    }
    tx.commit();
}

void removeUnused(SqliteConnection &db)
{
    // A feed restored from the trash after this may point at a dropped picture: due()
    // picks it up again.
    db.exec(QStringLiteral(
        "DELETE FROM site_icons WHERE sha256 NOT IN "
        "(SELECT icon_sha256 FROM feeds WHERE icon_sha256 IS NOT NULL)"));
}

QByteArray png(SqliteConnection &db, const QString &sha256)
{
    Statement st = db.prepare(QStringLiteral("SELECT png FROM site_icons WHERE sha256 = ?1"));
    st.bind(1, sha256);
    return st.next() ? st.blob(0) : QByteArray();
}

} // namespace warta::SiteIconStore
