#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTimer;

namespace warta::ui {

/// Quick filter box and the Unread/Starred toggles above the article list.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] bool unreadOnly() const;
    [[nodiscard]] bool starredOnly() const;
    void focusFilter();

signals:
    /// Debounced: typing fast reloads the list once.
    void changed();

private:
    QLineEdit *m_text;
    QCheckBox *m_unread;
    QCheckBox *m_starred;
    QTimer *m_debounce;
};

} // namespace warta::ui
