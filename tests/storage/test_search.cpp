// Search over a real temporary database: stemmed recall, ranking, snippets, the query
// language's filters and errors, readers, and rebuilding the index.
#include "storage/article_store.h"
#include "storage/migrations.h"
#include "storage/saved_search_store.h"
#include "storage/search.h"
#include "storage/search_index.h"
#include "storage/sqlite_connection.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace warta;

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void stemmedRecall();
    void titleMatchOutranksBodyMatch();
    void snippetsAreHighlightedAndEscaped();
    void phrasesAndExclusion();
    void diacriticsAreFolded();
    void filters_data();
    void filters();
    void filtersWithoutWords();
    void badSyntaxGivesMessage_data();
    void badSyntaxGivesMessage();
    void nothingIsInjected();
    void newArticlesAreIndexedByTheWriter();
    void rebuildReportsProgressAndCanBeCancelled();
    void markupIsNotIndexed();
    void migrationCleansAnExistingIndex();
    void countMatchesAgreesWithSearch();
    void savedSearchesKeepOrderAndCountUnread();

private:
    QList<qint64> ids(const QString &query, QString *error = nullptr);
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<SqliteConnection> m_reader;
};

void TestSearch::initTestCase()
{
    m_storage = std::make_unique<Storage>(m_dir.filePath(QStringLiteral("search.db")));
    m_storage->write(QStringLiteral("fixture"), [](SqliteConnection &db) {
        db.exec(QStringLiteral(
            "INSERT INTO feeds(id, title, url, created_at) VALUES (1, 'Kompas Tekno', 'https://kompas.example/rss', 0),"
            "  (2, 'ANTARA Ekonomi', 'https://antara.example/rss', 0);"
            // published: 2024-03-01 12:00 UTC and 2024-06-01 12:00 UTC
            "INSERT INTO articles(id, feed_id, dedup_key, title, summary, extracted_text, published, fetched_at, read, starred) VALUES"
            " (1, 1, 'a1', 'Warga menolak tambang pasir', 'Ringkasan', 'Ratusan warga desa berkumpul di balai.', 1709294400, 0, 0, 0),"
            " (2, 2, 'a2', 'Anggaran daerah disahkan', 'Ringkasan', 'Usulan kenaikan tarif ditolak oleh dewan kota.', 1717243200, 0, 1, 1),"
            " (3, 2, 'a3', 'Penolakan meluas di kota', 'Gelombang penolakan', 'Aksi <b>damai</b> digelar.', 1717243200, 0, 0, 0),"
            " (4, 1, 'a4', 'Pemerintahan baru berteknologi tinggi', 'Layanan digital', 'Kantor pemerintah memakai teknologinya sendiri.', 1709294400, 0, 0, 1),"
            " (5, 1, 'a5', 'Harga emas naik', 'Emas Antam', 'Banjir melanda pasar. Kafé di sudut kota tetap buka, "
            "   sementara pedagang lain tutup karena banjir yang datang tiba-tiba.', 1709294400, 0, 0, 0),"
            " (6, 2, 'a6', 'Banjir rendam Jakarta', 'Hujan deras', 'Air naik setinggi lutut.', 1717243200, 0, 0, 0),"
            " (7, NULL, 'a7', 'Catatan tanpa sumber', 'Arsip', 'Tambang emas ilegal ditutup aparat.', 1717243200, 0, 0, 0);"
            "INSERT INTO tags(id, key, display) VALUES (1, 'teknologi', 'Teknologi'), (2, 'ekonomi', 'Ekonomi');"
            "INSERT INTO article_tags(article_id, tag_id, origin) VALUES (4, 1, 'feed'), (2, 2, 'page'), (5, 2, 'page');"
            "INSERT INTO collections(id, name, created_at) VALUES (1, 'Bacaan Akhir Pekan', 0);"
            "INSERT INTO collection_articles(collection_id, article_id, position, added_at) VALUES (1, 1, 0, 0), (1, 7, 1, 0);"));
        // Rows inserted by hand are indexed as the article store indexes its own.
        for (qint64 id = 1; id <= 7; ++id)
            ArticleStore::reindex(db, id);
    }).waitForFinished();
    m_reader = m_storage->openReader(); // a reader connection must have the tokenizer too
}

QList<qint64> TestSearch::ids(const QString &query, QString *error)
{
    QString err;
    QList<qint64> out;
    for (const SearchHit &hit : search(*m_reader, query, 50, &err))
        out.append(hit.articleId);
    if (error)
        *error = err;
    else if (!err.isEmpty())
        qWarning("unexpected error for %s: %s", qPrintable(query), qPrintable(err));
    return out;
}

static QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

void TestSearch::stemmedRecall()
{
    QCOMPARE(sorted(ids(QStringLiteral("tolak"))), (QList<qint64>{1, 2, 3}));   // menolak, ditolak, penolakan
    QCOMPARE(sorted(ids(QStringLiteral("menolak"))), (QList<qint64>{1, 2, 3})); // the query is stemmed too
    QCOMPARE(sorted(ids(QStringLiteral("perintah"))), (QList<qint64>{4}));      // pemerintahan, pemerintah
    QCOMPARE(sorted(ids(QStringLiteral("teknologi"))), (QList<qint64>{4}));     // berteknologi, teknologinya, tag
}

void TestSearch::titleMatchOutranksBodyMatch()
{
    // Article 5 says "banjir" twice in its body, article 6 once in its title.
    QString error;
    const QList<SearchHit> hits = search(*m_reader, QStringLiteral("banjir"), 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits[0].articleId, qint64(6));
    QCOMPARE(hits[1].articleId, qint64(5));
    QVERIFY(hits[0].score > hits[1].score);
    QVERIFY(hits[1].score > 0);
    QCOMPARE(hits[0].title, QStringLiteral("Banjir rendam Jakarta"));
}

void TestSearch::snippetsAreHighlightedAndEscaped()
{
    QString error;
    // The snippet comes from the column that matches best: here the body.
    QList<SearchHit> hits = search(*m_reader, QStringLiteral("damai"), 10, &error);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits[0].snippet.contains(QLatin1String("<mark>damai</mark>")), qPrintable(hits[0].snippet));
    QVERIFY2(hits[0].snippet.contains(QLatin1String("&lt;b&gt;")), qPrintable(hits[0].snippet)); // text, not markup
    hits = search(*m_reader, QStringLiteral("tolak tarif"), 10, &error);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits[0].snippet.contains(QLatin1String("<mark>ditolak</mark>")), qPrintable(hits[0].snippet));
}

void TestSearch::phrasesAndExclusion()
{
    QCOMPARE(ids(QStringLiteral("\"tambang pasir\"")), (QList<qint64>{1}));
    QCOMPARE(ids(QStringLiteral("\"pasir tambang\"")), (QList<qint64>{}));
    QCOMPARE(sorted(ids(QStringLiteral("tambang"))), (QList<qint64>{1, 7}));
    QCOMPARE(ids(QStringLiteral("tambang -emas")), (QList<qint64>{1}));
    QCOMPARE(sorted(ids(QStringLiteral("tolak -\"dewan kota\""))), (QList<qint64>{1, 3}));
    // Stopwords are skipped on both sides, so a phrase with one still matches.
    QCOMPARE(ids(QStringLiteral("\"ditolak oleh dewan\"")), (QList<qint64>{2}));
}

void TestSearch::diacriticsAreFolded()
{
    QCOMPARE(ids(QStringLiteral("kafe")), (QList<qint64>{5}));
    QCOMPARE(ids(QStringLiteral("KAFÉ")), (QList<qint64>{5}));
}

void TestSearch::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("tag") << "tag:teknologi pemerintah" << QList<qint64>{4};
    QTest::newRow("tag display form") << "tag:Ekonomi emas" << QList<qint64>{5};
    QTest::newRow("not tag") << "tolak -tag:ekonomi" << QList<qint64>{1, 3};
    QTest::newRow("feed") << "tolak feed:antara" << QList<qint64>{2, 3};
    QTest::newRow("feed quoted") << "tolak feed:\"Kompas Tekno\"" << QList<qint64>{1};
    QTest::newRow("not feed keeps feedless") << "tambang -feed:kompas" << QList<qint64>{7};
    QTest::newRow("collection") << "tambang collection:\"bacaan akhir pekan\"" << QList<qint64>{1, 7};
    QTest::newRow("unread") << "tolak is:unread" << QList<qint64>{1, 3};
    QTest::newRow("read") << "tolak is:read" << QList<qint64>{2};
    QTest::newRow("starred") << "tolak is:starred" << QList<qint64>{2};
    QTest::newRow("before") << "tolak before:2024-04-01" << QList<qint64>{1};
    QTest::newRow("after") << "tolak after:2024-04-01" << QList<qint64>{2, 3};
    QTest::newRow("range empty") << "tolak after:2024-04-01 before:2024-05-01" << QList<qint64>{};
}

