// Built-in names of well-known schools (so the tool works without reference data).
#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/internal/builtin_lists.h"

namespace fairhire::anonymise {
namespace {

constexpr const char* kSchools[] = {
    "Sorbonne Université", "Université Paris Cité", "Université Paris-Saclay", "École polytechnique",
    "Sciences Po", "HEC Paris", "ESSEC Business School", "ESCP Business School", "EPITA", "Epitech",
    "INSA Lyon", "CentraleSupélec", "Mines Paris", "Télécom Paris", "Université de Lille",
    "University of Oxford", "University of Cambridge", "Imperial College London", "Harvard University",
};

}  // namespace

void AddBuiltInSchools(Gazetteers* g) {
  for (const char* s : kSchools) g->AddSchool(s, false);
}

}  // namespace fairhire::anonymise
