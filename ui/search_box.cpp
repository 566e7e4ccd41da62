#include "ui/search_box.h"

#include "storage/search.h"
#include "storage/sqlite_connection.h"
#include "storage/storage.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace warta::ui {

namespace {

// Rows the list can show for one search; the ranking picks them from the newest matches.
constexpr int kResultLimit = 200;

struct Outcome {
    QList<SearchHit> hits;
    QString error;
};

} // namespace

SearchBox::SearchBox(Storage &storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_edit(new QLineEdit(this))
    , m_save(new QToolButton(this))
    , m_message(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("searchBox"));
    m_edit->setPlaceholderText(tr("Search articles: words, \"phrase\", -word, tag:, feed:, is:unread"));
    m_edit->setClearButtonEnabled(true);
    m_save->setObjectName(QStringLiteral("saveSearchButton"));
    m_save->setText(tr("Save search"));
    m_save->setToolTip(tr("Keep this search in the sidebar, with its unread count"));
    m_save->setEnabled(false);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBox::start);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_save->setEnabled(!m_lastGood.isEmpty() && text.trimmed() == m_lastGood);
    });
    connect(m_save, &QToolButton::clicked, this, [this] {
        if (!m_lastGood.isEmpty())
            emit saveRequested(m_lastGood);
    });
}

SearchBox::~SearchBox() = default;

void SearchBox::runSearch(const QString &query)
{
    m_edit->setText(query);
    start();
}

void SearchBox::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString SearchBox::text() const
{
    return m_edit->text();
}

QString SearchBox::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SearchBox::start()
{
    const QString query = m_edit->text().trimmed();
    if (query.isEmpty())
        return;
    const int generation = ++m_generation;
    m_save->setEnabled(false);
    showMessage(tr("Searching…"), false);
    Storage *storage = &m_storage;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, query, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer search was started meanwhile
        const Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            m_lastGood.clear();
            showMessage(outcome.error, true);
            return;
        }
        m_lastGood = query;
        m_save->setEnabled(true);
        if (outcome.hits.isEmpty())
            showMessage(tr("No articles match “%1”.").arg(query), false);
        else
            showMessage({}, false);
        ArticleQuery results;
        results.scope = ArticleQuery::Scope::Search;
        results.name = query;
        results.hits = outcome.hits;
        emit searched(results);
    });
    // A connection of its own on the worker: SQLite connections are used by one thread at a time.
    watcher->setFuture(QtConcurrent::run([storage, query] {
        Outcome outcome;
        try {
            const auto reader = storage->openReader();
            outcome.hits = search(*reader, query, kResultLimit, &outcome.error);
        } catch (const std::exception &e) {
            outcome.error = tr("Search failed: %1").arg(QString::fromUtf8(e.what()));
        }
        return outcome;
    }));
}

void SearchBox::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!message.isEmpty());
}

} // namespace warta::ui
