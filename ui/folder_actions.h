#pragma once

#include "storage/feed_store.h"

#include <QList>
#include <QObject>

namespace warta {
class Storage;
}

namespace warta::ui {

/// The feed tree's writes (folders, moving feeds, editing a feed) as jobs on the
/// storage's writer thread; failures surface through Storage::writeFailed.
class FolderActions : public QObject {
    Q_OBJECT
public:
    explicit FolderActions(Storage &storage, QObject *parent = nullptr);

    void createFolder(const QString &name);
    void renameFolder(qint64 folderId, const QString &name);
    /// Feeds in the folder (and in folders inside it) move to the top level.
    void deleteFolder(qint64 folderId);
    void moveFeeds(const QList<qint64> &feedIds, qint64 folderId);
    void saveFeed(const FeedStore::FeedEdit &edit);

private:
    Storage &m_storage;
};

} // namespace warta::ui
