#define BOOST_TEST_MODULE fairhire_core
#include <boost/test/unit_test.hpp>
