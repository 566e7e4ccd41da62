#include "net/fetch_scheduler.h"

#include "net/fetch_job.h"

#include <QNetworkAccessManager>

namespace warta::net {

namespace {

FetchResult failed(const FetchRequest &request, FetchResult::Error error, const QString &message)
{
    FetchResult result;
    result.requestedUrl = request.url;
    result.finalUrl = request.url;
    result.error = error;
    result.errorMessage = message;
    return result;
}

} // namespace

void resolve(QPromise<FetchResult> &promise, const FetchResult &result)
{
    promise.addResult(result);
    promise.finish();
}

FetchScheduler::FetchScheduler(FetcherOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_options.maxConcurrent = qMax(1, m_options.maxConcurrent);
    m_options.maxPerHost = qMax(1, m_options.maxPerHost);
}

FetchScheduler::~FetchScheduler()
{
    cancelAll();
    delete m_nam;
}

QNetworkAccessManager *FetchScheduler::nam()
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager;
        // We follow redirects ourselves (see FetchJob) and want no disk cache here.
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_nam;
}

void FetchScheduler::enqueue(const FetchRequest &request, const Promise &promise)
{
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        resolve(*promise, failed(request, FetchResult::Error::Network,
                                 QStringLiteral("Unsupported URL: %1")
                                     .arg(request.url.toDisplayString())));
        return;
    }
    m_queue.push_back({request, promise});
    pump();
}

void FetchScheduler::pump()
{
    // A job may finish (and call back into pump) while we start it: do not nest.
    if (m_pumping)
        return;
    m_pumping = true;
    while (m_running.size() < m_options.maxConcurrent) {
        // First request whose host has room: one busy outlet must not stall the rest.
        auto it = m_queue.begin();
        while (it != m_queue.end()) {
            if (it->promise->isCanceled()) { // QFuture::cancel() by the caller while queued
                it->promise->finish();
                it = m_queue.erase(it);
                continue;
            }
            if (m_perHost.value(it->request.url.host().toLower()) < m_options.maxPerHost)
                break;
            ++it;
        }
        if (it == m_queue.end())
            break;
        Pending pending = std::move(*it);
        m_queue.erase(it);
        const QString host = pending.request.url.host().toLower();
        ++m_perHost[host];
        auto *job = new FetchJob(nam(), m_options, std::move(pending.request),
                                 [this](FetchJob *j, const FetchResult &r) { onJobDone(j, r); },
                                 this);
        m_running.insert(job, {host, pending.promise});
        job->start();
    }
    m_pumping = false;
}

void FetchScheduler::onJobDone(FetchJob *job, const FetchResult &result)
{
    const auto found = m_running.constFind(job);
    if (found == m_running.cend())
        return;
    const Running running = found.value();
    m_running.erase(found);
    if (--m_perHost[running.host] <= 0)
        m_perHost.remove(running.host);
    job->deleteLater(); // we are inside one of its slots
    resolve(*running.promise, result);
    pump();
}

void FetchScheduler::cancelAll()
{
    std::deque<Pending> queued;
    queued.swap(m_queue);
    for (const Pending &pending : queued)
        resolve(*pending.promise, failed(pending.request, FetchResult::Error::Cancelled,
                                         QStringLiteral("Cancelled")));
    // cancel() reports back through onJobDone, which edits m_running and pumps an empty queue.
    const QList<FetchJob *> jobs = m_running.keys();
    for (FetchJob *job : jobs)
        job->cancel();
}

} // namespace warta::net
