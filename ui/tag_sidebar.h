#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace warta::ui {

class TagListModel;

/// The tag sidebar: every tag with counts, followed ones on top, a Follow toggle.
class TagSidebar : public QWidget {
    Q_OBJECT
public:
    TagSidebar(TagListModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QListView *list() const { return m_list; }
    /// Display form of the selected tag, empty if none.
    [[nodiscard]] QString currentTag() const;
    void clearSelection();
    /// Puts a section (saved searches) above the tags.
    void addSection(QWidget *section);
    /// Ask for a new name / a tag to merge into (input dialogs), for the current tag.
    void promptRename();
    void promptMerge();

signals:
    void tagSelected(const QString &tag);
    void followRequested(const QString &tag, bool follow);
    void renameRequested(const QString &tag, const QString &newName);
    void mergeRequested(const QString &tag, const QString &into);

private:
    void updateButton();
    void toggleFollow();

    TagListModel &m_model;
    QListView *m_list;
    QPushButton *m_follow;
    QString m_keptKey;
};

} // namespace warta::ui
