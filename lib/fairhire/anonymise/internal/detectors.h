// Internal: factories of the built-in detectors (detectors/<name>.cc), in the order they run.
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_DETECTORS_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_DETECTORS_H_

#include <memory>

#include "fairhire/anonymise/detector.h"

namespace fairhire::anonymise::detectors {

std::unique_ptr<Detector> MakeEmailDetector();      // EMAIL
std::unique_ptr<Detector> MakeUrlDetector();        // URL
std::unique_ptr<Detector> MakePhoneDetector();      // PHONE (libphonenumber)
std::unique_ptr<Detector> MakeIdNumberDetector();   // ID_NUMBER: NIR, IBAN
std::unique_ptr<Detector> MakePhotoDetector();      // PHOTO
std::unique_ptr<Detector> MakeLocationDetector();   // ADDRESS, POSTCODE, CITY
std::unique_ptr<Detector> MakeBirthDetector();      // DATE_OF_BIRTH, AGE, BIRTHPLACE
std::unique_ptr<Detector> MakeMarkerDetector();     // CIVILITY, NATIONALITY, FAMILY_STATUS, HEALTH
std::unique_ptr<Detector> MakeSchoolDetector();     // SCHOOL (+ degrees when generalising education)
std::unique_ptr<Detector> MakeNameDetector();       // NAME (runs last: cross-checks and propagates)

}  // namespace fairhire::anonymise::detectors

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_DETECTORS_H_
