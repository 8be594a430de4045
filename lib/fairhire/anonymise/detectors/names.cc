// NAME detector: not implemented yet (issue 3).
#include "fairhire/anonymise/internal/detectors.h"

namespace fairhire::anonymise::detectors {
namespace {

class NameDetector : public Detector {
 public:
  std::string_view id() const override { return "name"; }
  void Detect(const DetectionContext&, std::vector<Finding>*) const override {}
};

}  // namespace

std::unique_ptr<Detector> MakeNameDetector() { return std::make_unique<NameDetector>(); }

}  // namespace fairhire::anonymise::detectors
