#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace warta {

class SqliteConnection;

/// Site icons for the feed list (migration 0010): small PNGs stored once per picture,
/// feeds pointing at theirs, and when each feed was last looked at.
namespace SiteIconStore {

/// Found icons are looked for again after this long (sites change their logos rarely)...
inline constexpr qint64 kRecheckFoundSecs = 30 * 86400;
/// ...and sites that had none, or could not be reached, after this long.
inline constexpr qint64 kRecheckMissingSecs = 7 * 86400;

/// What the icon finder needs to know about a feed.
struct Wanted {
    qint64 feedId = 0;
    QString feedUrl;
    QString siteUrl;
    QString iconUrl; ///< declared by the feed document (Atom icon, JSON Feed favicon)
    QString logoUrl; ///< declared too, usually larger (Atom logo, RSS image, JSON Feed icon)
};

/// Feeds due for a look at `nowSecs` (never looked, due again, or pointing at a picture
/// that is gone), limited to `feedIds` unless empty. Sync-account feeds are included:
/// their sites have icons too.
[[nodiscard]] QList<Wanted> due(SqliteConnection &db, qint64 nowSecs, const QList<qint64> &feedIds = {});

/// Stores `png` (already normalised) under `sha256` and points `feedIds` at it.
void save(SqliteConnection &db, const QList<qint64> &feedIds, const QByteArray &png,
          const QString &sha256, const QString &sourceUrl, qint64 nowSecs);
/// Remembers that nothing usable was found, so the next look waits.
void recordMissing(SqliteConnection &db, const QList<qint64> &feedIds, qint64 nowSecs);
/// Drops pictures no feed points at any more.
void removeUnused(SqliteConnection &db);

/// The PNG stored under `sha256`; empty when absent.
[[nodiscard]] QByteArray png(SqliteConnection &db, const QString &sha256);

} // namespace SiteIconStore
} // namespace warta
