#pragma once

#include "net/fetch_request.h"
#include "net/fetch_result.h"
#include "net/fetcher_options.h"

#include <QFuture>
#include <QObject>
#include <QThread>

namespace warta::net {

class FetchScheduler;

/// The app's HTTP client. Owns a QNetworkAccessManager on its own thread (never the GUI
/// thread) and runs fetches within FetcherOptions' concurrency limits.
///
/// fetch() and cancelAll() may be called from any thread. Construct and destroy the Fetcher
/// on one thread that is not its network thread; destruction cancels what is still running.
class Fetcher : public QObject
{
    Q_OBJECT
public:
    explicit Fetcher(FetcherOptions options = {}, QObject *parent = nullptr);
    ~Fetcher() override;

    /// Queues a GET. The future always gets exactly one FetchResult (errors included), unless
    /// the caller cancels the future itself while the request is still queued.
    [[nodiscard]] QFuture<FetchResult> fetch(const FetchRequest &request);

    /// Ends every queued and running fetch with FetchResult::Error::Cancelled.
    void cancelAll();

private:
    QThread m_thread;
    FetchScheduler *m_scheduler = nullptr; // lives on m_thread
};

} // namespace warta::net
