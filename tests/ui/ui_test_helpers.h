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

/// The pane's visible text, fetched asynchronously from the renderer.
inline QString pageText(QWebEngineView *view, int timeoutMs = 10000)
{
    QString text;
    bool done = false;
    view->page()->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    return text;
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
