#pragma once

#include "ui/article_query.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace warta {
class Storage;
}

namespace warta::ui {

/// The search box above the article list. Enter runs the query on a worker thread with a
/// read connection of its own; the ranked results come back as an ArticleQuery of scope
/// Search. Bad syntax, or a query with nothing to search, shows a message under the box.
class SearchBox : public QWidget {
    Q_OBJECT
public:
    explicit SearchBox(Storage &storage, QWidget *parent = nullptr);
    ~SearchBox() override;

    /// Puts `query` in the box and runs it (a saved search was picked).
    void runSearch(const QString &query);
    void focusSearch();
    [[nodiscard]] QString text() const;
    /// The message under the box; empty when hidden.
    [[nodiscard]] QString message() const;

signals:
    /// Results of the last query run (older runs that finish late are dropped).
    void searched(const warta::ui::ArticleQuery &results);
    /// "Save search" on a query that ran without error.
    void saveRequested(const QString &query);

private:
    void start();
    void showMessage(const QString &message, bool error);

    Storage &m_storage;
    QLineEdit *m_edit;
    QToolButton *m_save;
    QLabel *m_message;
    int m_generation = 0;
    QString m_lastGood; ///< the last query that ran, for "Save search"
};

} // namespace warta::ui
