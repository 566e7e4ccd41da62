#include "ttrss_server.h"

#include "test_paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcessEnvironment>

namespace warta::test {

namespace {

QString g_api;
QString g_feeds;
bool g_tried = false;
bool g_ok = false;
QString g_why;

QString scriptPath()
{
    return sourceDir() + QStringLiteral("/scripts/ttrss.sh");
}

int run(const QStringList &args, QString *out, int timeoutMs)
{
    QProcess p;
    p.start(scriptPath(), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *out = QStringLiteral("timed out: ttrss.sh ") + args.join(QLatin1Char(' '));
        return -1;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitCode() != 0)
        *out += QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

bool TtRssServer::ensureRunning(QString *why)
{
    if (!g_tried) {
        g_tried = true;
        QString out;
        // Installing from scratch takes a minute or two; starting takes seconds.
        if (run({QStringLiteral("start")}, &out, 300000) != 0) {
            g_why = QStringLiteral("scripts/ttrss.sh start failed: ") + out.trimmed();
        } else {
            run({QStringLiteral("env")}, &out, 10000);
            for (const QString &line : out.split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("TTRSS_API=")))
                    g_api = line.mid(10);
                if (line.startsWith(QLatin1String("TTRSS_FEEDS_DIR=")))
                    g_feeds = line.mid(16);
            }
            g_ok = !g_api.isEmpty();
        }
    }
    if (why)
        *why = g_why;
    return g_ok;
}

QString TtRssServer::apiUrl() { return g_api; }
QString TtRssServer::feedsDir() { return g_feeds; }

QString TtRssServer::script(const QStringList &args, int timeoutMs)
{
    QString out;
    if (run(args, &out, timeoutMs) != 0)
        qFatal("ttrss.sh %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(out));
    return out;
}

QString TtRssServer::newUser(const QString &prefix)
{
    static int n = 0;
    const QString name = QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++n);
    script({QStringLiteral("user"), name, password(name)});
    return name;
}

void TtRssServer::addFeed(const QString &user, const QString &name, int items, const QString &category)
{
    const QString file = user + QLatin1Char('-') + name + QStringLiteral(".xml");
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>%1</title>"
                                 "<link>http://example.com/%1</link>\n").arg(name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= items; ++i) {
        xml += QStringLiteral("<item><title>%1 berita %2</title><link>http://example.com/%3/%1/%2</link>"
                              "<guid>%3-%1-%2</guid><pubDate>%4</pubDate><description>Isi berita %2 dari %1.</description>"
                              "<category>politik</category></item>\n")
                   .arg(name).arg(i).arg(user, now.addSecs(-60 * i).toString(Qt::RFC2822Date));
    }
    xml += QStringLiteral("</channel></rss>\n");
    QFile out(feedsDir() + QLatin1Char('/') + file);
    if (!out.open(QIODevice::WriteOnly) || out.write(xml.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(out.fileName()));
    out.close();
    QString categoryPart = QStringLiteral("NULL");
    if (!category.isEmpty()) {
        sql(QStringLiteral("INSERT INTO ttrss_feed_categories (owner_uid, title) SELECT id, '%2' FROM ttrss_users WHERE login = '%1'")
                .arg(user, category));
        categoryPart = QStringLiteral("(SELECT max(id) FROM ttrss_feed_categories WHERE title = '%1')").arg(category);
    }
    sql(QStringLiteral("INSERT INTO ttrss_feeds (owner_uid, title, feed_url, cat_id) SELECT id, '%2', "
                       "'http://[::ffff:127.0.0.1]/%3', %4 FROM ttrss_users WHERE login = '%1'")
            .arg(user, name, file, categoryPart));
    script({QStringLiteral("update")});
}

void TtRssServer::addBulkArticles(const QString &user, const QString &tag, int count, int contentBytes)
{
    const QString url = QStringLiteral("http://[::ffff:127.0.0.1]/bulk-%1-%2.xml").arg(user, tag);
    // last_updated far ahead: update.php must not try to fetch this made-up feed.
    sql(QStringLiteral(
            "INSERT INTO ttrss_feeds (owner_uid, title, feed_url, last_updated) SELECT id, 'Bulk %2', '%3', NOW() "
            "FROM ttrss_users WHERE login = '%1';"
            "INSERT INTO ttrss_entries (title, guid, link, updated, content, content_hash, date_entered, date_updated) "
            "SELECT 'Bulk %2 ' || g, '%1-%2-' || g, 'http://example.com/%1/%2/' || g, NOW() - g * interval '1 second', "
            "repeat('Isi berita yang cukup panjang. ', %5), 'h' || g, NOW(), NOW() FROM generate_series(1, %4) g;"
            "INSERT INTO ttrss_user_entries (ref_id, uuid, feed_id, owner_uid, tag_cache, label_cache, unread) "
            "SELECT e.id, '', f.id, f.owner_uid, '', '', true FROM ttrss_entries e JOIN ttrss_feeds f ON f.feed_url = '%3' "
            "WHERE e.guid LIKE '%1-%2-%%'")
            .arg(user, tag, url).arg(count).arg(qMax(1, contentBytes / 31)));
}

qint64 TtRssServer::remoteId(const QString &user, const QString &title)
{
    return sql(QStringLiteral("SELECT e.id FROM ttrss_entries e JOIN ttrss_user_entries u ON u.ref_id = e.id "
                              "JOIN ttrss_users s ON s.id = u.owner_uid WHERE s.login = '%1' AND e.title = '%2'")
                   .arg(user, title)).toLongLong();
}

} // namespace warta::test
