#include "net/fetcher.h"

#include "net/fetch_scheduler.h"

namespace warta::net {

Fetcher::Fetcher(FetcherOptions options, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("warta-net"));
    m_scheduler = new FetchScheduler(std::move(options));
    m_scheduler->moveToThread(&m_thread);
    m_thread.start();
}

Fetcher::~Fetcher()
{
    // Tear down on the network thread: QNAM and its replies must die where they live.
    QMetaObject::invokeMethod(
        m_scheduler, [scheduler = m_scheduler] { delete scheduler; },
        Qt::BlockingQueuedConnection);
    m_scheduler = nullptr;
    m_thread.quit();
    m_thread.wait();
}

QFuture<FetchResult> Fetcher::fetch(const FetchRequest &request)
{
    auto promise = std::make_shared<QPromise<FetchResult>>();
    promise->start();
    QFuture<FetchResult> future = promise->future();
    QMetaObject::invokeMethod(
        m_scheduler,
        [scheduler = m_scheduler, request, promise] { scheduler->enqueue(request, promise); },
        Qt::QueuedConnection);
    return future;
}

void Fetcher::cancelAll()
{
    QMetaObject::invokeMethod(
        m_scheduler, [scheduler = m_scheduler] { scheduler->cancelAll(); }, Qt::QueuedConnection);
}

} // namespace warta::net
