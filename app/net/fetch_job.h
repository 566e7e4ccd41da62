#pragma once

#include "net/fetch_request.h"
#include "net/fetch_result.h"
#include "net/fetcher_options.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace warta::net {

class ContentDecoder;

/// One fetch, all its redirect hops included. Lives on the Fetcher's network thread.
/// Redirects are followed by hand (ManualRedirectPolicy) so that loops, hop counts and
/// "were all hops permanent" are ours to see.
class FetchJob : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(FetchJob *, const FetchResult &)>;

    FetchJob(QNetworkAccessManager *nam, const FetcherOptions &options, FetchRequest request,
             DoneCallback done, QObject *parent = nullptr);
    ~FetchJob() override;

    void start();
    /// Ends the job now with Error::Cancelled (no-op once finished).
    void cancel();

private:
    void startHop(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void followRedirect(int status, const QByteArray &location);
    bool appendBody(const QByteArray &chunk);
    void finishError(FetchResult::Error error, const QString &message);
    void finishSuccess();
    void complete(FetchResult result);
    void dropReply();

    QNetworkAccessManager *m_nam;
    const FetcherOptions &m_options;
    FetchRequest m_request;
    DoneCallback m_done;

    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_transferTimer;
    QUrl m_currentUrl;
    QSet<QUrl> m_visited;
    int m_hops = 0;
    bool m_allPermanent = true;
    bool m_headersSeen = false;
    bool m_errorStatus = false; // error status seen, finishing from the event loop
    bool m_finished = false;
    QByteArray m_body;               // decoded
    qint64 m_rawBytes = 0;           // as received, for the Content-Length check
    std::unique_ptr<ContentDecoder> m_decoder; // set once a 2xx/304 header arrives
};

} // namespace warta::net
