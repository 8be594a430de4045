#define BOOST_TEST_MODULE fairhire_rubric
#include <boost/test/unit_test.hpp>
