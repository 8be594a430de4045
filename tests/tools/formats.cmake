# End-to-end tests of fairhire-anonymise on the format fixtures (included from CMakeLists.txt here).
if(TARGET fairhire-anonymise)
  add_test(NAME anonymise_formats
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/anonymise_formats_test.sh $<TARGET_FILE:fairhire-anonymise>
                   ${FAIRHIRE_GAZETTEER_DIR} ${PROJECT_SOURCE_DIR})
  set_tests_properties(anonymise_formats PROPERTIES LABELS tool TIMEOUT 300)
  # The anonymised DOCX opens in LibreOffice and its text shows no personal data (skipped, exit 77,
  # only when LibreOffice is not installed).
  add_test(NAME anonymise_formats_libreoffice
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/anonymise_formats_test.sh $<TARGET_FILE:fairhire-anonymise>
                   ${FAIRHIRE_GAZETTEER_DIR} ${PROJECT_SOURCE_DIR} --libreoffice)
  set_tests_properties(anonymise_formats_libreoffice PROPERTIES LABELS integration TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
