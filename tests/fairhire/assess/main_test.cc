#define BOOST_TEST_MODULE fairhire_assess
#include <boost/test/unit_test.hpp>
