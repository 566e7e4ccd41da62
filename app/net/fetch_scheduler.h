#pragma once

#include "net/fetch_request.h"
#include "net/fetch_result.h"
#include "net/fetcher_options.h"

#include <QHash>
#include <QObject>
#include <QPromise>

#include <deque>
#include <memory>

class QNetworkAccessManager;

namespace warta::net {

class FetchJob;

/// The Fetcher's half that lives on the network thread: owns the QNetworkAccessManager,
/// queues requests and starts them within the overall and per-host limits.
/// Every method must be called on the network thread.
class FetchScheduler : public QObject
{
    Q_OBJECT
public:
    using Promise = std::shared_ptr<QPromise<FetchResult>>;

    explicit FetchScheduler(FetcherOptions options, QObject *parent = nullptr);
    ~FetchScheduler() override;

    void enqueue(const FetchRequest &request, const Promise &promise);
    /// Ends every queued and running fetch with Error::Cancelled.
    void cancelAll();

private:
    struct Pending
    {
        FetchRequest request;
        Promise promise;
    };
    struct Running
    {
        QString host;
        Promise promise;
    };

    void pump();
    void onJobDone(FetchJob *job, const FetchResult &result);
    QNetworkAccessManager *nam();

    FetcherOptions m_options;
    QNetworkAccessManager *m_nam = nullptr; // created lazily, on the network thread
    std::deque<Pending> m_queue;
    QHash<FetchJob *, Running> m_running;
    QHash<QString, int> m_perHost;
    bool m_pumping = false;
};

/// Resolves a promise with `result` and closes it.
void resolve(QPromise<FetchResult> &promise, const FetchResult &result);

} // namespace warta::net
