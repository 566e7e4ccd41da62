#include "ui/article_page.h"

namespace warta::ui {

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false; // no frames from article content
    if (type == NavigationTypeLinkClicked) {
        emit linkClicked(url);
        return false;
    }
    if (type == NavigationTypeFormSubmitted)
        return false; // a form in an article never sends anything anywhere
    // Only Warta's own pages load in the pane (setUrl, reloads, a refresh to another
    // article); never a data:, file: or web page, whatever the article asks for.
    return url.scheme() == QLatin1String("warta") &&
           (url.host() == QLatin1String("article") || url.host() == QLatin1String("blank"));
}

QWebEnginePage *ArticlePage::createWindow(WebWindowType)
{
    return nullptr; // target=_blank and friends: never a new window
}

} // namespace warta::ui
