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

    /// Moves a collection from row `from` to row `to` at once and asks for the new order
    /// to be saved (orderChanged).
    bool moveCollection(int from, int to);

    // Drag and drop: collections reorder within the list; articles dropped on a
    // collection are saved to it.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    /// The user reordered the list: `ids` in their new order, to be written.
    void orderChanged(const QList<qint64> &ids);
    /// Articles were dropped on a collection.
    void articlesDropped(const QList<qint64> &articleIds, qint64 collectionId, const QString &name);

private:
    SqliteConnection &m_reader;
    QList<Collection> m_collections;
};

} // namespace warta::ui
