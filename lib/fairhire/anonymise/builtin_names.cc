// Built-in first names and surnames of the many origins present in France and in English-speaking
// countries: a floor for recall when no data directory is given, and names the INSEE lists miss.
#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/internal/builtin_lists.h"

namespace fairhire::anonymise {
namespace {

constexpr const char* kFirstNames[] = {
    "marie", "jean", "pierre", "sophie", "camille", "lucas", "emma", "nathalie", "thomas", "julie",
    "mohamed", "fatima", "karim", "nadia", "yacine", "samira", "mehdi", "leila", "rachid", "amina",
    "mamadou", "aissatou", "moussa", "fatoumata", "ibrahima", "awa", "oumar", "mariama", "cheikh", "adama",
    "joao", "ana", "manuel", "rosa", "antonio", "maria", "jose", "carlos", "ines", "paulo",
    "mehmet", "ayse", "emre", "elif", "murat", "zeynep", "linh", "minh", "thi", "anh",
    "wei", "li", "jing", "xiao", "priya", "rahul", "anjali", "arjun", "sanjay", "deepika",
    "chinedu", "ngozi", "oluwaseun", "adebayo", "chioma", "emeka", "olivia", "james", "oliver", "amelia",
};

constexpr const char* kSurnames[] = {
    "martin", "bernard", "dubois", "durand", "lefebvre", "moreau", "petit", "garcia", "roux", "fournier",
    "benali", "haddad", "belkacem", "bouzid", "cherif", "mansouri", "amrani", "benmoussa", "saidi", "yahia",
    "diallo", "traore", "kone", "coulibaly", "diop", "ndiaye", "camara", "sylla", "keita", "sow",
    "da silva", "dos santos", "pereira", "ferreira", "rodrigues", "oliveira", "nguyen", "tran", "pham", "le",
    "yilmaz", "kaya", "demir", "sahin", "wang", "zhang", "chen", "liu", "sharma", "patel",
    "singh", "kumar", "okafor", "adeyemi", "okonkwo", "smith", "jones", "williams", "brown", "taylor",
};

}  // namespace

void AddBuiltInNames(Gazetteers* g) {
  for (const char* n : kFirstNames) g->AddFirstName(n, 0, 0);
  for (const char* n : kSurnames) g->AddSurname(n);
}

}  // namespace fairhire::anonymise
