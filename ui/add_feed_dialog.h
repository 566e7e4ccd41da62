#pragma once

#include "services/subscription_service.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace warta::ui {

/// Add a feed: a feed or web page URL, "Find" runs autodiscovery off the GUI thread and
/// previews what was found (title, number of items), then a folder to put it in.
class AddFeedDialog : public QDialog {
    Q_OBJECT
public:
    using Finder = std::function<QFuture<FeedCandidate>(const QUrl &url)>;
    AddFeedDialog(Finder finder, const QStringList &folders, QWidget *parent = nullptr);

    [[nodiscard]] const FeedCandidate &candidate() const { return m_candidate; }
    /// The chosen folder path ("" = top level).
    [[nodiscard]] QString folder() const;

private:
    void find();
    void showCandidate(const FeedCandidate &candidate);

    Finder m_finder;
    FeedCandidate m_candidate;
    QLineEdit *m_url = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_preview = nullptr;
    QComboBox *m_folder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_generation = 0; ///< a newer search makes older answers stale
};

} // namespace warta::ui
