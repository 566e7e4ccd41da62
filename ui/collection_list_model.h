#pragma once

#include "core/collection.h"

#include <QAbstractListModel>

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

/// The user's collections, in their order, with article counts.
class CollectionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, ArticlesRole };

    explicit CollectionListModel(SqliteConnection &reader, QObject *parent = nullptr);

    void reload();
    [[nodiscard]] const Collection *collectionAt(int row) const;
    [[nodiscard]] int rowOfName(const QString &name) const;
    [[nodiscard]] QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    SqliteConnection &m_reader;
    QList<Collection> m_collections;
};

} // namespace warta::ui
