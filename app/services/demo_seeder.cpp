// Fills the demo database from resources/demo: the same path real content takes
// (parse feed, ingest, extract pages, cache images), with bundled files standing in
// for the network.
#include "services/article_cacher.h"
#include "services/feed_ingest.h"
#include "services/first_start.h"

#include "feeds/feed_parser.h"
#include "storage/collection_store.h"
#include "storage/feed_store.h"
#include "storage/storage.h"
#include "storage/tag_store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

namespace warta {

namespace {

QByteArray readDemoFile(const QString &relative)
{
    QFile file(QStringLiteral(":/demo/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("demo file %1 is missing from this build").arg(relative));
    return file.readAll();
}

struct DemoFile {
    QString file;
    QByteArray contentType;
};

int seed(Storage &storage)
{
    const QJsonObject manifest = QJsonDocument::fromJson(readDemoFile(QStringLiteral("manifest.json"))).object();
    QHash<QString, DemoFile> files; // URL -> bundled file
    for (const QJsonValue page : manifest[QStringLiteral("pages")].toArray())
        files.insert(page[QStringLiteral("url")].toString(), {page[QStringLiteral("file")].toString(), "text/html; charset=utf-8"});
    for (const QJsonValue image : manifest[QStringLiteral("images")].toArray())
        files.insert(image[QStringLiteral("url")].toString(),
                     {image[QStringLiteral("file")].toString(), image[QStringLiteral("content_type")].toString().toLatin1()});
    const ResourceLoader bundled = [files](const QUrl &url, qint64 maxBytes) {
        const auto it = files.constFind(url.toString());
        if (it == files.constEnd())
            return LoadedResource{.error = QStringLiteral("not part of the demo content")};
        const QByteArray body = readDemoFile(it->file);
        if (body.size() > maxBytes)
            return LoadedResource{.error = QStringLiteral("too large")};
        return LoadedResource{true, body, it->contentType, url, {}};
    };

    QList<qint64> newArticles;
    for (const QJsonValue f : manifest[QStringLiteral("feeds")].toArray()) {
        const QUrl url(f[QStringLiteral("url")].toString());
        const feeds::ParsedFeed parsed = feeds::parseFeed(readDemoFile(f[QStringLiteral("file")].toString()), url);
        const QString title = f[QStringLiteral("title")].toString();
        const QString folder = f[QStringLiteral("folder")].toString();
        const IngestResult result = storage.write(QStringLiteral("storing demo feed %1").arg(title),
                                                  [url, title, folder, parsed](SqliteConnection &db) {
            const qint64 feedId = FeedStore::add(db, url.toString(), title, FeedStore::ensureFolderPath(db, folder),
                                                 parsed.link).id;
            // Demo feeds are served from the bundle only: never fetched from the network.
            db.exec(QStringLiteral("UPDATE feeds SET disabled = 1 WHERE id = %1").arg(feedId));
            return ingestFeed(db, feedId, parsed);
        }).result();
        newArticles += result.newArticleIds;
    }
    const std::atomic_bool notCancelled = false;
    int cached = 0;
    for (qint64 id : std::as_const(newArticles))
        cached += cacheArticle(storage, bundled, id, notCancelled).ok ? 1 : 0;

    const QJsonArray follow = manifest[QStringLiteral("follow_tags")].toArray();
    const QJsonArray collections = manifest[QStringLiteral("collections")].toArray();
    storage.write(QStringLiteral("following demo tags"), [follow, collections](SqliteConnection &db) {
        for (const QJsonValue tag : follow)
            TagStore::setFollowed(db, tag.toString(), true);
        for (const QJsonValue c : collections) {
            const qint64 collection = CollectionStore::ensure(db, c[QStringLiteral("name")].toString());
            for (const QJsonValue url : c[QStringLiteral("pages")].toArray()) {
                Statement st = db.prepare(QStringLiteral("SELECT id FROM articles WHERE link = ?1"));
                st.bind(1, url.toString());
                if (st.next())
                    CollectionStore::addArticle(db, collection, st.int64(0));
            }
        }
        db.exec(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('demo_seeded', '1')"));
    }).waitForFinished();
    return cached;
}

} // namespace

QFuture<int> seedDemoContent(Storage &storage)
{
    // Parsing and extraction run on a worker thread; the writer stores.
    return QtConcurrent::run([&storage]() -> int {
        if (storage.openReader()->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'demo_seeded'")).toInt() > 0)
            return 0;
        return seed(storage);
    });
}

} // namespace warta
