#pragma once

#include <QAbstractItemModel>
#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

namespace warta::test {

/// Answers the next modal dialog of type T (polled, since the caller is about to block in
/// exec()); gives up after 10 s so a dialog that never comes cannot hang the test.
template <class T, class F>
void whenModal(F answer)
{
    auto *poll = new QTimer(qApp);
    auto deadline = std::make_shared<QDeadlineTimer>(10000);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, deadline] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->deleteLater();
            poll->stop();
            answer(dialog);
        } else if (deadline->hasExpired()) {
            poll->deleteLater();
            poll->stop();
        }
    });
    poll->start(20);
}

/// Asks the page for something through a callback API (toPlainText, toHtml) and waits up
/// to `timeoutMs` for the answer. The answer lives in shared state, not in this frame: a
/// reply that comes after the wait gave up, or the one QWebEnginePage's destructor gives
/// every pending callback, must not write to a returned stack frame.
template <class T, class Ask>
T askPage(Ask ask, int timeoutMs)
{
    struct Reply {
        T value{};
        bool done = false;
    };
    auto reply = std::make_shared<Reply>();
    ask([reply](const T &value) {
        reply->value = value;
        reply->done = true;
    });
    (void)QTest::qWaitFor([&] { return reply->done; }, timeoutMs);
    return reply->value;
}

/// The pane's visible text, fetched asynchronously from the renderer.
inline QString pageText(QWebEngineView *view, int timeoutMs = 10000)
{
    return askPage<QString>([view](auto callback) { view->page()->toPlainText(callback); }, timeoutMs);
}

/// The pane's HTML as the renderer holds it.
inline QString pageHtml(QWebEngineView *view, int timeoutMs = 10000)
{
    return askPage<QString>([view](auto callback) { view->page()->toHtml(callback); }, timeoutMs);
}

/// Polls until the pane shows `needle` (pages render a little after loadFinished).
inline bool waitForPageText(QWebEngineView *view, const QString &needle, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return pageText(view, 2000).contains(needle); }, timeoutMs);
}

/// First index whose display text starts with `prefix`, searching the whole tree.
inline QModelIndex findRow(const QAbstractItemModel *model, const QString &prefix, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString().startsWith(prefix))
            return i;
        if (const QModelIndex child = findRow(model, prefix, i); child.isValid())
            return child;
    }
    return {};
}

} // namespace warta::test
