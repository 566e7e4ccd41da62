#include "ui/collection_list_model.h"

#include "storage/collection_store.h"

namespace warta::ui {

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

} // namespace warta::ui
