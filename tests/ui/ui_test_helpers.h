#pragma once

#include <QAbstractItemModel>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace warta::test {

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
