#include "ui/tag_sidebar.h"

#include "ui/tag_list_model.h"

#include <QLabel>
#include <QListView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace warta::ui {

TagSidebar::TagSidebar(TagListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_follow(new QPushButton(this))
{
    auto *title = new QLabel(tr("Tags"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold; padding: 4px;"));
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setModel(&m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_follow->setObjectName(QStringLiteral("followTagButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_follow);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagSidebar::updateButton);
    // Selection, not the current index: focus-in makes a row current without choosing it.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit tagSelected(rows.first().data(TagListModel::DisplayNameRole).toString());
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TagSidebar::updateButton);
    // Following moves a tag to the top (a reset): keep it selected, without reloading the list.
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptKey = m_list->currentIndex().data(TagListModel::KeyRole).toString();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keptKey.isEmpty() ? -1 : m_model.rowOfKey(m_keptKey);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_model.index(row));
        }
        updateButton();
    });
    connect(m_follow, &QPushButton::clicked, this, &TagSidebar::toggleFollow);
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (!index.isValid())
            return;
        m_list->setCurrentIndex(index);
        QMenu menu(this);
        const bool followed = index.data(TagListModel::FollowedRole).toBool();
        menu.addAction(followed ? tr("Unfollow") : tr("Follow"), this, &TagSidebar::toggleFollow);
        menu.addAction(tr("Rename…"), this, &TagSidebar::promptRename)->setObjectName(QStringLiteral("renameTagAction"));
        menu.addAction(tr("Merge Into…"), this, &TagSidebar::promptMerge)->setObjectName(QStringLiteral("mergeTagAction"));
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    updateButton();
}

void TagSidebar::promptRename()
{
    const QString tag = m_list->currentIndex().data(TagListModel::DisplayNameRole).toString();
    if (tag.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename tag"), tr("New name for “%1”:").arg(tag),
                                               QLineEdit::Normal, tag, &ok)
                             .trimmed();
    if (ok && !name.isEmpty() && name != tag)
        emit renameRequested(tag, name);
}

void TagSidebar::promptMerge()
{
    const QString tag = m_list->currentIndex().data(TagListModel::DisplayNameRole).toString();
    if (tag.isEmpty())
        return;
    QStringList others;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const QString name = m_model.index(r).data(TagListModel::DisplayNameRole).toString();
        if (name.compare(tag, Qt::CaseInsensitive) != 0)
            others << name;
    }
    bool ok = false;
    // Editable: merging into a tag that does not exist yet is a rename that keeps counts.
    const QString into = QInputDialog::getItem(this, tr("Merge tag"), tr("Merge “%1” into:").arg(tag), others, 0,
                                               true, &ok)
                             .trimmed();
    if (ok && !into.isEmpty())
        emit mergeRequested(tag, into);
}

QString TagSidebar::currentTag() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current)
               ? current.data(TagListModel::DisplayNameRole).toString()
               : QString();
}

void TagSidebar::addSection(QWidget *section)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, section);
}

void TagSidebar::clearSelection()
{
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->selectionModel()->clear();
    updateButton();
}

void TagSidebar::updateButton()
{
    const QModelIndex current = m_list->currentIndex();
    m_follow->setEnabled(current.isValid());
    m_follow->setText(current.isValid() && current.data(TagListModel::FollowedRole).toBool() ? tr("Unfollow")
                                                                                           : tr("Follow"));
}

void TagSidebar::toggleFollow()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    emit followRequested(current.data(TagListModel::DisplayNameRole).toString(),
                         !current.data(TagListModel::FollowedRole).toBool());
}

} // namespace warta::ui
