#pragma once

#include "ui/article_query.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QVector>

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

/// The feed list: smart entries (All, Unread, Starred, Today), then folders and feeds
/// with unread counts. reload() keeps rows in place when only counts changed, so the
/// selection survives every write.
class FeedTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Smart, Folder, Feed };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(Kind)
        IdRole,                      ///< folder or feed id; for smart entries int(Scope)
        UnreadRole,
        ErrorRole, ///< the feed's last fetch error
    };

    explicit FeedTreeModel(SqliteConnection &reader, QObject *parent = nullptr);

    void reload();
    /// The article query an index stands for.
    [[nodiscard]] ArticleQuery queryFor(const QModelIndex &index) const;
    /// The index of a smart entry, folder or feed; invalid if absent.
    [[nodiscard]] QModelIndex find(Kind kind, qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Drag and drop: feeds can be dragged onto a folder, a feed (its folder) or the top level.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    /// A drop asks for feeds to move into `folderId` (0 = top level); the writer does it.
    void moveFeedsRequested(const QList<qint64> &feedIds, qint64 folderId);

private:
    [[nodiscard]] bool dropTarget(const QModelIndex &parent, qint64 *folderId) const;

    struct Node {
        Kind kind = Kind::Smart;
        qint64 id = 0;
        QString title;
        QString error;
        QString iconSha256;
        int unread = 0;
        int parent = -1; ///< index in m_nodes; -1 at the top
        int row = 0;
        QVector<int> children;
    };
    [[nodiscard]] QVector<Node> build() const;
    [[nodiscard]] const QVector<int> &childrenOf(int node) const;
    [[nodiscard]] QIcon feedIcon(const Node &node) const;

    SqliteConnection &m_reader;
    QVector<Node> m_nodes;
    QVector<int> m_top;
    QIcon m_warning;
    QIcon m_noSiteIcon;
    /// Site icons by their key, read from the database when first shown; shared by the
    /// feeds of one site. Badged copies for feeds with an error sit beside them.
    mutable QHash<QString, QIcon> m_siteIcons;
    mutable QHash<QString, QIcon> m_badgedIcons;
};

} // namespace warta::ui
