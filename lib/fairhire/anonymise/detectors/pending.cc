// Detectors being written; each moves to its own file.
#include "fairhire/anonymise/internal/detectors.h"

namespace fairhire::anonymise::detectors {
namespace {

class Nothing : public Detector {
 public:
  explicit Nothing(std::string_view id) : id_(id) {}
  std::string_view id() const override { return id_; }
  void Detect(const DetectionContext&, std::vector<Finding>*) const override {}

 private:
  std::string_view id_;
};

}  // namespace

std::unique_ptr<Detector> MakeEmailDetector() { return std::make_unique<Nothing>("email"); }
std::unique_ptr<Detector> MakeUrlDetector() { return std::make_unique<Nothing>("url"); }
std::unique_ptr<Detector> MakePhoneDetector() { return std::make_unique<Nothing>("phone"); }
std::unique_ptr<Detector> MakeIdNumberDetector() { return std::make_unique<Nothing>("id"); }
std::unique_ptr<Detector> MakePhotoDetector() { return std::make_unique<Nothing>("photo"); }
std::unique_ptr<Detector> MakeLocationDetector() { return std::make_unique<Nothing>("location"); }
std::unique_ptr<Detector> MakeBirthDetector() { return std::make_unique<Nothing>("birth"); }
std::unique_ptr<Detector> MakeMarkerDetector() { return std::make_unique<Nothing>("marker"); }

}  // namespace fairhire::anonymise::detectors
