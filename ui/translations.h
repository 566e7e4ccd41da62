#pragma once

#include <QString>

class QCoreApplication;

namespace warta::ui {

/// The UI language for a setting: "id" or "en" as chosen, else Indonesian when the
/// system locale is Indonesian and English otherwise.
[[nodiscard]] QString resolveLanguage(const QString &setting);

/// Loads the embedded catalogue (:/i18n/warta_<lang>.qm) and Qt's own for `language`,
/// and makes it the default QLocale so dates follow the UI. Returns false when the
/// catalogue is missing. Safe to call again to switch languages.
bool installTranslations(const QString &language);

} // namespace warta::ui
