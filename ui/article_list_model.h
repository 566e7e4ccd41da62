#pragma once

#include "core/article.h"
#include "ui/article_query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <memory>

namespace warta {
class SqliteConnection;
}

namespace warta::ui {

class ArticleQueryRunner;

/// The article list: a lazy table over the read connection. Rows arrive in batches
/// through canFetchMore()/fetchMore(), so 100,000 articles cost one batch at start.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, FeedColumn, DateColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        FeedIdRole,
        ReadRole,
        StarredRole,
        LinkRole,
        PublishedRole,
    };
    Q_ENUM(Column)

    explicit ArticleListModel(SqliteConnection &reader, QObject *parent = nullptr);
    ~ArticleListModel() override;

    void setQuery(const ArticleQuery &query);
    [[nodiscard]] const ArticleQuery &query() const { return m_query; }
    /// Rows per fetchMore (200 by default).
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    [[nodiscard]] int batchSize() const { return m_batchSize; }

    /// Re-reads read/starred state of the loaded rows, keeping rows and selection in place.
    void refreshStates();
    /// Updates one row at once (the write follows on the writer thread).
    void setLocalState(qint64 articleId, bool read, bool starred);

    [[nodiscard]] int rowOf(qint64 articleId) const;
    [[nodiscard]] const Article *articleAt(int row) const;
    [[nodiscard]] QString feedTitle(qint64 feedId) const { return m_feedTitles.value(feedId); }
    /// A runner over the current query from its start (for "mark all read").
    [[nodiscard]] std::unique_ptr<ArticleQueryRunner> newRunner(const ArticleQuery &query) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Rows drag out as article ids (dropped on a collection to save them).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    SqliteConnection &m_reader;
    ArticleQuery m_query;
    std::unique_ptr<ArticleQueryRunner> m_runner;
    QList<Article> m_rows;
    QHash<qint64, QString> m_feedTitles;
    int m_batchSize = 200;
    QIcon m_star;
};

} // namespace warta::ui
