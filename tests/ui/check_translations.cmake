# Fails when a user-visible string in ui/ has no translation: runs lupdate over the sources
# into copies of the catalogues and looks for entries lupdate marks unfinished (new strings
# arrive that way). Fix: cmake --build <dir> --target warta_lupdate, then
# python3 translations/fill_translations.py (after adding the Indonesian to strings_<area>.py).
# Arguments: -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=...
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(lang id en)
  file(COPY "${SOURCE_DIR}/translations/warta_${lang}.ts" DESTINATION "${WORK_DIR}")
  list(APPEND copies "${WORK_DIR}/warta_${lang}.ts")
endforeach()
execute_process(
  COMMAND "${LUPDATE}" -I "${SOURCE_DIR}" -I "${SOURCE_DIR}/app" -no-obsolete -locations none
          "${SOURCE_DIR}/ui" -ts ${copies}
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
message("${output}")
foreach(copy ${copies})
  file(READ "${copy}" catalogue)
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${catalogue}")
  string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${catalogue}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    message(FATAL_ERROR "${copy}: ${count} string(s) without a translation:\n${missing}")
  endif()
endforeach()
message("every UI string is translated")
