#include "ui/delete_feed_command.h"

#include "storage/feed_trash.h"
#include "storage/storage.h"

#include <QCoreApplication>

#include <atomic>

namespace warta::ui {

namespace {
QString nextKey()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("undo%1").arg(++counter);
}
} // namespace

DeleteFeedCommand::DeleteFeedCommand(Storage &storage, qint64 feedId, const QString &title, QObject *context,
                                     std::function<void(qint64, bool)> done)
    : QUndoCommand(QCoreApplication::translate("warta::ui::DeleteFeedCommand", "Delete feed “%1”").arg(title))
    , m_storage(&storage)
    , m_feedId(feedId)
    , m_key(nextKey())
    , m_context(context)
    , m_done(std::move(done))
{
}

DeleteFeedCommand::~DeleteFeedCommand()
{
    // The undo step is gone for good: free the copy (it would go with the connection anyway).
    if (m_deleted && m_storage)
        m_storage->write(QCoreApplication::translate("warta::ui::DeleteFeedCommand", "forgetting a deleted feed"),
                         [key = m_key](SqliteConnection &db) { FeedTrash::discard(db, key); });
}

void DeleteFeedCommand::redo()
{
    if (!m_storage)
        return;
    m_deleted = true;
    auto future = m_storage->write(QCoreApplication::translate("warta::ui::DeleteFeedCommand", "deleting a feed"),
                                   [id = m_feedId, key = m_key](SqliteConnection &db) { FeedTrash::remove(db, id, key); });
    if (m_context)
        future.then(m_context.data(), [done = m_done, id = m_feedId] {
            if (done)
                done(id, true);
        });
}

void DeleteFeedCommand::undo()
{
    if (!m_storage)
        return;
    m_deleted = false;
    auto future = m_storage->write(QCoreApplication::translate("warta::ui::DeleteFeedCommand", "restoring a deleted feed"),
                                   [id = m_feedId, key = m_key](SqliteConnection &db) { FeedTrash::restore(db, id, key); });
    if (m_context)
        future.then(m_context.data(), [done = m_done, id = m_feedId] {
            if (done)
                done(id, false);
        });
}

} // namespace warta::ui
