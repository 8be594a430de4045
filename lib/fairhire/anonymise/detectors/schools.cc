// SCHOOL detector: not implemented yet (issue 3).
#include "fairhire/anonymise/internal/detectors.h"

namespace fairhire::anonymise::detectors {
namespace {

class SchoolDetector : public Detector {
 public:
  std::string_view id() const override { return "school"; }
  void Detect(const DetectionContext&, std::vector<Finding>*) const override {}
};

}  // namespace

std::unique_ptr<Detector> MakeSchoolDetector() { return std::make_unique<SchoolDetector>(); }

}  // namespace fairhire::anonymise::detectors
