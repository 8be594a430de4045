# Helpers that apply the project's settings to our own targets only (no global flags).

# fairhire_target_settings(<target>): warnings as errors and the optional sanitizers.
function(fairhire_target_settings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror -Wno-error=deprecated-declarations)
  # g++ 12 at -O3 (CMAKE_BUILD_TYPE=Release) reports false -Wrestrict overlaps inside
  # std::string's own copy routines (GCC bug 105329, fixed in 13): not an error there.
  target_compile_options(${target} PRIVATE
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
  if(FAIRHIRE_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# fairhire_add_module(<name> SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# Creates fairhire_<name> with alias fairhire::<name>; includes are full paths from lib/.
function(fairhire_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(fairhire_${name} STATIC ${ARG_SOURCES})
  add_library(fairhire::${name} ALIAS fairhire_${name})
  set_target_properties(fairhire_${name} PROPERTIES EXPORT_NAME ${name} POSITION_INDEPENDENT_CODE ON)
  target_include_directories(fairhire_${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/lib>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/lib>
    $<INSTALL_INTERFACE:include>)
  target_compile_features(fairhire_${name} PUBLIC cxx_std_20)
  target_link_libraries(fairhire_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  fairhire_target_settings(fairhire_${name})
  set_property(GLOBAL APPEND PROPERTY FAIRHIRE_MODULES fairhire_${name})
endfunction()

# fairhire_add_tool(<binary-name> SOURCES ... DEPS ...): a thin command-line tool in build/bin.
function(fairhire_add_tool name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS})
  fairhire_target_settings(${name})
  set_property(GLOBAL APPEND PROPERTY FAIRHIRE_TOOLS ${name})
endfunction()

# fairhire_add_test(<name> SOURCES ... DEPS ... [LABELS ...]): a Boost.Test executable under ctest.
function(fairhire_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} Boost::unit_test_framework)
  target_compile_definitions(${name} PRIVATE
    FAIRHIRE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    FAIRHIRE_BINARY_DIR="${PROJECT_BINARY_DIR}"
    FAIRHIRE_SHARED_DIR="${FAIRHIRE_SHARED_DIR}")
  fairhire_target_settings(${name})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
  add_test(NAME ${name} COMMAND ${name} --log_level=test_suite --report_level=short
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 600)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "FAIRHIRE_DATA_DIR=${FAIRHIRE_GAZETTEER_DIR};FAIRHIRE_SHARED_DIR=${FAIRHIRE_SHARED_DIR}")
endfunction()
