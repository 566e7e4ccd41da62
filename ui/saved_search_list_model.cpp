#include "ui/saved_search_list_model.h"

#include "storage/sqlite_connection.h"
#include "storage/storage.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace warta::ui {

SavedSearchListModel::SavedSearchListModel(Storage &storage, QObject *parent)
    : QAbstractListModel(parent)
    , m_storage(storage)
{
}

void SavedSearchListModel::reload()
{
    const int generation = ++m_generation;
    Storage *storage = &m_storage;
    auto *watcher = new QFutureWatcher<QList<Row>>(this);
    connect(watcher, &QFutureWatcher<QList<Row>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        beginResetModel();
        m_rows = watcher->result();
        endResetModel();
        emit reloaded();
    });
    watcher->setFuture(QtConcurrent::run([storage] {
        QList<Row> rows;
        try {
            const auto reader = storage->openReader();
            for (const SavedSearch &s : SavedSearchStore::all(*reader))
                rows.append({s, SavedSearchStore::unreadCount(*reader, s.query)});
        } catch (const std::exception &) {
            // A failed read leaves the sidebar empty until the next change; the writer
            // reports failures of writes, and reads fail only with a damaged file.
        }
        return rows;
    }));
}

int SavedSearchListModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].search.id == id)
            return int(i);
    return -1;
}

int SavedSearchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SavedSearchListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.unread && *row.unread > 0 ? QStringLiteral("%1 (%2)").arg(row.search.name).arg(*row.unread)
                                             : row.search.name;
    case Qt::ToolTipRole:
        return row.unread ? row.search.query : tr("“%1” no longer runs: edit it in the search box").arg(row.search.query);
    case IdRole:
        return row.search.id;
    case NameRole:
        return row.search.name;
    case QueryRole:
        return row.search.query;
    case UnreadRole:
        return row.unread ? QVariant(*row.unread) : QVariant();
    }
    return {};
}

} // namespace warta::ui