void TestSearch::filters()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    QString error;
    QCOMPARE(sorted(ids(query, &error)), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSearch::filtersWithoutWords()
{
    // Filters alone list newest first; an exclusion with a filter works without a word.
    QCOMPARE(ids(QStringLiteral("is:starred")), (QList<qint64>{2, 4}));
    QCOMPARE(ids(QStringLiteral("feed:kompas -tambang")), (QList<qint64>{5, 4}));
}

void TestSearch::badSyntaxGivesMessage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unclosed quote") << "\"harga emas" << "closing quote";
    QTest::newRow("unknown filter") << "warna:merah" << "Unknown filter";
    QTest::newRow("bad date") << "before:31-05-2024" << "YYYY-MM-DD";
    QTest::newRow("bad is") << "is:penting" << "is:unread";
    QTest::newRow("empty") << "   " << "empty";
    QTest::newRow("only stopwords") << "yang dan" << "common words";
    QTest::newRow("only exclusions") << "-banjir" << "Only exclusions";
    QTest::newRow("lone minus") << "banjir -" << "-";
}

void TestSearch::badSyntaxGivesMessage()
{
    QFETCH(QString, query);
    QFETCH(QString, fragment);
    QString error;
    QCOMPARE(ids(query, &error), QList<qint64>{});
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("fts5")) && !error.contains(QLatin1String("SQL")), qPrintable(error));
}

void TestSearch::nothingIsInjected()
{
    // FTS5 and SQL syntax in a query are only words to look for.
    for (const char *q : {"'); DROP TABLE articles; --", "banjir OR emas", "NEAR(banjir emas)", "title:banjir",
                          "banjir*", "feed:x') OR 1=1 --", "tag:\"a' OR '1'='1\"", "^banjir", "\"\"\"", "(((", "AND"}) {
        QString error;
        const QList<qint64> found = ids(QString::fromUtf8(q), &error);
        QVERIFY2(!error.contains(QLatin1String("syntax")), qPrintable(error));
        QVERIFY(found.size() <= 2);
    }
    QCOMPARE(m_reader->scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 7);
}

void TestSearch::newArticlesAreIndexedByTheWriter()
{
    m_storage->write(QStringLiteral("add"), [](SqliteConnection &db) {
        ArticleStore::Incoming in;
        in.guid = QStringLiteral("a8");
        in.title = QStringLiteral("Kebijakan baru diperkenalkan");
        ArticleStore::upsert(db, 1, in);
    }).waitForFinished();
    auto reader = m_storage->openReader();
    QString error;
    const QList<SearchHit> hits = search(*reader, QStringLiteral("kenal bijak"), 10, &error);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].articleId, qint64(8));
}

void TestSearch::rebuildReportsProgressAndCanBeCancelled()
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QList<std::pair<qint64, qint64>> steps;
    auto future = SearchIndex::rebuild(*m_storage, [&](qint64 done, qint64 total) { steps.append({done, total}); }, cancel);
    QCOMPARE(future.result(), SearchIndex::RebuildResult::Done);
    QVERIFY(steps.size() >= 2);
    QCOMPARE(steps.last().first, steps.last().second);
    QCOMPARE(sorted(ids(QStringLiteral("tolak"))), (QList<qint64>{1, 2, 3}));

    // Cancelled from inside the first progress report: rolled back, the index still works.
    SqliteConnection writer(m_storage->path(), SqliteConnection::Mode::ReadWrite);
    m_storage->drain();
    std::atomic<bool> stop = false;
    int calls = 0;
    const auto result = SearchIndex::rebuild(writer, [&](qint64, qint64) { ++calls; stop = true; }, stop, 2);
    QCOMPARE(result, SearchIndex::RebuildResult::Cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(sorted(ids(QStringLiteral("tolak"))), (QList<qint64>{1, 2, 3}));
}


void TestSearch::markupIsNotIndexed()
{
    // A feed summary is HTML: only its text may be searchable, and snippets show no tags.
    m_storage->write(QStringLiteral("add"), [](SqliteConnection &db) {
        ArticleStore::Incoming in;
        in.guid = QStringLiteral("a9");
        in.title = QStringLiteral("Gempa di Cianjur");
        in.summary = QStringLiteral("<p class=\"lead\"><strong>Gempa</strong> <a href=\"https://x.example/span\">mengguncang</a>"
                                    " Cianjur&amp;sekitarnya&nbsp;pagi</p><script>var iframe = 1;</script>");
        ArticleStore::upsert(db, 1, in);
    }).waitForFinished();
    auto reader = m_storage->openReader();
    QString error;
    for (const char *markup : {"strong", "href", "class", "lead", "span", "iframe", "script", "amp", "nbsp"}) {
        const QList<SearchHit> hits = search(*reader, QString::fromLatin1(markup), 10, &error);
        QVERIFY2(hits.isEmpty(), markup);
    }
    const QList<SearchHit> hits = search(*reader, QStringLiteral("guncang sekitar"), 10, &error);
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits[0].snippet.contains(QLatin1String("<mark>mengguncang</mark>")), qPrintable(hits[0].snippet));
    QVERIFY2(hits[0].snippet.contains(QLatin1String("<mark>sekitarnya</mark>")), qPrintable(hits[0].snippet));
    QVERIFY2(!hits[0].snippet.contains(QLatin1String("strong")) && !hits[0].snippet.contains(QLatin1String("&lt;")),
             qPrintable(hits[0].snippet));
}

