#include "services/opml_service.h"

#include "feeds/opml.h"
#include "storage/feed_store.h"
#include "storage/storage.h"

#include <QHash>

namespace warta {

QFuture<OpmlImportReport> importOpml(Storage &storage, const QByteArray &opml)
{
    // Parsing happens here, on the caller's thread; only the inserts go to the writer.
    const feeds::OpmlDocument doc = feeds::parseOpml(opml);
    return storage.write(QStringLiteral("importing OPML"), [doc](SqliteConnection &db) {
        if (!doc.error.isEmpty())
            throw StorageError(doc.error);
        OpmlImportReport report;
        report.problems = doc.problems;
        Transaction tx(db);
        for (const feeds::OpmlEntry &entry : doc.entries) {
            const qint64 folder = FeedStore::ensureFolderPath(db, entry.folderPath);
            const auto result = FeedStore::add(db, entry.url, entry.title, folder, entry.siteUrl);
            (result.added ? report.added : report.duplicates)++;
        }
        tx.commit();
        return report;
    });
}

QByteArray exportOpml(SqliteConnection &reader)
{
    QList<feeds::OpmlEntry> entries;
    QHash<qint64, QString> paths;
    for (const Feed &feed : FeedStore::all(reader)) {
        if (!paths.contains(feed.folderId))
            paths.insert(feed.folderId, FeedStore::folderPath(reader, feed.folderId));
        entries.append({feed.url, feed.title, feed.siteUrl, paths.value(feed.folderId)});
    }
    return feeds::writeOpml(QStringLiteral("Warta subscriptions"), entries);
}

} // namespace warta
