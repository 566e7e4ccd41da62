#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace warta::test {

/// The real tt-rss started by scripts/ttrss.sh (loopback, Debian packages). Each test
/// makes its own server user, so tests never see each other's feeds or labels.
class TtRssServer {
public:
    /// Starts (installing if needed) once per process; false with `why` if impossible.
    static bool ensureRunning(QString *why);
    static QString apiUrl();
    static QString feedsDir();
    /// Runs scripts/ttrss.sh with `args`; fails hard (qFatal) on a non-zero exit.
    static QString script(const QStringList &args, int timeoutMs = 120000);
    static QString sql(const QString &statement) { return script({QStringLiteral("sql"), statement}).trimmed(); }

    /// A new user with API access: unique name, password "pw-<name>".
    static QString newUser(const QString &prefix);
    static QString password(const QString &user) { return QStringLiteral("pw-") + user; }
    /// A feed of `items` articles served on loopback, subscribed for `user` and fetched.
    static void addFeed(const QString &user, const QString &name, int items, const QString &category = {});
    /// `count` articles inserted straight into tt-rss's tables (fast, for volume tests).
    static void addBulkArticles(const QString &user, const QString &tag, int count, int contentBytes);
    static void stop() { script({QStringLiteral("stop")}); }
    static void start() { script({QStringLiteral("start")}); }
    /// Server article id of the article with this title for `user`.
    static qint64 remoteId(const QString &user, const QString &title);
    static bool unread(qint64 remoteId) { return sql(QStringLiteral("SELECT unread FROM ttrss_user_entries WHERE ref_id = %1").arg(remoteId)) == QLatin1String("t"); }
    static bool marked(qint64 remoteId) { return sql(QStringLiteral("SELECT marked FROM ttrss_user_entries WHERE ref_id = %1").arg(remoteId)) == QLatin1String("t"); }
};

} // namespace warta::test
