#pragma once

#include "ui/article_query.h"

#include <QList>
#include <QObject>

class QMenu;
class QModelIndex;
class QTreeView;
class QUndoStack;

namespace warta {
class Storage;
}

namespace warta::ui {

class FeedTreeModel;
class FolderActions;

/// The feed list's context menu and its management: edit and delete feeds (undoably),
/// folders, drag and drop between folders. Refresh, mark read and download are requests
/// for the window (which owns the services that carry them out).
class FeedContextMenu : public QObject {
    Q_OBJECT
public:
    FeedContextMenu(QTreeView &tree, FeedTreeModel &model, Storage &storage, QUndoStack &undo,
                    QObject *parent = nullptr);

    /// The menu for `index` (folder, feed, or the empty area: invalid index), owned by the
    /// caller; nullptr for smart entries. Split from showing it so tests can trigger its
    /// actions without a modal popup.
    [[nodiscard]] QMenu *menuFor(const QModelIndex &index, QWidget *parent);
    /// Every feed at or below `index`.
    [[nodiscard]] QList<qint64> feedIdsUnder(const QModelIndex &index) const;

    /// The actions behind the menu, on the tree's current item or a given one.
    void editFeed(qint64 feedId);
    void deleteFeed(qint64 feedId);
    void createFolder();
    void renameFolder(qint64 folderId);
    void deleteFolder(qint64 folderId);

signals:
    void refreshRequested(const QList<qint64> &feedIds);
    void downloadRequested(const QList<qint64> &feedIds);
    void markReadRequested(const warta::ui::ArticleQuery &source);
    /// After a delete or its undo has been written: views showing its articles re-read.
    void feedDeleted(qint64 feedId, const QString &title);
    void feedRestored(qint64 feedId);

private:
    void deleteCurrent();
    void editCurrent();

    QTreeView &m_tree;
    FeedTreeModel &m_model;
    Storage &m_storage;
    QUndoStack &m_undo;
    FolderActions *m_actions;
};

} // namespace warta::ui
