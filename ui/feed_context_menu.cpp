#include "ui/feed_context_menu.h"

#include "ui/feed_tree_model.h"

#include <QMenu>
#include <QTreeView>

namespace warta::ui {

FeedContextMenu::FeedContextMenu(QTreeView &tree, FeedTreeModel &model, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_model(model)
{
    m_tree.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = menuFor(m_tree.indexAt(pos), &m_tree);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree.viewport()->mapToGlobal(pos));
    });
}

QList<qint64> FeedContextMenu::feedIdsUnder(const QModelIndex &index) const
{
    QList<qint64> ids;
    if (!index.isValid())
        return ids;
    if (FeedTreeModel::Kind(index.data(FeedTreeModel::KindRole).toInt()) == FeedTreeModel::Kind::Feed)
        ids << index.data(FeedTreeModel::IdRole).toLongLong();
    for (int r = 0; r < m_model.rowCount(index); ++r)
        ids << feedIdsUnder(m_model.index(r, 0, index));
    return ids;
}

QMenu *FeedContextMenu::menuFor(const QModelIndex &index, QWidget *parent)
{
    if (!index.isValid() ||
        FeedTreeModel::Kind(index.data(FeedTreeModel::KindRole).toInt()) == FeedTreeModel::Kind::Smart)
        return nullptr;
    const QList<qint64> feeds = feedIdsUnder(index);
    const ArticleQuery source = m_model.queryFor(index);
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("feedContextMenu"));
    auto add = [menu](const QString &name, const QString &text, auto &&slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    add(QStringLiteral("feedRefreshAction"), tr("&Refresh"), [this, feeds] { emit refreshRequested(feeds); })
        ->setEnabled(!feeds.isEmpty());
    add(QStringLiteral("feedMarkReadAction"), tr("&Mark All Read"), [this, source] { emit markReadRequested(source); });
    add(QStringLiteral("feedDownloadAction"), tr("&Download for Offline Reading"),
        [this, feeds] { emit downloadRequested(feeds); })
        ->setEnabled(!feeds.isEmpty());
    return menu;
}

} // namespace warta::ui
