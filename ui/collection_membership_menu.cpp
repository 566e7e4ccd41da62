#include "ui/collection_membership_menu.h"

#include "storage/collection_store.h"
#include "storage/storage.h"
#include "ui/collection_actions.h"
#include "ui/collection_list_model.h"

#include <QInputDialog>
#include <QMouseEvent>

namespace warta::ui {

CollectionMembershipMenu::CollectionMembershipMenu(CollectionListModel &collections, Storage &storage,
                                                   CollectionActions &actions, std::function<qint64()> currentArticle,
                                                   QWidget *parent)
    : QMenu(tr("Add to Co&llections"), parent)
    , m_collections(collections)
    , m_storage(storage)
    , m_actions(actions)
    , m_currentArticle(std::move(currentArticle))
{
    setObjectName(QStringLiteral("collectionMembershipMenu"));
    connect(this, &QMenu::aboutToShow, this, &CollectionMembershipMenu::populate);
}

CollectionMembershipMenu::~CollectionMembershipMenu() = default;

void CollectionMembershipMenu::populate()
{
    clear();
    const qint64 article = m_currentArticle();
    if (!article) {
        addAction(tr("No article selected"))->setEnabled(false);
        return;
    }
    if (!m_reader)
        m_reader = m_storage.openReader();
    const QList<qint64> member = CollectionStore::containing(*m_reader, article);
    for (int row = 0; row < m_collections.rowCount(); ++row) {
        const Collection *c = m_collections.collectionAt(row);
        QAction *a = addAction(c->name);
        a->setObjectName(QStringLiteral("collectionToggle:") + c->name);
        a->setCheckable(true);
        a->setChecked(member.contains(c->id));
        connect(a, &QAction::toggled, this, [this, article, id = c->id](bool on) { m_actions.setMember(article, id, on); });
    }
    addSeparator();
    QAction *add = addAction(tr("New Collection…"), this, &CollectionMembershipMenu::promptNew);
    add->setObjectName(QStringLiteral("addToNewCollection"));
}

void CollectionMembershipMenu::mouseReleaseEvent(QMouseEvent *event)
{
    // A tick is one of several choices: toggle it and keep the menu open.
    QAction *a = actionAt(event->position().toPoint());
    if (a && a->isCheckable() && a->isEnabled()) {
        a->trigger();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void CollectionMembershipMenu::promptNew()
{
    const qint64 article = m_currentArticle();
    if (!article)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("New collection"), tr("Name:"), QLineEdit::Normal,
                                               {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_actions.addToNew(article, name.trimmed());
}

} // namespace warta::ui
