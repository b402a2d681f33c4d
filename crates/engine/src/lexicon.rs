//! Hand-written word lists for the first rule-based named-entity recognizer.
//!
//! Everything here is a list of plain facts written from general knowledge: names of
//! countries, places and groups (nationalities, religions, political groups), common
//! given names, personal titles, parts of organization names, well-known organizations,
//! and words that are not names even when capitalized.
//!
//! These lists are a stop-gap: a later issue replaces or extends them with gazetteers
//! generated from licensed registry packages.
//!
//! Every `&[&str]` list (and [`COUNTRY_ALIASES`], by its first element) must stay sorted in
//! byte order (what `slice.sort()` gives for `&str`) and free of duplicates, because lookups
//! use binary search. The `lists_are_sorted` test enforces this.

/// True when `word` is in `list` (which must be sorted; see the `lists_are_sorted` test).
///
/// Compares first bytes inline before comparing whole strings: the same byte order, but most
/// probes of a search are settled by the first byte without a call to `memcmp` (the lookups
/// were a tenth of the whole analysis's time).
#[inline]
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    let w = word.as_bytes();
    list.binary_search_by(|probe| {
        let p = probe.as_bytes();
        match (p.first(), w.first()) {
            (Some(a), Some(b)) if a != b => a.cmp(b),
            _ => p.cmp(w),
        }
    })
    .is_ok()
}

/// The canonical country name for an alias ("U.S." -> "United States"), if any.
pub(crate) fn country_canonical(name: &str) -> Option<&'static str> {
    COUNTRY_ALIASES.binary_search_by(|&(alias, _)| alias.cmp(name)).ok().map(|i| COUNTRY_ALIASES[i].1)
}

