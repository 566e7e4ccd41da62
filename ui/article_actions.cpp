#include "ui/article_actions.h"

#include "storage/article_store.h"
#include "storage/collection_store.h"
#include "storage/storage.h"
#include "storage/tag_store.h"

namespace warta::ui {

ArticleActions::ArticleActions(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
}

void ArticleActions::setRead(qint64 articleId, bool read)
{
    m_storage.write(read ? tr("marking an article read") : tr("marking an article unread"),
                    [articleId, read](SqliteConnection &db) { ArticleStore::setRead(db, articleId, read); });
}

void ArticleActions::setStarred(qint64 articleId, bool starred)
{
    m_storage.write(starred ? tr("starring an article") : tr("removing a star"),
                    [articleId, starred](SqliteConnection &db) { ArticleStore::setStarred(db, articleId, starred); });
}

void ArticleActions::setRead(const QList<qint64> &articleIds, bool read)
{
    if (articleIds.isEmpty())
        return;
    m_storage.write(read ? tr("marking %n article(s) read", nullptr, int(articleIds.size()))
                         : tr("marking %n article(s) unread", nullptr, int(articleIds.size())),
                    [articleIds, read](SqliteConnection &db) {
                        Transaction tx(db);
                        for (qint64 id : articleIds)
                            ArticleStore::setRead(db, id, read);
                        tx.commit();
                    });
}

void ArticleActions::saveToCollection(qint64 articleId, const QString &collection)
{
    m_storage
        .write(tr("saving an article to %1").arg(collection),
               [articleId, collection](SqliteConnection &db) {
                   Transaction tx(db);
                   CollectionStore::addArticle(db, CollectionStore::ensure(db, collection), articleId);
                   tx.commit();
               })
        .then(this, [this, articleId, collection] { emit savedToCollection(articleId, collection); });
}

void ArticleActions::removeFromCollection(qint64 articleId, qint64 collectionId)
{
    m_storage.write(tr("removing an article from a collection"), [articleId, collectionId](SqliteConnection &db) {
        CollectionStore::removeArticle(db, collectionId, articleId);
    });
}

void ArticleActions::createCollection(const QString &name)
{
    m_storage.write(tr("creating the collection %1").arg(name),
                    [name](SqliteConnection &db) { CollectionStore::ensure(db, name); });
}

void ArticleActions::renameCollection(qint64 collectionId, const QString &name)
{
    m_storage.write(tr("renaming a collection to %1").arg(name),
                    [collectionId, name](SqliteConnection &db) { CollectionStore::rename(db, collectionId, name); });
}

void ArticleActions::deleteCollection(qint64 collectionId)
{
    m_storage.write(tr("deleting a collection"),
                    [collectionId](SqliteConnection &db) { CollectionStore::remove(db, collectionId); });
}

void ArticleActions::setTagFollowed(const QString &tag, bool followed)
{
    m_storage.write(followed ? tr("following the tag %1").arg(tag) : tr("unfollowing the tag %1").arg(tag),
                    [tag, followed](SqliteConnection &db) { TagStore::setFollowed(db, tag, followed); });
}

void ArticleActions::renameTag(const QString &tag, const QString &newName)
{
    m_storage.write(tr("renaming the tag %1 to %2").arg(tag, newName),
                    [tag, newName](SqliteConnection &db) { TagStore::rename(db, tag, newName); });
}

void ArticleActions::mergeTag(const QString &tag, const QString &into)
{
    m_storage.write(tr("merging the tag %1 into %2").arg(tag, into),
                    [tag, into](SqliteConnection &db) { TagStore::merge(db, tag, into); });
}

} // namespace warta::ui
