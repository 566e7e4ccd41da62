#include "ui/filter_bar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace warta::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_unread(new QCheckBox(tr("Unread"), this))
    , m_starred(new QCheckBox(tr("Starred"), this))
    , m_debounce(new QTimer(this))
{
    m_text->setObjectName(QStringLiteral("quickFilter"));
    m_text->setPlaceholderText(tr("Filter articles (/)"));
    m_text->setClearButtonEnabled(true);
    m_unread->setObjectName(QStringLiteral("unreadFilter"));
    m_starred->setObjectName(QStringLiteral("starredFilter"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_unread);
    layout->addWidget(m_starred);

    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit changed();
    });
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_unread, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_starred, &QCheckBox::toggled, this, &FilterBar::changed);
}

QString FilterBar::text() const { return m_text->text().trimmed(); }
bool FilterBar::unreadOnly() const { return m_unread->isChecked(); }
bool FilterBar::starredOnly() const { return m_starred->isChecked(); }

void FilterBar::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace warta::ui
