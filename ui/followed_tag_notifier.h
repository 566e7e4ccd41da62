#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

namespace warta {
class Storage;
}

namespace warta::ui {

class RefreshController;

/// Decides what to tell the reader once a refresh ends: how many of the articles that
/// arrived in it carry each followed tag. It remembers the newest article id when a
/// refresh starts and counts above it when it finishes, both on a reader connection in
/// the thread pool; only the message is composed on the GUI thread.
class FollowedTagNotifier : public QObject {
    Q_OBJECT
public:
    struct Message {
        QString title;
        QString body; ///< one line per tag, the busiest first, capped at kTagsShown
        QString tag;  ///< the busiest tag: clicking the notification opens it
    };
    using ShowMessage = std::function<void(const Message &)>;
    using TagCounts = QList<QPair<QString, int>>;
    static constexpr int kTagsShown = 3;

    FollowedTagNotifier(Storage &storage, RefreshController &refresh, QObject *parent = nullptr);

    /// Where messages go (the tray icon in the app, a recorder in tests).
    void setShowMessage(ShowMessage show) { m_show = std::move(show); }
    /// Asked when a refresh ends; false keeps quiet (the settings' switch).
    void setEnabled(std::function<bool()> enabled) { m_enabled = std::move(enabled); }

    /// The message for per-tag counts (sorted busiest first); empty body when none.
    [[nodiscard]] static Message compose(const TagCounts &counts);

signals:
    /// A finished refresh has been looked at, whether or not it produced a message.
    void checked();

private:
    void onStarted();
    void onFinished(int newArticles);

    Storage &m_storage;
    ShowMessage m_show;
    std::function<bool()> m_enabled;
    QFuture<qint64> m_baseline; ///< newest article id when the running refresh started
};

} // namespace warta::ui
