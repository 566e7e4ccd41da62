#pragma once

#include "core/feed.h"
#include "core/folder.h"
#include "storage/feed_store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace warta::ui {

/// Edits a subscription: title, feed URL, folder and whether full articles are
/// downloaded for offline reading. Only collects the edit; the caller saves it.
class FeedEditDialog : public QDialog {
    Q_OBJECT
public:
    FeedEditDialog(const Feed &feed, const QList<Folder> &folders, QWidget *parent = nullptr);

    [[nodiscard]] FeedStore::FeedEdit edit() const;

private:
    void validate();

    qint64 m_feedId;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QComboBox *m_folder;
    QCheckBox *m_fullText;
    QDialogButtonBox *m_buttons;
};

} // namespace warta::ui
