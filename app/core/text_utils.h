#pragma once

#include <QString>

namespace warta {

/// Collapses every run of whitespace (U+00A0 included) into one space and trims.
[[nodiscard]] QString collapseWhitespace(const QString &text);

/// The key that groups spellings of a tag: "  teknologi " and "TEKNOLOGI" both give "teknologi".
[[nodiscard]] QString normaliseTagKey(const QString &tag);

/// The display form of a tag: whitespace collapsed, case kept.
[[nodiscard]] QString tagDisplayForm(const QString &tag);

} // namespace warta
