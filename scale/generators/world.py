"""Where the generated community lives: 120 countries weighted by how many recruiters work
there, their languages, cities and time zones.

Each country is a line ``CODE weight languages english names zone`` followed by indented
lines of cities, ``city weight, …``:

* ``weight``: relative size of the country's recruiting community (the United States has the
  most recruiters; Poland, Israel and Estonia are over-represented, as local recruiter
  groups started there);
* ``languages``: ISO 639-1 codes, the main one first;
* ``english``: share of members who also speak English when it is not their own language;
* ``names``: the name bank of ``names.py`` members are named from;
* a city is ``Name weight``, ``Latin|native weight`` when its name is also written in
  another script, and ``Name weight@Zone/Name`` where it lies in another time zone than the
  country's.
"""

from dataclasses import dataclass

_COUNTRIES = """
PL 40 pl 0.80 pl Europe/Warsaw
    Warszawa 8, Kraków 5, Wrocław 4, Poznań 3, Gdańsk 3, Łódź 3, Katowice 2, Lublin 1,
    Szczecin 1, Bydgoszcz 1, Białystok 1, Rzeszów 1, Gdynia 1
DE 90 de 0.85 de Europe/Berlin
    Berlin 10, München 6, Hamburg 5, Frankfurt am Main 4, Köln 4, Stuttgart 3, Düsseldorf 3,
    Leipzig 2, Dresden 2, Nürnberg 2, Hannover 2, Bremen 1, Karlsruhe 1, Mannheim 1
GB 100 en 1 en_gb Europe/London
    London 14, Manchester 4, Birmingham 3, Edinburgh 3, Glasgow 2, Bristol 2, Leeds 2,
    Cambridge 1, Oxford 1, Belfast 1, Cardiff 1, Newcastle upon Tyne 1, Brighton 1
ES 40 es 0.70 es Europe/Madrid
    Madrid 8, Barcelona 7, Valencia 3, Sevilla 2, Málaga 2, Bilbao 2, Zaragoza 1, A Coruña 1,
    Palma 1, Alicante 1, Valladolid 1
IL 20 he 0.90 he Asia/Jerusalem
    Tel Aviv|תל אביב 8, Jerusalem|ירושלים 3, Haifa|חיפה 3, Herzliya|הרצליה 2,
    Petah Tikva|פתח תקווה 2, Be'er Sheva|באר שבע 1, Ra'anana|רעננה 1, Netanya|נתניה 1
EE 8 et 0.90 et Europe/Tallinn
    Tallinn 6, Tartu 3, Pärnu 1, Narva 1
FR 55 fr 0.60 fr Europe/Paris
    Paris 12, Lyon 4, Marseille 3, Toulouse 3, Lille 2, Bordeaux 2, Nantes 2, Nice 1,
    Strasbourg 1, Montpellier 1, Rennes 1
IT 30 it 0.60 it Europe/Rome
    Milano 8, Roma 6, Torino 3, Bologna 2, Napoli 2, Firenze 2, Padova 1, Genova 1, Verona 1,
    Bari 1
NL 35 nl 0.95 nl Europe/Amsterdam
    Amsterdam 8, Rotterdam 4, Utrecht 3, Den Haag 3, Eindhoven 3, Groningen 1, Leiden 1,
    Haarlem 1, Delft 1
PT 12 pt 0.80 pt Europe/Lisbon
    Lisboa 6, Porto 4, Braga 1, Coimbra 1, Aveiro 1, Faro 1
IE 15 en 1 en_gb Europe/Dublin
    Dublin 8, Cork 2, Galway 1, Limerick 1
BE 12 nl,fr 0.85 nl Europe/Brussels
    Brussel 5, Antwerpen 3, Gent 2, Liège 1, Leuven 1
AT 10 de 0.80 de Europe/Vienna
    Wien 6, Graz 2, Linz 1, Salzburg 1, Innsbruck 1
CH 15 de,fr,it 0.85 de Europe/Zurich
    Zürich 6, Genève 3, Basel 2, Bern 2, Lausanne 2, Zug 1, Luzern 1
SE 15 sv 0.95 nordic Europe/Stockholm
    Stockholm 7, Göteborg 3, Malmö 2, Uppsala 1, Linköping 1
NO 8 nb 0.95 nordic Europe/Oslo
    Oslo 5, Bergen 2, Trondheim 1, Stavanger 1
DK 8 da 0.95 nordic Europe/Copenhagen
    København 5, Aarhus 2, Odense 1, Aalborg 1
FI 8 fi,sv 0.90 fi Europe/Helsinki
    Helsinki 5, Espoo 2, Tampere 2, Turku 1, Oulu 1
IS 1 is 0.95 nordic Atlantic/Reykjavik
    Reykjavík 3, Akureyri 1
CZ 10 cs 0.70 cs Europe/Prague
    Praha 6, Brno 3, Ostrava 1, Plzeň 1
SK 4 sk,cs 0.70 cs Europe/Bratislava
    Bratislava 4, Košice 2, Žilina 1
HU 7 hu 0.65 hu Europe/Budapest
    Budapest 6, Debrecen 1, Szeged 1, Pécs 1
RO 10 ro 0.75 ro Europe/Bucharest
    București 5, Cluj-Napoca 3, Iași 2, Timișoara 2, Brașov 1
BG 5 bg 0.70 balkan Europe/Sofia
    Sofia 4, Plovdiv 1, Varna 1
GR 6 el 0.75 gr Europe/Athens
    Athens 5, Thessaloniki 2, Patras 1
HR 4 hr 0.75 balkan Europe/Zagreb
    Zagreb 4, Split 1, Rijeka 1, Osijek 1
SI 3 sl 0.80 balkan Europe/Ljubljana
    Ljubljana 3, Maribor 1
RS 5 sr 0.70 balkan Europe/Belgrade
    Beograd 4, Novi Sad 2, Niš 1
BA 2 bs,hr,sr 0.60 balkan Europe/Sarajevo
    Sarajevo 3, Banja Luka 1, Mostar 1
MK 1 mk 0.60 balkan Europe/Skopje
    Skopje 3, Bitola 1
AL 1 sq 0.60 balkan Europe/Tirane
    Tirana 3, Durrës 1
ME 1 sr 0.60 balkan Europe/Podgorica
    Podgorica 2, Budva 1
LT 5 lt 0.80 baltic Europe/Vilnius
    Vilnius 4, Kaunas 2, Klaipėda 1
LV 4 lv 0.80 baltic Europe/Riga
    Rīga 4, Daugavpils 1
UA 12 uk,ru 0.65 east_slavic Europe/Kyiv
    Kyiv 6, Lviv 3, Kharkiv 2, Dnipro 2, Odesa 2
BY 3 be,ru 0.50 east_slavic Europe/Minsk
    Minsk 4, Brest 1
MD 2 ro,ru 0.60 ro Europe/Chisinau
    Chișinău 3, Bălți 1
LU 2 lb,fr,de 0.90 fr Europe/Luxembourg
    Luxembourg 3, Esch-sur-Alzette 1
MT 2 en 1 en_gb Europe/Malta
    Valletta 2, Sliema 2, St Julian's 1
CY 2 el 0.90 gr Asia/Nicosia
    Nicosia 2, Limassol 2, Larnaca 1
GE 2 ka 0.60 caucasus Asia/Tbilisi
    Tbilisi 3, Batumi 1
AM 2 hy 0.60 caucasus Asia/Yerevan
    Yerevan 3, Gyumri 1
AZ 2 az 0.50 caucasus Asia/Baku
    Baku 3, Ganja 1
RU 10 ru 0.50 east_slavic Europe/Moscow
    Moscow 6, Saint Petersburg 3, Novosibirsk 1@Asia/Novosibirsk,
    Yekaterinburg 1@Asia/Yekaterinburg, Kazan 1
TR 12 tr 0.60 tr Europe/Istanbul
    Istanbul 7, Ankara 3, Izmir 2, Bursa 1, Antalya 1
US 300 en,es 1 en_us America/New_York
    New York 12, San Francisco 8@America/Los_Angeles, Los Angeles 6@America/Los_Angeles,
    Chicago 6@America/Chicago, Seattle 5@America/Los_Angeles, Boston 5,
    Austin 4@America/Chicago, Denver 3@America/Denver, Atlanta 3, Washington 3,
    Dallas 3@America/Chicago, Miami 2, Philadelphia 2, Phoenix 2@America/Phoenix,
    Minneapolis 2@America/Chicago, Portland 2@America/Los_Angeles,
    San Diego 2@America/Los_Angeles, Raleigh 1, Nashville 1@America/Chicago,
    Salt Lake City 1@America/Denver, Pittsburgh 1, Detroit 1@America/Detroit
CA 45 en,fr 1 en_us America/Toronto
    Toronto 8, Vancouver 5@America/Vancouver, Montréal 5, Calgary 2@America/Edmonton, Ottawa 2,
    Edmonton 1@America/Edmonton, Waterloo 1, Québec 1, Halifax 1@America/Halifax,
    Winnipeg 1@America/Winnipeg
MX 25 es 0.50 es America/Mexico_City
    Ciudad de México 8, Guadalajara 3, Monterrey 3@America/Monterrey, Puebla 1, Querétaro 1,
    Tijuana 1@America/Tijuana, Mérida 1@America/Merida
BR 60 pt 0.50 pt America/Sao_Paulo
    São Paulo 12, Rio de Janeiro 5, Belo Horizonte 3, Curitiba 3, Porto Alegre 2, Brasília 2,
    Recife 2@America/Recife, Florianópolis 2, Campinas 2, Salvador 1@America/Bahia,
    Fortaleza 1@America/Fortaleza
AR 10 es 0.50 es America/Argentina/Buenos_Aires
    Buenos Aires 7, Córdoba 2@America/Argentina/Cordoba, Rosario 1,
    Mendoza 1@America/Argentina/Mendoza
CL 7 es 0.50 es America/Santiago
    Santiago 6, Valparaíso 1, Concepción 1
CO 10 es 0.50 es America/Bogota
    Bogotá 6, Medellín 4, Cali 2, Barranquilla 1
PE 5 es 0.40 es America/Lima
    Lima 6, Arequipa 1, Trujillo 1
UY 3 es 0.50 es America/Montevideo
    Montevideo 4, Punta del Este 1
EC 2 es 0.40 es America/Guayaquil
    Quito 3, Guayaquil 3
CR 3 es 0.60 es America/Costa_Rica
    San José 4, Heredia 1
PA 2 es 0.50 es America/Panama
    Ciudad de Panamá 3
DO 2 es 0.40 es America/Santo_Domingo
    Santo Domingo 3, Santiago de los Caballeros 1
GT 2 es 0.40 es America/Guatemala
    Ciudad de Guatemala 3, Quetzaltenango 1
VE 2 es 0.40 es America/Caracas
    Caracas 3, Maracaibo 1, Valencia 1
BO 1 es 0.30 es America/La_Paz
    La Paz 2, Santa Cruz de la Sierra 2
PY 1 es 0.30 es America/Asuncion
    Asunción 3
HN 1 es 0.30 es America/Tegucigalpa
    Tegucigalpa 2, San Pedro Sula 2
SV 1 es 0.30 es America/El_Salvador
    San Salvador 3
NI 1 es 0.30 es America/Managua
    Managua 3
JM 1 en 1 en_us America/Jamaica
    Kingston 3, Montego Bay 1
TT 1 en 1 en_us America/Port_of_Spain
    Port of Spain 3, San Fernando 1
IN 120 hi,en 0.95 in Asia/Kolkata
    Bengaluru 12, Mumbai 8, Delhi 7, Hyderabad 7, Pune 6, Chennai 6, Gurugram 4, Noida 3,
    Kolkata 3, Ahmedabad 2, Kochi 2, Jaipur 1, Chandigarh 1, Coimbatore 1, Indore 1
CN 20 zh 0.50 zh Asia/Shanghai
    Shanghai 6, Beijing 6, Shenzhen 5, Guangzhou 3, Hangzhou 3, Chengdu 2, Suzhou 1, Wuhan 1
JP 15 ja 0.40 ja Asia/Tokyo
    Tokyo 10, Osaka 4, Yokohama 2, Nagoya 2, Fukuoka 1, Kyoto 1
KR 8 ko 0.50 ko Asia/Seoul
    Seoul 8, Busan 2, Incheon 1, Pangyo 1
SG 12 en,zh,ms 1 zh Asia/Singapore
    Singapore 10
MY 8 ms,en 0.85 id_my Asia/Kuala_Lumpur
    Kuala Lumpur 6, Penang 2, Johor Bahru 1, Cyberjaya 1
ID 12 id 0.60 id_my Asia/Jakarta
    Jakarta 8, Surabaya 2, Bandung 2, Yogyakarta 1, Denpasar 1@Asia/Makassar
PH 15 en 0.95 ph Asia/Manila
    Manila 6, Makati 4, Cebu 3, Taguig 3, Quezon City 2, Davao 1
VN 8 vi 0.60 vn Asia/Ho_Chi_Minh
    Ho Chi Minh City 6, Hà Nội 5, Đà Nẵng 2
TH 8 th 0.50 th Asia/Bangkok
    Bangkok 8, Chiang Mai 2, Phuket 1
TW 6 zh 0.60 zh Asia/Taipei
    Taipei 6, Hsinchu 2, Taichung 1, Kaohsiung 1
HK 6 zh,en 0.85 zh Asia/Hong_Kong
    Hong Kong 6
AU 35 en 1 en_gb Australia/Sydney
    Sydney 8, Melbourne 7@Australia/Melbourne, Brisbane 4@Australia/Brisbane,
    Perth 3@Australia/Perth, Adelaide 2@Australia/Adelaide, Canberra 2,
    Gold Coast 1@Australia/Brisbane, Hobart 1@Australia/Hobart
NZ 6 en 1 en_gb Pacific/Auckland
    Auckland 5, Wellington 3, Christchurch 2
PK 8 ur,en 0.80 south_asia Asia/Karachi
    Karachi 5, Lahore 4, Islamabad 3, Rawalpindi 1, Faisalabad 1
BD 5 bn,en 0.70 south_asia Asia/Dhaka
    Dhaka 6, Chattogram 2
LK 3 en,ta 0.80 south_asia Asia/Colombo
    Colombo 5, Kandy 1
NP 2 ne,en 0.70 south_asia Asia/Kathmandu
    Kathmandu 4, Pokhara 1
KZ 3 kk,ru 0.50 central_asia Asia/Almaty
    Almaty 4, Astana 3, Shymkent 1
UZ 2 uz,ru 0.40 central_asia Asia/Tashkent
    Tashkent 4, Samarkand 1
MN 1 mn 0.40 central_asia Asia/Ulaanbaatar
    Ulaanbaatar 3
KH 1 km 0.40 sea Asia/Phnom_Penh
    Phnom Penh 3, Siem Reap 1
MM 1 my 0.40 sea Asia/Yangon
    Yangon 3, Mandalay 1
AE 12 ar,en 0.95 ar Asia/Dubai
    Dubai 8, Abu Dhabi 4, Sharjah 1
SA 8 ar,en 0.70 ar Asia/Riyadh
    Riyadh 5, Jeddah 3, Dammam 2
QA 3 ar,en 0.90 ar Asia/Qatar
    Doha 4
KW 2 ar,en 0.80 ar Asia/Kuwait
    Kuwait City 3
BH 1 ar,en 0.85 ar Asia/Bahrain
    Manama 3
OM 1 ar,en 0.80 ar Asia/Muscat
    Muscat 3
JO 2 ar,en 0.70 ar Asia/Amman
    Amman 4, Irbid 1
LB 2 ar,fr,en 0.80 ar Asia/Beirut
    Beirut 4
IQ 1 ar 0.50 ar Asia/Baghdad
    Baghdad 3, Erbil 2, Basra 1
ZA 12 en,af 1 af_south Africa/Johannesburg
    Johannesburg 6, Cape Town 6, Pretoria 3, Durban 2, Gqeberha 1
NG 10 en 1 af_west Africa/Lagos
    Lagos 8, Abuja 3, Port Harcourt 1, Ibadan 1
KE 6 en,sw 1 af_east Africa/Nairobi
    Nairobi 7, Mombasa 2, Kisumu 1
EG 6 ar,en 0.70 ar Africa/Cairo
    Cairo 6, Alexandria 3, Giza 1
MA 4 ar,fr 0.50 ar Africa/Casablanca
    Casablanca 5, Rabat 3, Marrakech 2, Tanger 1
TN 2 ar,fr 0.50 ar Africa/Tunis
    Tunis 4, Sfax 1, Sousse 1
DZ 1 ar,fr 0.40 ar Africa/Algiers
    Alger 3, Oran 1
GH 4 en 1 af_west Africa/Accra
    Accra 5, Kumasi 2
ET 2 en 0.60 af_east Africa/Addis_Ababa
    Addis Ababa 4
UG 2 en,sw 0.90 af_east Africa/Kampala
    Kampala 4, Entebbe 1
TZ 2 sw,en 0.70 af_east Africa/Dar_es_Salaam
    Dar es Salaam 4, Arusha 1, Dodoma 1
RW 2 en,fr 0.80 af_east Africa/Kigali
    Kigali 4
SN 1 fr 0.50 af_west Africa/Dakar
    Dakar 4, Thiès 1
CI 1 fr 0.40 af_west Africa/Abidjan
    Abidjan 4, Yamoussoukro 1
CM 1 fr,en 0.60 af_west Africa/Douala
    Douala 3, Yaoundé 3
MU 1 en,fr 0.90 af_south Indian/Mauritius
    Port Louis 3, Ebène 2
ZM 1 en 0.90 af_south Africa/Lusaka
    Lusaka 3, Ndola 1
ZW 1 en 0.90 af_south Africa/Harare
    Harare 3, Bulawayo 1
NA 1 en,af 0.90 af_south Africa/Windhoek
    Windhoek 3
MZ 1 pt 0.40 pt Africa/Maputo
    Maputo 3, Beira 1
BW 1 en 0.90 af_south Africa/Gaborone
    Gaborone 3
"""

