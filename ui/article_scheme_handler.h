#pragma once

#include "ui/article_html.h"

#include <QWebEngineUrlSchemeHandler>

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

/// Registers the `warta:` scheme. Must run before the QApplication is constructed
/// (in tests: from the test class's static initMain()).
void registerUrlSchemes();

/// Serves `warta://article/<id>` and cached images (`warta://image/<sha256>`) from the
/// database, so a cached article renders the same, images included, with the network off. Runs on the GUI thread (Qt 6), like the reader it uses.
class ArticleSchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
public:
    ArticleSchemeHandler(SqliteConnection &reader, QObject *parent = nullptr);

    void setRenderOptions(const ArticleRenderOptions &options) { m_options = options; }
    [[nodiscard]] const ArticleRenderOptions &renderOptions() const { return m_options; }

    [[nodiscard]] static QUrl articleUrl(qint64 id);
    /// The article id of a `warta://article/<id>` URL, 0 otherwise.
    [[nodiscard]] static qint64 articleIdOf(const QUrl &url);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void serveImage(QWebEngineUrlRequestJob *job);

    SqliteConnection &m_reader;
    ArticleRenderOptions m_options;
};

} // namespace warta::ui
