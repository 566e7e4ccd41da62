#pragma once

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace warta {
class Storage;
}

namespace warta::ui {

/// Deleting a feed, undoably. The delete is real at once (FeedTrash keeps a copy on the
/// writer connection for this session), so quitting or crashing leaves no half-deleted
/// feed; undo puts the feed back with its articles, reading state and collections.
class DeleteFeedCommand : public QUndoCommand {
public:
    /// `done(feedId, deleted)` runs on `context`'s thread after each write commits.
    DeleteFeedCommand(Storage &storage, qint64 feedId, const QString &title, QObject *context,
                      std::function<void(qint64 feedId, bool deleted)> done);
    ~DeleteFeedCommand() override;
    void redo() override;
    void undo() override;

private:
    QPointer<Storage> m_storage;
    qint64 m_feedId;
    QString m_key; ///< names this command's copy in FeedTrash
    QPointer<QObject> m_context;
    std::function<void(qint64, bool)> m_done;
    bool m_deleted = false;
};

} // namespace warta::ui
