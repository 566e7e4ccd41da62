#include "ui_test_fixture.h"

#include "storage/article_store.h"
#include "storage/feed_store.h"

namespace warta::test {

UiFixture::UiFixture()
{
    m_storage = std::make_unique<Storage>(m_dir.filePath(QStringLiteral("warta.db")));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

UiFixture::~UiFixture()
{
    m_storage->drain();
}

void UiFixture::exec(const QString &sql)
{
    m_storage->write(QStringLiteral("test SQL"), [sql](SqliteConnection &db) { db.exec(sql); }).waitForFinished();
}

static ArticleStore::Incoming item(const QString &guid, const QString &title, const QDateTime &when,
                                   const QStringList &tags, const QString &summary = {})
{
    ArticleStore::Incoming in;
    in.guid = guid;
    in.link = QStringLiteral("https://news.example/") + guid;
    in.title = title;
    in.author = QStringLiteral("Redaksi");
    in.summary = summary.isEmpty() ? QStringLiteral("Ringkasan: ") + title : summary;
    in.published = when;
    in.categories = tags;
    return in;
}

void UiFixture::seedNews()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_storage
        ->write(QStringLiteral("seeding"),
                [this, now](SqliteConnection &db) {
                    Transaction tx(db);
                    beritaFolder = FeedStore::ensureFolderPath(db, QStringLiteral("Berita"));
                    teknoFolder = FeedStore::ensureFolderPath(db, QStringLiteral("Teknologi"));
                    antara = FeedStore::add(db, QStringLiteral("https://antara.example/rss"), QStringLiteral("ANTARA"),
                                            beritaFolder).id;
                    tempo = FeedStore::add(db, QStringLiteral("https://tempo.example/rss"), QStringLiteral("Tempo"),
                                           beritaFolder).id;
                    detik = FeedStore::add(db, QStringLiteral("https://detik.example/rss"), QStringLiteral("Detik Inet"),
                                           teknoFolder).id;
                    using ArticleStore::upsert;
                    policyArticle = upsert(db, antara, item(QStringLiteral("a1"), QStringLiteral("Pemerintah umumkan kebijakan pangan"),
                                                            now.addSecs(-2 * 3600), {QStringLiteral("Politik")})).id;
                    startupArticle = upsert(db, antara, item(QStringLiteral("a2"), QStringLiteral("Startup teknologi Indonesia tumbuh pesat"),
                                                             now.addSecs(-3600), {QStringLiteral("Teknologi"), QStringLiteral("Ekonomi")})).id;
                    scriptArticle = upsert(db, antara, item(QStringLiteral("a3"), QStringLiteral("Artikel dengan skrip"),
                                                            now.addSecs(-3 * 3600), {},
                                                            QStringLiteral("<p>Isi aman.</p><script>document.title='pwned'</script>"))).id;
                    cachedTarget = upsert(db, tempo, item(QStringLiteral("t1"), QStringLiteral("Investor asing lirik startup lokal"),
                                                          now.addSecs(-5 * 3600), {QStringLiteral("Teknologi")})).id;
                    upsert(db, tempo, item(QStringLiteral("t2"), QStringLiteral("Harga beras naik di pasar"),
                                           now.addSecs(-26 * 3600), {QStringLiteral("Ekonomi")}));
                    detikArticle = upsert(db, detik, item(QStringLiteral("d1"), QStringLiteral("Ponsel lipat baru dirilis"),
                                                          now.addSecs(-4 * 3600), {QStringLiteral("teknologi ")})).id;
                    upsert(db, detik, item(QStringLiteral("d2"), QStringLiteral("Tips menjaga baterai laptop"),
                                           now.addDays(-3), {QStringLiteral("Gadget")}));

                    // What extraction would have stored: a body with a "Baca Juga" marker.
                    Statement ex = db.prepare(QStringLiteral(
                        "UPDATE articles SET extracted_html = ?2, byline = ?3, extracted_at = ?4, site_name = ?5 WHERE id = ?1"));
                    ex.bind(1, startupArticle)
                        .bind(2, QStringLiteral("<p>Ekosistem startup tumbuh pesat tahun ini.</p>"
                                                "<aside class=\"warta-related\" data-related=\"0\"></aside>"
                                                "<p>Pendanaan meningkat dua kali lipat.</p>"
                                                "<aside class=\"warta-related\" data-related=\"1\"></aside>"
                                                "<p>Paragraf penutup.</p>"))
                        .bind(3, QStringLiteral("Budi Santoso"))
                        .bind(4, now)
                        .bind(5, QStringLiteral("ANTARA News"));
                    ex.run();
                    Statement cache = db.prepare(QStringLiteral(
                        "UPDATE articles SET extracted_html = '<p>Isi tersimpan.</p>', extracted_at = ?2 WHERE id = ?1"));
                    cache.bind(1, cachedTarget).bind(2, now);
                    cache.run();
                    Statement rel = db.prepare(QStringLiteral(
                        "INSERT INTO related_links(article_id, position, text, url) VALUES (?1, ?2, ?3, ?4)"));
                    rel.bind(1, startupArticle).bind(2, 0).bind(3, QStringLiteral("Investor asing lirik startup lokal"))
                        .bind(4, QStringLiteral("https://news.example/t1"));
                    rel.run();
                    rel.reset();
                    rel.bind(1, startupArticle).bind(2, 1).bind(3, QStringLiteral("Belum tersimpan: berita lain"))
                        .bind(4, QStringLiteral("https://news.example/elsewhere"));
                    rel.run();
                    tx.commit();
                })
        .waitForFinished();
}

void UiFixture::addArticles(qint64 feedId, int count)
{
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
    m_storage
        ->write(QStringLiteral("bulk"),
                [feedId, count, base](SqliteConnection &db) {
                    Transaction tx(db);
                    for (int i = 0; i < count; ++i)
                        ArticleStore::upsert(db, feedId,
                                             item(QStringLiteral("bulk-%1-%2").arg(feedId).arg(i),
                                                  QStringLiteral("Berita nomor %1").arg(i), base.addSecs(-60 * i), {}));
                    tx.commit();
                })
        .waitForFinished();
}

} // namespace warta::test
