#pragma once

#include "ui/followed_tag_notifier.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace warta::ui {

class LanguageSwitcher;
class RefreshController;

/// The notification-area icon: a menu to show or hide the window, refresh and quit, and
/// the messages about followed tags; clicking a message opens the window on that tag.
/// Only built where a system tray exists (see create()).
class TrayIcon : public QObject {
    Q_OBJECT
public:
    /// Null when the desktop has no system tray: the app then simply goes without.
    [[nodiscard]] static std::unique_ptr<TrayIcon> create(LanguageSwitcher &windows, RefreshController *refresh);
    ~TrayIcon() override;

    void showMessage(const FollowedTagNotifier::Message &message);

private:
    TrayIcon(LanguageSwitcher &windows, RefreshController *refresh);
    void buildMenu();
    void toggleWindow();
    void openTag();

    LanguageSwitcher &m_windows;
    RefreshController *m_refresh;
    QSystemTrayIcon *m_icon;
    std::unique_ptr<QMenu> m_menu;
    QString m_messageTag; ///< the tag of the last message, for a click on it
};

} // namespace warta::ui
