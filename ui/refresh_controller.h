#pragma once

#include <QObject>

namespace warta::ui {

/// The seam between the UI and the refresh service (warta::RefreshService, app/services):
/// the composition root adapts the service to this interface; the status bar and the
/// Refresh actions only know these calls and signals. Null means "no refresh in this build".
class RefreshController : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void refreshAll() = 0;
    virtual void refreshFeed(qint64 feedId) = 0;
    virtual void cancel() = 0;

signals:
    void started(int feeds);
    void progress(int done, int total);
    void feedFailed(qint64 feedId, const QString &message);
    void finished(int newArticles);
};

} // namespace warta::ui
