#pragma once

#include "storage/saved_search_store.h"

#include <QAbstractListModel>

#include <optional>

namespace warta {
class Storage;
}

namespace warta::ui {

/// The saved searches with their unread counts. reload() reads them on a worker thread
/// (each count runs its query), so the sidebar never waits on the database.
class SavedSearchListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, QueryRole, UnreadRole };

    explicit SavedSearchListModel(Storage &storage, QObject *parent = nullptr);

    void reload();
    [[nodiscard]] int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    /// After each reload has been applied (tests wait on it).
    void reloaded();

private:
    struct Row {
        SavedSearch search;
        std::optional<qint64> unread; ///< nullopt: the query no longer runs
    };

    Storage &m_storage;
    QList<Row> m_rows;
    int m_generation = 0;
};

} // namespace warta::ui
