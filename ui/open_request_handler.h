#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QMessageBox;
class QWidget;

namespace warta {
class Storage;
struct FeedCandidate;
struct SubscribeResult;
} // namespace warta

namespace warta::ui {

/// What a link or file handed to Warta (command line, desktop, second launch) asks for.
struct OpenRequest {
    enum class Kind {
        Subscribe,   ///< `url`: a feed (or a page linking to one) to subscribe to
        FeedFile,    ///< `path`: an RSS/Atom/JSON feed document saved to disk; `url`: where it is published
        OpmlFile,    ///< `path`: subscriptions to import
        Unsupported, ///< `error` says why
    };
    Kind kind = Kind::Unsupported;
    QUrl url;
    QString path;
    QString title; ///< FeedFile: the feed's own title
    QString error;
};

/// Maps a feed link to the http(s) URL it stands for: `feed://host/path` -> http://host/path,
/// `feed:https://host/path` -> https://host/path (also `feed://https://...`, `feed:host/path`
/// and `feeds://` for https). http(s) URLs come back as they are. Anything else (or a link
/// without a host) gives an invalid QUrl.
[[nodiscard]] QUrl feedLinkToHttp(const QString &link);

/// The links and files of a `warta` command line: the positional arguments, options and
/// their values (--db PATH, --article ID) removed. `arguments` starts with the program.
[[nodiscard]] QStringList openArguments(const QStringList &arguments);

/// What one argument asks for. Relative file names resolve against `workingDirectory`;
/// files (paths or file: URLs) are recognised by content, not by name.
[[nodiscard]] OpenRequest classifyOpenArgument(const QString &argument, const QString &workingDirectory);

/// Acts on links and files opened with Warta: asks before subscribing to a feed or importing
/// an OPML file (non-modal dialogs on `window`) and tells the outcome in the window's status
/// bar or in a message box. Feed look-ups and subscribing are futures the composition root
/// provides (findFeed/subscribe of services/subscription_service.h on worker threads: the UI
/// never talks HTTP); OPML goes through services/opml_service.h on the storage writer.
class OpenRequestHandler : public QObject {
    Q_OBJECT
public:
    /// Same shapes as ui::NetworkHooks' findFeed and subscribe.
    using Finder = std::function<QFuture<FeedCandidate>(const QUrl &url)>;
    using Subscriber = std::function<QFuture<SubscribeResult>(const FeedCandidate &candidate, const QString &folder)>;

    OpenRequestHandler(Storage &storage, Finder finder, Subscriber subscriber, QWidget *window,
                       QObject *parent = nullptr);
    /// Waits for the look-ups and writes it started (not for their GUI continuations).
    ~OpenRequestHandler() override;

    /// Handles every link and file of a command line (see openArguments()).
    void handleArguments(const QStringList &arguments, const QString &workingDirectory);
    void open(const OpenRequest &request);

signals:
    void subscribed(qint64 feedId, bool added, const QString &title);
    void imported(int added, int duplicates);
    void failed(const QString &message);

private:
    void lookUp(const QUrl &url, const QString &fileTitle);
    void confirmSubscription(const FeedCandidate &candidate);
    void importOpmlFile(const QString &path);
    void showMessage(const QString &message);
    void showError(const QString &title, const QString &message);
    QMessageBox *confirmBox(const QString &objectName, const QString &title, const QString &text,
                            const QString &details, const QString &acceptText);
    /// Keeps a pool or writer job, so destruction waits for it (never for a GUI continuation).
    void track(const QFuture<void> &job);

    Storage &m_storage;
    QWidget *m_window;
    Finder m_findFeed;
    Subscriber m_subscribe;
    QList<QFuture<void>> m_jobs;
};

} // namespace warta::ui
