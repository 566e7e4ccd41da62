#include "ui/article_navigator.h"

#include "ui/article_list_model.h"

#include <QTableView>

namespace warta::ui {

bool ArticleNavigator::select(int row)
{
    if (row < 0 || row >= m_model.rowCount())
        return false;
    const QModelIndex index = m_model.index(row, ArticleListModel::TitleColumn);
    m_view.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view.scrollTo(index);
    return true;
}

bool ArticleNavigator::next()
{
    const int row = m_view.currentIndex().isValid() ? m_view.currentIndex().row() + 1 : 0;
    if (row >= m_model.rowCount() && m_model.canFetchMore({}))
        m_model.fetchMore({});
    return select(row);
}

bool ArticleNavigator::previous()
{
    const QModelIndex current = m_view.currentIndex();
    return select(current.isValid() ? current.row() - 1 : 0);
}

bool ArticleNavigator::nextUnread()
{
    int row = m_view.currentIndex().isValid() ? m_view.currentIndex().row() + 1 : 0;
    for (;;) {
        for (; row < m_model.rowCount(); ++row)
            if (!m_model.index(row, 0).data(ArticleListModel::ReadRole).toBool())
                return select(row);
        if (!m_model.canFetchMore({}))
            return false;
        m_model.fetchMore({});
    }
}

} // namespace warta::ui
