#pragma once

// What the window tests share: a seeded database, UI settings over it, the main window opened
// on a storage of the test's choosing, and the waits and dialog answers they all need.
#include "ui/article_scheme_handler.h"
#include "ui/main_window.h"
#include "ui/ui_settings.h"
#include "ui_test_fixture.h"
#include "ui_test_helpers.h"

#include <QApplication>
#include <QInputDialog>
#include <QTableView>
#include <QTest>
#include <QWebEngineUrlScheme>

#include <memory>

namespace warta::test {

/// Answers the next text prompt (new folder, new collection...) with `text` once it shows.
inline void answerNextInputDialog(const QString &text)
{
    whenModal<QInputDialog>([text](QInputDialog *dialog) {
        dialog->setTextValue(text);
        dialog->accept();
    });
}

/// A second, public base of a QtTest class (`public QObject, public WindowTestBase`): its
/// init() calls openSeededDatabase() and its cleanup() closeAll(). Not a QObject itself, so
/// the test class keeps its own slots and moc output.
class WindowTestBase {
public:
    /// QTEST_MAIN calls this before the QApplication exists, which is when the article pane's
    /// URL schemes must be registered. It must stay public: QTEST_MAIN silently skips an
    /// initMain() it cannot reach.
    static void initMain() { ui::registerUrlSchemes(); }

protected:
    /// A fresh database with UiFixture::seedNews() and settings of its own, per test.
    void openSeededDatabase()
    {
        QVERIFY2(QWebEngineUrlScheme::schemeByName("warta").name() == "warta",
                 "initMain() did not run: inherit WindowTestBase publicly");
        m_db = std::make_unique<UiFixture>();
        m_db->seedNews();
        m_settings = std::make_unique<ui::UiSettings>(m_db->settings());
    }

    /// The window goes first: it holds the settings and the storage.
    void closeAll()
    {
        m_window.reset();
        m_settings.reset();
        m_db.reset();
    }

    /// Opens the main window on `storage` (the fixture's, or one opened again to model a
    /// restart) and waits until it is active, as keyboard tests need.
    void makeWindow(Storage &storage)
    {
        m_window = std::make_unique<ui::MainWindow>(storage, *m_settings);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    /// Waits until the window shows what was written.
    static void settle(Storage &storage)
    {
        storage.drain();
        QTest::qWait(250); // queued changed() + the 100 ms reload debounce
    }

    QTableView *list() const { return m_window->findChild<QTableView *>(QStringLiteral("articleList")); }

    std::unique_ptr<UiFixture> m_db;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace warta::test
