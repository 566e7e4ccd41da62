#pragma once

#include <QWidget>

class QListView;
class QToolButton;

namespace warta::ui {

class CollectionListModel;

/// The collections list with its own small toolbar: new, rename, delete, export.
/// Names are asked for here; the changes themselves are requests the window carries out.
class CollectionsPanel : public QWidget {
    Q_OBJECT
public:
    CollectionsPanel(CollectionListModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QListView *list() const { return m_list; }
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

    CollectionListModel &m_model;
    QListView *m_list;
    QToolButton *m_export;
};

} // namespace warta::ui
