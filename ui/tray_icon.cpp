#include "ui/tray_icon.h"

#include "ui/language_switcher.h"
#include "ui/main_window.h"
#include "ui/refresh_controller.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace warta::ui {

std::unique_ptr<TrayIcon> TrayIcon::create(LanguageSwitcher &windows, RefreshController *refresh)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return nullptr;
    return std::unique_ptr<TrayIcon>(new TrayIcon(windows, refresh));
}

TrayIcon::TrayIcon(LanguageSwitcher &windows, RefreshController *refresh)
    : m_windows(windows)
    , m_refresh(refresh)
    // The packaged icon (packaging/id.warta.Warta.svg goes to the hicolor theme).
    , m_icon(new QSystemTrayIcon(QIcon::fromTheme(QStringLiteral("id.warta.Warta"), QApplication::windowIcon()), this))
{
    m_icon->setToolTip(QStringLiteral("Warta"));
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openTag);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    // The menu is rebuilt with the window, so it follows a language switch too.
    connect(&m_windows, &LanguageSwitcher::windowReplaced, this, &TrayIcon::buildMenu);
    buildMenu();
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::buildMenu()
{
    auto menu = std::make_unique<QMenu>();
    menu->addAction(tr("Show or Hide Warta"), this, &TrayIcon::toggleWindow);
    if (m_refresh)
        menu->addAction(tr("Refresh All"), m_refresh, &RefreshController::refreshAll);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, [this] {
        m_windows.window()->close(); // saves the window state, as the window's own Quit does
        QCoreApplication::quit();
    });
    m_icon->setContextMenu(menu.get());
    m_menu = std::move(menu);
}

void TrayIcon::toggleWindow()
{
    MainWindow *window = m_windows.window();
    if (window->isVisible() && !window->isMinimized()) {
        window->hide();
        return;
    }
    window->showNormal();
    window->raise();
    window->activateWindow();
}

void TrayIcon::showMessage(const FollowedTagNotifier::Message &message)
{
    m_messageTag = message.tag;
    m_icon->showMessage(message.title, message.body, QSystemTrayIcon::Information);
}

void TrayIcon::openTag()
{
    MainWindow *window = m_windows.window();
    window->showNormal();
    window->raise();
    window->activateWindow();
    if (!m_messageTag.isEmpty())
        window->showSource({ArticleQuery::Scope::Tag, 0, m_messageTag});
}

} // namespace warta::ui
