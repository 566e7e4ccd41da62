#pragma once

class QTableView;

namespace warta::ui {

class ArticleListModel;

/// Moves the article list's current row the way j, k and n do, fetching the next
/// batch when the reader walks past the loaded rows.
class ArticleNavigator {
public:
    ArticleNavigator(QTableView &view, ArticleListModel &model) : m_view(view), m_model(model) {}

    bool next();
    bool previous();
    /// The next unread article after the current one; false when there is none.
    bool nextUnread();

private:
    bool select(int row);

    QTableView &m_view;
    ArticleListModel &m_model;
};

} // namespace warta::ui
