// Search benchmark: 100,000 generated Indonesian articles; the stemmed index (articles_fts)
// against a plain unicode61 FTS5 index over the same rows; 200 mixed queries.
//   search_bench [--articles N] [--queries N] [--db PATH]
#include "corpus_generator.h"
#include "storage/search.h"
#include "storage/search_index.h"
#include "storage/sqlite_connection.h"
#include "storage/storage.h"
#include "text/search_query.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace warta;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

void generate(SqliteConnection &db, int count)
{
    // Bench-only: index once, timed, after loading (the app indexes as articles arrive).
    db.exec(QStringLiteral("DROP TRIGGER articles_fts_insert; DROP TRIGGER article_tags_fts_insert;"));
    Transaction tx(db);
    db.exec(QStringLiteral("INSERT INTO feeds(id, title, url, created_at) VALUES "
                           "(1, 'Kompas Tekno', 'u1', 0), (2, 'ANTARA Ekonomi', 'u2', 0), (3, 'Detik Finance', 'u3', 0), "
                           "(4, 'Pikiran Rakyat', 'u4', 0), (5, 'Kabar Nusantara', 'u5', 0)"));
    Statement art = db.prepare(QStringLiteral(
        "INSERT INTO articles(id, feed_id, dedup_key, title, summary, extracted_text, published, fetched_at, read, starred) "
        "VALUES (?1, ?2, ?1, ?3, ?4, ?5, ?6, ?6, ?7, ?8)"));
    Statement tag = db.prepare(QStringLiteral("INSERT INTO tags(key, display) VALUES (lower(?1), ?1) ON CONFLICT(key) DO NOTHING"));
    Statement link = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO article_tags(article_id, tag_id, origin) SELECT ?1, id, 'feed' FROM tags WHERE key = lower(?2)"));
    bench::CorpusGenerator gen(42);
    const qint64 start = 1704067200; // 2024-01-01
    for (int i = 1; i <= count; ++i) {
        const auto a = gen.article();
        art.reset();
        art.bind(1, qint64(i)).bind(2, qint64(i % 5 + 1)).bind(3, a.title).bind(4, a.summary).bind(5, a.body)
            .bind(6, start + qint64(i) * 300).bind(7, qint64(i % 3 == 0)).bind(8, qint64(i % 50 == 0));
        art.run();
        for (const QString &t : a.tags) {
            tag.reset();
            tag.bind(1, t);
            tag.run();
            link.reset();
            link.bind(1, qint64(i)).bind(2, t);
            link.run();
        }
    }
    tx.commit();
}

QStringList makeQueries(int n)
{
    bench::CorpusGenerator gen(7);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pick(0, 99);
    QStringList queries;
    for (int i = 0; i < n; ++i) {
        const int kind = pick(rng);
        if (kind < 35)
            queries << gen.queryWord(true); // one word, often a frequent one
        else if (kind < 50)
            queries << gen.queryWord(false);
        else if (kind < 70)
            queries << gen.queryWord(true) + QLatin1Char(' ') + gen.queryWord(false);
        else if (kind < 80)
            queries << QStringLiteral("\"%1 %2\"").arg(gen.queryWord(true), gen.queryWord(true));
        else if (kind < 88)
            queries << gen.queryWord(true) + QStringLiteral(" -") + gen.queryWord(true);
        else if (kind < 94)
            queries << gen.queryWord(false) + QStringLiteral(" tag:") + gen.tag().toLower();
        else
            queries << gen.queryWord(true) + QStringLiteral(" is:unread after:2024-03-01");
    }
    return queries;
}

/// The same query's words on the plain index: quoted words, same NOT, no stemming.
/// Filters are left out (they only narrow the rows the join keeps; ranking is the cost).
QString plainMatch(const QString &query)
{
    QString error;
    const auto q = text::parseSearchQuery(query, &error);
    QStringList inc, exc;
    for (const auto &t : q->terms) {
        const QStringList w = text::searchableWords(t.text);
        if (!w.isEmpty())
            (t.excluded ? exc : inc) << QLatin1Char('"') + w.join(QLatin1Char(' ')) + QLatin1Char('"');
    }
    QString m = inc.join(QLatin1String(" AND "));
    if (!exc.isEmpty())
        m = QLatin1Char('(') + m + QStringLiteral(") NOT ") + exc.join(QLatin1String(" NOT "));
    return m;
}

