#pragma once

#include "ui/article_query.h"

#include <QList>
#include <QObject>

class QMenu;
class QModelIndex;
class QTreeView;

namespace warta::ui {

class FeedTreeModel;

/// The feed list's context menu. Builds the menu for a folder or feed and turns its
/// actions into requests for the window (which owns the services that carry them out).
class FeedContextMenu : public QObject {
    Q_OBJECT
public:
    FeedContextMenu(QTreeView &tree, FeedTreeModel &model, QObject *parent = nullptr);

    /// The menu for `index` (nullptr for smart entries), owned by the caller. Split from
    /// showing it so tests can trigger its actions without a modal popup.
    [[nodiscard]] QMenu *menuFor(const QModelIndex &index, QWidget *parent);
    /// Every feed at or below `index`.
    [[nodiscard]] QList<qint64> feedIdsUnder(const QModelIndex &index) const;

signals:
    void refreshRequested(const QList<qint64> &feedIds);
    void downloadRequested(const QList<qint64> &feedIds);
    void markReadRequested(const warta::ui::ArticleQuery &source);

private:
    QTreeView &m_tree;
    FeedTreeModel &m_model;
};

} // namespace warta::ui
