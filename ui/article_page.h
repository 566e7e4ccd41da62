#pragma once

#include <QWebEnginePage>

namespace warta::ui {

/// A page that refuses to navigate on link clicks and reports them instead, so the
/// pane only ever shows what Warta served through `warta:`.
class ArticlePage : public QWebEnginePage {
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;

signals:
    void linkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace warta::ui
