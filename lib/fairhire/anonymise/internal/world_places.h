// Internal: the project's built-in list of places outside France that CVs name as a residence or a
// birthplace — large cities and the states/regions of the UK, Ireland, the US, India, Nigeria and the
// countries most represented among candidates in France. French communes come from the gazetteers.
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_WORLD_PLACES_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_WORLD_PLACES_H_

#include "fairhire/anonymise/phrase_matcher.h"

namespace fairhire::anonymise::detectors {

// Built once (thread-safe); ids are not meaningful.
const PhraseMatcher& WorldPlaces();

}  // namespace fairhire::anonymise::detectors

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_WORLD_PLACES_H_
