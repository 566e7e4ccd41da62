#pragma once

#include "ui/refresh_controller.h"

#include <functional>

namespace warta {
class RefreshService;
class Storage;
struct RefreshSummary;
} // namespace warta

namespace warta::ui {

/// Adapts warta::RefreshService to the UI's RefreshController seam (built in the
/// composition root). Also decides the offline indicator: a refresh in which every
/// feed that was tried failed means the network is unreachable, whatever the OS says.
class ServiceRefreshController : public RefreshController {
    Q_OBJECT
public:
    ServiceRefreshController(RefreshService &service, Storage &storage, QObject *parent = nullptr);

    void refreshAll() override;
    void refreshFeed(qint64 feedId) override;
    void refreshFeeds(const QList<qint64> &feedIds) override;
    void downloadForOffline(const QList<qint64> &feedIds) override;
    void cancel() override;

    /// Whether new articles get their page cached during a refresh: asked at the start of
    /// each refresh, so a change in the settings applies to the next one without a restart.
    void setFullText(std::function<bool()> wanted) { m_fullText = std::move(wanted); }
    [[nodiscard]] bool isOffline() const { return m_offline; }

private:
    void onFinished(const warta::RefreshSummary &summary);

    RefreshService &m_service;
    Storage &m_storage;
    std::function<bool()> m_fullText;
    bool m_offline = false;
    bool m_caching = false; ///< the running job is a "download for offline", not a refresh
};

} // namespace warta::ui
