#include "ui/language_switcher.h"

#include "ui/article_view.h"
#include "ui/main_window.h"
#include "ui/settings_dialog.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace warta::ui {

LanguageSwitcher::LanguageSwitcher(WindowFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_window(m_factory())
{
    // Installing or removing a translator sends LanguageChange to the application object.
    qApp->installEventFilter(this);
}

LanguageSwitcher::~LanguageSwitcher()
{
    qApp->removeEventFilter(this);
}

bool LanguageSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // Only a language other than the window's rebuilds it: installing the same catalogue
    // again also sends LanguageChange.
    if (watched == qApp && event->type() == QEvent::LanguageChange && !m_pending && QLocale() != m_windowLocale) {
        m_pending = true; // a switch removes and installs translators: several events, one rebuild
        QTimer::singleShot(0, this, &LanguageSwitcher::rebuildWhenIdle);
    }
    return QObject::eventFilter(watched, event);
}

void LanguageSwitcher::rebuildWhenIdle()
{
    // The switch is made from the settings dialog, which runs its own event loop inside a
    // window method; the window may only go once that dialog (a child) is gone.
    if (m_window && m_window->findChild<SettingsDialog *>()) {
        QTimer::singleShot(50, this, &LanguageSwitcher::rebuildWhenIdle);
        return;
    }
    rebuild();
}

void LanguageSwitcher::rebuild()
{
    m_pending = false;
    if (!m_window)
        return;
    // The new window comes up before the old one goes, so the app never has no window
    // (which would end it), and takes over the old one's layout as the reader left it.
    m_windowLocale = QLocale();
    std::unique_ptr<MainWindow> old = std::exchange(m_window, m_factory());
    m_window->restoreGeometry(old->saveGeometry());
    m_window->restoreState(old->saveState());
    for (const QSplitter *splitter : old->findChildren<QSplitter *>())
        if (auto *twin = m_window->findChild<QSplitter *>(splitter->objectName()); twin && !splitter->objectName().isEmpty())
            twin->restoreState(splitter->saveState());
    const auto *list = old->findChild<QTableView *>(QStringLiteral("articleList"));
    if (auto *twin = m_window->findChild<QTableView *>(QStringLiteral("articleList")); list && twin)
        twin->horizontalHeader()->restoreState(list->horizontalHeader()->saveState());
    m_window->articleView().setZoom(old->articleView().zoom());
    m_window->showSource(old->currentSource());
    if (const qint64 article = old->articleView().articleId())
        m_window->openArticle(article);
    if (old->isVisible()) {
        m_window->setWindowState(old->windowState());
        m_window->show();
    }
    old.reset();
    emit windowReplaced(m_window.get());
}

} // namespace warta::ui