struct Timing {
    double p50 = 0, p95 = 0, max = 0, mean = 0;
};

Timing summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.p50 = ms[ms.size() / 2];
    t.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    t.max = ms.back();
    for (double v : ms)
        t.mean += v / double(ms.size());
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int articles = option(args, QStringLiteral("--articles"), 100000);
    const int queryCount = option(args, QStringLiteral("--queries"), 200);
    QTemporaryDir dir;
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    const QString path = dbArg >= 0 ? args[dbArg + 1] : dir.filePath(QStringLiteral("bench.db"));

    Storage storage(path);
    QElapsedTimer timer;
    timer.start();
    storage.write(QStringLiteral("generate"), [&](SqliteConnection &db) { generate(db, articles); }).waitForFinished();
    std::printf("generated %d articles in %.1f s\n", articles, double(timer.elapsed()) / 1000);

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    timer.restart();
    SearchIndex::rebuild(storage, [](qint64 done, qint64 total) {
        if (total > 0 && done % (total / 10 > 0 ? total / 10 : 1) == 0)
            std::fprintf(stderr, "  stemmed index: %lld / %lld\n", qlonglong(done), qlonglong(total));
    }, cancel).waitForFinished();
    const double stemmedBuild = double(timer.elapsed()) / 1000;

    timer.restart();
    storage.write(QStringLiteral("plain index"), [](SqliteConnection &db) {
        Transaction tx(db);
        db.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE plain_fts USING fts5(title, summary, body, tags, tokenize = 'unicode61 remove_diacritics 2');"
            "INSERT INTO plain_fts(plain_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 6.0)');"
            "INSERT INTO plain_fts(rowid, title, summary, body, tags) SELECT id, title, summary, body, tags FROM articles_fts_source;"
            "INSERT INTO plain_fts(plain_fts) VALUES ('optimize');"));
        tx.commit();
    }).waitForFinished();
    const double plainBuild = double(timer.elapsed()) / 1000;

    auto reader = storage.openReader();
    const QStringList queries = makeQueries(queryCount);
    std::vector<double> stemmedMs, plainMs;
    double stemmedMatches = 0, plainMatches = 0;
    Statement countStemmed = reader->prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1"));
    Statement countPlain = reader->prepare(QStringLiteral("SELECT count(*) FROM plain_fts WHERE plain_fts MATCH ?1"));
    Statement plain = reader->prepare(QStringLiteral(
        "SELECT a.id, a.title, snippet(plain_fts, -1, char(2), char(3), '…', 16), -plain_fts.rank "
        "FROM plain_fts JOIN articles a ON a.id = plain_fts.rowid WHERE plain_fts MATCH ?1 ORDER BY plain_fts.rank LIMIT 50"));
    for (int pass = 0; pass < 2; ++pass) { // pass 0 warms the page cache
        for (const QString &q : queries) {
            QString error;
            timer.restart();
            const auto hits = search(*reader, q, 50, &error);
            const double a = double(timer.nsecsElapsed()) / 1e6;
            if (!error.isEmpty())
                std::fprintf(stderr, "query %s: %s\n", qPrintable(q), qPrintable(error));
            const QString match = plainMatch(q);
            timer.restart();
            plain.reset();
            plain.bind(1, match);
            while (plain.next()) {
            }
            const double b = double(timer.nsecsElapsed()) / 1e6;
            if (pass == 1) {
                stemmedMs.push_back(a);
                plainMs.push_back(b);
                countStemmed.reset();
                countStemmed.bind(1, match);
                countPlain.reset();
                countPlain.bind(1, match);
                countStemmed.next();
                countPlain.next();
                stemmedMatches += double(countStemmed.int64(0)) / queries.size();
                plainMatches += double(countPlain.int64(0)) / queries.size();
            }
        }
    }
    const Timing s = summarise(stemmedMs), p = summarise(plainMs);
    std::printf("\n| index | build | p50 | p95 | max | mean matches per query |\n|---|---|---|---|---|---|\n");
    std::printf("| stemmed (warta_id) | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.0f |\n", stemmedBuild, s.p50, s.p95, s.max, stemmedMatches);
    std::printf("| plain unicode61 | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.0f |\n", plainBuild, p.p50, p.p95, p.max, plainMatches);
    std::printf("database: %.0f MB\n", double(QFileInfo(path).size()) / 1e6);
    return 0;
}
