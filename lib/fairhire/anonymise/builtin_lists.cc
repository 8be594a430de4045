// The project's own built-in lists, used with or without a data directory. Names and schools live in
// builtin_names.cc and builtin_schools.cc; places here.
#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/internal/builtin_lists.h"

namespace fairhire::anonymise {
namespace {

struct Place {
  const char* name;
  const char* department;
  const char* region;
  const char* postcode;
};

// Large communes and frequent residence towns, so the tool works without reference data.
constexpr Place kPlaces[] = {
    {"Paris", "75", "Île-de-France", "75001"},       {"Marseille", "13", "Provence-Alpes-Côte d'Azur", "13001"},
    {"Lyon", "69", "Auvergne-Rhône-Alpes", "69001"}, {"Toulouse", "31", "Occitanie", "31000"},
    {"Nice", "06", "Provence-Alpes-Côte d'Azur", "06000"}, {"Nantes", "44", "Pays de la Loire", "44000"},
    {"Montpellier", "34", "Occitanie", "34000"},     {"Strasbourg", "67", "Grand Est", "67000"},
    {"Bordeaux", "33", "Nouvelle-Aquitaine", "33000"}, {"Lille", "59", "Hauts-de-France", "59000"},
    {"Rennes", "35", "Bretagne", "35000"},           {"Reims", "51", "Grand Est", "51100"},
    {"Toulon", "83", "Provence-Alpes-Côte d'Azur", "83000"}, {"Saint-Étienne", "42", "Auvergne-Rhône-Alpes", "42000"},
    {"Le Havre", "76", "Normandie", "76600"},        {"Grenoble", "38", "Auvergne-Rhône-Alpes", "38000"},
    {"Dijon", "21", "Bourgogne-Franche-Comté", "21000"}, {"Angers", "49", "Pays de la Loire", "49000"},
    {"Villeurbanne", "69", "Auvergne-Rhône-Alpes", "69100"}, {"Nîmes", "30", "Occitanie", "30000"},
    {"Clermont-Ferrand", "63", "Auvergne-Rhône-Alpes", "63000"}, {"Aix-en-Provence", "13", "Provence-Alpes-Côte d'Azur", "13090"},
    {"Le Mans", "72", "Pays de la Loire", "72000"},  {"Brest", "29", "Bretagne", "29200"},
    {"Tours", "37", "Centre-Val de Loire", "37000"}, {"Amiens", "80", "Hauts-de-France", "80000"},
    {"Limoges", "87", "Nouvelle-Aquitaine", "87000"}, {"Perpignan", "66", "Occitanie", "66000"},
    {"Metz", "57", "Grand Est", "57000"},            {"Besançon", "25", "Bourgogne-Franche-Comté", "25000"},
    {"Orléans", "45", "Centre-Val de Loire", "45000"}, {"Rouen", "76", "Normandie", "76000"},
    {"Mulhouse", "68", "Grand Est", "68100"},        {"Caen", "14", "Normandie", "14000"},
    {"Nancy", "54", "Grand Est", "54000"},           {"Argenteuil", "95", "Île-de-France", "95100"},
    {"Saint-Denis", "93", "Île-de-France", "93200"}, {"Montreuil", "93", "Île-de-France", "93100"},
    {"Roubaix", "59", "Hauts-de-France", "59100"},   {"Tourcoing", "59", "Hauts-de-France", "59200"},
    {"Nanterre", "92", "Île-de-France", "92000"},    {"Vitry-sur-Seine", "94", "Île-de-France", "94400"},
    {"Créteil", "94", "Île-de-France", "94000"},     {"Avignon", "84", "Provence-Alpes-Côte d'Azur", "84000"},
    {"Poitiers", "86", "Nouvelle-Aquitaine", "86000"}, {"Aubervilliers", "93", "Île-de-France", "93300"},
    {"Bobigny", "93", "Île-de-France", "93000"},     {"Aulnay-sous-Bois", "93", "Île-de-France", "93600"},
    {"Sarcelles", "95", "Île-de-France", "95200"},   {"Clichy-sous-Bois", "93", "Île-de-France", "93390"},
    {"Sevran", "93", "Île-de-France", "93270"},      {"Bondy", "93", "Île-de-France", "93140"},
    {"Pantin", "93", "Île-de-France", "93500"},      {"Drancy", "93", "Île-de-France", "93700"},
    {"Villepinte", "93", "Île-de-France", "93420"},  {"Grigny", "91", "Île-de-France", "91350"},
    {"Évry-Courcouronnes", "91", "Île-de-France", "91000"}, {"Mantes-la-Jolie", "78", "Île-de-France", "78200"},
    {"Vénissieux", "69", "Auvergne-Rhône-Alpes", "69200"}, {"Vaulx-en-Velin", "69", "Auvergne-Rhône-Alpes", "69120"},
    {"Cayenne", "973", "Guyane", "97300"},           {"Fort-de-France", "972", "Martinique", "97200"},
    {"Pointe-à-Pitre", "971", "Guadeloupe", "97110"}, {"Saint-Pierre", "974", "La Réunion", "97410"},
    {"Mamoudzou", "976", "Mayotte", "97600"},        {"Ajaccio", "2A", "Corse", "20000"},
    {"Bastia", "2B", "Corse", "20200"},              {"Pau", "64", "Nouvelle-Aquitaine", "64000"},
    {"Bayonne", "64", "Nouvelle-Aquitaine", "64100"}, {"La Rochelle", "17", "Nouvelle-Aquitaine", "17000"},
    {"Calais", "62", "Hauts-de-France", "62100"},    {"Dunkerque", "59", "Hauts-de-France", "59140"},
    {"Lens", "62", "Hauts-de-France", "62300"},      {"Troyes", "10", "Grand Est", "10000"},
    {"Valence", "26", "Auvergne-Rhône-Alpes", "26000"}, {"Chambéry", "73", "Auvergne-Rhône-Alpes", "73000"},
    {"Annecy", "74", "Auvergne-Rhône-Alpes", "74000"}, {"Lorient", "56", "Bretagne", "56100"},
    {"Vannes", "56", "Bretagne", "56000"},           {"Quimper", "29", "Bretagne", "29000"},
};

constexpr const char* kRegions[] = {
    "Île-de-France", "Auvergne-Rhône-Alpes", "Hauts-de-France", "Nouvelle-Aquitaine", "Occitanie",
    "Grand Est", "Provence-Alpes-Côte d'Azur", "Pays de la Loire", "Normandie", "Bretagne",
    "Bourgogne-Franche-Comté", "Centre-Val de Loire", "Corse", "Guadeloupe", "Martinique", "Guyane",
    "La Réunion", "Mayotte"};

}  // namespace

void AddBuiltInPlaces(Gazetteers* g) {
  if (g->commune_count() > 1000) return;  // the full communes list is loaded: nothing to add
  for (const char* r : kRegions) g->AddRegion(r);
  for (const Place& p : kPlaces) {
    g->AddCommune(CommuneInfo{p.name, p.department, p.region, 0, {p.postcode}});
  }
}

void AddBuiltInLists(Gazetteers* g) {
  AddBuiltInPlaces(g);
  AddBuiltInNames(g);
  AddBuiltInSchools(g);
}

}  // namespace fairhire::anonymise
