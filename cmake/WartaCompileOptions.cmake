# Compile options shared by every Warta target: warnings everywhere,
# -Werror in CI, and an ASan+UBSan build that the whole suite passes.
add_library(warta_options INTERFACE)
target_compile_options(warta_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(warta_options INTERFACE
  QT_NO_FOREACH QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  WARTA_VERSION="${PROJECT_VERSION}")
if(WARTA_WERROR)
  target_compile_options(warta_options INTERFACE -Werror)
endif()
if(WARTA_SANITIZE)
  target_compile_options(warta_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(warta_options INTERFACE -fsanitize=address,undefined)
endif()
