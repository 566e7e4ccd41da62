#pragma once

#include <QObject>

class QAbstractItemView;

namespace warta::ui {

class ArticleListModel;

/// While the article list shows search results, hovering a row shows its title and the
/// snippet with the matched words highlighted (an event filter on the list's viewport, so
/// the list model stays a plain view of articles).
class SearchSnippetTips : public QObject {
    Q_OBJECT
public:
    SearchSnippetTips(QAbstractItemView &view, const ArticleListModel &model);

    /// The tooltip for a row: title and snippet as rich text; empty outside search results.
    [[nodiscard]] QString tipForRow(int row) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView &m_view;
    const ArticleListModel &m_model;
};

} // namespace warta::ui
