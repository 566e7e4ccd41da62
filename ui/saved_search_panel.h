#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QTimer;

namespace warta {
class Storage;
}

namespace warta::ui {

class SavedSearchListModel;

/// "Saved searches" at the top of the tag sidebar: smart views with unread counts. A click
/// asks for the search to run; the context menu renames or deletes. Writes go through the
/// storage's writer; the list reloads after every change to the database.
class SavedSearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SavedSearchPanel(Storage &storage, QWidget *parent = nullptr);

    [[nodiscard]] SavedSearchListModel &model() const { return *m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    /// Saves `query` under its own text as the name (renamed from the context menu).
    void save(const QString &query);
    void clearSelection();
    void promptRename();
    void removeCurrent();

signals:
    void searchSelected(const QString &query);

private:
    void updateVisibility();

    Storage &m_storage;
    SavedSearchListModel *m_model;
    QLabel *m_title;
    QListView *m_list;
    QTimer *m_reload;
};

} // namespace warta::ui
