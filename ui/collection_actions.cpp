#include "ui/collection_actions.h"

#include "storage/collection_store.h"
#include "storage/storage.h"

namespace warta::ui {

CollectionActions::CollectionActions(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
}

void CollectionActions::setOrder(const QList<qint64> &collectionIds)
{
    m_storage.write(tr("reordering collections"),
                    [collectionIds](SqliteConnection &db) { CollectionStore::setOrder(db, collectionIds); });
}

void CollectionActions::addArticles(const QList<qint64> &articleIds, qint64 collectionId, const QString &name)
{
    if (articleIds.isEmpty())
        return;
    m_storage
        .write(tr("saving %n article(s) to %1", nullptr, int(articleIds.size())).arg(name),
               [articleIds, collectionId](SqliteConnection &db) {
                   Transaction tx(db);
                   for (qint64 id : articleIds)
                       CollectionStore::addArticle(db, collectionId, id);
                   tx.commit();
               })
        .then(this, [this, n = int(articleIds.size()), name] { emit articlesAdded(n, name); });
}

void CollectionActions::setMember(qint64 articleId, qint64 collectionId, bool member)
{
    m_storage.write(member ? tr("saving an article to a collection") : tr("removing an article from a collection"),
                    [articleId, collectionId, member](SqliteConnection &db) {
                        if (member)
                            CollectionStore::addArticle(db, collectionId, articleId);
                        else
                            CollectionStore::removeArticle(db, collectionId, articleId);
                    });
}

void CollectionActions::addToNew(qint64 articleId, const QString &name)
{
    m_storage
        .write(tr("saving an article to %1").arg(name),
               [articleId, name](SqliteConnection &db) {
                   Transaction tx(db);
                   CollectionStore::addArticle(db, CollectionStore::ensure(db, name), articleId);
                   tx.commit();
               })
        .then(this, [this, name] { emit articlesAdded(1, name); });
}

} // namespace warta::ui
