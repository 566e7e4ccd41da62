#pragma once

#include "sync/sync_types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace warta {

/// A blocking client for Tiny Tiny RSS's JSON API (level 15, tt-rss 21). It owns its own
/// QNetworkAccessManager, so create and use it on one worker thread (the sync thread or
/// the CLI's), never the GUI thread. Every call is a JSON POST; failures throw SyncError.
/// Network failures and 5xx answers are retried with back-off so a server restart in the
/// middle of a sync is ridden out; API errors are not retried.
class TtRssClient {
public:
    struct Options {
        QString apiUrl;   ///< normalised with normaliseApiUrl()
        QString user;
        QString password;
        int timeoutMs = 30000;
        QList<int> retryDelaysMs{500, 1000, 2000, 4000};
        CancelCheck cancelled;
    };
    explicit TtRssClient(Options options);
    ~TtRssClient();
    TtRssClient(const TtRssClient &) = delete;
    TtRssClient &operator=(const TtRssClient &) = delete;

    /// "http://host/tt-rss" or ".../api" -> "http://host/tt-rss/api/".
    static QString normaliseApiUrl(const QString &url);

    /// Logs in; throws Auth, ApiDisabled, Network or BadResponse.
    void login();
    [[nodiscard]] int apiLevel() const { return m_apiLevel; }

    /// One API call with the session id; logs in again once if the session expired.
    QJsonValue call(const QString &op, QJsonObject params = {});

    QJsonArray getCategories();
    QJsonArray getFeeds();           ///< all real feeds (cat_id -3)
    QJsonArray getLabels();          ///< ids are label feed ids (negative)
    QJsonArray getHeadlines(const QJsonObject &params);
    /// field: 0 starred ("marked"), 2 unread; mode: 0 false, 1 true (never 2, the toggle).
    void updateArticle(const QList<qint64> &ids, int field, int mode);
    void setArticleLabel(const QList<qint64> &ids, qint64 labelFeedId, bool assign);
    /// Returns tt-rss's status code: 0 already subscribed, 1 added, 2 invalid URL,
    /// 3 no feed at the URL, 4 several feeds, 5 could not download.
    int subscribeToFeed(const QString &url, qint64 categoryId, QString *message);
    /// False when the server does not have the feed (already gone).
    bool unsubscribeFeed(qint64 feedId);

private:
    QJsonObject post(const QJsonObject &body);
    QByteArray postOnce(const QByteArray &body, int *httpStatus, QString *networkError, bool *tlsError);
    void checkCancelled() const;
    void sleepMs(int ms) const;

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_sid;
    int m_apiLevel = 0;
};

} // namespace warta
