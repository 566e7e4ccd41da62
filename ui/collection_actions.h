#pragma once

#include <QList>
#include <QObject>

namespace warta {
class Storage;
}

namespace warta::ui {

/// Collection writes beyond ArticleActions': order, several articles at once,
/// membership toggles. Jobs on the writer thread; failures reach Storage::writeFailed.
class CollectionActions : public QObject {
    Q_OBJECT
public:
    explicit CollectionActions(Storage &storage, QObject *parent = nullptr);

    void setOrder(const QList<qint64> &collectionIds);
    void addArticles(const QList<qint64> &articleIds, qint64 collectionId, const QString &name);
    void setMember(qint64 articleId, qint64 collectionId, bool member);
    /// Creates `name` (or finds it) and saves the article there.
    void addToNew(qint64 articleId, const QString &name);

signals:
    /// After articles were saved (queued to the GUI thread).
    void articlesAdded(int count, const QString &collection);

private:
    Storage &m_storage;
};

} // namespace warta::ui
