#include "ui/collections_panel.h"

#include "ui/collection_actions.h"
#include "ui/collection_list_model.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPainter>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace warta::ui {

namespace {
// Buttons carry a glyph, not a word: words like "Ganti nama" and "Ekspor" do not fit a
// narrow sidebar. The word is the tooltip and the accessible name.
QIcon glyph(QChar c, const QPalette &palette)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    QFont font = p.font();
    font.setPixelSize(26);
    p.setFont(font);
    p.setPen(palette.color(QPalette::ButtonText));
    p.drawText(pixmap.rect(), Qt::AlignCenter, QString(c));
    return QIcon(pixmap);
}

QToolButton *toolButton(const QString &name, QChar icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setIcon(glyph(icon, parent->palette()));
    b->setText(tip);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setAutoRaise(true);
    return b;
}
} // namespace

CollectionsPanel::CollectionsPanel(CollectionListModel &model, Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(new CollectionActions(storage, this))
    , m_list(new QListView(this))
{
    auto *title = new QLabel(tr("Collections"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold; padding: 4px;"));
    // In a very narrow sidebar the title gives way (clipped), never the buttons.
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *create = toolButton(QStringLiteral("newCollectionButton"), QChar(u'+'), tr("New collection"), this);
    auto *rename = toolButton(QStringLiteral("renameCollectionButton"), QChar(0x270E), tr("Rename collection"), this);
    auto *remove = toolButton(QStringLiteral("deleteCollectionButton"), QChar(0x2212), tr("Delete collection"), this);
    m_export = toolButton(QStringLiteral("exportCollectionButton"), QChar(0x21E9), tr("Export collection"), this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(QStringLiteral("exportCollectionMenu"));
    exportMenu->setTitle(tr("Export"));
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
    // Drag to reorder; drop articles from the article list onto a collection to save them.
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &CollectionsPanel::showListMenu);
    auto addKey = [this](const QString &name, const QString &text, const QKeySequence &key, auto &&slot) {
        auto *a = new QAction(text, m_list);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_list->addAction(a);
    };
    addKey(QStringLiteral("moveCollectionUpAction"), tr("Move Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    addKey(QStringLiteral("moveCollectionDownAction"), tr("Move Down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
           [this] { moveCurrent(+1); });
    connect(&m_model, &CollectionListModel::orderChanged, m_actions, &CollectionActions::setOrder);
    connect(&m_model, &CollectionListModel::articlesDropped, m_actions, &CollectionActions::addArticles);

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

void CollectionsPanel::moveCurrent(int step)
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || !m_model.moveCollection(row, row + step))
        return;
    const QSignalBlocker blocker(m_list->selectionModel()); // the same collection stays shown
    m_list->setCurrentIndex(m_model.index(row + step));
}

void CollectionsPanel::showListMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Rename…"), this, &CollectionsPanel::promptRename);
    menu->addAction(tr("Move Up"), this, [this] { moveCurrent(-1); })->setEnabled(index.row() > 0);
    menu->addAction(tr("Move Down"), this, [this] { moveCurrent(+1); })->setEnabled(index.row() + 1 < m_model.rowCount());
    menu->addMenu(m_export->menu());
    menu->addSeparator();
    menu->addAction(tr("Delete…"), this, &CollectionsPanel::confirmDelete);
    menu->popup(m_list->viewport()->mapToGlobal(pos));
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
