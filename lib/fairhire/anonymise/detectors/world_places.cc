#include "fairhire/anonymise/internal/world_places.h"

namespace fairhire::anonymise::detectors {
namespace {

constexpr const char* kPlaces[] = {
    // United Kingdom and Ireland
    "London", "Birmingham", "Manchester", "Leeds", "Liverpool", "Sheffield", "Bristol", "Glasgow",
    "Edinburgh", "Leicester", "Coventry", "Bradford", "Cardiff", "Belfast", "Nottingham", "Newcastle",
    "Newcastle upon Tyne", "Sunderland", "Brighton", "Hull", "Plymouth", "Stoke-on-Trent", "Wolverhampton",
    "Derby", "Swansea", "Southampton", "Salford", "Aberdeen", "Westminster", "Portsmouth", "York",
    "Peterborough", "Dundee", "Lancaster", "Oxford", "Cambridge", "Norwich", "Luton", "Reading", "Slough",
    "Milton Keynes", "Northampton", "Bolton", "Bournemouth", "Swindon", "Huddersfield", "Oldham",
    "Blackburn", "Middlesbrough", "Ipswich", "Croydon", "Ealing", "Harrow", "Wembley", "Ilford",
    "Romford", "Hounslow", "Enfield", "Tottenham", "Brixton", "Hackney", "Lewisham", "Greenwich",
    "Watford", "Gloucester", "Exeter", "Bath", "Chester", "Durham", "Preston", "Wigan", "Stockport",
    "Walsall", "Dudley", "Rotherham", "Doncaster", "Colchester", "Chelmsford", "Dublin", "Cork", "Galway",
    "Limerick", "Greater London", "West Midlands", "Greater Manchester", "West Yorkshire", "Yorkshire",
    "Lancashire", "Kent", "Essex", "Surrey", "Hertfordshire", "Scotland", "Wales", "Northern Ireland",
    // United States
    "New York", "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia",
    "San Antonio", "San Diego", "Dallas", "San Jose", "Austin", "Jacksonville", "San Francisco",
    "Columbus", "Indianapolis", "Seattle", "Denver", "Washington", "Boston", "Nashville", "Detroit",
    "Portland", "Las Vegas", "Memphis", "Louisville", "Baltimore", "Milwaukee", "Albuquerque",
    "Tucson", "Fresno", "Sacramento", "Atlanta", "Kansas City", "Miami", "Raleigh", "Omaha",
    "Minneapolis", "Cleveland", "Tampa", "Pittsburgh", "Cincinnati", "St. Louis", "Orlando",
    "Newark", "Brooklyn", "Queens", "Bronx", "Oakland", "Springfield", "Salt Lake City", "Richmond",
    "Charlotte", "Fort Worth", "El Paso", "Alabama", "Alaska", "Arizona", "Arkansas", "California",
    "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana",
    "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    // India
    "Mumbai", "Delhi", "New Delhi", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad", "Chennai",
    "Kolkata", "Calcutta", "Pune", "Jaipur", "Surat", "Lucknow", "Kanpur", "Nagpur", "Indore", "Thane",
    "Bhopal", "Visakhapatnam", "Patna", "Vadodara", "Ghaziabad", "Ludhiana", "Agra", "Nashik",
    "Faridabad", "Meerut", "Rajkot", "Varanasi", "Srinagar", "Aurangabad", "Amritsar", "Navi Mumbai",
    "Allahabad", "Prayagraj", "Ranchi", "Howrah", "Coimbatore", "Jabalpur", "Gwalior", "Vijayawada",
    "Jodhpur", "Madurai", "Raipur", "Kota", "Guwahati", "Chandigarh", "Mysuru", "Mysore", "Noida",
    "Gurgaon", "Gurugram", "Kochi", "Cochin", "Thiruvananthapuram", "Trivandrum", "Bhubaneswar",
    "Dehradun", "Mangalore", "Tiruchirappalli", "Salem", "Warangal", "Guntur", "Nellore", "Secunderabad",
    "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
    "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur",
    "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Orissa", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu",
    "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal", "Jammu and Kashmir",
    "Puducherry", "Pondicherry",
    // Nigeria, Ghana, Kenya, South Africa
    "Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Benin City", "Kaduna", "Enugu", "Onitsha",
    "Aba", "Jos", "Ilorin", "Owerri", "Warri", "Calabar", "Uyo", "Abeokuta", "Akure", "Ikeja", "Lekki",
    "Ikoyi", "Yaba", "Surulere", "Victoria Island", "Abia", "Adamawa", "Akwa Ibom", "Anambra", "Bauchi",
    "Bayelsa", "Benue", "Borno", "Cross River", "Delta", "Ebonyi", "Edo", "Ekiti", "Gombe", "Imo",
    "Jigawa", "Katsina", "Kebbi", "Kogi", "Kwara", "Nasarawa", "Niger State", "Ogun", "Ondo", "Osun",
    "Oyo", "Plateau", "Rivers", "Sokoto", "Taraba", "Yobe", "Zamfara", "FCT", "Accra", "Kumasi",
    "Tamale", "Nairobi", "Mombasa", "Kisumu", "Johannesburg", "Cape Town", "Durban", "Pretoria",
    // Maghreb, West and Central Africa, other origins common in France
    "Alger", "Algiers", "Oran", "Constantine", "Annaba", "Tizi Ouzou", "Béjaïa", "Sétif", "Tlemcen",
    "Casablanca", "Rabat", "Marrakech", "Fès", "Fez", "Tanger", "Tangier", "Agadir", "Oujda", "Meknès",
    "Tunis", "Sfax", "Sousse", "Bizerte", "Dakar", "Thiès", "Saint-Louis du Sénégal", "Bamako", "Kayes",
    "Abidjan", "Bouaké", "Yamoussoukro", "Conakry", "Ouagadougou", "Niamey", "Lomé", "Cotonou",
    "Porto-Novo", "Douala", "Yaoundé", "Kinshasa", "Lubumbashi", "Brazzaville", "Pointe-Noire",
    "Libreville", "Nouakchott", "Moroni", "Antananarivo", "Port-Louis", "Port-au-Prince", "Istanbul",
    "Ankara", "Izmir", "Bursa", "Hanoi", "Hô Chi Minh-Ville", "Ho Chi Minh City", "Saigon", "Da Nang",
    "Beijing", "Pékin", "Shanghai", "Canton", "Guangzhou", "Shenzhen", "Wenzhou", "Hong Kong", "Taipei",
    "Colombo", "Jaffna", "Dhaka", "Karachi", "Lahore", "Islamabad", "Kaboul", "Kabul", "Téhéran",
    "Tehran", "Beyrouth", "Beirut", "Damas", "Damascus", "Le Caire", "Cairo", "Lisbonne", "Lisbon",
    "Porto", "Braga", "Madrid", "Barcelone", "Barcelona", "Séville", "Rome", "Milan", "Naples", "Turin",
    "Bucarest", "Bucharest", "Varsovie", "Warsaw", "Cracovie", "Kiev", "Kyiv", "Moscou", "Moscow",
    "Belgrade", "Tirana", "Pristina", "Bruxelles", "Brussels", "Liège", "Genève", "Geneva", "Lausanne",
    "Berlin", "Munich", "Francfort", "Frankfurt", "Hambourg", "Amsterdam", "Rotterdam", "Montréal",
    "Montreal", "Toronto", "Vancouver", "Québec", "Ottawa", "Sydney", "Melbourne", "Singapore",
};

}  // namespace

const PhraseMatcher& WorldPlaces() {
  static const PhraseMatcher* matcher = [] {
    auto* m = new PhraseMatcher();
    std::uint32_t id = 0;
    for (const char* p : kPlaces) m->Add(p, id++);
    return m;
  }();
  return *matcher;
}

}  // namespace fairhire::anonymise::detectors
