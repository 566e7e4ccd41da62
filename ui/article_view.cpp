#include "ui/article_view.h"

#include "core/text_utils.h"
#include "storage/sqlite_connection.h"
#include "ui/article_page.h"
#include "ui/article_scheme_handler.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace warta::ui {

namespace {

QUrl blankUrl()
{
    return QUrl(QStringLiteral("warta://blank/"));
}

} // namespace

ArticleView::ArticleView(SqliteConnection &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    // The handler is a plain QObject: it holds the render options before the view exists.
    m_handler = new ArticleSchemeHandler(reader, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setRenderOptions({});
}

ArticleView::~ArticleView()
{
    delete m_view; // owns the page
    m_view = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void ArticleView::createWebView()
{
    if (m_view)
        return;
    // No storage name: off the record, nothing of article pages is written to disk.
    // The first profile starts Chromium: this is the expensive line.
    m_profile = new QWebEngineProfile(this);
    m_profile->installUrlSchemeHandler("warta", m_handler);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("articleWebView"));
    auto *page = new ArticlePage(m_profile, m_view);
    m_view->setPage(page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    connect(page, &ArticlePage::linkClicked, this, &ArticleView::onLinkClicked);
    connect(m_view, &QWebEngineView::loadFinished, this, &ArticleView::loadFinished);
    layout()->addWidget(m_view);
    // Whatever was asked before the view existed: the open article, else the empty pane.
    m_view->setUrl(m_articleId ? ArticleSchemeHandler::articleUrl(m_articleId) : blankUrl());
    m_view->setZoomFactor(m_zoom);
}

void ArticleView::createWebViewAfterFirstPaintOf(QWidget *widget)
{
    if (m_view || !widget)
        return;
    if (m_firstPaintOf)
        m_firstPaintOf->removeEventFilter(this);
    m_firstPaintOf = widget;
    widget->installEventFilter(this);
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstPaintOf && watched == m_firstPaintOf) {
        m_firstPaintOf->removeEventFilter(this);
        m_firstPaintOf = nullptr;
        // After this paint has reached the screen, not inside it.
        QTimer::singleShot(0, this, &ArticleView::createWebView);
    }
    return QWidget::eventFilter(watched, event);
}

QWebEngineView *ArticleView::webView()
{
    createWebView();
    return m_view;
}

QWebEngineProfile *ArticleView::profile()
{
    createWebView();
    return m_profile;
}

void ArticleView::onLinkClicked(const QUrl &url)
{
    if (const qint64 id = ArticleSchemeHandler::articleIdOf(url))
        emit articleLinkActivated(id);
    else if (url.scheme() == QLatin1String("warta") && url.host() == QLatin1String("related"))
        emitRelated(url);
    else if (url.scheme() == QLatin1String("warta") && url.host() == QLatin1String("tag"))
        emit tagLinkActivated(url.path(QUrl::FullyDecoded).mid(1));
    else if (url.scheme() == QLatin1String("warta") && url.host() == QLatin1String("tag-follow"))
        requestFollow(url.path(QUrl::FullyDecoded).mid(1), true);
    else if (url.scheme() == QLatin1String("warta") && url.host() == QLatin1String("tag-unfollow"))
        requestFollow(url.path(QUrl::FullyDecoded).mid(1), false);
    else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        emit externalLinkActivated(url);
}

void ArticleView::emitRelated(const QUrl &cardUrl)
{
    const QUrlQuery query(cardUrl);
    const QUrl target(QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("url"), QUrl::FullyEncoded).toUtf8()));
    const QString title = QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("title"), QUrl::FullyEncoded).toUtf8());
    if (target.scheme() == QLatin1String("http") || target.scheme() == QLatin1String("https"))
        emit relatedLinkActivated(target, title);
}

void ArticleView::requestFollow(const QString &tag, bool follow)
{
    if (tag.isEmpty())
        return;
    m_pendingFollow.insert(normaliseTagKey(tag), follow);
    emit tagFollowRequested(tag, follow);
    if (m_articleId && m_view)
        m_view->reload();
}

bool ArticleView::isTagFollowed(const QString &tag)
{
    const QString key = normaliseTagKey(tag);
    bool stored = false;
    try {
        Statement q = m_reader.prepare(QStringLiteral("SELECT followed FROM tags WHERE key = ?1"));
        q.bind(1, key);
        stored = q.next() && q.int64(0) != 0;
    } catch (const StorageError &) {
        // The chip then offers "follow"; following twice is harmless.
    }
    const auto pending = m_pendingFollow.constFind(key);
    if (pending == m_pendingFollow.constEnd())
        return stored;
    const bool wanted = pending.value();
    if (wanted == stored)
        m_pendingFollow.remove(key); // written: the database is the truth again
    return wanted;
}

void ArticleView::showArticle(qint64 articleId)
{
    if (articleId != m_articleId)
        m_pendingFollow.clear();
    m_articleId = articleId;
    if (!m_view)
        createWebView(); // loads the article
    else
        m_view->setUrl(ArticleSchemeHandler::articleUrl(articleId));
}

void ArticleView::clear()
{
    m_articleId = 0;
    // Without a view the pane is already empty; the view starts blank when created.
    if (m_view)
        m_view->setUrl(blankUrl());
}

void ArticleView::setRenderOptions(const ArticleRenderOptions &options)
{
    ArticleRenderOptions withFollow = options;
    withFollow.isTagFollowed = [this](const QString &tag) { return isTagFollowed(tag); };
    m_handler->setRenderOptions(withFollow);
    if (m_articleId && m_view)
        m_view->reload();
}

void ArticleView::setZoom(double factor)
{
    m_zoom = qBound(0.5, factor, 3.0);
    if (m_view)
        m_view->setZoomFactor(m_zoom);
}

double ArticleView::zoom() const
{
    // Once the view exists its factor is the truth (the page may change it itself).
    return m_view ? m_view->zoomFactor() : m_zoom;
}

bool ArticleView::pageDown()
{
    if (!m_view)
        return false; // nothing shown yet
    QWebEnginePage *page = m_view->page();
    const double bottom = page->scrollPosition().y() + m_view->height() / page->zoomFactor();
    if (bottom >= page->contentsSize().height() - 2)
        return false;
    // With JavaScript off, scroll the way a user would: a Page Down key to the page.
    if (QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &press);
        QCoreApplication::sendEvent(target, &release);
    }
    return true;
}

} // namespace warta::ui
