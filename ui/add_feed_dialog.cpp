#include "ui/add_feed_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace warta::ui {

AddFeedDialog::AddFeedDialog(Finder finder, const QStringList &folders, QWidget *parent)
    : QDialog(parent)
    , m_finder(std::move(finder))
{
    setObjectName(QStringLiteral("addFeedDialog"));
    setWindowTitle(tr("Add Feed"));
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("feedUrlEdit"));
    m_url->setPlaceholderText(tr("Address of a feed or of a news site"));
    m_find = new QPushButton(tr("&Find"));
    m_find->setObjectName(QStringLiteral("findFeedButton"));
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("feedPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_folder = new QComboBox;
    m_folder->setObjectName(QStringLiteral("feedFolderCombo"));
    m_folder->setEditable(true); // a new folder path ("Berita/Daerah") is created on subscribe
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Subscribe"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("subscribeButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_find);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Address:"), urlRow);
    form->addRow(m_preview);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(m_buttons);

    connect(m_find, &QPushButton::clicked, this, &AddFeedDialog::find);
    connect(m_url, &QLineEdit::returnPressed, this, &AddFeedDialog::find);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_candidate = {};
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString AddFeedDialog::folder() const
{
    return m_folder->currentText().trimmed();
}

void AddFeedDialog::find()
{
    QString text = m_url->text().trimmed();
    if (text.isEmpty() || !m_finder)
        return;
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://")); // what people type: "antaranews.com"
    const QUrl url = QUrl::fromUserInput(text);
    m_preview->setText(tr("Looking for a feed at %1…").arg(url.toDisplayString()));
    m_find->setEnabled(false);
    const int generation = ++m_generation;
    m_finder(url).then(this, [this, generation](const FeedCandidate &candidate) {
        if (generation == m_generation)
            showCandidate(candidate);
    });
}

void AddFeedDialog::showCandidate(const FeedCandidate &candidate)
{
    m_find->setEnabled(true);
    m_candidate = candidate;
    const bool found = candidate.error.isEmpty() && candidate.feedUrl.isValid();
    if (found)
        m_preview->setText(tr("Found “%1”: %n item(s)\n%2", nullptr, candidate.items)
                               .arg(candidate.title.isEmpty() ? candidate.feedUrl.toDisplayString() : candidate.title,
                                    candidate.feedUrl.toDisplayString()));
    else
        m_preview->setText(tr("No feed found: %1").arg(candidate.error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found);
}

} // namespace warta::ui
