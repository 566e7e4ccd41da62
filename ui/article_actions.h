#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace warta {
class Storage;
}

namespace warta::ui {

/// Every change the UI makes to articles and collections, as jobs on the storage's
/// writer thread. Nothing here blocks the GUI; failures surface through
/// Storage::writeFailed (shown in the status bar), successes through Storage::changed.
class ArticleActions : public QObject {
    Q_OBJECT
public:
    explicit ArticleActions(Storage &storage, QObject *parent = nullptr);

    void setRead(qint64 articleId, bool read);
    void setStarred(qint64 articleId, bool starred);
    void setRead(const QList<qint64> &articleIds, bool read);

    void saveToCollection(qint64 articleId, const QString &collection);
    void removeFromCollection(qint64 articleId, qint64 collectionId);
    void createCollection(const QString &name);
    void renameCollection(qint64 collectionId, const QString &name);
    void deleteCollection(qint64 collectionId);

    void setTagFollowed(const QString &tag, bool followed);
    /// Renames a tag; a name that another tag already has merges the two.
    void renameTag(const QString &tag, const QString &newName);
    /// Moves every article of `tag` to `into` and removes `tag` ("Tekno" into "Teknologi").
    void mergeTag(const QString &tag, const QString &into);

signals:
    /// After the write has committed (queued to the GUI thread).
    void savedToCollection(qint64 articleId, const QString &collection);

private:
    Storage &m_storage;
};

} // namespace warta::ui
