#include "ui/article_list_model.h"

#include "storage/feed_store.h"
#include "ui/article_query_runner.h"
#include "ui/collection_mime.h"
#include "ui/icons.h"
#include "ui/relative_date.h"

#include <QFont>

namespace warta::ui {

ArticleListModel::ArticleListModel(SqliteConnection &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_star(starIcon())
{
}

ArticleListModel::~ArticleListModel() = default;

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    beginResetModel();
    m_query = query;
    m_feedTitles.clear();
    for (const Feed &feed : FeedStore::all(m_reader))
        m_feedTitles.insert(feed.id, feed.title.isEmpty() ? feed.url : feed.title);
    m_runner = newRunner(query);
    m_rows = m_runner->next(m_batchSize);
    endResetModel();
}

std::unique_ptr<ArticleQueryRunner> ArticleListModel::newRunner(const ArticleQuery &query) const
{
    return std::make_unique<ArticleQueryRunner>(m_reader, query, m_feedTitles);
}

void ArticleListModel::refreshStates()
{
    if (m_rows.isEmpty())
        return;
    // Same query over the loaded span, without the read/starred filters (a row just
    // marked read must not vanish under the reader's eyes); match rows by id.
    ArticleQuery q = m_query;
    q.unreadOnly = q.starredOnly = false;
    if (q.scope == ArticleQuery::Scope::Unread || q.scope == ArticleQuery::Scope::Starred)
        q.scope = ArticleQuery::Scope::All;
    QHash<qint64, std::pair<bool, bool>> states;
    auto runner = newRunner(q);
    // Bounded: a large gap means new articles pushed ours further down; the rest keep
    // their last known state until the list is reopened.
    for (const Article &a : runner->next(int(m_rows.size()) + m_batchSize))
        states.insert(a.id, {a.read, a.starred});
    for (int row = 0; row < m_rows.size(); ++row) {
        Article &a = m_rows[row];
        auto it = states.constFind(a.id);
        if (it == states.cend() || (it->first == a.read && it->second == a.starred))
            continue;
        a.read = it->first;
        a.starred = it->second;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void ArticleListModel::setLocalState(qint64 articleId, bool read, bool starred)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    m_rows[row].read = read;
    m_rows[row].starred = starred;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == articleId)
            return row;
    return -1;
}

const Article *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const Article *a = articleAt(index.row());
    if (!a || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a->title.isEmpty() ? a->link : a->title;
        case FeedColumn:
            return m_feedTitles.value(a->feedId);
        case DateColumn:
            return relativeDate(a->published);
        }
        break;
    case Qt::ToolTipRole:
        // The full date the column abbreviates, in the reader's zone by its name (WIB),
        // without seconds nobody reads: "Rabu, 26 Agustus 2020 08.02 WIB".
        if (index.column() == DateColumn)
            return localDateTime(a->published);
        return a->title;
    case Qt::FontRole:
        if (!a->read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && a->starred)
            return m_star;
        break;
    case ArticleIdRole:
        return a->id;
    case FeedIdRole:
        return a->feedId;
    case ReadRole:
        return a->read;
    case StarredRole:
        return a->starred;
    case LinkRole:
        return a->link;
    case PublishedRole:
        return a->published;
    }
    return {};
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList ArticleListModel::mimeTypes() const
{
    return {articleIdsMimeType()};
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes)
        if (const Article *a = articleAt(i.row()); a && !ids.contains(a->id))
            ids << a->id;
    return ids.isEmpty() ? nullptr : articleIdsMimeData(ids);
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FeedColumn:
        return tr("Feed");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_runner && !m_runner->atEnd();
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Article> more = m_runner->next(m_batchSize);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace warta::ui
