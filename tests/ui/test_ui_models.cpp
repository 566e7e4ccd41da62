// The item models on their own: lazy batches, counts, tags, collections, dates, HTML.
#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/site_icon_store.h"
#include "storage/storage.h"
#include "storage/tag_store.h"
#include "ui/article_html.h"
#include "ui/article_list_model.h"
#include "ui/collection_exporter.h"
#include "ui/feed_tree_model.h"
#include "ui/relative_date.h"
#include "ui/startup.h"
#include "ui/tag_list_model.h"
#include "ui/translations.h"
#include "ui_test_fixture.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QIcon>
#include <QImage>
#include <QScopeGuard>
#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace warta;
using namespace warta::test;
using Scope = ui::ArticleQuery::Scope;

class TestUiModels : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void articleListLoadsLazilyInBatches();
    void folderAndQuickFilterStreamThroughBatches();
    void feedTreeIsAValidModelAndUpdatesCountsInPlace();
    void feedTreeShowsSiteIconsWithTheErrorBadgeOnTop();
    void tagsCountAndFollowedArePinned();
    void relativeDatesInIndonesianAndEnglish();
    void dateTooltipIsLocalWithZoneAndWithoutSeconds();
    void readersMapTheFileOnlyWhenAsked();
    void untrustedBodyIsSanitised();
    void collectionExportsMarkdownAndHtml();
    void unopenableDatabaseIsExplainedAndLeftUntouched();

private:
    std::unique_ptr<UiFixture> m_db;
    std::unique_ptr<SqliteConnection> m_reader;
};

void TestUiModels::init()
{
    m_db = std::make_unique<UiFixture>();
    m_db->seedNews();
    m_reader = m_db->storage().openReader();
}

void TestUiModels::cleanup()
{
    m_reader.reset();
    m_db.reset();
}

void TestUiModels::articleListLoadsLazilyInBatches()
{
    m_db->addArticles(m_db->tempo, 1000);
    ui::ArticleListModel model(*m_reader); // (no model tester: it fetches more on every reset)
    model.setBatchSize(200);
    model.setQuery({Scope::Feed, m_db->tempo});
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1002);
    // Newest first, across batch edges.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, 0).data(ui::ArticleListModel::PublishedRole).toDateTime() >=
                model.index(r, 0).data(ui::ArticleListModel::PublishedRole).toDateTime());
}

void TestUiModels::folderAndQuickFilterStreamThroughBatches()
{
    m_db->addArticles(m_db->detik, 700);
    m_db->addArticles(m_db->tempo, 5);
    ui::ArticleListModel model(*m_reader);
    model.setBatchSize(100);
    model.setQuery({Scope::Folder, m_db->beritaFolder});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 5 + 5); // ANTARA 3 + Tempo 2 + 5 bulk; none of Detik's 700
    ui::ArticleQuery q{Scope::All};
    q.text = QStringLiteral("nomor 69");
    model.setQuery(q); // Detik's "Berita nomor 69", 169, 269 ... 669 and 690..699
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 17);
    q.text = QStringLiteral("tempo nomor 3");
    model.setQuery(q); // the feed's title counts too
    QCOMPARE(model.rowCount(), 1);
}

