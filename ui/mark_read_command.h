#pragma once

#include <QList>
#include <QUndoCommand>

namespace warta::ui {

class ArticleActions;

/// "Mark all read" as an undoable command: it remembers exactly which articles it
/// changed, so undo makes those unread again and no others.
class MarkReadCommand : public QUndoCommand {
public:
    MarkReadCommand(ArticleActions &actions, QList<qint64> articleIds, const QString &text);
    void redo() override;
    void undo() override;
    [[nodiscard]] const QList<qint64> &articleIds() const { return m_ids; }

private:
    ArticleActions &m_actions;
    QList<qint64> m_ids;
};

} // namespace warta::ui
