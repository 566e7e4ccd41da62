#include "ui/collection_list_model.h"

#include "storage/collection_store.h"
#include "ui/collection_mime.h"

#include <QDataStream>
#include <QMimeData>

namespace warta::ui {

namespace {
const QString kCollectionRowMime = QStringLiteral("application/x-warta-collection-row");
} // namespace

CollectionListModel::CollectionListModel(SqliteConnection &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
    reload();
}

void CollectionListModel::reload()
{
    QList<Collection> list = CollectionStore::all(m_reader);
    bool sameShape = list.size() == m_collections.size();
    for (int i = 0; sameShape && i < list.size(); ++i)
        sameShape = list[i].id == m_collections[i].id;
    if (!sameShape) {
        beginResetModel();
        m_collections = std::move(list);
        endResetModel();
        return;
    }
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].name == m_collections[i].name && list[i].articles == m_collections[i].articles)
            continue;
        m_collections[i] = list[i];
        emit dataChanged(index(i), index(i));
    }
}

const Collection *CollectionListModel::collectionAt(int row) const
{
    return row >= 0 && row < m_collections.size() ? &m_collections[row] : nullptr;
}

int CollectionListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_collections.size(); ++i)
        if (m_collections[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QStringList CollectionListModel::names() const
{
    QStringList out;
    for (const Collection &c : m_collections)
        out << c.name;
    return out;
}

int CollectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_collections.size());
}

QVariant CollectionListModel::data(const QModelIndex &index, int role) const
{
    const Collection *c = collectionAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(c->name).arg(c->articles);
    case IdRole:
        return c->id;
    case NameRole:
        return c->name;
    case ArticlesRole:
        return c->articles;
    }
    return {};
}

bool CollectionListModel::moveCollection(int from, int to)
{
    const int n = int(m_collections.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    // beginMoveRows counts the destination before the move: one past when moving down.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_collections.move(from, to);
    endMoveRows();
    QList<qint64> ids;
    for (const Collection &c : std::as_const(m_collections))
        ids << c.id;
    emit orderChanged(ids);
    return true;
}

Qt::ItemFlags CollectionListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList CollectionListModel::mimeTypes() const
{
    return {kCollectionRowMime, articleIdsMimeType()};
}

QMimeData *CollectionListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !collectionAt(indexes.first().row()))
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kCollectionRowMime, QByteArray::number(indexes.first().row()));
    return data;
}

Qt::DropActions CollectionListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool CollectionListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                          const QModelIndex &parent) const
{
    if (!data)
        return false;
    if (data->hasFormat(kCollectionRowMime))
        return true;
    // Articles need a collection to land on, not a gap between rows.
    return !articleIdsFrom(data).isEmpty() && collectionAt(parent.isValid() ? parent.row() : row);
}

bool CollectionListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(kCollectionRowMime)) {
        bool ok = false;
        const int from = data->data(kCollectionRowMime).toInt(&ok);
        // Onto a row: take its place; into a gap: land before the row below it; below all: last.
        int to = parent.isValid() ? parent.row() : (row < 0 ? int(m_collections.size()) : row);
        if (to > from && !parent.isValid())
            --to; // the gap is counted with the dragged row still in place
        // removeRows() is not implemented, so the view's move removes nothing afterwards.
        return ok && moveCollection(from, qBound(0, to, int(m_collections.size()) - 1));
    }
    const Collection *target = collectionAt(parent.isValid() ? parent.row() : row);
    emit articlesDropped(articleIdsFrom(data), target->id, target->name);
    return true;
}

} // namespace warta::ui