void TestUiModels::feedTreeIsAValidModelAndUpdatesCountsInPlace()
{
    ui::FeedTreeModel model(*m_reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex antara = model.find(ui::FeedTreeModel::Kind::Feed, m_db->antara);
    QCOMPARE(antara.data(ui::FeedTreeModel::UnreadRole).toInt(), 3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    m_db->storage().write(QStringLiteral("t"), [this](SqliteConnection &db) {
        ArticleStore::setRead(db, m_db->policyArticle, true);
    }).waitForFinished();
    model.reload();
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() >= 2); // the feed, its folder, All, Unread
    QCOMPARE(model.find(ui::FeedTreeModel::Kind::Feed, m_db->antara).data(ui::FeedTreeModel::UnreadRole).toInt(), 2);
    QCOMPARE(model.find(ui::FeedTreeModel::Kind::Folder, m_db->beritaFolder).data().toString(),
             QStringLiteral("Berita (4)"));
    m_db->storage().write(QStringLiteral("t"), [this](SqliteConnection &db) {
        db.exec(QStringLiteral("UPDATE feeds SET last_error = 'HTTP 500' WHERE title = 'Tempo'"));
    }).waitForFinished();
    model.reload();
    const QModelIndex tempo = model.find(ui::FeedTreeModel::Kind::Feed, m_db->tempo);
    QCOMPARE(tempo.data(ui::FeedTreeModel::ErrorRole).toString(), QStringLiteral("HTTP 500"));
    QVERIFY(tempo.data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 500")));
    QVERIFY(!tempo.data(Qt::DecorationRole).isNull());
}

void TestUiModels::feedTreeShowsSiteIconsWithTheErrorBadgeOnTop()
{
    ui::FeedTreeModel model(*m_reader);
    const auto iconAt = [&](qint64 feed, int x, int y) {
        const QImage image = model.find(ui::FeedTreeModel::Kind::Feed, feed).data(Qt::DecorationRole)
                                 .value<QIcon>().pixmap(32, 32).toImage();
        return image.isNull() ? QColor() : image.pixelColor(x, y);
    };
    const QColor generic = iconAt(m_db->antara, 8, 8);
    QVERIFY(generic.isValid()); // a feed without a site icon still has one, for alignment

    // One picture for two feeds of a site; a reload (as after the icon pass's write) shows it.
    QImage picture(32, 32, QImage::Format_ARGB32);
    const QColor teal(0, 128, 128);
    picture.fill(teal);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    const QList<qint64> feeds{m_db->antara, m_db->tempo};
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    m_db->storage().write(QStringLiteral("t"), [&](SqliteConnection &db) {
        SiteIconStore::save(db, feeds, png, QStringLiteral("ab12"), QStringLiteral("https://a.id/i.png"), 1);
        db.exec(QStringLiteral("UPDATE feeds SET last_error = 'HTTP 500' WHERE id = %1").arg(m_db->tempo));
    }).waitForFinished();
    model.reload();
    QVERIFY(changes.size() >= 2); // rows updated in place
    QCOMPARE(iconAt(m_db->antara, 8, 8), teal);
    QCOMPARE(iconAt(m_db->antara, 24, 24), teal);
    QCOMPARE(iconAt(m_db->detik, 8, 8), generic);
    // The failing feed keeps its site icon, with the warning drawn in the lower right.
    QCOMPARE(iconAt(m_db->tempo, 8, 8), teal);
    QVERIFY(iconAt(m_db->tempo, 24, 24) != teal);
}

void TestUiModels::tagsCountAndFollowedArePinned()
{
    ui::TagListModel model(*m_reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int tekno = model.rowOfKey(QStringLiteral("teknologi"));
    QVERIFY(tekno >= 0);
    QCOMPARE(model.index(tekno).data(ui::TagListModel::ArticlesRole).toInt(), 3); // ANTARA, Tempo, Detik
    QCOMPARE(model.index(tekno).data().toString(), QStringLiteral("Teknologi (3/3)"));
    m_db->storage().write(QStringLiteral("t"), [](SqliteConnection &db) {
        TagStore::setFollowed(db, QStringLiteral("Teknologi"), true);
    }).waitForFinished();
    model.reload();
    QCOMPARE(model.index(0).data(ui::TagListModel::KeyRole).toString(), QStringLiteral("teknologi"));
    QVERIFY(model.index(0).data(ui::TagListModel::FollowedRole).toBool());
}

void TestUiModels::relativeDatesInIndonesianAndEnglish()
{
    const QDateTime now(QDate(2024, 5, 20), QTime(15, 0));
    QVERIFY(ui::installTranslations(QStringLiteral("id")));
    QCOMPARE(ui::relativeDate(now.addSecs(-2 * 3600), now), QStringLiteral("2 jam lalu"));
    QCOMPARE(ui::relativeDate(now.addSecs(-5 * 60), now), QStringLiteral("5 menit lalu"));
    QCOMPARE(ui::relativeDate(now.addSecs(-20), now), QStringLiteral("baru saja"));
    QCOMPARE(ui::relativeDate(now.addDays(-1).addSecs(-3600), now), QStringLiteral("kemarin 14.00"));
    QCOMPARE(ui::relativeDate(now.addDays(-3), now), QStringLiteral("3 hari lalu"));
    QCOMPARE(ui::relativeDate(QDateTime(QDate(2024, 8, 17), QTime(8, 0)).addYears(-1), now), QStringLiteral("17 Agu 2023"));
    QVERIFY(ui::installTranslations(QStringLiteral("en")));
    QCOMPARE(ui::relativeDate(now.addSecs(-2 * 3600), now), QStringLiteral("2 hours ago"));
    QCOMPARE(ui::relativeDate(now.addSecs(-3600), now), QStringLiteral("1 hour ago"));
}

void TestUiModels::dateTooltipIsLocalWithZoneAndWithoutSeconds()
{
    // A reader in Jakarta (UTC+7, "WIB") for this test only; Qt calls tzset() before each
    // local-time conversion, so the zone applies at once.
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Asia/Jakarta");
    tzset();
    const auto restore = qScopeGuard([&] {
        if (hadTz)
            qputenv("TZ", oldTz);
        else
            qunsetenv("TZ");
        tzset();
        ui::installTranslations(QStringLiteral("en"));
    });
    // 2020-08-26 01:02:03 UTC: Wednesday 08.02 (and 3 seconds) in Jakarta.
    const QDateTime published(QDate(2020, 8, 26), QTime(1, 2, 3), Qt::UTC);
    m_db->exec(QStringLiteral("UPDATE articles SET published = %1 WHERE id = %2")
                   .arg(published.toSecsSinceEpoch())
                   .arg(m_db->policyArticle));
    ui::ArticleListModel model(*m_reader);
    const auto tooltip = [&] {
        model.setQuery({Scope::Feed, m_db->antara});
        const int row = model.rowOf(m_db->policyArticle);
        return row < 0 ? QString() : model.index(row, ui::ArticleListModel::DateColumn).data(Qt::ToolTipRole).toString();
    };

    QVERIFY(ui::installTranslations(QStringLiteral("id")));
    QCOMPARE(tooltip(), QStringLiteral("Rabu, 26 Agustus 2020 08.02 WIB"));
    QVERIFY(ui::installTranslations(QStringLiteral("en")));
    const QString english = tooltip();
    QVERIFY2(english.startsWith(QStringLiteral("Wednesday, August 26, 2020 8:02")), qPrintable(english));
    QVERIFY2(english.endsWith(QStringLiteral(" WIB")), qPrintable(english));
    QVERIFY2(!english.contains(QStringLiteral(":03")), qPrintable(english)); // no seconds
    // The title column keeps the title as its tooltip.
    QCOMPARE(model.index(model.rowOf(m_db->policyArticle), ui::ArticleListModel::TitleColumn).data(Qt::ToolTipRole),
             model.index(model.rowOf(m_db->policyArticle), ui::ArticleListModel::TitleColumn).data());
}

void TestUiModels::readersMapTheFileOnlyWhenAsked()
{
    // Searches keep mmap; the window's reader (Copied) keeps mapped pages out of its RSS.
    const auto mmapSize = [this](Storage::ReaderPages pages) {
        return m_db->storage().openReader(pages)->scalar(QStringLiteral("PRAGMA mmap_size")).toLongLong();
    };
    QCOMPARE(mmapSize(Storage::ReaderPages::Mapped), 1073741824LL);
    QCOMPARE(mmapSize(Storage::ReaderPages::Copied), 0LL);
    QCOMPARE(m_reader->scalar(QStringLiteral("PRAGMA mmap_size")).toLongLong(), 1073741824LL); // the default
    // Both read the same data.
    const QString count = QStringLiteral("SELECT count(*) FROM articles");
    QCOMPARE(m_db->storage().openReader(Storage::ReaderPages::Copied)->scalar(count), m_reader->scalar(count));
}

void TestUiModels::untrustedBodyIsSanitised()
{
    Article a;
    a.title = QStringLiteral("<b>Judul</b> & co");
    a.content = QStringLiteral("<p onclick=\"x()\">Satu</p><script>alert(1)</script><img src=\"https://evil/x.png\">"
                               "<iframe src=\"https://evil\"></iframe><p>Dua</p>");
    a.tags = {QStringLiteral("Teknologi")};
    const QString page = QString::fromUtf8(ui::renderArticlePage(a, {}));
    QVERIFY(page.contains(QStringLiteral("Content-Security-Policy")));
    QVERIFY(page.contains(QLatin1String(ui::kArticleCsp)));
    QVERIFY(page.contains(QStringLiteral("&lt;b&gt;Judul&lt;/b&gt; &amp; co")));
    QVERIFY(page.contains(QStringLiteral("<p>Satu</p>")));
    QVERIFY(page.contains(QStringLiteral("<p>Dua</p>")));
    // The allow-list sanitiser: no script, handler or frame (a frame becomes a plain link);
    // a remote image may stay in the markup, the CSP (img-src warta: data:) keeps it unloaded.
    for (const char *bad : {"<script", "onclick", "<iframe", "alert("})
        QVERIFY2(!page.contains(QLatin1String(bad)), bad);
    QVERIFY(page.contains(QStringLiteral("class=\"chip\"")));
    // The cautious fallback keeps only text.
    const QString text = ui::textOnlyHtml(a.content);
    for (const char *bad : {"<script", "onclick", "<iframe", "evil", "<img"})
        QVERIFY2(!text.contains(QLatin1String(bad)), bad);
}

void TestUiModels::collectionExportsMarkdownAndHtml()
{
    m_db->storage().write(QStringLiteral("t"), [this](SqliteConnection &db) {
        const qint64 c = CollectionStore::ensure(db, QStringLiteral("Bacaan [penting]"));
        CollectionStore::addArticle(db, c, m_db->startupArticle);
        CollectionStore::addArticle(db, c, m_db->policyArticle);
    }).waitForFinished();
    const QString md = ui::exportCollectionMarkdown(*m_reader, QStringLiteral("Bacaan [penting]"));
    QVERIFY(md.startsWith(QStringLiteral("# Bacaan \\[penting\\]\n")));
    QVERIFY(md.indexOf(QStringLiteral("## Startup teknologi")) < md.indexOf(QStringLiteral("## Pemerintah umumkan")));
    QVERIFY(md.contains(QStringLiteral("<https://news.example/a2>")));
    QVERIFY(md.contains(QStringLiteral("Ekosistem startup tumbuh pesat tahun ini.")));
    QVERIFY(md.contains(QStringLiteral("> **Baca Juga:** [Investor asing lirik startup lokal](https://news.example/t1)")));
    const QString html = QString::fromUtf8(ui::exportCollectionHtml(*m_reader, QStringLiteral("Bacaan [penting]")));
    QVERIFY(html.contains(QStringLiteral("<h1>Startup teknologi Indonesia tumbuh pesat</h1>")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(html.contains(QStringLiteral("Baca Juga")));
    QVERIFY(!html.contains(QStringLiteral("<link ")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

void TestUiModels::unopenableDatabaseIsExplainedAndLeftUntouched()
{
    // A database from a newer Warta.
    const QString newer = m_db->path(QStringLiteral("newer.db"));
    {
        Storage s(newer);
        s.write(QStringLiteral("t"), [](SqliteConnection &db) {
             db.exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (999, 0)"));
         }).waitForFinished();
    }
    // Not a database at all.
    const QString junk = m_db->path(QStringLiteral("junk.db"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    for (const QString &path : {newer, junk}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        f.close();
        QString error;
        QVERIFY(!ui::openStorage(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    }
}

QTEST_MAIN(TestUiModels)
#include "test_ui_models.moc"
