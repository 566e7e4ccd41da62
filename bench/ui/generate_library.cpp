// A realistic reader's database for the launch benchmark, written through the real stores:
// ~200 feeds in nested folders, N articles (newest a minute ago, oldest about a year back)
// with extracted bodies of 2–5 KB, ~3,000 tags with a Zipf-like spread, a share unread and
// starred, and a few collections.
//   generate_library --articles N --out PATH
#include "../search/corpus_generator.h"
#include "storage/article_store.h"
#include "storage/cache_store.h"
#include "storage/collection_store.h"
#include "storage/feed_store.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <random>

using namespace warta;

namespace {

constexpr int kFeeds = 200;
constexpr int kTags = 3000;
constexpr int kBatch = 2000; // articles per write transaction

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

// Folders as a reader arranges them: a few top-level groups, some nested.
const QStringList kFolders = {
    QStringLiteral("Berita/Nasional"), QStringLiteral("Berita/Daerah"), QStringLiteral("Berita/Internasional"),
    QStringLiteral("Ekonomi"), QStringLiteral("Ekonomi/Pasar"), QStringLiteral("Teknologi"),
    QStringLiteral("Olahraga"), QStringLiteral("Gaya Hidup"), QStringLiteral("Opini"), QString()};

struct Library {
    QList<qint64> feedIds;
    QStringList tags;
};

Library subscribe(Storage &storage)
{
    return storage.write(QStringLiteral("subscribing"), [](SqliteConnection &db) {
        Library lib;
        Transaction tx(db);
        for (int i = 0; i < kFeeds; ++i) {
            const qint64 folder = FeedStore::ensureFolderPath(db, kFolders[i % kFolders.size()]);
            const auto added = FeedStore::add(db, QStringLiteral("https://berita%1.example/rss").arg(i),
                                              QStringLiteral("Kabar %1 %2").arg(capitalised(bench::CorpusGenerator::roots()[i]))
                                                  .arg(i),
                                              folder, QStringLiteral("https://berita%1.example/").arg(i));
            lib.feedIds.append(added.id);
        }
        db.exec(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('defaults_subscribed', '1')"));
        tx.commit();
        // Distinct tag names from the generator's vocabulary (skipping the most common roots).
        const QStringList &roots = bench::CorpusGenerator::roots();
        for (qsizetype i = 200; i < roots.size() && lib.tags.size() < kTags; ++i)
            lib.tags.append(capitalised(roots[i]));
        return lib;
    }).result();
}

QString paragraphs(const QString &text)
{
    QString html;
    const QStringList sentences = text.split(QStringLiteral(". "));
    for (qsizetype i = 0; i < sentences.size(); i += 4)
        html += QStringLiteral("<p>") + sentences.mid(i, 4).join(QStringLiteral(". ")) + QStringLiteral("</p>");
    return html;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = option(args, QStringLiteral("--articles"), 100000);
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    if (outAt < 0 || outAt + 1 >= args.size()) {
        std::fprintf(stderr, "usage: generate_library --articles N --out PATH\n");
        return 2;
    }
    const QString path = args[outAt + 1];
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    QElapsedTimer timer;
    timer.start();
    Storage storage(path);
    const Library lib = subscribe(storage);

    std::mt19937 rng(7);
    bench::CorpusGenerator gen(11);
    // Feeds and tags are picked unevenly, as in life: a few busy ones, a long tail.
    std::vector<double> feedWeights, tagWeights;
    for (int i = 0; i < kFeeds; ++i)
        feedWeights.push_back(1.0 / (1 + i * 0.05));
    for (int i = 0; i < kTags; ++i)
        tagWeights.push_back(1.0 / (1 + i));
    std::discrete_distribution<int> pickFeed(feedWeights.begin(), feedWeights.end());
    std::discrete_distribution<int> pickTag(tagWeights.begin(), tagWeights.end());
    std::uniform_int_distribution<int> percent(0, 99), bodyLength(2000, 5000), tagCount(1, 4);
    const QDateTime newest = QDateTime::currentDateTimeUtc().addSecs(-60);
    const qint64 spacing = qMax<qint64>(1, 365LL * 24 * 3600 / qMax(1, count)); // a year in all

    QList<qint64> ids;
    for (int done = 0; done < count;) {
        QList<std::pair<int, ArticleStore::Incoming>> items;
        QList<CacheStore::ExtractedContent> bodies;
        QList<std::pair<bool, bool>> states;
        for (int i = 0; i < kBatch && done + i < count; ++i) {
            const int n = done + i; // 0 is the newest
            auto a = gen.article();
            QString text = a.body;
            const int want = bodyLength(rng);
            while (text.size() < want)
                text += QLatin1Char(' ') + gen.article().body;
            text.truncate(text.lastIndexOf(QLatin1String(". "), want) + 1); // ends with a sentence
            ArticleStore::Incoming in;
            const int feed = pickFeed(rng);
            in.guid = QStringLiteral("urn:warta-bench:%1").arg(n);
            in.link = QStringLiteral("https://berita%1.example/%2/%3").arg(feed).arg(n).arg(a.title.left(30).toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
            in.title = a.title;
            in.summary = a.summary;
            in.published = newest.addSecs(-n * spacing - percent(rng));
            for (int t = tagCount(rng); t > 0; --t)
                in.categories.append(lib.tags[pickTag(rng)]);
            in.categories.removeDuplicates();
            items.append({feed, in});
            CacheStore::ExtractedContent body;
            body.text = text;
            body.html = paragraphs(text);
            body.byline = QStringLiteral("Redaksi");
            body.language = QStringLiteral("id");
            bodies.append(body);
            // Recent news is more often unread: a reader catches up on the last weeks.
            const bool unread = percent(rng) < (n < count / 5 ? 70 : 10);
            states.append({!unread, percent(rng) < 2});
        }
        const QList<qint64> batch = storage.write(QStringLiteral("generating articles"), [&](SqliteConnection &db) {
            Transaction tx(db);
            QList<qint64> out;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const qint64 id = ArticleStore::upsert(db, lib.feedIds[items[i].first], items[i].second,
                                                       ArticleStore::Indexing::Deferred).id;
                CacheStore::saveExtraction(db, id, bodies[i]);
                if (states[i].first)
                    ArticleStore::setRead(db, id, true);
                if (states[i].second)
                    ArticleStore::setStarred(db, id, true);
                out.append(id);
            }
            ArticleStore::indexPending(db);
            tx.commit();
            return out;
        }).result();
        ids += batch;
        done += int(items.size());
        std::fprintf(stderr, "\r%d/%d articles", done, count);
    }
    std::fprintf(stderr, "\n");

    // A few collections, as a reader keeps them: dozens to a few hundred saved articles.
    storage.write(QStringLiteral("collections"), [&](SqliteConnection &db) {
        Transaction tx(db);
        const QStringList names = {QStringLiteral("Bacaan akhir pekan"), QStringLiteral("Riset pemilu"),
                                   QStringLiteral("Resep"), QStringLiteral("Arsip banjir")};
        for (qsizetype c = 0; c < names.size() && !ids.isEmpty(); ++c) {
            const qint64 collection = CollectionStore::ensure(db, names[c]);
            std::uniform_int_distribution<qsizetype> pick(0, ids.size() - 1);
            for (int k = 0; k < 40 + 80 * int(c); ++k)
                CollectionStore::addArticle(db, collection, ids[pick(rng)]);
        }
        tx.commit();
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }).waitForFinished();
    storage.drain();
    std::printf("generated %d articles in %.1f s: %s\n", count, double(timer.elapsed()) / 1000.0, qPrintable(path));
    return 0;
}
