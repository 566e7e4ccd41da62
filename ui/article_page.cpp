#include "ui/article_page.h"

namespace warta::ui {

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false; // no frames from article content
    if (type == NavigationTypeLinkClicked || type == NavigationTypeFormSubmitted) {
        emit linkClicked(url);
        return false;
    }
    // Only Warta's own loads (setUrl on warta: URLs) and reloads pass.
    const QString scheme = url.scheme();
    return scheme == QLatin1String("warta") || scheme == QLatin1String("about") || scheme == QLatin1String("data");
}

QWebEnginePage *ArticlePage::createWindow(WebWindowType)
{
    return nullptr; // target=_blank and friends: never a new window
}

} // namespace warta::ui
