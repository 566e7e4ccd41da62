#pragma once

#include <QWidget>

class QListView;
class QToolButton;

namespace warta {
class Storage;
}

namespace warta::ui {

class CollectionActions;
class CollectionListModel;

/// The collections list with its own small toolbar (icon buttons, so it fits a narrow
/// sidebar in any language): new, rename, delete, export. Create, rename and delete are
/// requests the window carries out; reordering (drag, Move Up/Down) and articles dropped
/// on a collection are written here through CollectionActions.
class CollectionsPanel : public QWidget {
    Q_OBJECT
public:
    CollectionsPanel(CollectionListModel &model, Storage &storage, QWidget *parent = nullptr);

    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] CollectionActions &actions() const { return *m_actions; }
    /// Moves the current collection one row up (-1) or down (+1).
    void moveCurrent(int step);
    [[nodiscard]] QString currentName() const;
    void clearSelection();

signals:
    void collectionSelected(const QString &name);
    void createRequested(const QString &name);
    void renameRequested(qint64 id, const QString &name);
    void deleteRequested(qint64 id, const QString &name);
    /// format: "md" or "html"
    void exportRequested(const QString &name, const QString &format);

private:
    void promptCreate();
    void promptRename();
    void confirmDelete();
    void showListMenu(const QPoint &pos);

    CollectionListModel &m_model;
    CollectionActions *m_actions;
    QListView *m_list;
    QToolButton *m_export;
};

} // namespace warta::ui
