#include "ui/folder_actions.h"

#include "storage/storage.h"

namespace warta::ui {

FolderActions::FolderActions(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
}

void FolderActions::createFolder(const QString &name)
{
    // A '/' would nest (ensureFolderPath reads paths); a folder name is one level here.
    const QString plain = QString(name).replace(QLatin1Char('/'), QLatin1Char('-')).trimmed();
    m_storage.write(tr("creating the folder %1").arg(plain),
                    [plain](SqliteConnection &db) { FeedStore::ensureFolderPath(db, plain); });
}

void FolderActions::renameFolder(qint64 folderId, const QString &name)
{
    m_storage.write(tr("renaming a folder to %1").arg(name),
                    [folderId, name](SqliteConnection &db) { FeedStore::renameFolder(db, folderId, name); });
}

void FolderActions::deleteFolder(qint64 folderId)
{
    m_storage.write(tr("deleting a folder"),
                    [folderId](SqliteConnection &db) { FeedStore::removeFolder(db, folderId); });
}

void FolderActions::moveFeeds(const QList<qint64> &feedIds, qint64 folderId)
{
    m_storage.write(tr("moving %n feed(s)", nullptr, int(feedIds.size())),
                    [feedIds, folderId](SqliteConnection &db) { FeedStore::moveToFolder(db, feedIds, folderId); });
}

void FolderActions::saveFeed(const FeedStore::FeedEdit &edit)
{
    m_storage.write(tr("saving the feed %1").arg(edit.title),
                    [edit](SqliteConnection &db) { FeedStore::update(db, edit); });
}

} // namespace warta::ui
