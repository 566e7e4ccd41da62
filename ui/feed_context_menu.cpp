#include "ui/feed_context_menu.h"

#include "storage/feed_store.h"
#include "storage/storage.h"
#include "ui/delete_feed_command.h"
#include "ui/feed_edit_dialog.h"
#include "ui/feed_tree_model.h"
#include "ui/folder_actions.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>

namespace warta::ui {

namespace {
FeedTreeModel::Kind kindOf(const QModelIndex &index)
{
    return FeedTreeModel::Kind(index.data(FeedTreeModel::KindRole).toInt());
}
} // namespace

FeedContextMenu::FeedContextMenu(QTreeView &tree, FeedTreeModel &model, Storage &storage, QUndoStack &undo,
                                 QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_model(model)
    , m_storage(storage)
    , m_undo(undo)
    , m_actions(new FolderActions(storage, this))
{
    m_tree.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = menuFor(m_tree.indexAt(pos), &m_tree);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree.viewport()->mapToGlobal(pos));
    });
    m_tree.setDragEnabled(true);
    m_tree.setAcceptDrops(true);
    m_tree.setDropIndicatorShown(true);
    m_tree.setDragDropMode(QAbstractItemView::DragDrop);
    m_tree.setDefaultDropAction(Qt::MoveAction);
    connect(&m_model, &FeedTreeModel::moveFeedsRequested, m_actions, &FolderActions::moveFeeds);

    // Keys on the tree only: Del in the filter field must still delete text.
    auto *del = new QAction(tr("Delete"), &m_tree);
    del->setObjectName(QStringLiteral("feedTreeDeleteAction"));
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &FeedContextMenu::deleteCurrent);
    m_tree.addAction(del);
    auto *edit = new QAction(tr("Edit"), &m_tree);
    edit->setObjectName(QStringLiteral("feedTreeEditAction"));
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, &FeedContextMenu::editCurrent);
    m_tree.addAction(edit);
}

QList<qint64> FeedContextMenu::feedIdsUnder(const QModelIndex &index) const
{
    QList<qint64> ids;
    if (!index.isValid())
        return ids;
    if (kindOf(index) == FeedTreeModel::Kind::Feed)
        ids << index.data(FeedTreeModel::IdRole).toLongLong();
    for (int r = 0; r < m_model.rowCount(index); ++r)
        ids << feedIdsUnder(m_model.index(r, 0, index));
    return ids;
}

QMenu *FeedContextMenu::menuFor(const QModelIndex &index, QWidget *parent)
{
    if (index.isValid() && kindOf(index) == FeedTreeModel::Kind::Smart)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("feedContextMenu"));
    auto add = [menu](const QString &name, const QString &text, auto &&slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    if (index.isValid()) {
        const QList<qint64> feeds = feedIdsUnder(index);
        const ArticleQuery source = m_model.queryFor(index);
        add(QStringLiteral("feedRefreshAction"), tr("&Refresh"), [this, feeds] { emit refreshRequested(feeds); })
            ->setEnabled(!feeds.isEmpty());
        add(QStringLiteral("feedMarkReadAction"), tr("&Mark All Read"), [this, source] { emit markReadRequested(source); });
        add(QStringLiteral("feedDownloadAction"), tr("&Download for Offline Reading"),
            [this, feeds] { emit downloadRequested(feeds); })
            ->setEnabled(!feeds.isEmpty());
        menu->addSeparator();
        const qint64 id = index.data(FeedTreeModel::IdRole).toLongLong();
        if (kindOf(index) == FeedTreeModel::Kind::Feed) {
            add(QStringLiteral("feedEditAction"), tr("&Edit…"), [this, id] { editFeed(id); })
                ->setShortcut(QKeySequence(Qt::Key_F2));
            add(QStringLiteral("feedDeleteAction"), tr("De&lete"), [this, id] { deleteFeed(id); })
                ->setShortcut(QKeySequence::Delete);
        } else {
            add(QStringLiteral("folderRenameAction"), tr("Re&name Folder…"), [this, id] { renameFolder(id); })
                ->setShortcut(QKeySequence(Qt::Key_F2));
            add(QStringLiteral("folderDeleteAction"), tr("Delete &Folder"), [this, id] { deleteFolder(id); })
                ->setShortcut(QKeySequence::Delete);
        }
        menu->addSeparator();
    }
    add(QStringLiteral("folderCreateAction"), tr("New F&older…"), [this] { createFolder(); });
    return menu;
}

void FeedContextMenu::editFeed(qint64 feedId)
{
    auto reader = m_storage.openReader();
    const Feed feed = FeedStore::byId(*reader, feedId);
    if (!feed.id)
        return;
    FeedEditDialog dialog(feed, FeedStore::folders(*reader), &m_tree);
    if (dialog.exec() == QDialog::Accepted)
        m_actions->saveFeed(dialog.edit());
}

void FeedContextMenu::deleteFeed(qint64 feedId)
{
    const QModelIndex index = m_model.find(FeedTreeModel::Kind::Feed, feedId);
    const QString title = index.data(Qt::EditRole).toString();
    m_undo.push(new DeleteFeedCommand(m_storage, feedId, title, this, [this, title](qint64 id, bool deleted) {
        if (deleted)
            emit feedDeleted(id, title);
        else
            emit feedRestored(id);
    }));
}

void FeedContextMenu::createFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(&m_tree, tr("New folder"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_actions->createFolder(name.trimmed());
}

void FeedContextMenu::renameFolder(qint64 folderId)
{
    const QModelIndex index = m_model.find(FeedTreeModel::Kind::Folder, folderId);
    bool ok = false;
    const QString name = QInputDialog::getText(&m_tree, tr("Rename folder"), tr("Name:"), QLineEdit::Normal,
                                               index.data(Qt::EditRole).toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_actions->renameFolder(folderId, name.trimmed());
}

void FeedContextMenu::deleteFolder(qint64 folderId)
{
    // Nothing is lost (the feeds move to the top level), so no confirmation.
    m_actions->deleteFolder(folderId);
}

void FeedContextMenu::deleteCurrent()
{
    const QModelIndex current = m_tree.currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(FeedTreeModel::IdRole).toLongLong();
    if (kindOf(current) == FeedTreeModel::Kind::Feed)
        deleteFeed(id);
    else if (kindOf(current) == FeedTreeModel::Kind::Folder)
        deleteFolder(id);
}

void FeedContextMenu::editCurrent()
{
    const QModelIndex current = m_tree.currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(FeedTreeModel::IdRole).toLongLong();
    if (kindOf(current) == FeedTreeModel::Kind::Feed)
        editFeed(id);
    else if (kindOf(current) == FeedTreeModel::Kind::Folder)
        renameFolder(id);
}

} // namespace warta::ui
