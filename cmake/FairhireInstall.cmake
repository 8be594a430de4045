include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
get_property(_modules GLOBAL PROPERTY FAIRHIRE_MODULES)
get_property(_tools GLOBAL PROPERTY FAIRHIRE_TOOLS)
install(TARGETS ${_modules} EXPORT fairhireTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(_tools)
  install(TARGETS ${_tools} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/fairhire DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h" PATTERN "internal" EXCLUDE)
install(DIRECTORY ${PROJECT_BINARY_DIR}/lib/fairhire DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")
install(EXPORT fairhireTargets NAMESPACE fairhire:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/fairhire)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/fairhireConfig.cmake.in
  ${PROJECT_BINARY_DIR}/fairhireConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/fairhire)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/fairhireConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/fairhireConfig.cmake ${PROJECT_BINARY_DIR}/fairhireConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/fairhire)
