#pragma once

#include <QLocale>
#include <QObject>

#include <functional>
#include <memory>

namespace warta::ui {

class MainWindow;

/// Keeps the main window in the UI language. When the language changes (a new translator,
/// see installTranslations()), it rebuilds the window rather than retranslating each
/// widget by hand: every string, menu, header and rendered page comes out in the new
/// language, and none can be forgotten. Geometry, splitters and columns are kept through
/// the settings (the window saves them when destroyed), and so are the source shown and
/// the open article.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    using WindowFactory = std::function<std::unique_ptr<MainWindow>()>;
    /// Builds the first window at once.
    explicit LanguageSwitcher(WindowFactory factory, QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    [[nodiscard]] MainWindow *window() const { return m_window.get(); }

signals:
    /// The old window is gone; hooks that pointed at it must use `window` now.
    void windowReplaced(warta::ui::MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildWhenIdle();
    void rebuild();

    WindowFactory m_factory;
    std::unique_ptr<MainWindow> m_window;
    QLocale m_windowLocale; ///< the UI language the window was built in
    bool m_pending = false;
};

} // namespace warta::ui
