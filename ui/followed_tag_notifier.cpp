#include "ui/followed_tag_notifier.h"

#include "storage/sqlite_connection.h"
#include "storage/storage.h"
#include "ui/refresh_controller.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace warta::ui {

namespace {

qint64 newestArticleId(const Storage &storage)
{
    return storage.openReader()->scalar(QStringLiteral("SELECT ifnull(max(id), 0) FROM articles")).toLongLong();
}

FollowedTagNotifier::TagCounts followedTagCountsAbove(const Storage &storage, qint64 baseline)
{
    auto reader = storage.openReader();
    // article_tags is keyed by article id first: this reads only the new rows.
    Statement q = reader->prepare(QStringLiteral(
        "SELECT t.display, count(*) AS n FROM article_tags at JOIN tags t ON t.id = at.tag_id "
        "WHERE at.article_id > ?1 AND t.followed = 1 GROUP BY t.id ORDER BY n DESC, t.display"));
    q.bind(1, baseline);
    FollowedTagNotifier::TagCounts counts;
    while (q.next())
        counts.append({q.text(0), int(q.int64(1))});
    return counts;
}

} // namespace

FollowedTagNotifier::FollowedTagNotifier(Storage &storage, RefreshController &refresh, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
    connect(&refresh, &RefreshController::started, this, &FollowedTagNotifier::onStarted);
    connect(&refresh, &RefreshController::finished, this, &FollowedTagNotifier::onFinished);
}

FollowedTagNotifier::Message FollowedTagNotifier::compose(const TagCounts &counts)
{
    Message message;
    if (counts.isEmpty())
        return message;
    message.title = QCoreApplication::translate("FollowedTagNotifier", "New articles in followed tags");
    message.tag = counts.first().first;
    QStringList lines;
    for (qsizetype i = 0; i < counts.size() && i < kTagsShown; ++i)
        lines << QCoreApplication::translate("FollowedTagNotifier", "%n new article(s) for %1", nullptr, counts[i].second)
                     .arg(counts[i].first);
    if (const int more = int(counts.size()) - kTagsShown; more > 0)
        lines << QCoreApplication::translate("FollowedTagNotifier", "and %n more tag(s)", nullptr, more);
    message.body = lines.join(QLatin1Char('\n'));
    return message;
}

void FollowedTagNotifier::onStarted()
{
    const Storage *storage = &m_storage;
    m_baseline = QtConcurrent::run([storage] { return newestArticleId(*storage); });
}

void FollowedTagNotifier::onFinished(int newArticles)
{
    QFuture<qint64> baseline = std::exchange(m_baseline, {});
    if (newArticles <= 0 || !baseline.isValid() || (m_enabled && !m_enabled())) {
        emit checked();
        return;
    }
    const Storage *storage = &m_storage;
    baseline
        .then(QtFuture::Launch::Async, [storage](qint64 id) { return followedTagCountsAbove(*storage, id); })
        .then(this,
              [this](const TagCounts &counts) {
                  const Message message = compose(counts);
                  if (!message.body.isEmpty() && m_show)
                      m_show(message);
                  emit checked();
              })
        .onFailed(this, [this](const std::exception &) {
            emit checked(); // a failed count loses one notification, nothing else
        });
}

} // namespace warta::ui