/// The gender a given name usually denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Gender of a first name when the lists know it: `Some(Gender::Male | Gender::Female)`,
/// `None` when the name is unknown or in both lists.
pub(crate) fn first_name_gender(name: &str) -> Option<Gender> {
    match (contains(MALE_FIRST_NAMES, name), contains(FEMALE_FIRST_NAMES, name)) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Given names that are also months or common words ("May", "Will", "Hope"), left out of the
/// lists above so that "May" and "Will" are not taken for names everywhere. Only where the
/// text makes them names (before a surname that speaks, see `entities::person_cues`) do they
/// count, with their gender.
pub(crate) static CLASHING_FIRST_NAMES: &[(&str, Gender)] = &[
    ("April", Gender::Female),
    ("Bill", Gender::Male),
    ("Dawn", Gender::Female),
    ("Faith", Gender::Female),
    ("Grant", Gender::Male),
    ("Hope", Gender::Female),
    ("June", Gender::Female),
    ("Mark", Gender::Male),
    ("May", Gender::Female),
    ("Will", Gender::Male),
];

/// The gender of a given name in [`CLASHING_FIRST_NAMES`].
pub(crate) fn clashing_first_name(name: &str) -> Option<Gender> {
    CLASHING_FIRST_NAMES.binary_search_by_key(&name, |&(n, _)| n).ok().map(|k| CLASHING_FIRST_NAMES[k].1)
}

/// True when `name` is a known male or female given name.
pub(crate) fn is_first_name(name: &str) -> bool {
    contains(MALE_FIRST_NAMES, name) || contains(FEMALE_FIRST_NAMES, name)
}

/// Sovereign countries (and a few constituent countries and historic states) by their
/// common English names, short forms and variants. See [`COUNTRY_ALIASES`] for canonical names.
#[rustfmt::skip]
pub(crate) static COUNTRIES: &[&str] = &[
    "Afghanistan", "Albania", "Algeria", "America", "Andorra", "Angola", "Antigua and Barbuda",
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
    "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
    "Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Botswana", "Brazil", "Britain",
    "Brunei", "Bulgaria", "Burkina Faso", "Burma", "Burundi", "Cabo Verde", "Cambodia", "Cameroon",
    "Canada", "Cape Verde", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Congo-Brazzaville", "Congo-Kinshasa", "Costa Rica", "Cote d'Ivoire",
    "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Côte d'Ivoire", "DPRK", "DR Congo",
    "DRC", "Democratic People's Republic of Korea", "Democratic Republic of Congo",
    "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "East Timor", "Ecuador", "Egypt", "Eire", "El Salvador", "England", "Equatorial Guinea",
    "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
    "Georgia", "Germany", "Ghana", "Great Britain", "Greece", "Grenada", "Guatemala", "Guinea",
    "Guinea-Bissau", "Guyana", "Haiti", "Holland", "Holy See", "Honduras", "Hungary", "Iceland",
    "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica",
    "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos",
    "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Macedonia", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea",
    "North Macedonia", "Northern Ireland", "Norway", "Oman", "Pakistan", "Palau", "Palestine",
    "Panama", "Papua New Guinea", "Paraguay", "People's Republic of China", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "ROK", "Republic of China", "Republic of Ireland",
    "Republic of Korea", "Republic of the Congo", "Romania", "Russia", "Russian Federation",
    "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
    "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Scotland", "Senegal", "Serbia",
    "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands",
    "Somalia", "South Africa", "South Korea", "South Sudan", "Soviet Union", "Spain", "Sri Lanka",
    "St Kitts and Nevis", "St Lucia", "State of Palestine", "Sudan", "Suriname", "Swaziland",
    "Sweden", "Switzerland", "Syria", "Syrian Arab Republic", "São Tomé and Príncipe", "Taiwan",
    "Tajikistan", "Tanzania", "Thailand", "The Bahamas", "The Gambia", "The Netherlands",
    "The Philippines", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey",
    "Turkiye", "Turkmenistan", "Tuvalu", "Türkiye", "U.A.E.", "U.K.", "U.S.", "U.S.A.", "UAE",
    "UK", "US", "USA", "USSR", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
    "United States", "United States of America", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican",
    "Vatican City", "Venezuela", "Viet Nam", "Vietnam", "Wales", "Western Sahara", "Yemen",
    "Zambia", "Zimbabwe",
];

/// Alias -> canonical country name, sorted by alias (byte order) for binary search.
#[rustfmt::skip]
pub(crate) static COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("America", "United States"),
    ("Bosnia", "Bosnia and Herzegovina"),
    ("Bosnia-Herzegovina", "Bosnia and Herzegovina"),
    ("Britain", "United Kingdom"),
    ("Burma", "Myanmar"),
    ("Cape Verde", "Cabo Verde"),
    ("Congo-Brazzaville", "Republic of the Congo"),
    ("Congo-Kinshasa", "Democratic Republic of the Congo"),
    ("Cote d'Ivoire", "Ivory Coast"),
    ("Czechia", "Czech Republic"),
    ("Côte d'Ivoire", "Ivory Coast"),
    ("DPRK", "North Korea"),
    ("DR Congo", "Democratic Republic of the Congo"),
    ("DRC", "Democratic Republic of the Congo"),
    ("Democratic People's Republic of Korea", "North Korea"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("Eire", "Ireland"),
    ("Great Britain", "United Kingdom"),
    ("Holland", "Netherlands"),
    ("Holy See", "Vatican"),
    ("Macedonia", "North Macedonia"),
    ("People's Republic of China", "China"),
    ("ROK", "South Korea"),
    ("Republic of China", "Taiwan"),
    ("Republic of Ireland", "Ireland"),
    ("Republic of Korea", "South Korea"),
    ("Russian Federation", "Russia"),
    ("St Kitts and Nevis", "Saint Kitts and Nevis"),
    ("St Lucia", "Saint Lucia"),
    ("State of Palestine", "Palestine"),
    ("Swaziland", "Eswatini"),
    ("Syrian Arab Republic", "Syria"),
    ("São Tomé and Príncipe", "Sao Tome and Principe"),
    ("The Bahamas", "Bahamas"),
    ("The Gambia", "Gambia"),
    ("The Netherlands", "Netherlands"),
    ("The Philippines", "Philippines"),
    ("Timor-Leste", "East Timor"),
    ("Turkiye", "Turkey"),
    ("Türkiye", "Turkey"),
    ("U.A.E.", "United Arab Emirates"),
    ("U.K.", "United Kingdom"),
    ("U.S.", "United States"),
    ("U.S.A.", "United States"),
    ("UAE", "United Arab Emirates"),
    ("UK", "United Kingdom"),
    ("US", "United States"),
    ("USA", "United States"),
    ("United States of America", "United States"),
    ("Vatican City", "Vatican"),
    ("Viet Nam", "Vietnam"),
];

/// Places of the southern hemisphere whose seasons run from December (summer) and June
/// (winter): countries, and the states, regions and cities news datelines name. Lower case, as
/// datelines are often in capitals ("SYDNEY"). Facts from general knowledge.
#[rustfmt::skip]
pub(crate) static SOUTHERN_PLACES: &[&str] = &[
    "adelaide", "angola", "antananarivo", "antarctica", "argentina", "asuncion", "asunción",
    "auckland", "australia", "bolivia", "botswana", "brasilia", "brasília", "brazil", "brisbane",
    "buenos aires", "canberra", "cape town", "chile", "christchurch", "comoros", "dunedin",
    "durban", "eswatini", "fiji", "gaborone", "gold coast", "harare", "hobart", "johannesburg",
    "la paz", "lesotho", "lima", "lusaka", "madagascar", "malawi", "maputo", "mauritius",
    "melbourne", "montevideo", "mozambique", "namibia", "new caledonia", "new south wales",
    "new zealand", "paraguay", "patagonia", "peru", "porto alegre", "pretoria", "queensland",
    "queenstown", "rio de janeiro", "samoa", "santiago", "sao paulo", "south africa",
    "south australia", "soweto", "swaziland", "sydney", "são paulo", "tasmania", "tonga", "uruguay",
    "valparaiso", "valparaíso", "vanuatu", "wellington", "western australia", "windhoek", "zambia",
    "zimbabwe",
];

/// Non-country locations: capitals, major cities, states and provinces, regions, continents,
/// seas, oceans, rivers and well-known landmarks. Multi-word names are single entries.
#[rustfmt::skip]
pub(crate) static PLACES: &[&str] = &[
    "Aarhus", "Abbottabad", "Aberdeen", "Abidjan", "Abkhazia", "Abu Dhabi", "Abuja", "Acapulco",
    "Accra", "Aceh", "Adana", "Addis Ababa", "Adelaide", "Aden", "Adriatic", "Adriatic Sea",
    "Aegean", "Aegean Sea", "Africa", "Afrin", "Agadez", "Agra", "Ahmedabad", "Ahvaz", "Al-Aqsa",
    "Al-Bab", "Alabama", "Alaska", "Albany", "Alberta", "Albuquerque", "Aleppo", "Alexandria",
    "Algiers", "Almaty", "Alps", "Alsace", "Amazon River", "Amazonia", "Amhara", "Amman",
    "Amritsar", "Amsterdam", "Amu Darya", "Anaheim", "Anatolia", "Anbar", "Anchorage", "Andalusia",
    "Andes", "Andorra la Vella", "Ankara", "Annapolis", "Antakya", "Antalya", "Antananarivo",
    "Antarctic", "Antarctica", "Antwerp", "Apia", "Appalachia", "Arabian Gulf",
    "Arabian Peninsula", "Arabian Sea", "Arctic", "Arctic Circle", "Arctic Ocean", "Arizona",
    "Arkansas", "Arlington", "Arusha", "Ashdod", "Ashgabat", "Ashkelon", "Asia", "Asmara", "Assam",
    "Astana", "Asuncion", "Asunción", "Aswan", "Athens", "Atlanta", "Atlantic", "Atlantic Ocean",
    "Auckland", "Australasia", "Azaz", "Azov", "Baalbek", "Baghdad", "Bagram", "Bakersfield",
    "Bakhmut", "Baku", "Bali", "Balkans", "Baltic", "Baltic Sea", "Baltics", "Baltimore", "Bamako",
    "Bamenda", "Bandar Seri Begawan", "Bandung", "Bangalore", "Bangkok", "Bangui", "Banja Luka",
    "Banjul", "Barcelona", "Barents Sea", "Barranquilla", "Basel", "Basque Country", "Basra",
    "Basseterre", "Baton Rouge", "Bavaria", "Bay of Bengal", "Bay of Biscay", "Beersheba",
    "Beijing", "Beirut", "Bekaa", "Bekaa Valley", "Belfast", "Belgrade", "Belmopan",
    "Belo Horizonte", "Bengaluru", "Benghazi", "Bergen", "Bering Sea", "Bering Strait", "Berkeley",
    "Berlin", "Bermuda", "Bern", "Berne", "Bethlehem", "Beverly Hills", "Bhopal", "Bible Belt",
    "Bihar", "Bilbao", "Birmingham", "Bishkek", "Bismarck", "Bissau", "Black Sea", "Bloemfontein",
    "Blue Nile", "Bogota", "Bogotá", "Boise", "Bologna", "Bombay", "Bonn", "Bordeaux", "Borneo",
    "Bosphorus", "Boston", "Brahmaputra", "Brasilia", "Brasília", "Bratislava", "Brazzaville",
    "Bremen", "Bridgetown", "Brighton", "Brisbane", "Bristol", "British Columbia", "Brittany",
    "Brno", "Bronx", "Brooklyn", "Bruges", "Brussels", "Bucharest", "Budapest", "Buenos Aires",
    "Buffalo", "Bujumbura", "Bukhara", "Bulawayo", "Bursa", "Busan", "Bushehr", "Cairo", "Calais",
    "Calcutta", "Calgary", "Cali", "California", "Cambridge", "Camp David", "Canberra", "Cancun",
    "Cancún", "Cannes", "Canton", "Cape Canaveral", "Cape Cod", "Cape Town", "Capitol Hill",
    "Caracas", "Cardiff", "Caribbean", "Caribbean Sea", "Carpathians", "Carson City", "Cartagena",
    "Casablanca", "Caspian", "Caspian Sea", "Castries", "Catalonia", "Caucasus", "Cayman Islands",
    "Cebu", "Central Africa", "Central America", "Central Asia", "Central Europe",
    "Champs-Elysees", "Champs-Élysées", "Changsha", "Charleston", "Charlottesville", "Chattanooga",
    "Chechnya", "Chelyabinsk", "Chengdu", "Chennai", "Chernobyl", "Cheyenne", "Chiang Mai",
    "Chicago", "Chisinau", "Chittagong", "Chongqing", "Christchurch", "Cincinnati",
    "Ciudad Juarez", "Ciudad Juárez", "Cleveland", "Cluj", "Cologne", "Colombo", "Colorado",
    "Colorado River", "Colorado Springs", "Columbia", "Columbus", "Conakry", "Concord",
    "Congo River", "Connecticut", "Copenhagen", "Cordoba", "Corfu", "Cork", "Cornwall",
    "Corpus Christi", "Corsica", "Crete", "Crimea", "Culiacan", "Culiacán", "Curitiba", "Cusco",
    "Cuzco", "Córdoba", "Da Nang", "Daegu", "Dagestan", "Dakar", "Dalian", "Dallas", "Dalmatia",
    "Damascus", "Dammam", "Danube", "Dar es Salaam", "Daraa", "Dardanelles", "Darfur", "Davao",
    "Davos", "Dead Sea", "Debrecen", "Deep South", "Deir al-Zor", "Deir ez-Zor", "Deir ez-Zour",
    "Delaware", "Delhi", "Denver", "Deraa", "Des Moines", "Detroit", "Devon", "Dhaka",
    "Diego Garcia", "Dili", "Dimona", "District of Columbia", "Diyala", "Diyarbakir",
    "Djibouti City", "Dnieper", "Dniester", "Dnipro", "Dodoma", "Doha", "Dome of the Rock",
    "Donbas", "Donbass", "Donetsk", "Dongguan", "Dortmund", "Douala", "Douma", "Dover", "Dresden",
    "Dubai", "Dublin", "Dubrovnik", "Durban", "Durham", "Dushanbe", "Dusseldorf", "Düsseldorf",
    "East Africa", "East Asia", "East China Sea", "East Coast", "East Jerusalem", "Eastern Europe",
    "Eastern Ghouta", "Edinburgh", "Edmonton", "Eilat", "Eindhoven", "El Fasher", "El Paso",
    "Elbe", "English Channel", "Erbil", "Essen", "Essex", "Euphrates", "Eurasia", "Europe",
    "Everest", "Faisalabad", "Falkland Islands", "Falklands", "Falluja", "Fallujah", "Far East",
    "Fargo", "Fez", "Flanders", "Flint", "Florence", "Florida", "Fordow", "Fort Bragg",
    "Fort Hood", "Fort Lauderdale", "Fort Worth", "Fortaleza", "Foshan", "Frankfort", "Frankfurt",
    "Freetown", "Fresno", "Fujian", "Fukuoka", "Fukushima", "Fukushima Daiichi", "Funafuti",
    "Fuzhou", "Gaborone", "Galicia", "Ganges", "Gatwick", "Gaza", "Gaza City", "Gaza Strip",
    "Gaziantep", "Gdansk", "Geneva", "Genoa", "Georgetown", "Georgia", "Ghent", "Ghouta",
    "Gibraltar", "Gitega", "Gitmo", "Giza", "Glasgow", "Goa", "Golan", "Golan Heights", "Goma",
    "Gothenburg", "Graz", "Great Lakes", "Great Plains", "Green Zone", "Greenland", "Greensboro",
    "Ground Zero", "Grozny", "Guadalajara", "Guam", "Guangdong", "Guangzhou", "Guantanamo",
    "Guantanamo Bay", "Guantánamo", "Guatemala City", "Guayaquil", "Gujarat", "Gulf", "Gulf Coast",
    "Gulf of Aden", "Gulf of Mexico", "Gulf of Oman", "Gwangju", "Haifa", "Hainan", "Haiphong",
    "Halifax", "Hama", "Hamburg", "Hangzhou", "Hanoi", "Hanover", "Harare", "Harbin", "Harlem",
    "Harrisburg", "Hartford", "Hasakah", "Hatay", "Havana", "Hawaii", "Heathrow", "Hebron",
    "Hefei", "Helmand", "Helmand River", "Helsinki", "Henan", "Herat", "Himalaya", "Himalayas",
    "Hindu Kush", "Hiroshima", "Hmeimim", "Ho Chi Minh City", "Hobart", "Hodeidah", "Hollywood",
    "Homs", "Hong Kong", "Honiara", "Honolulu", "Hormuz", "Horn of Africa", "Houston", "Hubei",
    "Hudson River", "Hunan", "Hyderabad", "Ibadan", "Iberia", "Iberian Peninsula", "Idaho",
    "Idlib", "Illinois", "Incheon", "Incirlik", "Indian Ocean", "Indiana", "Indianapolis",
    "Indochina", "Indore", "Indus", "Inner Mongolia", "Innsbruck", "Ionian Sea", "Iowa",
    "Iraqi Kurdistan", "Irbil", "Irish Sea", "Irkutsk", "Irrawaddy", "Irvine", "Isfahan",
    "Islamabad", "Istanbul", "Izmir", "Jabalia", "Jacksonville", "Jaipur", "Jakarta", "Jalalabad",
    "Jammu", "Jarablus", "Java", "Jeddah", "Jenin", "Jericho", "Jersey City", "Jerusalem",
    "Jiangsu", "Jinan", "Jisr al-Shughour", "Johannesburg", "Johor", "Jordan River",
    "Jordan Valley", "Juba", "Juneau", "Kabul", "Kachin", "Kaduna", "Kaesong", "Kaliningrad",
    "Kampala", "Kandahar", "Kano", "Kanpur", "Kansas", "Kansas City", "Karabakh", "Karachi",
    "Karbala", "Kashmir", "Kashmir Valley", "Kathmandu", "Kaunas", "Kazan", "Kentucky", "Kerala",
    "Key West", "Khabarovsk", "Khabur", "Khan Sheikhoun", "Khan Younis", "Kharkiv", "Kharkov",
    "Khartoum", "Kherson", "Kidal", "Kiev", "Kigali", "Kilimanjaro", "Kilis", "Kingston",
    "Kingstown", "Kinshasa", "Kirkuk", "Kisangani", "Kismayo", "Kisumu", "Knoxville", "Kobane",
    "Kobani", "Kobe", "Kolkata", "Konya", "Kordofan", "Korean Peninsula", "Krakow", "Kraków",
    "Krasnoyarsk", "Kuala Lumpur", "Kumasi", "Kunduz", "Kunming", "Kurdistan", "Kuwait City",
    "Kyiv", "Kyoto", "La Paz", "Lagos", "Lahore", "Lake Baikal", "Lake Chad", "Lake Erie",
    "Lake Geneva", "Lake Michigan", "Lake Ontario", "Lake Superior", "Lake Tahoe", "Lake Victoria",
    "Lampedusa", "Lancashire", "Lansing", "Laredo", "Las Vegas", "Lashkar Gah", "Latakia",
    "Latin America", "Lausanne", "Leeds", "Leicester", "Leipzig", "Lesbos", "Levant", "Lexington",
    "Lhasa", "Libreville", "Lille", "Lilongwe", "Lima", "Limpopo", "Lisbon", "Litani",
    "Little Rock", "Liverpool", "Ljubljana", "Lodz", "Loire", "Lombardy", "Lome", "Lomé", "London",
    "Long Beach", "Long Island", "Los Angeles", "Louisiana", "Louisville", "Luanda", "Lubango",
    "Lubbock", "Lubumbashi", "Lucknow", "Lugano", "Lugansk", "Luhansk", "Lusaka", "Luxor", "Lviv",
    "Lyon", "Maarat al-Numan", "Macao", "Macau", "Madras", "Madrid", "Maghreb", "Maharashtra",
    "Maidan", "Maiduguri", "Maine", "Mainland China", "Majuro", "Makkah", "Malabo", "Malaga",
    "Malibu", "Malmo", "Malmö", "Malé", "Managua", "Manama", "Manaus", "Manbij", "Manchester",
    "Mandalay", "Manhattan", "Manila", "Manitoba", "Maputo", "Mar-a-Lago", "Maracaibo", "Marawi",
    "Marib", "Mariupol", "Marrakech", "Marrakesh", "Marseille", "Martha's Vineyard", "Maryland",
    "Maseru", "Mashhad", "Massachusetts", "Mazar-i-Sharif", "Mbabane", "Mecca", "Medan",
    "Medellin", "Medellín", "Medina", "Mediterranean", "Mediterranean Sea", "Mekelle", "Mekong",
    "Melanesia", "Melbourne", "Memphis", "Mendoza", "Merseyside", "Mesa", "Mesopotamia",
    "Mexico City", "Miami", "Michigan", "Middle East", "Midlands", "Midwest", "Milan", "Milwaukee",
    "Mindanao", "Minneapolis", "Minnesota", "Minsk", "Misrata", "Mississippi", "Mississippi River",
    "Missouri", "Missouri River", "Mogadishu", "Mombasa", "Monrovia", "Montana", "Monterrey",
    "Montevideo", "Montpelier", "Montreal", "Moroni", "Moscow", "Mostar", "Mosul", "Mount Everest",
    "Mount of Olives", "Multan", "Mumbai", "Munich", "Murmansk", "Muscat", "Mykolaiv", "Málaga",
    "N'Djamena", "NYC", "Nablus", "Nagasaki", "Nagorno-Karabakh", "Nagoya", "Nagpur", "Nairobi",
    "Najaf", "Nanjing", "Nanning", "Nantes", "Naples", "Nashville", "Nassau", "Natanz",
    "Naypyidaw", "Naypyitaw", "Nazareth", "Near East", "Nebraska", "Negev", "Nevada",
    "New Brunswick", "New Delhi", "New England", "New Hampshire", "New Jersey", "New Mexico",
    "New Orleans", "New South Wales", "New York", "New York City", "Newark", "Newcastle",
    "Newfoundland", "Newfoundland and Labrador", "Newtown", "Ngerulmud", "Niamey", "Nicosia",
    "Niger River", "Nile", "Nineveh", "Nizhny Novgorod", "Norfolk", "Normandy", "North Africa",
    "North America", "North Carolina", "North Caucasus", "North Dakota", "North Sea",
    "Northern Europe", "Northwest Territories", "Nottingham", "Nouakchott", "Nova Scotia",
    "Novi Sad", "Novosibirsk", "Nuku'alofa", "Nunavut", "Nur-Sultan", "Nuremberg", "Oakland",
    "Oceania", "Oder", "Odesa", "Odessa", "Ohio", "Ohio River", "Okinawa", "Oklahoma",
    "Oklahoma City", "Old City", "Omaha", "Omdurman", "Omsk", "Ontario", "Oran", "Oregon",
    "Orinoco", "Orlando", "Oromia", "Orontes", "Osaka", "Oslo", "Ottawa", "Ouagadougou", "Oxford",
    "Pacific", "Pacific Northwest", "Pacific Ocean", "Pacific Rim", "Palermo", "Palikir",
    "Palm Beach", "Palmyra", "Palo Alto", "Panama Canal", "Panama City", "Papua", "Paramaribo",
    "Paris", "Parkland", "Pasadena", "Patagonia", "Patna", "Pattaya", "Pearl Harbor", "Peking",
    "Penang", "Pennsylvania", "Perm", "Persian Gulf", "Perth", "Peshawar", "Philadelphia",
    "Phnom Penh", "Phoenix", "Phuket", "Piraeus", "Pittsburgh", "Plano", "Plovdiv", "Podgorica",
    "Polynesia", "Port Elizabeth", "Port Harcourt", "Port Louis", "Port Moresby", "Port Said",
    "Port Sudan", "Port Vila", "Port of Spain", "Port-au-Prince", "Portland", "Porto",
    "Porto Alegre", "Porto-Novo", "Potomac", "Prague", "Praia", "Pretoria", "Prince Edward Island",
    "Pristina", "Provence", "Providence", "Puebla", "Puerto Rico", "Pune", "Punjab", "Puntland",
    "Pyongyang", "Pyrenees", "Qamishli", "Qingdao", "Qom", "Quantico", "Quebec", "Quebec City",
    "Queens", "Queensland", "Queenstown", "Quetta", "Quezon City", "Quito", "Quneitra", "Québec",
    "Rabat", "Rafah", "Rakhine", "Raleigh", "Ramadi", "Ramallah", "Rangoon", "Raqqa", "Raqqah",
    "Ras al-Ain", "Rawalpindi", "Recife", "Red Sea", "Red Square", "Reno", "Reykjavik", "Rhine",
    "Rhode Island", "Rhone", "Richmond", "Riga", "Rio", "Rio Grande", "Rio de Janeiro",
    "Riverside", "Riyadh", "Rochester", "Rockies", "Rocky Mountains", "Rome", "Rosario", "Roseau",
    "Rostov", "Rostov-on-Don", "Rotterdam", "Rust Belt", "Sabah", "Sacramento", "Sahara", "Sahel",
    "Saigon", "Saint George's", "Saint John's", "Saint Louis", "Saint Paul", "Saint Petersburg",
    "Salem", "Salt Lake City", "Salzburg", "Samara", "Samarkand", "Samarra", "San Antonio",
    "San Diego", "San Francisco", "San Jose", "San José", "San Juan", "San Salvador", "Sana'a",
    "Sanaa", "Sanliurfa", "Santa Ana", "Santa Cruz", "Santa Fe", "Santa Monica", "Santiago",
    "Santo Domingo", "Sao Paulo", "Sao Tome", "Sapporo", "Sarajevo", "Sarawak", "Sardinia",
    "Saskatchewan", "Saxony", "Scandinavia", "Schiphol", "Scottsdale", "Sderot", "Sea of Azov",
    "Sea of Galilee", "Sea of Japan", "Sea of Marmara", "Seattle", "Seine", "Sendai", "Seoul",
    "Sevastopol", "Seville", "Sfax", "Shandong", "Shanghai", "Sharjah", "Sharm el-Sheikh",
    "Shatt al-Arab", "Sheffield", "Shenyang", "Shenzhen", "Shiraz", "Siberia", "Sichuan", "Sicily",
    "Sidon", "Siem Reap", "Silesia", "Silicon Valley", "Simferopol", "Sinai", "Sinai Peninsula",
    "Sinjar", "Sioux Falls", "Sirte", "Skopje", "Sochi", "Sofia", "Somaliland", "South America",
    "South Asia", "South Carolina", "South China Sea", "South Dakota", "South Ossetia",
    "Southampton", "Southeast Asia", "Southern Africa", "Southern Europe", "Southern Ocean",
    "Soweto", "Spokane", "Springfield", "Srebrenica", "Srinagar", "St Louis", "St Paul",
    "St Petersburg", "St. Lawrence", "St. Louis", "St. Paul", "St. Petersburg", "Stalingrad",
    "Staten Island", "Stockholm", "Stockton", "Strait of Gibraltar", "Strait of Hormuz",
    "Strasbourg", "Stuttgart", "Sub-Saharan Africa", "Sucre", "Suez", "Suez Canal", "Sulaimaniyah",
    "Sumatra", "Sun Belt", "Surabaya", "Surat", "Surrey", "Sussex", "Suva", "Suwayda", "Suzhou",
    "Sweida", "Sydney", "São Paulo", "Tabriz", "Tahrir Square", "Taipei", "Taiwan Strait", "Taiz",
    "Taksim Square", "Tal Abyad", "Tallahassee", "Tallinn", "Tamil Nadu", "Tampa", "Tangier",
    "Tarawa", "Tartu", "Tartus", "Tashkent", "Tasmania", "Tbilisi", "Tegucigalpa", "Teheran",
    "Tehran", "Tel Aviv", "Temple Mount", "Tennessee", "Texas", "Thames", "The Hague",
    "Thessaloniki", "Thimphu", "Tiananmen", "Tiananmen Square", "Tianjin", "Tibet", "Tigray",
    "Tigris", "Tijuana", "Tikrit", "Timbuktu", "Times Square", "Timisoara", "Tirana", "Tobruk",
    "Tokyo", "Toledo", "Topeka", "Tora Bora", "Toronto", "Toulouse", "Trafalgar Square",
    "Transnistria", "Transylvania", "Trenton", "Tripoli", "Tucson", "Tulkarm", "Tulsa", "Tunis",
    "Turin", "Tuscany", "Tuzla", "Tyre", "Tyrrhenian Sea", "Ufa", "Ulaanbaatar", "Ulan Bator",
    "Ulster", "Upper Egypt", "Ural", "Ural Mountains", "Urals", "Urumqi", "Utah", "Utrecht",
    "Uttar Pradesh", "Vaduz", "Valencia", "Valletta", "Valparaiso", "Valparaíso", "Vancouver",
    "Varanasi", "Varna", "Venice", "Vermont", "Vienna", "Vientiane", "Vilnius", "Virginia",
    "Virginia Beach", "Vistula", "Vladivostok", "Volga", "Volgograd", "Voronezh", "Wallonia",
    "Warsaw", "Washington", "Washington D.C.", "Washington DC", "Washington State", "Wellington",
    "West Africa", "West Bank", "West Bengal", "West Coast", "West Virginia", "Western Europe",
    "Western Wall", "Westminster", "White Nile", "Whitehall", "Wichita", "Windhoek", "Winnipeg",
    "Wisconsin", "Wroclaw", "Wuhan", "Wyoming", "Xi'an", "Xiamen", "Xinjiang", "Yamoussoukro",
    "Yangon", "Yangtze", "Yaounde", "Yaoundé", "Yarmouk", "Yekaterinburg", "Yellow River",
    "Yellow Sea", "Yellowstone", "Yerevan", "Yokohama", "Yorkshire", "Yosemite", "Yukon", "Yunnan",
    "Zabadani", "Zagreb", "Zambezi", "Zanzibar", "Zaporizhzhia",
    "Zaporizhzhia Nuclear Power Plant", "Zaragoza", "Zhejiang", "Zhengzhou", "Zurich",
];

/// Nationality, ethnic, religious and political group words (adjectives, singular and
/// plural nouns) for the GROUP entity type.
#[rustfmt::skip]
pub(crate) static GROUPS: &[&str] = &[
    "Abkhaz", "Aboriginal", "Aborigine", "Aborigines", "Afghan", "Afghans", "African",
    "African American", "African Americans", "African-American", "African-Americans", "Africans",
    "Afro-Caribbean", "Alawi", "Alawite", "Alawites", "Albanian", "Albanians", "Algerian",
    "Algerians", "Amazigh", "American", "Americans", "Amish", "Andorran", "Andorrans", "Anglican",
    "Anglicans", "Anglo", "Anglo-Saxon", "Anglophone", "Anglophones", "Angolan", "Angolans",
    "Arab", "Arabian", "Arabs", "Argentine", "Argentines", "Argentinian", "Argentinians",
    "Armenian", "Armenians", "Asian", "Asian American", "Asian Americans", "Asians", "Assyrian",
    "Assyrians", "Atheist", "Australian", "Australians", "Austrian", "Austrians", "Azerbaijani",
    "Azerbaijanis", "Azeri", "Azeris", "Ba'athist", "Ba'athists", "Baathist", "Baathists",
    "Baha'i", "Baha'is", "Bahai", "Bahamian", "Bahamians", "Bahraini", "Bahrainis", "Balkan",
    "Baloch", "Baluch", "Bangladeshi", "Bangladeshis", "Baptist", "Baptists", "Barbadian",
    "Barbadians", "Basotho", "Basque", "Basques", "Batswana", "Bavarian", "Bavarians", "Bedouin",
    "Bedouins", "Belarusian", "Belarusians", "Belgian", "Belgians", "Belizean", "Belizeans",
    "Bengali", "Bengalis", "Beninese", "Berber", "Berbers", "Berliner", "Berliners", "Bhutanese",
    "Blairite", "Blairites", "Bohemian", "Bolivian", "Bolivians", "Bolshevik", "Bolsheviks",
    "Bosniak", "Bosniaks", "Bosnian", "Bosnians", "Botswanan", "Brazilian", "Brazilians",
    "Brexiteer", "Brexiteers", "British", "Briton", "Britons", "Bruneian", "Bruneians", "Buddhist",
    "Buddhists", "Bulgarian", "Bulgarians", "Burkinabe", "Burmese", "Burundian", "Burundians",
    "Californian", "Californians", "Cambodian", "Cambodians", "Cameroonian", "Cameroonians",
    "Canadian", "Canadians", "Cantonese", "Cape Verdean", "Cape Verdeans", "Catalan", "Catalans",
    "Catholic", "Catholics", "Caucasian", "Celtic", "Central African", "Central Africans",
    "Central American", "Central Americans", "Chadian", "Chadians", "Chaldean", "Chaldeans",
    "Chavista", "Chavistas", "Chechen", "Chechens", "Chilean", "Chileans", "Chinese", "Christian",
    "Christian Democrat", "Christian Democrats", "Christians", "Circassian", "Circassians",
    "Colombian", "Colombians", "Communist", "Communists", "Comoran", "Comorans", "Confucian",
    "Congolese", "Conservative", "Conservatives", "Copt", "Coptic", "Copts", "Corbynite",
    "Corbynites", "Corsican", "Corsicans", "Costa Rican", "Costa Ricans", "Crimean", "Croat",
    "Croatian", "Croatians", "Croats", "Cuban", "Cubans", "Cypriot", "Cypriots", "Czech", "Czechs",
    "Dagestani", "Dagestanis", "Dane", "Danes", "Danish", "Democrat", "Democrats", "Djiboutian",
    "Djiboutians", "Dominican", "Dominicans", "Druse", "Druze", "Dutch", "Dutchman", "Dutchmen",
    "Dutchwoman", "Ecuadorean", "Ecuadoreans", "Ecuadorian", "Ecuadorians", "Egyptian",
    "Egyptians", "Emirati", "Emiratis", "English", "Englishman", "Englishmen", "Englishwoman",
    "Englishwomen", "Equatoguinean", "Equatorial Guinean", "Equatorial Guineans", "Eritrean",
    "Eritreans", "Estonian", "Estonians", "Ethiopian", "Ethiopians", "Eurasian", "European",
    "Europeans", "Eurosceptic", "Eurosceptics", "Euroskeptic", "Euroskeptics", "Evangelical",
    "Evangelicals", "Fascist", "Fascists", "Federalist", "Federalists", "Fijian", "Fijians",
    "Filipina", "Filipinas", "Filipino", "Filipinos", "Finn", "Finnish", "Finns", "Fleming",
    "Flemings", "Flemish", "Francophone", "Francophones", "French", "Frenchman", "Frenchmen",
    "Frenchwoman", "Frenchwomen", "Fulani", "Gabonese", "Gaelic", "Gambian", "Gambians",
    "Gaullist", "Gaullists", "Gazan", "Gazans", "Georgian", "Georgians", "German", "Germans",
    "Ghanaian", "Ghanaians", "Greek", "Greek Orthodox", "Greeks", "Greenlander", "Greenlanders",
    "Greenlandic", "Greens", "Grenadian", "Grenadians", "Guatemalan", "Guatemalans", "Guinean",
    "Guineans", "Gulf Arab", "Gulf Arabs", "Guyanese", "Gypsies", "Gypsy", "Haitian", "Haitians",
    "Haredi", "Haredim", "Hasid", "Hasidic", "Hasidim", "Hausa", "Hawaiian", "Hawaiians", "Hazara",
    "Hazaras", "Hindu", "Hindus", "Hispanic", "Hispanics", "Honduran", "Hondurans", "Hong Konger",
    "Hong Kongers", "Houthi", "Houthis", "Hungarian", "Hungarians", "Hutu", "Hutus", "Icelander",
    "Icelanders", "Icelandic", "Igbo", "Indian", "Indians", "Indonesian", "Indonesians", "Inuit",
    "Iranian", "Iranians", "Iraqi", "Iraqi Kurd", "Iraqi Kurds", "Iraqis", "Irish", "Irishman",
    "Irishmen", "Irishwoman", "Irishwomen", "Islamic", "Islamist", "Islamists", "Ismaili",
    "Ismailis", "Israeli", "Israelis", "Italian", "Italians", "Ivorian", "Ivorians", "Jain",
    "Jains", "Jamaican", "Jamaicans", "Japanese", "Jew", "Jewish", "Jews", "Jihadi", "Jihadis",
    "Jihadist", "Jihadists", "Jordanian", "Jordanians", "Kashmiri", "Kashmiris", "Kazakh",
    "Kazakhs", "Kazakhstani", "Kazakhstanis", "Kemalist", "Kemalists", "Kenyan", "Kenyans", "Kiwi",
    "Kiwis", "Korean", "Koreans", "Kosovan", "Kosovans", "Kosovar", "Kosovars", "Kurd", "Kurdish",
    "Kurdistani", "Kurds", "Kuwaiti", "Kuwaitis", "Kyrgyz", "Labourite", "Labourites", "Lao",
    "Laotian", "Laotians", "Latin American", "Latin Americans", "Latina", "Latinas", "Latino",
    "Latinos", "Latvian", "Latvians", "Lebanese", "Leninist", "Leninists", "Levantine", "Lib Dem",
    "Liberal", "Liberal Democrat", "Liberals", "Liberian", "Liberians", "Libertarian",
    "Libertarians", "Libyan", "Libyans", "Lithuanian", "Lithuanians", "Londoner", "Londoners",
    "Loyalist", "Loyalists", "Lutheran", "Lutherans", "Luxembourger", "Luxembourgers",
    "Luxembourgish", "Maasai", "Macedonian", "Macedonians", "Maghrebi", "Malagasy", "Malawian",
    "Malawians", "Malaysian", "Malaysians", "Maldivian", "Maldivians", "Malian", "Malians",
    "Maltese", "Mandaean", "Mandaeans", "Mandarin", "Maoist", "Maoists", "Maori", "Maronite",
    "Maronites", "Marxist", "Marxists", "Masai", "Mauritanian", "Mauritanians", "Mauritian",
    "Mauritians", "Methodist", "Methodists", "Mexican", "Mexicans", "Middle Eastern", "Moldovan",
    "Moldovans", "Monegasque", "Monegasques", "Mongol", "Mongolian", "Mongolians", "Mongols",
    "Montenegrin", "Montenegrins", "Mormon", "Mormons", "Moroccan", "Moroccans", "Moslem",
    "Moslems", "Mosotho", "Motswana", "Mozambican", "Mozambicans", "Mujahideen", "Muscovite",
    "Muscovites", "Muslim", "Muslims", "Namibian", "Namibians", "Nasserist", "Nationalist",
    "Nationalists", "Native American", "Native Americans", "Nazi", "Nazis", "Neo-Nazi",
    "Neo-Nazis", "Nepalese", "Nepali", "Nepalis", "New Yorker", "New Yorkers", "New Zealander",
    "New Zealanders", "Nicaraguan", "Nicaraguans", "Nigerian", "Nigerians", "Nigerien",
    "Nigeriens", "Nordic", "North American", "North Americans", "North Korean", "North Koreans",
    "Northern Irish", "Norwegian", "Norwegians", "Omani", "Omanis", "Oromo", "Oromos", "Orthodox",
    "Ossetian", "Ossetians", "Pacific Islander", "Pacific Islanders", "Pakistani", "Pakistanis",
    "Palestinian", "Palestinians", "Panamanian", "Panamanians", "Papua New Guinean",
    "Papua New Guineans", "Paraguayan", "Paraguayans", "Parisian", "Parisians", "Pashtun",
    "Pashtuns", "Pathan", "Pathans", "Pentecostal", "Pentecostals", "Peronist", "Peronists",
    "Persian", "Persians", "Peruvian", "Peruvians", "Peshmerga", "Philippine", "Pole", "Poles",
    "Polish", "Portuguese", "Presbyterian", "Presbyterians", "Protestant", "Protestants",
    "Puerto Rican", "Puerto Ricans", "Punjabi", "Punjabis", "Qatari", "Qataris", "Quaker",
    "Quakers", "Quebecer", "Quebecers", "Quebecois", "Remainer", "Remainers", "Republican",
    "Republicans", "Rohingya", "Roma", "Roman Catholic", "Roman Catholics", "Romani", "Romanian",
    "Romanians", "Russian", "Russian Orthodox", "Russians", "Rwandan", "Rwandans", "Salafi",
    "Salafis", "Salafist", "Salafists", "Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans",
    "Sammarinese", "Samoan", "Samoans", "Sandinista", "Sandinistas", "Sardinian", "Sardinians",
    "Saudi", "Saudis", "Scandinavian", "Scandinavians", "Scot", "Scots", "Scotsman", "Scotsmen",
    "Scottish", "Senegalese", "Serb", "Serbian", "Serbians", "Serbs", "Seychellois", "Shabiha",
    "Shi'ite", "Shi'ites", "Shia", "Shia Muslim", "Shia Muslims", "Shias", "Shiite", "Shiites",
    "Shinto", "Sicilian", "Sicilians", "Sierra Leonean", "Sierra Leoneans", "Sikh", "Sikhs",
    "Sindhi", "Sindhis", "Singaporean", "Singaporeans", "Sinhalese", "Slav", "Slavic", "Slavs",
    "Slovak", "Slovakian", "Slovakians", "Slovaks", "Slovene", "Slovenes", "Slovenian",
    "Slovenians", "Social Democrat", "Social Democrats", "Socialist", "Socialists", "Somali",
    "Somalian", "Somalians", "Somalis", "South African", "South Africans", "South American",
    "South Americans", "South Korean", "South Koreans", "South Sudanese", "Soviet", "Soviets",
    "Spaniard", "Spaniards", "Spanish", "Sri Lankan", "Sri Lankans", "Sub-Saharan", "Sudanese",
    "Sufi", "Sufis", "Sunni", "Sunni Arab", "Sunni Arabs", "Sunni Muslim", "Sunni Muslims",
    "Sunnis", "Surinamese", "Swazi", "Swazis", "Swede", "Swedes", "Swedish", "Swiss", "Syrian",
    "Syrian Kurd", "Syrian Kurds", "Syrians", "Taiwanese", "Tajik", "Tajiks", "Tamil", "Tamils",
    "Tanzanian", "Tanzanians", "Taoist", "Taoists", "Tatar", "Tatars", "Texan", "Texans", "Thai",
    "Thais", "Thatcherite", "Thatcherites", "Tibetan", "Tibetans", "Tigrayan", "Tigrayans",
    "Timorese", "Togolese", "Tongan", "Tongans", "Tories", "Tory", "Trinidadian", "Trinidadians",
    "Trotskyist", "Trotskyists", "Tuareg", "Tuaregs", "Tunisian", "Tunisians", "Turk", "Turkish",
    "Turkmen", "Turkmens", "Turkoman", "Turkomans", "Turks", "Tutsi", "Tutsis", "Ugandan",
    "Ugandans", "Uighur", "Uighurs", "Ukrainian", "Ukrainians", "Ultra-Orthodox", "Unionist",
    "Unionists", "Uruguayan", "Uruguayans", "Uyghur", "Uyghurs", "Uzbek", "Uzbeks", "Venezuelan",
    "Venezuelans", "Vietnamese", "Wahhabi", "Wahhabis", "Walloon", "Walloons", "Welsh", "Welshman",
    "Welshmen", "Western", "Westerner", "Westerners", "Whig", "Whigs", "Xhosa", "Yazidi",
    "Yazidis", "Yemeni", "Yemenis", "Yemenite", "Yezidi", "Yezidis", "Yoruba", "Yugoslav",
    "Yugoslavs", "Zambian", "Zambians", "Zapatista", "Zapatistas", "Zimbabwean", "Zimbabweans",
    "Zionist", "Zionists", "Zoroastrian", "Zoroastrians", "Zulu", "Zulus",
];

/// Common male given names seen in international news (many cultures and transliterations).
/// A genuinely unisex name may also appear in [`FEMALE_FIRST_NAMES`].
#[rustfmt::skip]
pub(crate) static MALE_FIRST_NAMES: &[&str] = &[
    "Aaron", "Abbas", "Abdallah", "Abdel", "Abdelaziz", "Abdelfattah", "Abdul", "Abdulaziz",
    "Abdullah", "Abdulrahman", "Abhishek", "Abiy", "Adam", "Adel", "Adil", "Adly", "Adnan",
    "Adolf", "Adrian", "Aguila", "Ahmad", "Ahmadou", "Ahmed", "Ahmet", "Ajit", "Akbar", "Akihito",
    "Akira", "Alain", "Alan", "Alassane", "Alastair", "Albert", "Alberto", "Albin", "Alejandro",
    "Aleksandar", "Aleksandr", "Aleksei", "Alessandro", "Alex", "Alexander", "Alexandre", "Alexei",
    "Alexey", "Alexis", "Alfonso", "Alfred", "Alfredo", "Ali", "Alistair", "Allen", "Alvaro",
    "Alwaleed", "Alyaksandr", "Amadou", "Amin", "Amir", "Amit", "Amitabh", "Ammar", "Amos", "Amr",
    "Amrullah", "Anand", "Anas", "Anatoly", "Anders", "Andras", "Andre", "Andrea", "Andreas",
    "Andrei", "Andres", "Andrew", "Andrey", "Andriy", "Andrzej", "Andrés", "Andy", "Angelo",
    "Angus", "Anibal", "Anil", "Anthony", "Antoine", "Anton", "Antonio", "Antonis", "Antony",
    "Anwar", "Aníbal", "Ariel", "Arjun", "Arkady", "Armando", "Armin", "Arnaud", "Arnold",
    "Arseniy", "Artem", "Arthur", "Artur", "Arturo", "Artyom", "Arvind", "Ashok", "Ashraf", "Asif",
    "Asim", "Atal", "Atef", "Atiku", "Atta", "Attila", "Augusto", "Avi", "Avigdor", "Ayad",
    "Ayman", "Babajide", "Bandar", "Barack", "Barham", "Bashar", "Bashir", "Basil", "Bastian",
    "Ben", "Benedict", "Benigno", "Benjamin", "Benny", "Benoit", "Benoît", "Beppe", "Bernard",
    "Bernardo", "Bernie", "Beto", "Bezalel", "Bidzina", "Bilawal", "Bill", "Billy", "Binali",
    "Blaise", "Bob", "Bobby", "Bogdan", "Bola", "Bongbong", "Boris", "Boubacar", "Boutros", "Brad",
    "Bradley", "Brandon", "Brendan", "Brett", "Brian", "Bruce", "Bruno", "Bryan", "Bujar",
    "Bulent", "Burak", "Burhanuddin", "Bülent", "Calvin", "Carl", "Carles", "Carlo", "Carlos",
    "Carsten", "Cem", "Cesar", "Charles", "Charlie", "Chinedu", "Ching-te", "Chris", "Christoph",
    "Christophe", "Christopher", "Chuck", "Chuka", "Claude", "Claudio", "Clement", "Clint",
    "Colin", "Conor", "Cory", "Craig", "Cristiano", "Cristobal", "Cyril", "Cyrus", "César", "Dag",
    "Dan", "Daniel", "Daniele", "Danny", "Dario", "Dariush", "Darren", "Dave", "David", "Davide",
    "Dean", "Deepak", "Denis", "Dennis", "Derek", "Desmond", "Devlet", "Dick", "Didier", "Diego",
    "Dieter", "Dietmar", "Dimitri", "Dimitris", "Diogo", "Diosdado", "Dmitri", "Dmitry", "Dmytro",
    "Domenico", "Dominic", "Dominique", "Donald", "Doug", "Douglas", "Dragos", "Duarte", "Duncan",
    "Dwight", "Dylan", "Ebrahim", "Ed", "Eddie", "Edgar", "Edi", "Edouard", "Eduard", "Edward",
    "Edwin", "Ehud", "Eitan", "Ekmeleddin", "Ekrem", "Eli", "Elias", "Elie", "Elijah", "Elon",
    "Emile", "Emmanuel", "Emmerson", "Emomali", "Emre", "Enoch", "Enrico", "Enrique", "Enver",
    "Ergun", "Eric", "Erik", "Ernesto", "Ernst", "Essam", "Esteban", "Ethan", "Ettore", "Eugene",
    "Evan", "Evgeny", "Evo", "Ezra", "Fabian", "Fabio", "Fabrizio", "Fahd", "Faisal", "Fares",
    "Farhad", "Farid", "Farouk", "Fathi", "Fattah", "Fayez", "Federico", "Felipe", "Felix",
    "Feras", "Ferdinand", "Ferenc", "Fernando", "Fethullah", "Fidel", "Filippo", "Firas",
    "Florian", "Florin", "Fouad", "Francesco", "Francis", "Francisco", "Franck", "Franco",
    "Francois", "Franjo", "Frank", "Frank-Walter", "Frankie", "Franklin", "Franz", "François",
    "Fred", "Frederick", "Friedrich", "Fuad", "Fumihito", "Fumio", "Fyodor", "Félix", "Gabi",
    "Gabor", "Gabriel", "Gadi", "Gamal", "Gareth", "Gary", "Gaspar", "Gautam", "Gavin", "Gebran",
    "Geert", "Gennady", "Gennaro", "Geoff", "Geoffrey", "Georg", "George", "Georges", "Gerald",
    "Gerard", "Gerhard", "Ghassan", "Gianluigi", "Gianni", "Gideon", "Gilbert", "Gilles", "Giorgi",
    "Giorgio", "Giorgos", "Giovanni", "Giulio", "Giuseppe", "Glenn", "Goodluck", "Gordon",
    "Graham", "Greg", "Gregory", "Grigory", "Guido", "Guillaume", "Guillermo", "Gulbuddin",
    "Gustavo", "Guy", "Gérald", "Habib", "Hadi", "Hafez", "Hafiz", "Haibatullah", "Haider", "Haim",
    "Haitham", "Hakainde", "Hakan", "Hakeem", "Hamad", "Hamdan", "Hamid", "Hamza", "Hans",
    "Hans-Dietrich", "Hao", "Harold", "Harry", "Haruki", "Harvey", "Hasan", "Hashem", "Hashim",
    "Hassan", "Hazem", "Heiko", "Heinrich", "Heinz", "Helmut", "Henri", "Henrik", "Henry",
    "Herbert", "Herman", "Hernan", "Heydar", "Hideki", "Hideo", "Hikmet", "Hilary", "Hirohito",
    "Hiroshi", "Hiroyuki", "Horst", "Hoshyar", "Hosni", "Hossein", "Howard", "Hubertus", "Hugh",
    "Hugo", "Hulusi", "Humza", "Hunter", "Hussain", "Hussein", "Iain", "Ian", "Ibrahim",
    "Ibrahima", "Ichiro", "Idriss", "Igor", "Ikechukwu", "Iker", "Il-sung", "Ilan", "Ilham",
    "Ilhan", "Ilir", "Ilya", "Imran", "Inacio", "Inigo", "Inácio", "Irakli", "Isaac", "Ismail",
    "Ismet", "Istvan", "Itamar", "Ivan", "Iván", "Iyad", "Izzat", "Jack", "Jacob", "Jacques",
    "Jae-in", "Jae-myung", "Jafar", "Jaime", "Jair", "Jakaya", "Jake", "Jalal", "Jamal", "James",
    "Jamie", "Jan", "Janez", "Janos", "Jared", "Jason", "Jassim", "Javad", "Javier", "Jay", "Jean",
    "Jean-Claude", "Jean-Luc", "Jean-Marc", "Jean-Marie", "Jean-Pierre", "Jean-Yves", "Jeff",
    "Jeffrey", "Jens", "Jeremy", "Jeroen", "Jerome", "Jerry", "Jesus", "Jiabao", "Jianguo",
    "Jibril", "Jiechi", "Jim", "Jimmy", "Jinping", "Jintao", "Joachim", "Joan", "Joao", "Joe",
    "Joel", "Johan", "Johannes", "John", "Johnny", "Joko", "Jomo", "Jon", "Jonas", "Jonathan",
    "Jong-il", "Jong-un", "Jordi", "Jorge", "Joschka", "Jose", "Josef", "Josep", "Joseph", "Josh",
    "Joshua", "José", "João", "Juan", "Julian", "Julien", "Julio", "Julius", "Junichiro", "Jurgen",
    "Justin", "Jürgen", "Kai", "Kai-shek", "Kamal", "Kamran", "Karim", "Karl", "Kassym-Jomart",
    "Kazem", "Kazuo", "Kei", "Keir", "Keith", "Kemal", "Ken", "Kenji", "Kenneth", "Kenzaburo",
    "Keqiang", "Kevin", "Khaled", "Khalid", "Khalifa", "Khalil", "Ki-moon", "Kirill", "Klaus",
    "Kofi", "Koji", "Konstantin", "Konstantinos", "Kurt", "Kwame", "Kwasi", "Kwesi", "Kylian",
    "Kyriakos", "Lajos", "Larry", "Lars", "Laszlo", "Laurent", "Lawrence", "Len", "Leo", "Leon",
    "Leonard", "Leonardo", "Leonid", "Levon", "Liam", "Lijian", "Lindsey", "Lionel", "Lloyd",
    "Lorenzo", "Lothar", "Louay", "Louis", "Luc", "Luca", "Lucas", "Luciano", "Luigi", "Luis",
    "Luiz", "Lukas", "Luke", "Lyndon", "Macky", "Mahathir", "Mahendra", "Maher", "Mahmoud",
    "Mahmud", "Majid", "Malik", "Mamadou", "Manfred", "Manmohan", "Manuel", "Marc", "Marcel",
    "Marcelo", "Marco", "Marcos", "Marcus", "Mariano", "Mario", "Mark", "Marko", "Markus",
    "Martin", "Marwan", "Masahiro", "Masoud", "Massimo", "Mateo", "Matt", "Matteo", "Matthew",
    "Matthias", "Maurice", "Mauricio", "Max", "Maxim", "Maximilian", "Mazen", "Mehdi", "Mehmet",
    "Mesut", "Mevlut", "Mevlüt", "Michael", "Michel", "Michele", "Miguel", "Mike", "Mikhail",
    "Mikheil", "Miklos", "Miles", "Milo", "Milorad", "Mircea", "Mishal", "Mitch", "Mitt",
    "Moammar", "Modibo", "Mohamad", "Mohamed", "Mohammad", "Mohammed", "Mohsen", "Mojtaba",
    "Moqtada", "Morteza", "Moshe", "Mostafa", "Mousa", "Moussa", "Muammar", "Muhammad",
    "Muhammadu", "Muhammed", "Muhyiddin", "Mukesh", "Muqrin", "Muqtada", "Murat", "Musa",
    "Mustafa", "Mwai", "Mykola", "Myung-bak", "Nabih", "Nabil", "Naftali", "Naim", "Najib", "Nana",
    "Naoto", "Narendra", "Naruhito", "Nasser", "Nathan", "Nawaf", "Nawaz", "Nayef", "Nayib",
    "Nechirvan", "Neil", "Nelson", "Neville", "Newt", "Nicholas", "Nick", "Nicola", "Nicolai",
    "Nicolas", "Nicolás", "Nidal", "Nigel", "Nikita", "Nikol", "Nikolai", "Nikolay", "Nikos",
    "Nitin", "Nizar", "Noah", "Nobuo", "Norbert", "Norman", "Nouri", "Numan", "Nuno", "Nuri",
    "Nursultan", "Olaf", "Oleg", "Oleksandr", "Oleksiy", "Oliver", "Olivier", "Ollanta",
    "Olusegun", "Oluwaseun", "Omar", "Orhan", "Oriol", "Osama", "Oscar", "Otto", "Ousmane", "Owen",
    "Ozgur", "Pablo", "Paolo", "Pascal", "Patrice", "Patrick", "Paul", "Paulo", "Pavel", "Pedro",
    "Pekka", "Pervez", "Pete", "Peter", "Petr", "Petro", "Phil", "Philip", "Philipp", "Philippe",
    "Pier", "Pierre", "Pietro", "Piotr", "Piyush", "Prabowo", "Prakash", "Prayut", "Prayuth",
    "Pyotr", "Qaboos", "Qais", "Qamar", "Qasem", "Qassem", "Qiang", "Qishan", "Quim", "Qusay",
    "Radovan", "Radu", "Rafael", "Rafik", "Raheel", "Rahim", "Rahul", "Raila", "Raj", "Rajesh",
    "Rajnath", "Rakesh", "Ralf", "Ralph", "Ramesh", "Rami", "Ramon", "Ramzan", "Ramón", "Rand",
    "Randy", "Raphael", "Rashid", "Ratan", "Ratko", "Raul", "Ravi", "Ray", "Raymond", "Raúl",
    "Recep", "Reince", "Rene", "René", "Reuven", "Rex", "Reza", "Riad", "Ricardo", "Riccardo",
    "Richard", "Rick", "Riek", "Rifaat", "Rishi", "Riyad", "Rob", "Robert", "Roberto", "Robin",
    "Rodrigo", "Roger", "Roland", "Romano", "Ron", "Ronald", "Rory", "Ross", "Rudolf", "Rudolph",
    "Rudy", "Ruhollah", "Rui", "Rupert", "Ruslan", "Russell", "Ryan", "Saad", "Sachin", "Saddam",
    "Sadiq", "Saeb", "Saeed", "Saif", "Sajid", "Salah", "Salam", "Saleh", "Sali", "Salman",
    "Salva", "Salvador", "Salvatore", "Sam", "Sameh", "Sami", "Samir", "Samora", "Samuel", "Samy",
    "Sandor", "Sanjay", "Sanjeev", "Sasha", "Satoshi", "Satya", "Saud", "Scott", "Sean",
    "Sebastian", "Sebastien", "Sebastián", "Selahattin", "Sergei", "Sergey", "Sergio", "Serhiy",
    "Serzh", "Seth", "Shahid", "Shane", "Sharif", "Shashi", "Shaun", "Shavkat", "Shehbaz",
    "Sheldon", "Shigeru", "Shimon", "Shinji", "Shinzo", "Shlomo", "Shohei", "Shui-bian", "Sigmar",
    "Silvio", "Simon", "Sirajuddin", "Slobodan", "Srettha", "Staffan", "Stanislav", "Stefan",
    "Stefano", "Steffen", "Stephan", "Stephane", "Stephen", "Steve", "Steven", "Stuart",
    "Stéphane", "Subrahmanyam", "Suhail", "Suk-yeol", "Suleiman", "Suleyman", "Sundar", "Sunder",
    "Sunil", "Susilo", "Sven", "Sébastien", "Süleyman", "Tabaré", "Taha", "Takashi", "Takeshi",
    "Talal", "Tamas", "Tamim", "Tammam", "Tareq", "Tariq", "Taro", "Tayyip", "Ted", "Teng-hui",
    "Teodoro", "Terry", "Thabo", "Thaksin", "Theo", "Theodore", "Thierry", "Thilo", "Thomas",
    "Tiago", "Tim", "Timothy", "Timur", "Tobias", "Todd", "Tom", "Tomas", "Tomasz", "Tomislav",
    "Tommaso", "Tommy", "Toni", "Tony", "Toshimitsu", "Toshiro", "Travis", "Trygve", "Tucker",
    "Turki", "Tyler", "Uday", "Uhuru", "Uli", "Ulrich", "Umar", "Umberto", "Uri", "Usama", "Uwe",
    "Vadim", "Valentin", "Valery", "Valéry", "Vasco", "Vasily", "Vicente", "Victor", "Vijay",
    "Vikram", "Viktor", "Vince", "Vincent", "Vincenzo", "Vinod", "Virat", "Vitali", "Vitaliy",
    "Vitaly", "Vivek", "Vlad", "Vladimir", "Vladislav", "Vojislav", "Volker", "Volodymyr",
    "Vyacheslav", "Wael", "Waleed", "Walid", "Walter", "Wayne", "Weiguo", "Werner", "Wes",
    "Wilhelm", "William", "Willie", "Winston", "Wladimir", "Wolfgang", "Woodrow", "Wopke", "Xabi",
    "Xavi", "Xavier", "Xiaoping", "Xilai", "Yaakov", "Yahya", "Yair", "Yanis", "Yannick", "Yasin",
    "Yasser", "Yassin", "Yaya", "Yevgeny", "Yiming", "Ying-jeou", "Yitzhak", "Yoav", "Yoshihide",
    "Yoshihiko", "Yossi", "Yousaf", "Yousef", "Youssef", "Yoweri", "Yukio", "Yuri", "Yusuf",
    "Yuval", "Yves", "Zabihullah", "Zach", "Zachary", "Zaid", "Zalmay", "Zayed", "Zbigniew",
    "Zedong", "Zeev", "Zeid", "Zemin", "Zinedine", "Zoltan", "Zoran", "Zulfikar", "Álvaro",
    "Édouard", "Éric", "Íñigo", "Özgür",
];

/// Common female given names seen in international news (many cultures and transliterations).
/// A genuinely unisex name may also appear in [`MALE_FIRST_NAMES`].
#[rustfmt::skip]
pub(crate) static FEMALE_FIRST_NAMES: &[&str] = &[
    "Abigail", "Ada", "Adele", "Adriana", "Agnes", "Agnieszka", "Agnès", "Aiko", "Aisha", "Aishah",
    "Akie", "Alejandra", "Alessandra", "Alexandra", "Alexis", "Alice", "Alicia", "Alina", "Alison",
    "Alla", "Allison", "Alma", "Amanda", "Amber", "Amelia", "Amina", "Aminah", "Amira", "Amy",
    "Ana", "Anastasia", "Andrea", "Andreea", "Angela", "Angelina", "Angelique", "Anita", "Anna",
    "Annalena", "Anne", "Anne-Marie", "Annette", "Annie", "Annika", "Antonia", "Arancha", "Ariana",
    "Arlene", "Asma", "Astrid", "Ayanna", "Ayelet", "Ayesha", "Aylin", "Aziza", "Barbara", "Beata",
    "Beatrice", "Beatriz", "Benazir", "Bernadette", "Beth", "Bethany", "Betsy", "Betty", "Beverly",
    "Beyonce", "Beyoncé", "Bianca", "Bilquis", "Birgit", "Bouthaina", "Brenda", "Bridget",
    "Brigitte", "Bushra", "Buthaina", "Camila", "Camilla", "Carla", "Carmen", "Carol", "Carole",
    "Caroline", "Carolyn", "Catherine", "Cathy", "Cecilia", "Celine", "Charlotte", "Cheryl",
    "Chiara", "Chimamanda", "Chloe", "Christiane", "Christina", "Christine", "Chrystia",
    "Chunying", "Cindy", "Claire", "Clara", "Claudia", "Colette", "Condoleezza", "Connie",
    "Corazon", "Corina", "Cristina", "Cynthia", "Céline", "Dalia", "Dana", "Daniela", "Danielle",
    "Danuta", "Daphne", "Daria", "Darya", "Debbie", "Deborah", "Delcy", "Denise", "Diana", "Diane",
    "Dianne", "Dilma", "Dina", "Dolores", "Dominique", "Donna", "Doris", "Dorothy", "Ecaterina",
    "Edith", "Ekaterina", "Eleanor", "Elena", "Elif", "Elisa", "Elisabeth", "Elise", "Eliza",
    "Elizabeth", "Ella", "Ellen", "Ellie", "Elly", "Elsa", "Elvira", "Emilia", "Emily", "Emine",
    "Emma", "Erica", "Erin", "Erna", "Erzsebet", "Esther", "Eugenia", "Eugenie", "Eva", "Evelyn",
    "Evgenia", "Evita", "Ewa", "Faezeh", "Fairuz", "Farah", "Fatemeh", "Fatima", "Fatma", "Fatou",
    "Federica", "Fiona", "Flavia", "Folake", "Frances", "Francesca", "Francoise", "Franziska",
    "Françoise", "Frederica", "Frida", "Funmilayo", "Gabriela", "Gabrielle", "Gail", "Galina",
    "Geraldine", "Geun-hye", "Gila", "Gina", "Giorgia", "Giovanna", "Gisele", "Gladys", "Gloria",
    "Golda", "Graca", "Grace", "Graça", "Greta", "Gretchen", "Gwen", "Gwyneth", "Hadia", "Hala",
    "Halima", "Hana", "Hanan", "Hanna", "Hannah", "Harriet", "Hasina", "Heather", "Heba", "Heidi",
    "Helen", "Helena", "Helene", "Helga", "Helle", "Hila", "Hilary", "Hillary", "Hind", "Hiroko",
    "Hoda", "Hsiao-khim", "Huda", "Hélène", "Ilaria", "Ildiko", "Ilhan", "Ilona", "Imelda",
    "Indira", "Ines", "Inga", "Ingrid", "Ingrida", "Inês", "Ioana", "Irena", "Irene", "Irina",
    "Iris", "Iryna", "Isabel", "Isabella", "Isabelle", "Ivana", "Ivanka", "Jacinda", "Jackie",
    "Jacqueline", "Jade", "Jan", "Jane", "Janet", "Janice", "Jasmine", "Jayalalithaa", "Jean",
    "Jeanne", "Jen", "Jennifer", "Jenny", "Jessica", "Jihan", "Jill", "Joan", "Joanna", "Joanne",
    "Jodie", "Johanna", "Josephine", "Joyce", "Judit", "Judith", "Judy", "Julia", "Julie",
    "Juliet", "Julieta", "Justine", "Kaja", "Kamala", "Karin", "Karina", "Karine", "Katarina",
    "Kate", "Kateryna", "Katharina", "Katherine", "Kathleen", "Kathryn", "Kathy", "Katie",
    "Katrin", "Katya", "Kay", "Kayla", "Keiko", "Kelly", "Kemi", "Khadija", "Khaleda", "Kirsten",
    "Kirstjen", "Kristalina", "Kristen", "Kristi", "Kristin", "Kristina", "Krisztina", "Ksenia",
    "Kyrsten", "Kyung-wha", "Laila", "Lara", "Laura", "Lauren", "Laurie", "Layla", "Leila", "Lena",
    "Leni", "Leonor", "Leticia", "Letizia", "Leyla", "Leymah", "Liliana", "Lilly", "Lily", "Limor",
    "Lina", "Linda", "Lindiwe", "Lindsay", "Lindsey", "Lisa", "Liz", "Liza", "Lorena", "Lorraine",
    "Louise", "Lucia", "Lucy", "Ludmila", "Luisa", "Lydia", "Lyudmila", "Madeleine", "Magda",
    "Magdalena", "Maggie", "Mahsa", "Maia", "Mairead", "Maja", "Makiko", "Mako", "Malala",
    "Mamata", "Manal", "Mara", "Margaret", "Margarita", "Margot", "Margrethe", "Maria", "Mariam",
    "Marian", "Mariana", "Marie", "Marielle", "Marina", "Marion", "Marisa", "Marissa", "Marjorie",
    "Marta", "Martha", "Martina", "Martine", "Mary", "Maryam", "Marzieh", "María", "Masako",
    "Masih", "Matilda", "Maxine", "Maya", "Mayawati", "Mazie", "Megan", "Megawati", "Meghan",
    "Melania", "Melanie", "Melinda", "Melissa", "Merav", "Meryl", "Mette", "Mia", "Michaela",
    "Michal", "Michele", "Michelle", "Mikaela", "Mila", "Mildred", "Miri", "Miriam", "Mona",
    "Monica", "Monika", "Muna", "Muriel", "Myriam", "Nada", "Nadezhda", "Nadia", "Nadine", "Najat",
    "Najla", "Naledi", "Nana", "Nancy", "Naomi", "Narges", "Nasrin", "Natalia", "Natalie",
    "Natalya", "Natasha", "Nathalie", "Nawal", "Ngozi", "Nicola", "Nicole", "Nikki", "Nina",
    "Nirmala", "Nisreen", "Nkosazana", "Noa", "Noor", "Nora", "Norah", "Nour", "Nurul", "Oksana",
    "Olena", "Olga", "Olivia", "Oprah", "Orit", "Orly", "Ornella", "Paetongtarn", "Paola",
    "Patricia", "Paula", "Pauline", "Penelope", "Penny", "Petra", "Philippa", "Pia", "Pilar",
    "Polina", "Priscilla", "Priti", "Priyanka", "Rachel", "Rachida", "Rafaela", "Raisa", "Rana",
    "Rania", "Rasha", "Rashida", "Razan", "Rebecca", "Rebekah", "Renata", "Renee", "Rima", "Rita",
    "Roberta", "Robin", "Rosa", "Rosalind", "Rosemary", "Roxana", "Ruqaya", "Ruth", "Sabine",
    "Sabrina", "Sadia", "Sahar", "Sahle-Work", "Sakineh", "Salma", "Salome", "Samantha", "Samia",
    "Samira", "Sana", "Sanae", "Sandra", "Sanna", "Sara", "Sarah", "Sasha", "Segolene", "Selina",
    "Serena", "Sevim", "Shakira", "Shannon", "Sheila", "Shira", "Shirin", "Shirley", "Shulamit",
    "Silvia", "Simona", "Simone", "Smriti", "Sonia", "Sophia", "Sophie", "Souad", "Stacey",
    "Stella", "Stephanie", "Suella", "Suha", "Suhair", "Susan", "Susanne", "Sushma", "Suzanne",
    "Svetlana", "Sylvia", "Sylvie", "Ségolène", "Tahmineh", "Tamar", "Tamara", "Tammy", "Tanya",
    "Tarja", "Tarsila", "Tatiana", "Tatyana", "Teresa", "Theresa", "Thuli", "Tiffany", "Tina",
    "Toni", "Tracy", "Tulsi", "Tzipi", "Ulrike", "Ursula", "Valentina", "Valerie", "Valérie",
    "Vanessa", "Vera", "Veronica", "Veronika", "Victoria", "Vigdis", "Viktoria", "Viktoriya",
    "Viola", "Violeta", "Vivian", "Wangari", "Wendy", "Whitney", "Widad", "Wilhelmina", "Winnie",
    "Ximena", "Xiomara", "Yael", "Yara", "Yasmin", "Yasmine", "Yekaterina", "Yelena", "Ying-wen",
    "Yingluck", "Yo-jong", "Yoko", "Yulia", "Yumiko", "Yuriko", "Yvette", "Yvonne", "Zahra",
    "Zainab", "Zara", "Zaynab", "Zeynep", "Zoe", "Zoya", "Zsuzsanna", "Zuzana",
];

/// Capitalized titles and abbreviations (without a trailing period) that precede a
/// person's name, including words that occur inside titles ("Foreign" in "Foreign Minister").
#[rustfmt::skip]
pub(crate) static PERSON_TITLES: &[&str] = &[
    "Acting", "Adm", "Admiral", "Agriculture", "Alderman", "Ambassador", "Archbishop",
    "Assemblyman", "Assemblymember", "Assemblywoman", "Attorney", "Ayatollah", "Baron", "Baroness",
    "Barrister", "Bishop", "Brig", "Brigadier", "CEO", "Capt", "Captain", "Cardinal", "Cdr",
    "Chairman", "Chairperson", "Chairwoman", "Chancellor", "Chief", "Cleric", "Cmdr", "Coach",
    "Col", "Colonel", "Commandant", "Commander", "Commerce", "Commissioner", "Commodore",
    "Comptroller", "Congressman", "Congresswoman", "Constable", "Corporal", "Councillor",
    "Councilman", "Councilwoman", "Count", "Countess", "Cpl", "Crown", "Culture", "Czar", "Dame",
    "Deacon", "Defence", "Defense", "Delegate", "Deputy", "Det", "Detective", "Director", "Doctor",
    "Dona", "Dr", "Duchess", "Duke", "Earl", "Economy", "Education", "Emir", "Emperor", "Empress",
    "Energy", "Ensign", "Environment", "Envoy", "Excellency", "Field", "Finance", "Foreign",
    "Frau", "Gen", "General", "Gov", "Governor", "Grand", "Haji", "Hajj", "Health", "Herr",
    "Highness", "Home", "Homeland", "Hon", "Honorable", "Honourable", "Housing", "Imam", "Insp",
    "Inspector", "Interior", "Judge", "Justice", "King", "Labor", "Lady", "Lawmaker", "Leader",
    "Legislator", "Lieutenant", "Lieutenant-General", "Lord", "Lt", "Lt-Gen", "MEP", "MP",
    "Magistrate", "Maj", "Maj-Gen", "Majesty", "Major-General", "Marshal", "Mayor", "Minister",
    "Minister-President", "Miss", "Mlle", "Mme", "Monsignor", "Mr", "Mrs", "Ms", "Mufti", "Mullah",
    "Mx", "Officer", "Ombudsman", "Pastor", "Patriarch", "Pope", "Premier", "President", "Prime",
    "Prince", "Princess", "Prof", "Professor", "Prosecutor", "Provost", "Pte", "Pvt", "Queen",
    "Rabbi", "Rector", "Registrar", "Rep", "Representative", "Rev", "Reverend", "Rt", "Sayed",
    "Sayyed", "Secretary", "Secretary-General", "Sen", "Senator", "Senor", "Senora", "Sergeant",
    "Señor", "Señora", "Sgt", "Sheik", "Sheikh", "Sheikha", "Sheriff", "Signor", "Signora", "Sir",
    "Solicitor", "Speaker", "Spokesman", "Spokesperson", "Spokeswoman", "State", "Sultan",
    "Superintendent", "Supt", "Tanaiste", "Taoiseach", "Trade", "Transport", "Treasurer",
    "Treasury", "Tsar", "Under-Secretary", "Undersecretary", "Vice", "Vice-Chancellor",
    "Vice-President", "Viscount", "Warden",
];

/// Last words that mark an organization name ("... Party", "... Inc", "... Ministry").
#[rustfmt::skip]
pub(crate) static ORG_SUFFIXES: &[&str] = &[
    "AB", "AG", "ASA", "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance",
    "Army", "Assembly", "Associates", "Association", "Assurance", "Authority", "BV", "Bancorp",
    "Bancshares", "Bank", "Battalion", "Board", "Brands", "Brigade", "Brigades", "Broadcasting",
    "Bros", "Brotherhood", "Bulletin", "Bureau", "Cabinet", "Cartel", "Caucus", "Center", "Centre",
    "Chamber", "Charity", "Chronicle", "Church", "Clinic", "Club", "Co", "Coalition", "College",
    "Command", "Commissariat", "Commission", "Committee", "Communications", "Company",
    "Confederation", "Congress", "Conservatory", "Consortium", "Constabulary", "Consulting",
    "Corp", "Corporation", "Corps", "Council", "Courier", "Court", "Department", "Directorate",
    "Division", "Enterprises", "Entertainment", "Exchange", "Express", "Federation", "Force",
    "Forces", "Foundation", "Front", "Fund", "Gazette", "GmbH", "Government", "Group", "Guard",
    "Guardian", "Guards", "Guild", "Herald", "Holdings", "Hospital", "Inc", "Incorporated",
    "Industries", "Initiative", "Inspectorate", "Institute", "Institution", "Insurance",
    "International", "Investments", "Journal", "Junta", "LLC", "LLP", "LP", "Laboratories",
    "Laboratory", "Labs", "League", "Limited", "Ltd", "Magazine", "Media", "Militia", "Militias",
    "Ministry", "Mirror", "Mission", "Monitor", "Motors", "Movement", "NV", "Navy", "Network",
    "News", "Observatory", "Observer", "Office", "Organisation", "Organization", "PLC",
    "Parliament", "Partners", "Party", "Petroleum", "Pharma", "Pharmaceuticals", "Pictures", "Plc",
    "Police", "Polytechnic", "Post", "Press", "Program", "Programme", "Project", "Publishers",
    "Publishing", "Radio", "Railroad", "Railway", "Railways", "Records", "Regiment", "Reserve",
    "SA", "School", "Secretariat", "Seminary", "Senate", "Service", "Services", "Sisterhood",
    "Society", "Solutions", "SpA", "Studios", "Syndicate", "Systems", "TV", "Technologies",
    "Technology", "Telecom", "Telegraph", "Television", "Times", "Treasury", "Tribunal", "Tribune",
    "Trust", "Union", "Unions", "University", "Ventures", "Worldwide", "plc",
];

/// First words that mark an organization name ("Ministry of Defence", "Bank of England").
#[rustfmt::skip]
pub(crate) static ORG_HEADS: &[&str] = &[
    "Academy", "Agency", "Association", "Bank", "Board", "Bureau", "Church", "College",
    "Commission", "Committee", "Consulate", "Council", "Court", "Department", "Embassy",
    "Federation", "Institute", "League", "Ministry", "Office", "Organisation", "Organization",
    "Union", "University",
];

/// Well-known organizations, parties, institutions, companies, media outlets and acronyms.
#[rustfmt::skip]
pub(crate) static KNOWN_ORGS: &[&str] = &[
    "ABC News", "ACLU", "AFP", "AKP", "AMD", "ANC", "AP", "APEC", "AQAP", "AQIM", "ASEAN", "ASML",
    "AT&T", "ATF", "Adidas", "Adobe", "Aeroflot", "AfD", "African National Congress",
    "African Union", "Agence France Presse", "Agence France-Presse", "Ahrar al-Sham", "Air Force",
    "Air France", "Airbnb", "Airbus", "Al Arabiya", "Al Jazeera", "Al Qaeda", "Al Qaida",
    "Al-Ahram", "Al-Arabiya", "Al-Jazeera", "Al-Nusra Front", "Al-Qaeda", "Al-Qaida", "Al-Shabaab",
    "Al-Shabab", "Alibaba", "Alphabet", "Alternative for Germany", "Amal Movement", "Amazon",
    "American Airlines", "American Express", "Amnesty International", "Anadolu", "Anadolu Agency",
    "Ansar Allah", "Apple", "Arab League", "Aramco", "Arsenal", "Asharq Al-Awsat",
    "Associated Press", "AstraZeneca", "Atlantic Council", "Audi", "Axios", "Azov Battalion",
    "BAE Systems", "BASF", "BBC", "BJP", "BMW", "BNP Paribas", "BP", "BRICS", "Ba'ath Party",
    "Baath Party", "Baidu", "Bank of America", "Bank of England", "Bank of Japan", "Barclays",
    "Basij", "Bayer", "Bayern Munich", "Bellingcat", "Berkshire Hathaway",
    "Bharatiya Janata Party", "Bild", "BioNTech", "Black Lives Matter", "BlackRock", "Bloomberg",
    "Boeing", "Boko Haram", "Boston Globe", "Breitbart", "Brexit Party", "British Airways",
    "British Army", "Brookings Institution", "Bundesbank", "Bundesliga", "Bundesrat", "Bundestag",
    "Bundeswehr", "BuzzFeed", "ByteDance", "CARE International", "CBS", "CCP", "CCTV", "CDC",
    "CDU", "CGTN", "CHP", "CIA", "CNN", "CNPC", "CPC", "CPJ", "CSTO", "CSU",
    "Cambridge University", "Caritas", "Carnegie Endowment", "Central Bank", "Central Committee",
    "Champions League", "Channel 4", "Chatham House", "Chelsea", "Chevron", "Chicago Tribune",
    "Chinese Communist Party", "Chrysler", "Cisco", "Citibank", "Citigroup", "Coast Guard",
    "Coca-Cola", "Columbia University", "Comcast", "Committee to Protect Journalists",
    "Commonwealth", "Communist Party", "Congress", "Congress Party", "Conservative Party",
    "Corriere della Sera", "Costco", "Council of Europe", "Council on Foreign Relations",
    "Court of Appeal", "Credit Suisse", "DEA", "DHL", "DHS", "DNC", "DOD", "DOJ", "DPP", "DUP",
    "DW", "Daesh", "Daily Mail", "Daily Telegraph", "Daimler", "Daish", "Defence Ministry",
    "Defense Department", "Defense Ministry", "Dell", "Delta Air Lines", "Democratic Party",
    "Democratic Progressive Party", "Der Spiegel", "Deutsche Bank", "Deutsche Telekom",
    "Deutsche Welle", "Die Zeit", "Disney", "Doctors Without Borders", "Dow Jones",
    "Downing Street", "Duma", "E.U.", "ECB", "ECOWAS", "ELN", "EPA", "ETA", "EU", "El Pais",
    "El País", "Elysee", "Elysee Palace", "En Marche", "Ericsson", "Etihad", "Eurogroup",
    "Euronews", "European Central Bank", "European Commission", "European Council",
    "European Court of Human Rights", "European Court of Justice", "European Parliament",
    "European Union", "Europol", "Eurostat", "Extinction Rebellion", "Exxon", "Exxon Mobil",
    "ExxonMobil", "FAO", "FARC", "FBI", "FCC", "FDA", "FDP", "FEMA", "FIFA", "FSA", "FSB", "FT",
    "FTC", "Facebook", "Fars", "Fatah", "Fed", "FedEx", "Federal Reserve", "Federation Council",
    "Ferrari", "Fianna Fail", "Fiat", "Fidesz", "Finance Ministry", "Financial Times", "Fine Gael",
    "Fitch", "Five Star Movement", "Foggy Bottom", "Forbes", "Ford Motor", "Foreign Ministry",
    "Foreign Office", "Forza Italia", "Fox News", "France 24", "Frankfurter Allgemeine Zeitung",
    "Free Democrats", "Free Syrian Army", "Front National", "Frontex", "G-20", "G-7", "G20", "G7",
    "G8", "GCC", "GCHQ", "GE", "GM", "GOP", "GRU", "GSK", "Gallup", "Gazprom", "General Assembly",
    "General Dynamics", "General Electric", "General Motors", "GlaxoSmithKline", "Global Times",
    "Goldman Sachs", "Google", "Greenpeace", "Gulf Cooperation Council", "H&M", "HDP", "HP", "HRW",
    "HSBC", "HTS", "Haaretz", "Hamas", "Haqqani Network", "Harvard", "Harvard University",
    "Hashd al-Shaabi", "Hayat Tahrir al-Sham", "Health Ministry", "Heritage Foundation",
    "Hewlett-Packard", "Hezbollah", "High Court", "High Negotiations Committee", "Hitachi",
    "Hizballah", "Hizbollah", "Home Office", "Honda", "House of Commons", "House of Lords",
    "House of Representatives", "Huawei", "HuffPost", "Huffington Post", "Human Rights Council",
    "Human Rights First", "Human Rights Watch", "Hyundai", "IAEA", "IBM", "ICC", "ICE", "ICJ",
    "ICRC", "IDF", "IFRC", "IKEA", "ILO", "IMF", "IOC", "IOM", "IRA", "IRC", "IRGC", "IRNA", "IRS",
    "ISIL", "ISIS", "ITV", "Ikea", "Indian National Congress", "Instagram", "Intel", "Interfax",
    "Interior Ministry", "International Atomic Energy Agency",
    "International Committee of the Red Cross", "International Court of Justice",
    "International Criminal Court", "International Crisis Group", "International Monetary Fund",
    "International Olympic Committee", "International Organization for Migration",
    "International Rescue Committee", "Interpol", "Ipsos", "Islamic Jihad", "Islamic Relief",
    "Islamic Revolutionary Guard Corps", "Islamic State", "Israel Defense Forces", "JP Morgan",
    "JPMorgan", "JPMorgan Chase", "Jabhat Fateh al-Sham", "Jabhat al-Nusra", "Jaish al-Fatah",
    "Jaish al-Islam", "Jaish-e-Mohammed", "Jerusalem Post", "Johnson & Johnson",
    "Justice Department", "Justice Ministry", "Justice and Development Party", "Juventus", "KCNA",
    "KDP", "KGB", "KLM", "KMT", "Kataib Hezbollah", "Kia", "Knesset", "Kremlin", "Kuomintang",
    "Kurdistan Workers' Party", "Kyodo", "LDP", "LG", "La Liga", "La Repubblica",
    "La Republique En Marche", "Labour", "Labour Party", "Lashkar-e-Taiba", "Le Figaro",
    "Le Monde", "League of Arab States", "Lega", "Lenovo", "Les Republicains", "Lib Dems",
    "Liberal Democratic Party", "Liberal Democrats", "Likud", "LinkedIn", "Lloyds",
    "Lockheed Martin", "Los Angeles Times", "Lufthansa", "Lukoil", "Lyft", "MHP", "MI5", "MI6",
    "MIT", "MLB", "MSF", "MSNBC", "Maersk", "Majlis", "Manchester City", "Manchester United",
    "Marine Corps", "Mastercard", "McDonald's", "Medecins Sans Frontieres", "Mercedes",
    "Mercedes-Benz", "Merck", "Mercosur", "Mercy Corps", "Met Police", "Meta",
    "Metropolitan Police", "Microsoft", "Ministry of Defence", "Moderna", "Moody's",
    "Morgan Stanley", "Mossad", "Muslim Brotherhood", "Médecins Sans Frontières", "NAACP", "NAFTA",
    "NASA", "NATO", "NBA", "NBC", "NFL", "NHK", "NHL", "NOAA", "NPR", "NRA", "NSA", "NYSE",
    "Nasdaq", "National Front", "National Guard", "National People's Congress", "National Rally",
    "Nato", "Nestle", "Nestlé", "Netflix", "New York Stock Exchange", "New York Times", "Newsweek",
    "Nike", "Nintendo", "Nissan", "Nobel Committee", "Nokia", "Northern League",
    "Northrop Grumman", "Norwegian Refugee Council", "Novartis", "Nusra Front", "Nvidia", "OCHA",
    "OECD", "OHCHR", "OIC", "OPCW", "OPEC", "OPEC+", "OSCE", "OpenAI", "Oracle",
    "Organisation for the Prohibition of Chemical Weapons", "Organisation of Islamic Cooperation",
    "Oxfam", "Oxford University", "PBS", "PKK", "PLA", "PLO", "PMF", "PSG", "PSOE", "PUK", "PYD",
    "Palestine Liberation Organization", "Palestinian Authority", "Palestinian Islamic Jihad",
    "Panasonic", "Paramount", "Paris Saint-Germain", "Parliament", "PayPal", "Pentagon",
    "People's Bank of China", "People's Daily", "People's Liberation Army", "Pepsi", "PepsiCo",
    "PetroChina", "Petrobras", "Peugeot", "Pew Research Center", "Pfizer", "Planned Parenthood",
    "Podemos", "Politburo", "Politico", "Popular Mobilization Forces", "Porsche", "Premier League",
    "Press TV", "Princeton", "Procter & Gamble", "Qatar Airways", "Quai d'Orsay", "Qualcomm",
    "Quds Force", "RAF", "RAND Corporation", "RBS", "RIA Novosti", "RNC", "RSF", "RT",
    "Rand Corporation", "Raytheon", "Real Madrid", "Red Army", "Red Crescent", "Red Cross",
    "Reddit", "Reform UK", "Renault", "Reporters Without Borders", "Republican Party", "Reuters",
    "Revolutionary Guards", "Roche", "Rolls-Royce", "Rosneft", "Royal Air Force",
    "Royal Dutch Shell", "Royal Navy", "Russia Today", "Ryanair", "S&P", "SADC", "SANA", "SAP",
    "SCO", "SDF", "SEC", "SNP", "SPD", "SVR", "Salesforce", "Samsung", "Sanofi", "Santander",
    "Saudi Aramco", "Save the Children", "Scotland Yard", "Scottish National Party",
    "Secret Service", "Security Council", "Senate", "Serie A", "Shanghai Cooperation Organisation",
    "Shin Bet", "Siemens", "Sinn Fein", "Sinn Féin", "Sinopec", "Sky News", "Snapchat",
    "Societe Generale", "SoftBank", "Sony", "Sorbonne", "SpaceX", "Spiegel", "Spotify", "Sputnik",
    "Standard & Poor's", "Stanford", "Starbucks", "State Department", "State Duma", "Stellantis",
    "Stock Exchange", "Supreme Court", "Syria Civil Defence", "Syrian Arab Red Crescent",
    "Syrian Democratic Forces", "Syrian National Coalition", "Syrian National Council",
    "Syrian Observatory for Human Rights", "Syriza", "TASS", "TSA", "TSMC", "Taliban", "Tasnim",
    "Tass", "Telefonica", "Tencent", "Tesla", "The Economist", "The Guardian", "The Independent",
    "The New York Times", "The Telegraph", "The Times", "The Wall Street Journal",
    "The Washington Post", "TikTok", "Time Warner", "Time magazine", "Times of Israel",
    "Tory Party", "Toshiba", "TotalEnergies", "Tottenham", "Tottenham Hotspur", "Toyota",
    "Transparency International", "Treasury Department", "Turkish Airlines", "Twitter", "U.N.",
    "U.S. Army", "U.S. Navy", "UBS", "UEFA", "UKIP", "UN", "UN General Assembly",
    "UN Human Rights Council", "UN Security Council", "UNDP", "UNEP", "UNESCO", "UNFPA", "UNHCR",
    "UNICEF", "UNRWA", "UPS", "US Air Force", "US Army", "US Navy", "USA Today", "USMCA", "Uber",
    "Unilever", "United Airlines", "United Nations", "United Russia", "VW", "Verizon", "Vice News",
    "Vodafone", "Volkswagen", "Volvo", "Vox", "WADA", "WFP", "WHO", "WSJ", "WTO", "WWF",
    "Wagner Group", "Wall Street Journal", "Walmart", "Walt Disney", "Warner Bros",
    "Washington Post", "Wells Fargo", "WhatsApp", "White Helmets", "White House", "WikiLeaks",
    "Wikileaks", "Wikipedia", "World Anti-Doping Agency", "World Bank", "World Food Programme",
    "World Health Organisation", "World Health Organization", "World Trade Organization",
    "World Vision", "Xiaomi", "Xinhua", "YPG", "YPJ", "Yahoo", "Yale", "Yonhap", "YouGov",
    "YouTube", "ZTE", "Zanu-PF", "al-Nusra Front", "al-Qaeda", "al-Qaida", "al-Shabab", "eBay",
    "easyJet", "Élysée",
];

/// Lowercase function words, discourse words and common sentence-initial words that are
/// not names even when capitalized (sentence starts, headlines). All entries are lowercase.
#[rustfmt::skip]
pub(crate) static NOT_NAMES: &[&str] = &[
    "a", "about", "above", "abroad", "according", "accordingly", "across", "activists", "added",
    "adding", "additionally", "admittedly", "after", "afterward", "afterwards", "again", "against",
    "ah", "ahead", "airstrikes", "alas", "all", "allegedly", "almost", "along", "alongside",
    "already", "also", "alternatively", "although", "always", "am", "amid", "amidst", "among",
    "an", "analysts", "and", "announced", "another", "any", "anybody", "anyone", "anything",
    "anytime", "anyway", "anywhere", "apart", "apparently", "approximately", "are", "aren't",
    "arguably", "around", "as", "aside", "asked", "at", "attacks", "authorities", "away", "back",
    "banks", "barely", "basically", "be", "because", "been", "before", "beforehand", "behind",
    "being", "believed", "below", "beside", "besides", "between", "beyond", "billion", "billions",
    "born", "both", "but", "by", "calling", "can", "can't", "cannot", "certain", "certainly",
    "children", "citing", "citizens", "civilians", "claimed", "clashes", "clearly", "commuters",
    "companies", "completely", "concerning", "confirmed", "consequently", "considering",
    "conversely", "could", "couldn't", "crews", "critics", "currently", "customers", "dare",
    "demand", "demonstrators", "denied", "despite", "did", "didn't", "diplomats", "do", "doctors", "does",
    "doesn't", "doing", "don't", "done", "down", "dozen", "dozens", "drivers", "during", "each",
    "earlier", "economists", "eight", "eighteen", "eighth", "eighty", "either", "elections",
    "eleven", "else", "elsewhere", "engineers", "enough", "entirely", "especially", "essentially",
    "even", "eventually", "ever", "every", "everybody", "everyone", "everything", "everywhere",
    "evidently", "except", "excluding", "experts", "explained", "families", "farmers", "few",
    "fewer", "fifteen", "fifth", "fifty", "fighters", "fighting", "final", "finally",
    "firefighters", "first", "firstly", "five", "flights", "following", "for", "forecasters", "fortunately",
    "forty", "forward", "four", "fourteen", "fourth", "frankly", "fri", "from", "fully", "furthermore",
    "generally", "given", "government", "had", "hadn't", "half", "hardly", "has", "hasn't", "have",
    "haven't", "having", "he", "he's", "hello", "hence", "her", "here", "here's", "hers",
    "herself", "hey", "hi", "him", "himself", "his", "history", "home", "homeowners", "honestly", "hopefully",
    "how", "how's", "however", "hundred", "hundreds", "i", "i'd", "i'll", "i'm", "i've", "if",
    "immediately", "importantly", "in", "including", "indeed", "initially", "inside", "insisted",
    "instead", "insurgents", "interestingly", "into", "investigators", "investors", "ironically",
    "is", "isn't", "it", "it's", "its", "itself", "journalists", "just", "landlords", "largely",
    "last", "lastly", "lately", "later", "lawmakers", "leaders", "least", "legislators", "less",
    "lest", "let", "let's", "lets", "like", "likewise", "literally", "local", "locals", "luckily",
    "mainly", "many", "markets", "maybe", "me", "meanwhile", "media", "medics", "members", "men",
    "merely", "might", "migrants", "militants", "million", "millions", "mine", "ministers", "mon", "more",
    "moreover", "most", "mostly", "motorists", "much", "must", "mustn't", "my", "myself", "near",
    "nearby", "nearly", "need", "negotiations", "neither", "never", "nevertheless", "next", "nine",
    "nineteen", "ninety", "ninth", "no", "nobody", "none", "nonetheless", "noone", "nor", "not",
    "notably", "noted", "nothing", "noting", "notwithstanding", "now", "nowhere", "nurses",
    "observers", "obviously", "of", "off", "officers", "official", "officials", "often", "oh",
    "ok", "okay", "on", "once", "one", "oneself", "only", "onto", "opponents", "or", "organisers", "organizers", "originally",
    "other", "otherwise", "ought", "our", "ours", "ourselves", "out", "outside", "over", "overall",
    "overnight", "own", "owners", "paramedics", "parents", "particularly", "partly", "passengers",
    "past", "patients", "pending", "people", "perhaps", "please", "plenty", "police", "polls",
    "possibly", "predictably", "presumably", "previous", "previously", "prices", "probably",
    "prosecutors", "protesters", "provided", "pupils", "quite", "rain", "rarely", "rather", "really",
    "rebels", "recently", "refugees", "regarding", "regulators", "relatives", "reported",
    "reportedly", "reporters", "reports", "rescuers", "researchers", "residents", "responding",
    "rival", "rivals",
    "roughly", "sadly", "said", "sales", "same", "saying", "says", "scarcely", "schools", "scientists", "scores",
    "second", "secondly", "seldom", "seriously", "seven", "seventeen", "seventh", "seventy",
    "several", "shall", "shareholders", "shares", "she", "she's", "shoppers", "should",
    "shouldn't", "similarly", "simply", "since", "six", "sixteen", "sixth", "sixty", "snow", "so",
    "soldiers", "some", "somebody", "somehow", "someone", "something", "sometime", "sometimes",
    "somewhat", "somewhere", "soon", "sources", "speaking", "specifically", "staff", "still",
    "stocks", "strikes", "students", "such", "supporters", "supposedly", "sure", "surely",
    "surprisingly", "survivors", "talks", "teachers", "temperatures", "ten", "tenants", "tens", "tenth", "than",
    "thanks", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there",
    "there's", "thereafter", "thereby", "therefore", "therein", "these", "they", "they'd",
    "they'll", "they're", "they've", "third", "thirdly", "thirteen", "thirty", "this", "those",
    "though", "thought", "thousand", "thousands", "three", "through", "throughout", "thu", "thurs", "thus", "till",
    "to", "today", "today's", "together", "told", "tomorrow", "tonight", "too", "toward",
    "towards", "traders", "traffic", "travel", "troops", "tue", "tues", "twelve", "twenty", "two", "typically", "ultimately", "under",
    "underneath", "understandably", "unfortunately", "unless", "unlike", "until", "up", "upon",
    "used", "users", "usually", "various", "versus", "very", "via", "victims", "villagers",
    "violence", "visitors", "volunteers", "voters", "voting", "vs", "warned", "was", "wasn't",
    "we", "we'd", "we'll", "we're", "we've", "wed", "well", "were", "weren't", "what", "what's",
    "whatever", "when", "whenever", "where", "where's", "whereas", "whereby", "wherein",
    "wherever", "whether", "which", "whichever", "while", "whilst", "who", "who's", "whoa",
    "whoever", "whom", "whomever", "whose", "why", "will", "with", "within", "without",
    "witnesses", "women", "won't", "workers", "would", "wouldn't", "wow", "writing", "yes",
    "yesterday", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
    "yourselves", "zero",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check_strictly_sorted(name: &str, list: &[&str]) {
        for pair in list.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{name} is not strictly sorted (byte order, no duplicates): {:?} then {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn lists_are_sorted() {
        let lists: &[(&str, &[&str])] = &[
            ("COUNTRIES", COUNTRIES),
            ("PLACES", PLACES),
            ("GROUPS", GROUPS),
            ("MALE_FIRST_NAMES", MALE_FIRST_NAMES),
            ("FEMALE_FIRST_NAMES", FEMALE_FIRST_NAMES),
            ("PERSON_TITLES", PERSON_TITLES),
            ("ORG_SUFFIXES", ORG_SUFFIXES),
            ("ORG_HEADS", ORG_HEADS),
            ("KNOWN_ORGS", KNOWN_ORGS),
            ("NOT_NAMES", NOT_NAMES),
            ("SOUTHERN_PLACES", SOUTHERN_PLACES),
        ];
        for &(name, list) in lists {
            assert!(!list.is_empty(), "{name} is empty");
            check_strictly_sorted(name, list);
        }
        let alias_keys: Vec<&str> = COUNTRY_ALIASES.iter().map(|&(alias, _)| alias).collect();
        check_strictly_sorted("COUNTRY_ALIASES (keys)", &alias_keys);
    }

    #[test]
    fn not_names_are_lowercase() {
        for &word in NOT_NAMES {
            assert_eq!(word, word.to_lowercase(), "NOT_NAMES entry is not lowercase: {word:?}");
        }
    }

    #[test]
    fn entries_are_trimmed_and_non_empty() {
        let lists: &[&[&str]] = &[
            COUNTRIES,
            PLACES,
            GROUPS,
            MALE_FIRST_NAMES,
            FEMALE_FIRST_NAMES,
            PERSON_TITLES,
            ORG_SUFFIXES,
            ORG_HEADS,
            KNOWN_ORGS,
            NOT_NAMES,
        ];
        for list in lists {
            for &word in list.iter() {
                assert!(!word.is_empty() && word.trim() == word, "bad entry: {word:?}");
                assert!(!word.contains("  "), "double space in entry: {word:?}");
            }
        }
    }

    #[test]
    fn aliases_point_into_countries() {
        for &(alias, canonical) in COUNTRY_ALIASES {
            assert!(contains(COUNTRIES, alias), "alias not in COUNTRIES: {alias:?}");
            assert!(contains(COUNTRIES, canonical), "canonical not in COUNTRIES: {canonical:?}");
            assert!(country_canonical(canonical).is_none(), "canonical is an alias: {canonical:?}");
        }
    }

    #[test]
    fn titles_have_no_trailing_period() {
        for &title in PERSON_TITLES {
            assert!(!title.ends_with('.'), "title with trailing period: {title:?}");
        }
    }

    #[test]
    fn country_canonical_cases() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("dotted US", "U.S.", Some("United States")),
            ("bare US", "US", Some("United States")),
            ("USA", "USA", Some("United States")),
            ("America", "America", Some("United States")),
            ("long US form", "United States of America", Some("United States")),
            ("Britain", "Britain", Some("United Kingdom")),
            ("Great Britain", "Great Britain", Some("United Kingdom")),
            ("dotted UK", "U.K.", Some("United Kingdom")),
            ("Russian Federation", "Russian Federation", Some("Russia")),
            ("Holland", "Holland", Some("Netherlands")),
            ("Czechia", "Czechia", Some("Czech Republic")),
            ("UAE", "UAE", Some("United Arab Emirates")),
            ("DRC", "DRC", Some("Democratic Republic of the Congo")),
            ("Burma", "Burma", Some("Myanmar")),
            ("canonical has no alias", "United States", None),
            ("plain country", "Syria", None),
            ("not a country", "Aleppo", None),
            ("case sensitive", "u.s.", None),
            ("empty", "", None),
        ];
        for &(case, input, want) in cases {
            assert_eq!(country_canonical(input), want, "case {case:?}: input {input:?}");
        }
    }

    #[test]
    fn first_name_gender_cases() {
        let cases: &[(&str, &str, Option<Gender>)] = &[
            ("English female", "Maria", Some(Gender::Female)),
            ("Russian male", "Sergei", Some(Gender::Male)),
            ("Russian male variant", "Sergey", Some(Gender::Male)),
            ("Arabic male", "Mohammed", Some(Gender::Male)),
            ("Arabic male variant", "Muhammad", Some(Gender::Male)),
            ("Syrian male", "Bashar", Some(Gender::Male)),
            ("Swedish male", "Staffan", Some(Gender::Male)),
            ("Turkish male", "Recep", Some(Gender::Male)),
            ("Chinese given name", "Jinping", Some(Gender::Male)),
            ("German female", "Angela", Some(Gender::Female)),
            ("Arabic female", "Fatima", Some(Gender::Female)),
            ("unisex", "Robin", None),
            ("unisex Andrea", "Andrea", None),
            ("unknown", "Zzyzx", None),
            ("month clash left out", "May", None),
            ("word clash left out", "Will", None),
            ("surname not given name", "Xi", None),
            ("lowercase", "maria", None),
        ];
        for &(case, input, want) in cases {
            assert_eq!(first_name_gender(input), want, "case {case:?}: input {input:?}");
        }
    }

    #[test]
    fn is_first_name_cases() {
        let cases: &[(&str, &str, bool)] = &[
            ("male", "Vladimir", true),
            ("female", "Sarah", true),
            ("unisex", "Robin", true),
            ("country", "Syria", false),
            ("title", "President", false),
        ];
        for &(case, input, want) in cases {
            assert_eq!(is_first_name(input), want, "case {case:?}: input {input:?}");
        }
    }

    #[test]
    fn spot_checks() {
        assert!(contains(COUNTRIES, "Afghanistan"));
        assert!(contains(COUNTRIES, "U.S."));
        assert!(contains(PLACES, "Deir ez-Zor"));
        assert!(contains(PLACES, "New York"));
        assert!(contains(PLACES, "Golan Heights"));
        assert!(!contains(PLACES, "Wall Street"));
        assert!(contains(GROUPS, "Alawites"));
        assert!(contains(GROUPS, "Tories"));
        assert!(!contains(GROUPS, "Democratic"));
        assert!(contains(PERSON_TITLES, "Sheikh"));
        assert!(!contains(PERSON_TITLES, "Major"));
        assert!(contains(ORG_SUFFIXES, "Observatory"));
        assert!(contains(ORG_HEADS, "Ministry"));
        assert!(contains(KNOWN_ORGS, "Syrian Observatory for Human Rights"));
        assert!(!contains(KNOWN_ORGS, "Shell"));
        assert!(contains(NOT_NAMES, "however"));
        assert!(!contains(NOT_NAMES, "new"));
    }
}
