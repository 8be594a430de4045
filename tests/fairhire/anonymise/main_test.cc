#define BOOST_TEST_MODULE fairhire_anonymise
#include <boost/test/unit_test.hpp>
