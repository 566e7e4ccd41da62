#pragma once

namespace warta {
inline constexpr const char *kVersion = WARTA_VERSION;
inline constexpr const char *kAppName = "Warta";
} // namespace warta
