#include "ui/feed_edit_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace warta::ui {

namespace {
// "Berita / Nasional" for nested folders, so two "Nasional" folders can be told apart.
QString folderLabel(const Folder &folder, const QHash<qint64, Folder> &byId)
{
    QStringList parts{folder.name};
    qint64 parent = folder.parentId;
    for (int depth = 0; parent && byId.contains(parent) && depth < 64; ++depth) {
        parts.prepend(byId[parent].name);
        parent = byId[parent].parentId;
    }
    return parts.join(QStringLiteral(" / "));
}
} // namespace

FeedEditDialog::FeedEditDialog(const Feed &feed, const QList<Folder> &folders, QWidget *parent)
    : QDialog(parent)
    , m_feedId(feed.id)
    , m_title(new QLineEdit(feed.title, this))
    , m_url(new QLineEdit(feed.url, this))
    , m_folder(new QComboBox(this))
    , m_fullText(new QCheckBox(tr("Download full articles for offline reading"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("feedEditDialog"));
    setWindowTitle(tr("Edit feed"));
    m_title->setObjectName(QStringLiteral("feedTitleEdit"));
    m_url->setObjectName(QStringLiteral("feedUrlEdit"));
    m_folder->setObjectName(QStringLiteral("feedFolderCombo"));
    m_fullText->setObjectName(QStringLiteral("feedFullTextCheck"));
    m_fullText->setChecked(feed.fetchFullText);

    QHash<qint64, Folder> byId;
    for (const Folder &f : folders)
        byId.insert(f.id, f);
    m_folder->addItem(tr("(Top level)"), qint64(0));
    for (const Folder &f : folders)
        m_folder->addItem(folderLabel(f, byId), f.id);
    m_folder->setCurrentIndex(qMax(0, m_folder->findData(feed.folderId)));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Feed &URL:"), m_url);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(m_fullText);
    form->addRow(m_buttons);
    m_url->setMinimumWidth(360);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &FeedEditDialog::validate);
    validate();
}

void FeedEditDialog::validate()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    const bool ok = url.isValid() && !url.scheme().isEmpty() && (url.isLocalFile() || !url.host().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

FeedStore::FeedEdit FeedEditDialog::edit() const
{
    FeedStore::FeedEdit e;
    e.id = m_feedId;
    e.title = m_title->text().trimmed();
    e.url = m_url->text().trimmed();
    e.folderId = m_folder->currentData().toLongLong();
    e.fetchFullText = m_fullText->isChecked();
    return e;
}

} // namespace warta::ui
