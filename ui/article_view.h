#pragma once

#include "ui/article_html.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

class ArticleSchemeHandler;

/// The reader pane: a QWebEngineView in its own off-the-record profile with JavaScript
/// off, fed only through the `warta:` scheme. Link clicks never navigate the pane:
/// known articles come back as articleLinkActivated, the rest as externalLinkActivated.
///
/// The WebEngine side (profile, view, page) is created on first use, or once the article
/// list has been painted (createWebViewAfterFirstPaintOf): starting Chromium takes a large
/// part of the launch, and the window can show its list without it (bench/ui/run.sh).
class ArticleView : public QWidget {
    Q_OBJECT
public:
    explicit ArticleView(SqliteConnection &reader, QWidget *parent = nullptr);
    /// Deletes the view and its page before the profile (WebEngine requires it).
    ~ArticleView() override;

    void showArticle(qint64 articleId);
    void clear();
    [[nodiscard]] qint64 articleId() const { return m_articleId; }

    void setRenderOptions(const ArticleRenderOptions &options);
    void setZoom(double factor);
    [[nodiscard]] double zoom() const;
    /// Scrolls one screen down; false when already at the end (space then moves on).
    bool pageDown();

    /// Creates the profile and web view now, if they do not exist yet.
    void createWebView();
    [[nodiscard]] bool hasWebView() const { return m_view != nullptr; }
    /// Creates the web view from the event loop right after `widget`'s first paint.
    void createWebViewAfterFirstPaintOf(QWidget *widget);

    /// The web view and its profile; both are created on first call.
    [[nodiscard]] QWebEngineView *webView();
    [[nodiscard]] QWebEngineProfile *profile();

signals:
    void articleLinkActivated(qint64 articleId);
    /// An uncached "Baca Juga" card: open `url` inside Warta once fetched and cached.
    void relatedLinkActivated(const QUrl &url, const QString &title);
    void externalLinkActivated(const QUrl &url);
    /// A tag chip in the header was clicked.
    void tagLinkActivated(const QString &tag);
    /// A chip's follow link was clicked: follow (or unfollow) `tag`.
    void tagFollowRequested(const QString &tag, bool follow);
    void loadFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLinkClicked(const QUrl &url);
    void emitRelated(const QUrl &cardUrl);
    void requestFollow(const QString &tag, bool follow);
    [[nodiscard]] bool isTagFollowed(const QString &tag);

    SqliteConnection &m_reader;
    /// Follow choices clicked but not yet written: the chip shows them at once.
    QHash<QString, bool> m_pendingFollow;

    qint64 m_articleId = 0;
    /// Kept here while there is no view, applied when it is created.
    double m_zoom = 1.0;
    QPointer<QWidget> m_firstPaintOf;
    ArticleSchemeHandler *m_handler = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
};

} // namespace warta::ui
