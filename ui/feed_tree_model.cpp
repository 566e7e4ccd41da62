#include "ui/feed_tree_model.h"

#include "storage/feed_store.h"
#include "storage/site_icon_store.h"
#include "storage/sqlite_connection.h"
#include "storage/tag_store.h"
#include "ui/icons.h"

#include <QDataStream>
#include <QIODevice>
#include <QFont>
#include <QHash>
#include <QMimeData>
#include <QPixmap>

namespace warta::ui {

using Scope = ArticleQuery::Scope;

namespace {
const QString kFeedIdsMime = QStringLiteral("application/x-warta-feed-ids");

QList<qint64> feedIdsFrom(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(kFeedIdsMime))
        return ids;
    QDataStream in(data->data(kFeedIdsMime));
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}
} // namespace

FeedTreeModel::FeedTreeModel(SqliteConnection &reader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_reader(reader)
    , m_warning(warningIcon())
    , m_noSiteIcon(genericFeedIcon())
{
    reload();
}

QVector<FeedTreeModel::Node> FeedTreeModel::build() const
{
    QVector<Node> nodes;
    const Stats stats = readStats(m_reader);
    const std::pair<Scope, QString> smart[] = {
        {Scope::All, tr("All")}, {Scope::Unread, tr("Unread")},
        {Scope::Starred, tr("Starred")}, {Scope::Today, tr("Today")}};
    for (const auto &[scope, title] : smart) {
        Node n;
        n.id = int(scope);
        n.title = title;
        n.unread = (scope == Scope::All || scope == Scope::Unread) ? int(stats.unread) : 0;
        nodes.append(n);
    }
    QHash<qint64, int> folderNode;
    const QList<Folder> folders = FeedStore::folders(m_reader);
    for (const Folder &f : folders) {
        Node n;
        n.kind = Kind::Folder;
        n.id = f.id;
        n.title = f.name;
        folderNode.insert(f.id, int(nodes.size()));
        nodes.append(n);
    }
    for (const Folder &f : folders)
        if (f.parentId && folderNode.contains(f.parentId))
            nodes[folderNode[f.id]].parent = folderNode[f.parentId];
    for (const Feed &feed : FeedStore::all(m_reader)) {
        Node n;
        n.kind = Kind::Feed;
        n.id = feed.id;
        n.title = feed.title.isEmpty() ? feed.url : feed.title;
        n.error = feed.lastError;
        n.iconSha256 = feed.iconSha256;
        n.unread = feed.unread;
        n.parent = folderNode.value(feed.folderId, -1);
        // A folder's count is the sum of everything below it.
        for (int p = n.parent; p >= 0; p = nodes[p].parent)
            nodes[p].unread += feed.unread;
        nodes.append(n);
    }
    // Children lists and rows, in the order the store returned them.
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].parent >= 0) {
            nodes[i].row = int(nodes[nodes[i].parent].children.size());
            nodes[nodes[i].parent].children.append(i);
        }
    return nodes;
}

void FeedTreeModel::reload()
{
    QVector<Node> nodes = build();
    QVector<int> top;
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].parent < 0) {
            nodes[i].row = int(top.size());
            top.append(i);
        }
    bool sameShape = nodes.size() == m_nodes.size();
    for (int i = 0; sameShape && i < nodes.size(); ++i)
        sameShape = nodes[i].kind == m_nodes[i].kind && nodes[i].id == m_nodes[i].id &&
                    nodes[i].parent == m_nodes[i].parent;
    if (!sameShape) {
        beginResetModel();
        m_nodes = std::move(nodes);
        m_top = std::move(top);
        endResetModel();
        return;
    }
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        Node &old = m_nodes[i];
        if (n.title == old.title && n.unread == old.unread && n.error == old.error &&
            n.iconSha256 == old.iconSha256)
            continue;
        old.title = n.title;
        old.unread = n.unread;
        old.error = n.error;
        old.iconSha256 = n.iconSha256;
        const QModelIndex idx = createIndex(old.row, 0, quintptr(i));
        emit dataChanged(idx, idx);
    }
}

const QVector<int> &FeedTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_top : m_nodes[node].children;
}

QModelIndex FeedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const QVector<int> &kids = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (column != 0 || row < 0 || row >= kids.size())
        return {};
    return createIndex(row, 0, quintptr(kids[row]));
}

QModelIndex FeedTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[p].row, 0, quintptr(p));
}

int FeedTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int FeedTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FeedTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return n.unread > 0 ? QStringLiteral("%1 (%2)").arg(n.title).arg(n.unread) : n.title;
    case Qt::EditRole: // the bare title, for folder pickers and renaming
        return n.title;
    case Qt::ToolTipRole:
        return n.error.isEmpty() ? n.title : tr("%1\nLast error: %2").arg(n.title, n.error);
    case Qt::DecorationRole:
        if (n.kind == Kind::Feed)
            return feedIcon(n);
        return n.error.isEmpty() ? QVariant() : QVariant(m_warning);
    case Qt::FontRole:
        if (n.unread > 0 || n.kind != Kind::Feed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case KindRole:
        return int(n.kind);
    case IdRole:
        return n.id;
    case UnreadRole:
        return n.unread;
    case ErrorRole:
        return n.error;
    }
    return {};
}

QIcon FeedTreeModel::feedIcon(const Node &n) const
{
    QIcon site = m_noSiteIcon;
    if (!n.iconSha256.isEmpty()) {
        auto it = m_siteIcons.find(n.iconSha256);
        if (it == m_siteIcons.end()) {
            // One small indexed read per distinct picture, the first time it is shown.
            QPixmap pixmap;
            pixmap.loadFromData(SiteIconStore::png(m_reader, n.iconSha256), "PNG");
            it = m_siteIcons.insert(n.iconSha256, pixmap.isNull() ? m_noSiteIcon : QIcon(pixmap));
        }
        site = *it;
    }
    if (n.error.isEmpty())
        return site;
    // The error badge sits on the site icon, so the feed stays recognisable.
    const QString key = n.iconSha256.isEmpty() ? QStringLiteral("-") : n.iconSha256;
    auto badged = m_badgedIcons.find(key);
    if (badged == m_badgedIcons.end())
        badged = m_badgedIcons.insert(key, badgedIcon(site, m_warning));
    return *badged;
}

Qt::ItemFlags FeedTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled; // the empty area below the tree: top level
    switch (m_nodes[int(index.internalId())].kind) {
    case Kind::Feed:
        return f | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    case Kind::Folder:
        return f | Qt::ItemIsDropEnabled;
    case Kind::Smart:
        break;
    }
    return f;
}

QStringList FeedTreeModel::mimeTypes() const
{
    return {kFeedIdsMime};
}

QMimeData *FeedTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && m_nodes[int(i.internalId())].kind == Kind::Feed && !ids.contains(m_nodes[int(i.internalId())].id))
            ids << m_nodes[int(i.internalId())].id;
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *data = new QMimeData;
    data->setData(kFeedIdsMime, bytes);
    return data;
}

Qt::DropActions FeedTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool FeedTreeModel::dropTarget(const QModelIndex &parent, qint64 *folderId) const
{
    if (!parent.isValid()) {
        *folderId = 0;
        return true;
    }
    const Node &n = m_nodes[int(parent.internalId())];
    switch (n.kind) {
    case Kind::Folder:
        *folderId = n.id;
        return true;
    case Kind::Feed: // onto a feed: beside it, in its folder
        *folderId = n.parent >= 0 ? m_nodes[n.parent].id : 0;
        return true;
    case Kind::Smart:
        break;
    }
    return false;
}

bool FeedTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    qint64 folder = 0;
    return (action == Qt::MoveAction || action == Qt::CopyAction) && !feedIdsFrom(data).isEmpty() &&
           dropTarget(parent, &folder);
}

bool FeedTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    qint64 folder = 0;
    if (!canDropMimeData(data, action, row, column, parent) || !dropTarget(parent, &folder))
        return false;
    // The tree changes when the write lands (reload() rebuilds it). removeRows() stays
    // unimplemented, so the view's move does not take the dragged rows out by itself.
    emit moveFeedsRequested(feedIdsFrom(data), folder);
    return true;
}

ArticleQuery FeedTreeModel::queryFor(const QModelIndex &index) const
{
    ArticleQuery q;
    if (!index.isValid())
        return q;
    const Node &n = m_nodes[int(index.internalId())];
    switch (n.kind) {
    case Kind::Smart:
        q.scope = Scope(n.id);
        break;
    case Kind::Folder:
        q.scope = Scope::Folder;
        q.id = n.id;
        break;
    case Kind::Feed:
        q.scope = Scope::Feed;
        q.id = n.id;
        break;
    }
    return q;
}

QModelIndex FeedTreeModel::find(Kind kind, qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == kind && m_nodes[i].id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

} // namespace warta::ui
