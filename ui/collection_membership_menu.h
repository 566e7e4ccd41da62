#pragma once

#include <QMenu>

#include <functional>
#include <memory>

namespace warta {
class SqliteConnection;
class Storage;
} // namespace warta

namespace warta::ui {

class CollectionActions;
class CollectionListModel;

/// "Add to Collections": one checkable entry per collection, ticked where the current
/// article already is. Ticking saves it there, unticking removes it; the menu stays open
/// for mouse clicks, so several collections are set in one go. "New Collection…" last.
class CollectionMembershipMenu : public QMenu {
    Q_OBJECT
public:
    CollectionMembershipMenu(CollectionListModel &collections, Storage &storage, CollectionActions &actions,
                             std::function<qint64()> currentArticle, QWidget *parent = nullptr);
    ~CollectionMembershipMenu() override;

    /// Fills the entries for the current article (done on aboutToShow).
    void populate();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void promptNew();

    CollectionListModel &m_collections;
    Storage &m_storage;
    CollectionActions &m_actions;
    std::function<qint64()> m_currentArticle;
    std::unique_ptr<SqliteConnection> m_reader;
};

} // namespace warta::ui