void TestSearch::migrationCleansAnExistingIndex()
{
    // A database indexed before migration 0008 holds markup in its index; upgrading cleans it.
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    {
        SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
        migrate(db, 7);
        db.exec(QStringLiteral(
            "INSERT INTO feeds(id, title, url, created_at) VALUES (1, 'Kompas', 'https://kompas.example/rss', 0);"
            "INSERT INTO articles(id, feed_id, dedup_key, title, summary, extracted_text, fetched_at) VALUES"
            " (1, 1, 'o1', 'Harga cabai', '<b>Harga</b> <a href=\"x\">cabai</a> naik', '', 0),"
            " (2, 1, 'o2', 'Harga beras', 'Beras naik tanpa markup', '', 0);"));
        for (qint64 id = 1; id <= 2; ++id)
            ArticleStore::reindex(db, id);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'href'")).toInt(), 1);
    }
    Storage storage(path); // migrates to the latest version
    auto reader = storage.openReader();
    QString error;
    QVERIFY(search(*reader, QStringLiteral("href"), 10, &error).isEmpty());
    QCOMPARE(search(*reader, QStringLiteral("cabai"), 10, &error).size(), 1);
    QCOMPARE(search(*reader, QStringLiteral("beras"), 10, &error).size(), 1);
}

void TestSearch::countMatchesAgreesWithSearch()
{
    for (const char *q : {"tolak", "tambang -emas", "is:starred", "tolak is:unread", "is:unread", "-tolak is:unread",
                          "feed:kompas -tambang", "banjir tag:ekonomi", "tag:ekonomi is:unread"}) {
        QString error;
        const auto parsed = text::parseSearchQuery(QString::fromUtf8(q), &error);
        QVERIFY(parsed);
        QCOMPARE(countMatches(*m_reader, *parsed), qint64(ids(QString::fromUtf8(q)).size()));
    }
}

void TestSearch::savedSearchesKeepOrderAndCountUnread()
{
    m_storage->write(QStringLiteral("saved"), [](SqliteConnection &db) {
        const qint64 a = SavedSearchStore::add(db, QStringLiteral("Penolakan"), QStringLiteral("tolak"));
        SavedSearchStore::add(db, QStringLiteral("Tambang"), QStringLiteral("tambang"));
        SavedSearchStore::add(db, QStringLiteral("Rusak"), QStringLiteral("\"tanpa akhir"));
        SavedSearchStore::rename(db, a, QStringLiteral("  Tolak  "));
        db.exec(QStringLiteral("UPDATE articles SET read = 1 WHERE id = 7"));
    }).waitForFinished();
    auto reader = m_storage->openReader();
    const QList<SavedSearch> saved = SavedSearchStore::all(*reader);
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved[0].name, QStringLiteral("Tolak"));
    QCOMPARE(saved[1].query, QStringLiteral("tambang"));
    // tolak: 1 and 3 unread, 2 read; tambang: 1 unread, 7 read.
    QCOMPARE(SavedSearchStore::unreadCount(*reader, saved[0].query), std::optional<qint64>(2));
    QCOMPARE(SavedSearchStore::unreadCount(*reader, saved[1].query), std::optional<qint64>(1));
    QCOMPARE(SavedSearchStore::unreadCount(*reader, saved[2].query), std::nullopt); // no longer parses
    m_storage->write(QStringLiteral("delete"), [&](SqliteConnection &db) { SavedSearchStore::remove(db, saved[1].id); })
        .waitForFinished();
    QCOMPARE(SavedSearchStore::all(*reader).size(), 2);
    bool refused = false;
    m_storage->write(QStringLiteral("empty"), [&](SqliteConnection &db) {
        try {
            SavedSearchStore::add(db, QStringLiteral(" "), QStringLiteral("banjir"));
        } catch (const StorageError &) {
            refused = true;
        }
    }).waitForFinished();
    QVERIFY(refused);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
