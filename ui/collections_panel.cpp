#include "ui/collections_panel.h"

#include "ui/collection_list_model.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace warta::ui {

static QToolButton *toolButton(const QString &name, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

CollectionsPanel::CollectionsPanel(CollectionListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
{
    auto *title = new QLabel(tr("Collections"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold; padding: 4px;"));
    auto *create = toolButton(QStringLiteral("newCollectionButton"), QStringLiteral("+"), tr("New collection"), this);
    auto *rename = toolButton(QStringLiteral("renameCollectionButton"), tr("Rename"), tr("Rename collection"), this);
    auto *remove = toolButton(QStringLiteral("deleteCollectionButton"), QStringLiteral("−"), tr("Delete collection"), this);
    m_export = toolButton(QStringLiteral("exportCollectionButton"), tr("Export"), tr("Export collection"), this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(QStringLiteral("exportCollectionMenu"));
    exportMenu->addAction(tr("As Markdown…"), this, [this] {
        if (!currentName().isEmpty())
            emit exportRequested(currentName(), QStringLiteral("md"));
    });
    exportMenu->addAction(tr("As HTML…"), this, [this] {
        if (!currentName().isEmpty())
            emit exportRequested(currentName(), QStringLiteral("html"));
    });
    m_export->setMenu(exportMenu);

    m_list->setObjectName(QStringLiteral("collectionList"));
    m_list->setModel(&m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(create);
    header->addWidget(rename);
    header->addWidget(remove);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);

    connect(create, &QToolButton::clicked, this, &CollectionsPanel::promptCreate);
    connect(rename, &QToolButton::clicked, this, &CollectionsPanel::promptRename);
    connect(remove, &QToolButton::clicked, this, &CollectionsPanel::confirmDelete);
    // Selection, not the current index: focus-in makes a row current without choosing it.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit collectionSelected(rows.first().data(CollectionListModel::NameRole).toString());
    });
}

QString CollectionsPanel::currentName() const
{
    return m_list->currentIndex().data(CollectionListModel::NameRole).toString();
}

void CollectionsPanel::clearSelection()
{
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->selectionModel()->clear();
    m_list->setCurrentIndex({});
}

void CollectionsPanel::promptCreate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New collection"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        emit createRequested(name.trimmed());
}

void CollectionsPanel::promptRename()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename collection"), tr("Name:"), QLineEdit::Normal,
                                               current.data(CollectionListModel::NameRole).toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        emit renameRequested(current.data(CollectionListModel::IdRole).toLongLong(), name.trimmed());
}

void CollectionsPanel::confirmDelete()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(CollectionListModel::NameRole).toString();
    if (QMessageBox::question(this, tr("Delete collection"),
                              tr("Delete the collection “%1”? Its articles stay in their feeds.").arg(name)) ==
        QMessageBox::Yes)
        emit deleteRequested(current.data(CollectionListModel::IdRole).toLongLong(), name);
}

} // namespace warta::ui
