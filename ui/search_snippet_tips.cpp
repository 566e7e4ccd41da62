#include "ui/search_snippet_tips.h"

#include "ui/article_list_model.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace warta::ui {

SearchSnippetTips::SearchSnippetTips(QAbstractItemView &view, const ArticleListModel &model)
    : QObject(&view)
    , m_view(view)
    , m_model(model)
{
    m_view.viewport()->installEventFilter(this);
}

QString SearchSnippetTips::tipForRow(int row) const
{
    const ArticleQuery &query = m_model.query();
    const Article *article = m_model.articleAt(row);
    if (query.scope != ArticleQuery::Scope::Search || !article)
        return {};
    for (const SearchHit &hit : query.hits) {
        if (hit.articleId == article->id) {
            // The snippet is escaped HTML with <mark> around matches; the title is plain text.
            return QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(article->title.toHtmlEscaped(), hit.snippet);
        }
    }
    return {};
}

bool SearchSnippetTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && watched == m_view.viewport()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view.indexAt(help->pos());
        const QString tip = index.isValid() ? tipForRow(index.row()) : QString();
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, m_view.viewport(), m_view.visualRect(index));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace warta::ui
