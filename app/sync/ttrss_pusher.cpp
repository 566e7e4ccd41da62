#include "sync/ttrss_pusher.h"

#include "storage/storage.h"
#include "storage/sync_store.h"
#include "sync/ttrss_client.h"

#include <QJsonObject>
#include <QMap>

namespace warta {

namespace {

constexpr int kBatch = 100; // article ids per updateArticle/setArticleLabel call

// The change that wins for one article and field (or label): the latest queued, and
// every queue row it stands for (the superseded ones are delivered with it).
struct Latest {
    PendingChange change;
    QList<qint64> rows;
};

} // namespace

TtRssPusher::TtRssPusher(Storage &storage, TtRssClient &client, const Account &account,
                         QHash<QString, qint64> categoryIds, SyncProgress progress)
    : m_storage(storage), m_client(client), m_account(account), m_categoryIds(std::move(categoryIds)),
      m_progress(std::move(progress))
{
}

void TtRssPusher::run(SyncSummary &summary)
{
    const QList<PendingChange> changes = SyncQueue::pending(*m_storage.openReader(), m_account.id);
    m_total = int(changes.size());
    if (changes.isEmpty())
        return;
    m_progress(QStringLiteral("push"), 0, m_total);
    pushFeeds(changes, summary);
    pushArticles(changes, summary);
}

void TtRssPusher::complete(const QList<qint64> &rowIds, const QString &field, const QList<qint64> &remoteIds, bool value)
{
    const qint64 account = m_account.id;
    auto future = m_storage.write(QStringLiteral("recording delivered changes"), [=](SqliteConnection &db) {
        Transaction tx(db);
        SyncQueue::complete(db, rowIds);
        if (field == QLatin1String("read") || field == QLatin1String("starred")) {
            for (qint64 remote : remoteIds)
                SyncStore::setRemoteBase(db, account, remote, field, value);
        }
        tx.commit();
    });
    future.waitForFinished();
    m_done += int(rowIds.size());
    m_progress(QStringLiteral("push"), m_done, m_total);
}

void TtRssPusher::defer(const QList<qint64> &rowIds, const QString &why)
{
    m_storage.write(QStringLiteral("keeping undelivered changes"),
                    [=](SqliteConnection &db) { SyncQueue::defer(db, rowIds, why); }).waitForFinished();
}

void TtRssPusher::pushFeeds(const QList<PendingChange> &changes, SyncSummary &summary)
{
    for (const PendingChange &c : changes) {
        if (c.kind == QLatin1String("unsubscribe")) {
            m_client.unsubscribeFeed(c.remoteId); // gone already counts as done
            complete({c.id}, {}, {}, false);
            ++summary.pushed;
        } else if (c.kind == QLatin1String("subscribe")) {
            const qint64 category = m_categoryIds.value(c.folder.toLower(), 0);
            if (!c.folder.isEmpty() && !category)
                summary.errors.append(QStringLiteral("no tt-rss category \"%1\" (the API cannot create one): %2 "
                                                     "subscribed without a category").arg(c.folder, c.url));
            QString message;
            const int code = m_client.subscribeToFeed(c.url, category, &message);
            if (code == 0 || code == 1) {
                complete({c.id}, {}, {}, false);
                ++summary.pushed;
            } else if (code == 5) { // the server could not download it now: try again next time
                defer({c.id}, QStringLiteral("the server could not download %1: %2").arg(c.url, message));
                summary.errors.append(QStringLiteral("subscribing to %1: the server could not download it (%2)").arg(c.url, message));
            } else { // invalid URL, no feed there, several feeds: retrying will not help
                complete({c.id}, {}, {}, false);
                summary.errors.append(QStringLiteral("subscribing to %1 failed (tt-rss code %2)").arg(c.url).arg(code));
            }
        }
    }
}

void TtRssPusher::pushArticles(const QList<PendingChange> &changes, SyncSummary &summary)
{
    QMap<QString, Latest> latest; // key: field + remote id (+ label), in queue order of keys
    for (const PendingChange &c : changes) {
        if (c.kind != QLatin1String("read") && c.kind != QLatin1String("starred") && c.kind != QLatin1String("label"))
            continue;
        const QString key = c.kind + QLatin1Char(':') + c.label.toLower() + QLatin1Char(':') + QString::number(c.remoteId);
        Latest &l = latest[key];
        l.change = c;
        l.rows.append(c.id);
    }
    QHash<QString, qint64> labelIds; // caption (lower case) -> label feed id
    for (const QJsonValue &v : m_client.getLabels()) {
        const QJsonObject label = v.toObject();
        labelIds.insert(label.value(QLatin1String("caption")).toString().toLower(), label.value(QLatin1String("id")).toInteger());
    }
    // Batches: (kind, label, value) -> changes
    QMap<std::tuple<QString, QString, bool>, QList<const Latest *>> batches;
    for (const Latest &l : latest)
        batches[{l.change.kind, l.change.label.toLower(), l.change.value}].append(&l);

    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        const auto &[kind, label, value] = it.key();
        const QList<const Latest *> &items = it.value();
        if (kind == QLatin1String("label") && !labelIds.contains(label)) {
            QList<qint64> rows;
            for (const Latest *l : items)
                rows += l->rows;
            const QString caption = items.first()->change.label;
            defer(rows, QStringLiteral("no label \"%1\" on the server").arg(caption));
            if (!summary.missingLabels.contains(caption, Qt::CaseInsensitive))
                summary.missingLabels.append(caption);
            continue; // stays queued until the user creates the label in tt-rss
        }
        for (int start = 0; start < items.size(); start += kBatch) {
            QList<qint64> remoteIds, rows;
            for (int i = start; i < qMin<qsizetype>(start + kBatch, items.size()); ++i) {
                remoteIds.append(items[i]->change.remoteId);
                rows += items[i]->rows;
            }
            if (kind == QLatin1String("read"))
                m_client.updateArticle(remoteIds, 2, value ? 0 : 1); // field 2 is "unread"
            else if (kind == QLatin1String("starred"))
                m_client.updateArticle(remoteIds, 0, value ? 1 : 0); // field 0 is "marked"
            else
                m_client.setArticleLabel(remoteIds, labelIds.value(label), value);
            complete(rows, kind, remoteIds, value);
            summary.pushed += int(rows.size());
        }
    }
}

} // namespace warta
