#include "fairhire/anonymise/internal/detectors.h"

namespace fairhire::anonymise {

std::vector<std::unique_ptr<Detector>> MakeBuiltInDetectors() {
  std::vector<std::unique_ptr<Detector>> d;
  d.push_back(detectors::MakeEmailDetector());
  d.push_back(detectors::MakeUrlDetector());
  d.push_back(detectors::MakePhoneDetector());
  d.push_back(detectors::MakeIdNumberDetector());
  d.push_back(detectors::MakePhotoDetector());
  d.push_back(detectors::MakeLocationDetector());
  d.push_back(detectors::MakeBirthDetector());
  d.push_back(detectors::MakeMarkerDetector());
  d.push_back(detectors::MakeSchoolDetector());
  d.push_back(detectors::MakeNameDetector());
  return d;
}

}  // namespace fairhire::anonymise
