# Every third-party dependency, found through imported targets. Debian 12 packages only
# (scripts/install-deps installs them); see docs/dependencies.md for why each one is here.

find_package(Threads REQUIRED)
find_package(OpenSSL 3.0 REQUIRED)                 # OpenSSL::Crypto: HMAC, AES-256-GCM, RNG
find_package(yaml-cpp 0.7 REQUIRED)                # Debian 0.7 exports the plain `yaml-cpp` target
if(NOT TARGET yaml-cpp::yaml-cpp)
  add_library(yaml-cpp::yaml-cpp ALIAS yaml-cpp)
endif()
find_package(Poco 1.11 REQUIRED COMPONENTS Foundation XML JSON Util Zip Net)
find_package(PkgConfig REQUIRED)
pkg_check_modules(utf8proc REQUIRED IMPORTED_TARGET libutf8proc)   # Unicode folding, categories
pkg_check_modules(seccomp IMPORTED_TARGET libseccomp)              # sandbox (assess)
pkg_check_modules(poppler_cpp IMPORTED_TARGET poppler-cpp)         # PDF text (anonymise)
pkg_check_modules(libxml2 IMPORTED_TARGET libxml-2.0)              # HTML parser (anonymise)

# libphonenumber ships neither a CMake config nor a .pc file on Debian 12.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
if(NOT TARGET fairhire_dep::phonenumber)
  add_library(fairhire_dep::phonenumber UNKNOWN IMPORTED)
  set_target_properties(fairhire_dep::phonenumber PROPERTIES
    IMPORTED_LOCATION ${PHONENUMBER_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${PHONENUMBER_INCLUDE_DIR})
endif()

if(FAIRHIRE_BUILD_TESTS)
  find_package(Boost 1.74 REQUIRED CONFIG COMPONENTS unit_test_framework)
endif()

# Shared reference data (gazetteers) used by tests and the demo; never copied into the repo.
set(FAIRHIRE_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The shared/ folder beside the clone")
get_filename_component(FAIRHIRE_SHARED_DIR "${FAIRHIRE_SHARED_DIR}" ABSOLUTE)
set(FAIRHIRE_GAZETTEER_DIR "${FAIRHIRE_SHARED_DIR}/gazetteers")
