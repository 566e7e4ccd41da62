#include "ui/tag_list_model.h"

#include "storage/tag_store.h"
#include "ui/icons.h"

#include <QFont>

namespace warta::ui {

TagListModel::TagListModel(SqliteConnection &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_pin(pinIcon())
{
    reload();
}

void TagListModel::reload()
{
    QList<Tag> tags = TagStore::all(m_reader);
    bool sameShape = tags.size() == m_tags.size();
    for (int i = 0; sameShape && i < tags.size(); ++i)
        sameShape = tags[i].id == m_tags[i].id;
    if (!sameShape) {
        beginResetModel();
        m_tags = std::move(tags);
        endResetModel();
        return;
    }
    // Counts only: update in place so the selection stays.
    for (int i = 0; i < tags.size(); ++i) {
        const Tag &t = tags[i];
        if (t.followed == m_tags[i].followed && t.articles == m_tags[i].articles &&
            t.unread == m_tags[i].unread && t.display == m_tags[i].display)
            continue;
        m_tags[i] = t;
        emit dataChanged(index(i), index(i));
    }
}

const Tag *TagListModel::tagAt(int row) const
{
    return row >= 0 && row < m_tags.size() ? &m_tags[row] : nullptr;
}

int TagListModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_tags.size(); ++i)
        if (m_tags[i].key == key)
            return i;
    return -1;
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    const Tag *t = tagAt(index.row());
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return t->unread > 0 ? QStringLiteral("%1 (%2/%3)").arg(t->display).arg(t->unread).arg(t->articles)
                             : QStringLiteral("%1 (%2)").arg(t->display).arg(t->articles);
    case Qt::ToolTipRole:
        return tr("%1: %n article(s)", nullptr, t->articles).arg(t->display) + QLatin1Char('\n') +
               tr("%n unread", nullptr, t->unread) +
               (t->followed ? QLatin1Char('\n') + tr("Followed") : QString());
    case Qt::DecorationRole:
        return t->followed ? QVariant(m_pin) : QVariant();
    case Qt::FontRole:
        if (t->followed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case KeyRole:
        return t->key;
    case DisplayNameRole:
        return t->display;
    case FollowedRole:
        return t->followed;
    case ArticlesRole:
        return t->articles;
    case UnreadRole:
        return t->unread;
    }
    return {};
}

} // namespace warta::ui
