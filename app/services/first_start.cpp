#include "services/first_start.h"

#include "feeds/opml.h"
#include "storage/feed_store.h"
#include "storage/storage.h"

#include <QFile>

namespace warta {

static QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("bundled resource %1 is missing").arg(path));
    return file.readAll();
}

QFuture<int> subscribeDefaultFeedsOnFirstStart(Storage &storage)
{
    const feeds::OpmlDocument doc = feeds::parseOpml(readResource(QStringLiteral(":/default-feeds.opml")));
    return storage.write(QStringLiteral("subscribing to the default feeds"), [doc](SqliteConnection &db) {
        Transaction tx(db);
        // A marker rather than "no feeds yet": a user who deletes them all keeps it that way.
        if (db.scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'defaults_subscribed'")).toInt() > 0)
            return 0;
        int added = 0;
        if (db.scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt() == 0) {
            for (const feeds::OpmlEntry &e : doc.entries)
                added += FeedStore::add(db, e.url, e.title, FeedStore::ensureFolderPath(db, e.folderPath), e.siteUrl).added;
        }
        db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('defaults_subscribed', '1')"));
        tx.commit();
        return added;
    });
}

} // namespace warta