# Languages members of a country often speak besides their own and English.
NEIGHBOUR_LANGUAGES = {
    "pl": ("de", "uk", "ru", "es"),
    "de": ("fr", "es", "pl", "it", "tr"),
    "en": ("es", "fr", "de", "pl", "hi", "zh"),
    "es": ("fr", "pt", "ca", "it", "de"),
    "he": ("ru", "ar", "fr"),
    "et": ("ru", "fi", "de"),
    "fr": ("es", "de", "it", "ar"),
    "it": ("fr", "es", "de"),
    "nl": ("de", "fr"),
    "pt": ("es", "fr"),
    "sv": ("no", "da", "fi", "de"),
    "hi": ("ta", "te", "kn", "mr", "bn", "ml"),
    "uk": ("pl", "ru"),
    "ru": ("uk", "de"),
}


@dataclass(frozen=True)
class City:
    name: str
    native: str
    weight: float
    zone: str


@dataclass(frozen=True)
class CountrySpec:
    code: str
    weight: float
    languages: tuple
    english: float
    names: str
    zone: str
    cities: tuple

    @property
    def language(self):
        return self.languages[0]


def _parse_city(text, default_zone):
    text, _, zone = text.partition("@")
    name, weight = text.rsplit(" ", 1)
    latin, _, native = name.partition("|")
    return City(latin, native or latin, float(weight), zone or default_zone)


def _parse(table):
    entries = []  # [head, cities text]
    for line in table.strip().splitlines():
        if line.startswith(" "):
            entries[-1][1] += " " + line.strip()
        else:
            entries.append([line, ""])
    countries = []
    for head, cities in entries:
        code, weight, languages, english, names, zone = head.split()
        countries.append(
            CountrySpec(
                code=code,
                weight=float(weight),
                languages=tuple(languages.split(",")),
                english=float(english),
                names=names,
                zone=zone,
                cities=tuple(_parse_city(city.strip(), zone) for city in cities.split(", ")),
            )
        )
    return tuple(countries)


COUNTRIES = _parse(_COUNTRIES)
COUNTRY_BY_CODE = {country.code: country for country in COUNTRIES}
