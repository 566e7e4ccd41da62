#include "ui/mark_read_command.h"

#include "ui/article_actions.h"

namespace warta::ui {

MarkReadCommand::MarkReadCommand(ArticleActions &actions, QList<qint64> articleIds, const QString &text)
    : QUndoCommand(text)
    , m_actions(actions)
    , m_ids(std::move(articleIds))
{
}

void MarkReadCommand::redo()
{
    m_actions.setRead(m_ids, true);
}

void MarkReadCommand::undo()
{
    m_actions.setRead(m_ids, false);
}

} // namespace warta::ui
