#include "ui/saved_search_panel.h"

#include "storage/saved_search_store.h"
#include "storage/sqlite_connection.h"
#include "storage/storage.h"
#include "ui/saved_search_list_model.h"

#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>

namespace warta::ui {

SavedSearchPanel::SavedSearchPanel(Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_model(new SavedSearchListModel(storage, this))
    , m_title(new QLabel(tr("Saved searches"), this))
    , m_list(new QListView(this))
    , m_reload(new QTimer(this))
{
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; padding: 4px;"));
    m_list->setObjectName(QStringLiteral("savedSearchList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);

    // Counts follow reads and refreshes: reload once after a burst of writes.
    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, m_model, &SavedSearchListModel::reload);
    connect(&m_storage, &Storage::changed, m_reload, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    connect(m_model, &SavedSearchListModel::reloaded, this, &SavedSearchPanel::updateVisibility);
    // A click picks the search; selection, not the current index, as in the other sidebars.
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit searchSelected(index.data(SavedSearchListModel::QueryRole).toString());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit searchSelected(index.data(SavedSearchListModel::QueryRole).toString());
    });
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (!index.isValid())
            return;
        m_list->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(tr("Rename…"), this, &SavedSearchPanel::promptRename)->setObjectName(QStringLiteral("renameSavedSearchAction"));
        menu.addAction(tr("Delete"), this, &SavedSearchPanel::removeCurrent)->setObjectName(QStringLiteral("deleteSavedSearchAction"));
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    updateVisibility();
    m_model->reload();
}

void SavedSearchPanel::save(const QString &query)
{
    m_storage.write(QStringLiteral("saving a search"),
                    [query](SqliteConnection &db) { SavedSearchStore::add(db, query, query); });
}

void SavedSearchPanel::clearSelection()
{
    m_list->selectionModel()->clear();
}

void SavedSearchPanel::promptRename()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(SavedSearchListModel::IdRole).toLongLong();
    const QString old = current.data(SavedSearchListModel::NameRole).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename saved search"), tr("New name for “%1”:").arg(old),
                                               QLineEdit::Normal, old, &ok)
                             .trimmed();
    if (ok && !name.isEmpty() && name != old)
        m_storage.write(QStringLiteral("renaming a saved search"),
                        [id, name](SqliteConnection &db) { SavedSearchStore::rename(db, id, name); });
}

void SavedSearchPanel::removeCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(SavedSearchListModel::IdRole).toLongLong();
    m_storage.write(QStringLiteral("deleting a saved search"), [id](SqliteConnection &db) { SavedSearchStore::remove(db, id); });
}

void SavedSearchPanel::updateVisibility()
{
    // An empty section would only take room from the tags.
    const bool any = m_model->rowCount() > 0;
    m_title->setVisible(any);
    m_list->setVisible(any);
}

} // namespace warta::ui
