#pragma once

#include "core/tag.h"

#include <QAbstractListModel>
#include <QIcon>

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

/// Every tag with article and unread counts; followed tags pinned on top (the store's order).
class TagListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, DisplayNameRole, FollowedRole, ArticlesRole, UnreadRole };

    explicit TagListModel(SqliteConnection &reader, QObject *parent = nullptr);

    void reload();
    [[nodiscard]] const Tag *tagAt(int row) const;
    [[nodiscard]] int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    SqliteConnection &m_reader;
    QList<Tag> m_tags;
    QIcon m_pin;
};

} // namespace warta::ui
