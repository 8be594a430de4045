// Internal: the pieces of AddBuiltInLists (gazetteers.h), one per file.
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_BUILTIN_LISTS_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_BUILTIN_LISTS_H_

namespace fairhire::anonymise {

class Gazetteers;

void AddBuiltInPlaces(Gazetteers* g);   // builtin_lists.cc
void AddBuiltInNames(Gazetteers* g);    // builtin_names.cc
void AddBuiltInSchools(Gazetteers* g);  // builtin_schools.cc

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_BUILTIN_LISTS_H_
