"""Demo data for `manage.py seed_demo`: people, groups and cross-region questions.

Plain Python structures only; the command turns them into rows. Long texts are written
wrapped for readability and unwrapped into Markdown paragraphs by `markdown_text()`.
"""

import re
import textwrap

DEMO_PASSWORD = "demo-password-2026"
EMAIL_DOMAINS = ["example.com", "example.org", "example.net"]


def words(text):
    """A comma-separated list of names, written compactly."""
    return [word.strip() for word in text.split(",") if word.strip()]


def markdown_text(text):
    """Dedent a wrapped text block and join each paragraph's lines, keeping list items."""
    paragraphs = textwrap.dedent(text).strip().split("\n\n")
    result = []
    for paragraph in paragraphs:
        lines = []
        for line in (raw.strip() for raw in paragraph.splitlines()):
            if not lines or re.match(r"^([-*]|\d+\.)\s", line):
                lines.append(line)
            else:
                lines[-1] = f"{lines[-1]} {line}"
        result.append("\n".join(lines))
    return "\n\n".join(result)


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------
# Names written "Latin|native" have a native-script form used as some display names.
# Surnames written "male/female" take the form that matches the first name.
# "members": how many demo members live in the country.
# "english": share of members who also speak English (when it is not their own).
# "extra": languages some members speak as well; "native_display": share of members
# whose display name uses the native script.

COUNTRIES = {
    "PL": {
        "members": 46,
        "language": "pl",
        "english": 0.9,
        "extra": ["de", "uk", "es"],
        "cities": {
            "Warsaw": 6,
            "Kraków": 4,
            "Wrocław": 3,
            "Łódź": 2,
            "Gdańsk": 2,
            "Poznań": 2,
            "Katowice": 1,
            "Gdynia": 1,
            "Lublin": 1,
        },
        "female": words(
            "Małgorzata, Katarzyna, Agnieszka, Anna, Joanna, Magdalena, Aleksandra, Monika, Ewa, "
            "Natalia, Zuzanna, Paulina, Karolina, Dominika, Justyna, Marta, Weronika, Beata, "
            "Łucja, Iwona"
        ),
        "male": words(
            "Piotr, Tomasz, Paweł, Krzysztof, Michał, Łukasz, Marcin, Jakub, Grzegorz, Wojciech, "
            "Bartosz, Mateusz, Kamil, Adam, Rafał, Szymon"
        ),
        "surnames": words(
            "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, "
            "Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, "
            "Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, "
            "Kwiatkowski/Kwiatkowska, Krawczyk, Piotrowski/Piotrowska, Grabowski/Grabowska, "
            "Pawłowski/Pawłowska, Michalski/Michalska, Król, Wieczorek, Jabłoński/Jabłońska, "
            "Wróbel, Majewski/Majewska, Olszewski/Olszewska, Stępień, Górski/Górska, Sikora, "
            "Błaszczyk, Żak, Ostrowski/Ostrowska, Chmielewski/Chmielewska"
        ),
    },
    "GB": {
        "members": 20,
        "language": "en",
        "extra": ["fr", "es", "de", "pl"],
        "cities": {
            "London": 7,
            "Manchester": 3,
            "Edinburgh": 1,
            "Bristol": 1,
            "Leeds": 1,
            "Birmingham": 1,
        },
        "female": words(
            "Emma, Olivia, Charlotte, Sophie, Hannah, Lucy, Amelia, Grace, Chloe, Rebecca, Priya, "
            "Aisha"
        ),
        "male": words(
            "James, Oliver, Harry, Tom, Jack, George, Daniel, Sam, Matthew, Ravi, Callum, Ben"
        ),
        "surnames": words(
            "Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, "
            "Wright, Hughes, Patel, Khan, Clarke, Hall, Green, Edwards, Campbell, Murray"
        ),
    },
    "DE": {
        "members": 20,
        "language": "de",
        "english": 0.9,
        "extra": ["fr", "es", "pl"],
        "cities": {
            "Berlin": 6,
            "Munich": 3,
            "Hamburg": 2,
            "Frankfurt": 1,
            "Cologne": 1,
            "Stuttgart": 1,
        },
        "female": words(
            "Anna, Julia, Laura, Katharina, Sarah, Lena, Lisa, Sophie, Miriam, Franziska, Jana, "
            "Sabine, Stefanie"
        ),
        "male": words(
            "Lukas, Jonas, Felix, Maximilian, Tobias, Jan, Florian, Stefan, Matthias, Sebastian, "
            "Philipp, Moritz"
        ),
        "surnames": words(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, "
            "Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Braun, "
            "Zimmermann, Krüger, Hartmann, Lange, Werner, Köhler"
        ),
    },
    "ES": {
        "members": 14,
        "language": "es",
        "english": 0.75,
        "extra": ["ca", "fr", "pt"],
        "cities": {"Madrid": 5, "Barcelona": 4, "Valencia": 1, "Seville": 1, "Málaga": 1},
        "female": words(
            "María, Lucía, Carmen, Laura, Marta, Paula, Elena, Sara, Cristina, Ana, Nuria, Irene"
        ),
        "male": words(
            "Javier, Alejandro, Pablo, Daniel, David, Carlos, Sergio, Jorge, Álvaro, Miguel, Raúl, "
            "Adrián"
        ),
        "surnames": words(
            "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, "
            "Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, "
            "Torres"
        ),
    },
    "IL": {
        "members": 16,
        "language": "he",
        "english": 0.97,
        "extra": ["ru", "fr", "ar"],
        "native_display": 0.4,
        "cities": {
            "Tel Aviv": 6,
            "Herzliya": 1,
            "Haifa": 1,
            "Jerusalem": 1,
            "Ra'anana": 1,
            "Petah Tikva": 1,
        },
        "female": words(
            "Noa|נועה, Maya|מאיה, Tamar|תמר, Shira|שירה, Yael|יעל, Michal|מיכל, Adi|עדי, "
            "Noga|נוגה, Liat|ליאת, Hila|הילה, Efrat|אפרת, Roni|רוני"
        ),
        "male": words(
            "Yonatan|יונתן, Itai|איתי, Omer|עומר, Daniel|דניאל, Amit|עמית, Eitan|איתן, Noam|נועם, "
            "Ariel|אריאל, Guy|גיא, Yoav|יואב, Avi|אבי, Ido|עידו"
        ),
        "surnames": words(
            "Cohen|כהן, Levi|לוי, Mizrahi|מזרחי, Peretz|פרץ, Biton|ביטון, Dahan|דהן, "
            "Avraham|אברהם, Friedman|פרידמן, Katz|כץ, Azoulay|אזולאי, Ben-David|בן דוד, "
            "Shapira|שפירא, Goldberg|גולדברג, Rosenberg|רוזנברג, Ohana|אוחנה, Golan|גולן, "
            "Segal|סגל"
        ),
    },
    "EE": {
        "members": 10,
        "language": "et",
        "english": 0.95,
        "extra": ["ru", "fi", "de"],
        "cities": {"Tallinn": 5, "Tartu": 2},
        "female": words(
            "Kadri, Liis, Triin, Kristiina, Maarja, Kertu, Merle, Piret, Karin, Helen, Anu"
        ),
        "male": words(
            "Martin, Rasmus, Markus, Siim, Tanel, Andres, Kristjan, Priit, Rein, Mihkel, Tõnis"
        ),
        "surnames": words(
            "Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Kuusk, Karu, "
            "Oja, Vaher, Lõhmus"
        ),
    },
    "FR": {
        "members": 10,
        "language": "fr",
        "english": 0.8,
        "extra": ["es", "de", "it"],
        "cities": {"Paris": 5, "Lyon": 2, "Toulouse": 1, "Nantes": 1, "Lille": 1},
        "female": words(
            "Camille, Léa, Chloé, Manon, Julie, Sarah, Claire, Élodie, Pauline, Mathilde"
        ),
        "male": words(
            "Thomas, Nicolas, Julien, Maxime, Antoine, Guillaume, Hugo, Lucas, Romain, Pierre"
        ),
        "surnames": words(
            "Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, "
            "Laurent, Lefèvre, Michel, Fournier, Girard, Lambert, Rousseau, Mercier"
        ),
    },
    "NL": {
        "members": 8,
        "language": "nl",
        "english": 0.98,
        "extra": ["de", "fr"],
        "cities": {"Amsterdam": 4, "Rotterdam": 1, "Utrecht": 1, "Eindhoven": 1},
        "female": words("Sanne, Lotte, Femke, Anouk, Eva, Lisa, Iris, Marloes"),
        "male": words("Daan, Bram, Thijs, Jeroen, Ruben, Joris, Sander, Lars"),
        "surnames": words(
            "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de "
            "Boer, Mulder, de Groot, Bos, Vos, Peters"
        ),
    },
    "IT": {
        "members": 7,
        "language": "it",
        "english": 0.75,
        "extra": ["es", "fr"],
        "cities": {"Milan": 4, "Rome": 2, "Turin": 1, "Bologna": 1},
        "female": words(
            "Giulia, Francesca, Chiara, Sara, Martina, Valentina, Elena, Alessia, Federica"
        ),
        "male": words("Marco, Luca, Andrea, Matteo, Alessandro, Davide, Simone, Lorenzo, Stefano"),
        "surnames": words(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
            "Bruno, Gallo, Conti, De Luca, Costa"
        ),
    },
    "SE": {
        "members": 6,
        "language": "sv",
        "english": 0.98,
        "extra": ["de", "fi"],
        "cities": {"Stockholm": 4, "Gothenburg": 1, "Malmö": 1},
        "female": words("Emma, Maja, Elin, Sara, Johanna, Linnea, Ida, Frida, Karin"),
        "male": words("Erik, Lars, Johan, Anders, Oskar, Gustav, Viktor, Magnus, Fredrik"),
        "surnames": words(
            "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, "
            "Svensson, Gustafsson, Lindberg, Lindqvist, Bergström, Sjöberg, Åberg, Nyström"
        ),
    },
    "US": {
        "members": 12,
        "language": "en",
        "extra": ["es", "fr", "he"],
        "cities": {
            "New York": 4,
            "San Francisco": 2,
            "Austin": 1,
            "Boston": 1,
            "Chicago": 1,
            "Seattle": 1,
            "Denver": 1,
        },
        "female": words(
            "Jessica, Ashley, Megan, Lauren, Emily, Rachel, Brittany, Jasmine, Sofia, Nicole"
        ),
        "male": words("Michael, Chris, Josh, Ryan, Kevin, Brandon, Tyler, Marcus, Jason, Andrew"),
        "surnames": words(
            "Johnson, Miller, Davis, Garcia, Rodriguez, Martinez, Anderson, Thompson, Jackson, "
            "White, Harris, Lee, Nguyen, Kim, Robinson, Carter, Reyes, Brooks, Sullivan, O'Connor"
        ),
    },
    "UA": {
        "members": 10,
        "language": "uk",
        "english": 0.85,
        "extra": ["pl", "ru", "de"],
        "native_display": 0.3,
        "cities": {"Kyiv": 5, "Lviv": 2, "Kharkiv": 1, "Dnipro": 1, "Odesa": 1},
        "female": words(
            "Olena|Олена, Iryna|Ірина, Oksana|Оксана, Kateryna|Катерина, Yuliia|Юлія, "
            "Nataliia|Наталія, Anastasiia|Анастасія, Viktoriia|Вікторія, Mariia|Марія, "
            "Tetiana|Тетяна"
        ),
        "male": words(
            "Andrii|Андрій, Oleksandr|Олександр, Dmytro|Дмитро, Serhii|Сергій, Taras|Тарас, "
            "Bohdan|Богдан, Maksym|Максим, Yurii|Юрій, Volodymyr|Володимир, Ihor|Ігор"
        ),
        "surnames": words(
            "Shevchenko|Шевченко, Bondarenko|Бондаренко, Kovalenko|Коваленко, Tkachenko|Ткаченко, "
            "Kravchenko|Кравченко, Melnyk|Мельник, Boiko|Бойко, Oliinyk|Олійник, Lysenko|Лисенко, "
            "Marchenko|Марченко, Rudenko|Руденко, Savchenko|Савченко, Moroz|Мороз, "
            "Petrenko|Петренко"
        ),
    },
    "CZ": {
        "members": 6,
        "language": "cs",
        "english": 0.85,
        "extra": ["sk", "de"],
        "cities": {"Prague": 4, "Brno": 2, "Ostrava": 1},
        "female": words("Tereza, Lucie, Kateřina, Petra, Veronika, Eva, Markéta, Barbora, Klára"),
        "male": words("Jakub, Tomáš, Jan, Petr, Martin, Lukáš, Ondřej, Jiří, Vojtěch"),
        "surnames": words(
            "Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, "
            "Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, "
            "Marek/Marková, Pokorný/Pokorná"
        ),
    },
    "PT": {
        "members": 5,
        "language": "pt",
        "english": 0.85,
        "extra": ["es", "fr"],
        "cities": {"Lisbon": 4, "Porto": 2},
        "female": words("Inês, Beatriz, Mariana, Ana, Catarina, Sofia, Joana, Rita"),
        "male": words("João, Tiago, Pedro, Rui, Miguel, Diogo, Nuno, Ricardo"),
        "surnames": words(
            "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, "
            "Fernandes, Gonçalves, Almeida"
        ),
    },
    "IE": {
        "members": 6,
        "language": "en",
        "extra": ["ga", "fr", "de"],
        "cities": {"Dublin": 5, "Cork": 1, "Galway": 1},
        "female": words("Aoife, Siobhán, Niamh, Ciara, Sinéad, Róisín, Orla, Emma, Sarah"),
        "male": words("Seán, Conor, Cian, Darragh, Patrick, Eoin, Ciarán, Liam, Niall"),
        "surnames": words(
            "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Neill, Doyle, McCarthy, "
            "Gallagher, Lynch, Kennedy"
        ),
    },
    "RO": {
        "members": 5,
        "language": "ro",
        "english": 0.9,
        "extra": ["fr", "it", "hu"],
        "cities": {"Bucharest": 3, "Cluj-Napoca": 3, "Iași": 1, "Timișoara": 1},
        "female": words("Andreea, Ioana, Elena, Maria, Alexandra, Cristina, Raluca, Bianca, Diana"),
        "male": words("Andrei, Alexandru, Mihai, Ștefan, Radu, Vlad, Bogdan, Cătălin, Florin"),
        "surnames": words(
            "Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Gheorghe, Rusu, Munteanu, Matei, "
            "Constantin, Marinescu, Ciobanu"
        ),
    },
}

# "{city}" is replaced by the member's city (or the country's main city).
HEADLINES = [
    "Tech sourcer for {city} start-ups",
    "In-house TA lead, fintech",
    "Agency recruiter: SAP & ERP roles",
    "Talent partner for engineering teams",
    "Executive search, industrial & manufacturing",
    "Sourcing specialist: data & ML",
    "Recruiting for shared-service centres in {city}",
    "Freelance recruiter, DevOps and cloud",
    "Head of People at a {city} scale-up",
    "Tech recruiter, gaming industry",
    "HR business partner, retail",
    "Recruitment consultant, life sciences",
    "Building product & design teams",
    "Graduate and early-careers recruiter",
    "RPO recruiter for a global bank",
    "Technical recruiter, cybersecurity",
    "Sales & customer success hiring",
    "Talent acquisition manager, e-commerce",
    "Employer branding & sourcing",
    "Recruiter for remote-first teams",
    "International recruitment and relocation",
    "Healthcare recruiter, nurses & doctors",
    "Engineering recruiter, automotive",
    "Hiring backend and mobile developers in {city}",
]

# Headlines in the member's own language; (male, female) where the language is gendered.
LOCAL_HEADLINES = {
    "PL": [
        ("Rekruter IT w software housie", "Rekruterka IT w software housie"),
        ("Sourcer, rekrutacje IT i fintech", "Sourcerka, rekrutacje IT i fintech"),
        "HR Business Partner w branży produkcyjnej",
        ("Rekruter w agencji, role inżynierskie", "Rekruterka w agencji, role inżynierskie"),
        "Talent Acquisition w centrum usług wspólnych",
    ],
    "DE": [
        ("Recruiter für Tech-Start-ups", "Recruiterin für Tech-Start-ups"),
        ("Personalreferent im Mittelstand", "Personalreferentin im Mittelstand"),
        "Active Sourcing für IT-Rollen",
        "Talent Acquisition im E-Commerce",
    ],
    "ES": [
        ("Técnico de selección IT", "Técnica de selección IT"),
        ("Reclutador en consultora tecnológica", "Reclutadora en consultora tecnológica"),
        "Talent Acquisition en una startup de {city}",
    ],
    "IL": [
        ("מגייס טכנולוגי בסטארט-אפ", "מגייסת טכנולוגית בסטארט-אפ"),
        ("מגייס בכיר בחברת סייבר", "מגייסת בכירה בחברת סייבר"),
        "Talent Acquisition בחברת פינטק",
    ],
    "EE": ["IT-värbaja", "Personalijuht idufirmas", "Värbamispartner, tarkvaraarendus"],
    "FR": [
        ("Chargé de recrutement tech", "Chargée de recrutement tech"),
        "Talent acquisition dans une scale-up parisienne",
    ],
    "NL": ["Corporate recruiter in de zorg", "Tech recruiter bij een scale-up"],
    "IT": ["Recruiter IT in società di consulenza", "HR specialist, settore moda"],
    "SE": ["Rekryterare inom tech", "Talent acquisition, fintech"],
    "UA": [
        ("IT-рекрутер у продуктовій компанії", "IT-рекрутерка в продуктовій компанії"),
        ("Технічний рекрутер, аутсорс", "Технічна рекрутерка, аутсорс"),
    ],
    "CZ": [("IT recruiter v produktové firmě", "IT recruiterka v produktové firmě")],
    "PT": [("Recrutador tech", "Recrutadora tech")],
    "RO": ["Recruiter IT într-o companie de outsourcing"],
}

DEMO_USER = {
    "username": "demo",
    "email": "demo@recruitcommunity.local",
    "first_name": "Kasia",
    "last_name": "Demo",
    "display_name": "Kasia Demo",
    "headline": "Tech sourcer for Warsaw start-ups",
    "country": "PL",
    "city": "Warsaw",
    "languages": [("pl", "native"), ("en", "fluent")],
    "days_ago": 730,
}

ADMIN_USER = {
    "username": "admin",
    "email": "admin@recruitcommunity.local",
    "first_name": "Site",
    "last_name": "Admin",
    "display_name": "RecruitCommunity Admin",
    "headline": "Keeps the lights on",
    "country": "",
    "city": "",
    "languages": [("en", "fluent")],
    "days_ago": 1100,
}

# The demo member's groups besides the one they own; "pending" ones await approval.
DEMO_MEMBERSHIPS = [
    "rekruterzy-it-polska",
    "sourcing-krakow",
    "recruiting-community-berlin",
    "london-recruiters-network",
    "eesti-varbajad",
]
DEMO_PENDING = ["personaler-muenchen"]

# --------------------------------------------------------------------------------------
# Groups
# --------------------------------------------------------------------------------------
# "size": planned number of members including the owner (pending requests included).
# "owner": "demo" for the demo member's group, otherwise a local member is picked.

GROUPS = [
    {
        "slug": "rekruterzy-it-polska",
        "name": "Rekruterzy IT Polska",
        "country": "PL",
        "city": "",
        "languages": ["pl", "en"],
        "size": 62,
        "description": """
            Ogólnopolska społeczność rekruterów IT: agencyjnych, in-house i freelancerów.
            Rozmawiamy o widełkach, kontraktach B2B, okresach wypowiedzenia i o tym, jak nie
            zgubić kandydata po trzeciej rundzie rozmów.

            Piszemy po polsku, ale pytania po angielsku od rekruterów z zagranicy są jak
            najbardziej mile widziane.
        """,
    },
    {
        "slug": "rekruterzy-lodz",
        "name": "Rekruterzy Łódź",
        "country": "PL",
        "city": "Łódź",
        "languages": ["pl"],
        "size": 14,
        "description": """
            Lokalna grupa rekruterów i HR-owców z Łodzi i okolic. Spotykamy się raz w
            miesiącu przy Piotrkowskiej, a tutaj wymieniamy się doświadczeniami z rekrutacji
            do centrów usług wspólnych, IT i produkcji.
        """,
    },
    {
        "slug": "sourcing-krakow",
        "name": "Sourcing Kraków",
        "country": "PL",
        "city": "Kraków",
        "languages": ["pl", "en"],
        "size": 22,
        "description": """
            Dla sourcerów i researcherów z Krakowa: boolean search, LinkedIn Recruiter,
            GitHub, Stack Overflow i wszystko, co pomaga znaleźć kandydatów, których nie
            widać w ogłoszeniach.

            English-speaking sourcers from Kraków's shared-service centres are welcome too.
        """,
    },
    {
        "slug": "hr-rekrutacja-trojmiasto",
        "name": "HR i Rekrutacja Trójmiasto",
        "country": "PL",
        "city": "Gdańsk",
        "languages": ["pl"],
        "size": 11,
        "description": """
            Gdańsk, Gdynia, Sopot: rekruterzy z branży morskiej, IT i gamedevu. Dzielimy się
            kontaktami do uczelni, wydarzeniami i sprawdzonymi sposobami na rekrutację w
            regionie.
        """,
    },
    {
        "slug": "tech-sourcing-warszawa",
        "name": "Tech Sourcing Warszawa",
        "country": "PL",
        "city": "Warsaw",
        "languages": ["pl", "en"],
        "size": 18,
        "owner": "demo",
        "description": """
            Grupa dla osób, które rekrutują do warszawskich start-upów i software house'ów.
            Dzielimy się widełkami, pomysłami na outreach i doświadczeniami z zatrudniania
            na B2B i na umowę o pracę. Spotkania co kwartał na Mokotowie.
        """,
    },
    {
        "slug": "rekruterzy-wroclaw",
        "name": "Rekruterzy Wrocław",
        "country": "PL",
        "city": "Wrocław",
        "languages": ["pl", "en"],
        "join_policy": "approval",
        "size": 12,
        "description": """
            Grupa rekruterów in-house z Wrocławia. Przyjmujemy osoby, które rekrutują we
            Wrocławiu lub dla wrocławskich firm: w prośbie o dołączenie napisz, gdzie
            pracujesz.
        """,
    },
    {
        "slug": "london-recruiters-network",
        "name": "London Recruiters Network",
        "country": "GB",
        "city": "London",
        "languages": ["en"],
        "size": 52,
        "description": """
            A friendly network for agency and in-house recruiters in London. We talk
            right-to-work checks, IR35, counter-offers and salary benchmarks, and we answer
            questions from recruiters hiring into the UK from abroad.
        """,
    },
    {
        "slug": "manchester-talent-acquisition",
        "name": "Manchester Talent Acquisition",
        "country": "GB",
        "city": "Manchester",
        "languages": ["en"],
        "size": 13,
        "description": """
            Talent acquisition people from Greater Manchester: MediaCity, fintech,
            e-commerce and the public sector. Monthly breakfast meet-up in the Northern
            Quarter.
        """,
    },
    {
        "slug": "uk-inhouse-ta-leaders",
        "name": "UK In-house TA Leaders",
        "country": "GB",
        "city": "",
        "languages": ["en"],
        "join_policy": "invitation",
        "size": 16,
        "description": """
            Heads of talent and TA leads running in-house teams across the UK: workforce
            planning, hiring manager training, ATS migrations and budgets. Membership is by
            invitation: ask a member to invite you.
        """,
    },
    {
        "slug": "recruiting-community-berlin",
        "name": "Recruiting Community Berlin",
        "country": "DE",
        "city": "Berlin",
        "languages": ["de", "en"],
        "size": 45,
        "description": """
            Die Community für Recruiter:innen in Berlin: Start-ups, Scale-ups und Agenturen.
            Wir tauschen uns über Active Sourcing, Gehaltsbänder, Betriebsräte und Visa für
            internationale Talente aus.

            English is fine: half of Berlin's tech teams work in English.
        """,
    },
    {
        "slug": "personaler-muenchen",
        "name": "Personaler München",
        "country": "DE",
        "city": "Munich",
        "languages": ["de"],
        "join_policy": "approval",
        "size": 15,
        "description": """
            Netzwerk für Personaler:innen und HR Business Partner in München und Umgebung.
            Schwerpunkte: Automotive, Versicherungen und Mittelstand. Beitritt nach kurzer
            Vorstellung.
        """,
    },
    {
        "slug": "tech-recruiting-hamburg",
        "name": "Tech Recruiting Hamburg",
        "country": "DE",
        "city": "Hamburg",
        "languages": ["de", "en"],
        "size": 10,
        "description": """
            Für alle, die in Hamburg Entwickler:innen, Data-Leute und Produktmenschen
            rekrutieren. Kleine Runde, ehrliche Antworten.
        """,
    },
    {
        "slug": "reclutadores-madrid",
        "name": "Reclutadores Madrid",
        "country": "ES",
        "city": "Madrid",
        "languages": ["es", "en"],
        "size": 24,
        "description": """
            Comunidad de reclutadores y técnicos de selección en Madrid. Hablamos de
            salarios, jornada intensiva, teletrabajo y de cómo llegar a los candidatos que
            no están en InfoJobs.
        """,
    },
    {
        "slug": "talent-barcelona",
        "name": "Talent Barcelona",
        "country": "ES",
        "city": "Barcelona",
        "languages": ["es", "ca", "en"],
        "size": 16,
        "description": """
            Comunidad de recruiters, sourcers y people partners de Barcelona: startups,
            hubs tecnológicos y empresas internacionales. Aquí se escribe en castellano, en
            català o en inglés.
        """,
    },
    {
        "slug": "megaysim-israel",
        "name": "מגייסים בישראל",
        "country": "IL",
        "city": "",
        "languages": ["he", "en"],
        "size": 42,
        "description": """
            קהילה של מגייסים ומגייסות מכל הארץ: הייטק, ביוטק ותעשייה. מדברים על שוק
            העבודה, שכר, מילואים וגיוס מרחוק, ועונים לשאלות של מגייסים מחו״ל שמגייסים
            בישראל.

            אפשר לכתוב בעברית או באנגלית.
        """,
    },
    {
        "slug": "tel-aviv-tech-sourcers",
        "name": "Tel Aviv Tech Sourcers",
        "country": "IL",
        "city": "Tel Aviv",
        "languages": ["he", "en"],
        "join_policy": "approval",
        "size": 14,
        "description": """
            קבוצה לסורסרים ולמגייסים טכניים בתל אביב ובמרכז. משתפים טכניקות חיפוש,
            תבניות פנייה ומידע על טווחי שכר למשרות פיתוח. ההצטרפות באישור מנהלי הקבוצה.
        """,
    },
    {
        "slug": "eesti-varbajad",
        "name": "Eesti Värbajad",
        "country": "EE",
        "city": "Tallinn",
        "languages": ["et", "en"],
        "size": 14,
        "description": """
            Eesti värbajate ja personalitöötajate kogukond. Räägime palgaootustest,
            kaugtööst, e-residentsusest ja sellest, kuidas leida arendajaid väikesel turul.
            Küsimused inglise keeles on samuti oodatud.
        """,
    },
    {
        "slug": "tallinn-tech-recruiters",
        "name": "Tallinn Tech Recruiters",
        "country": "EE",
        "city": "Tallinn",
        "languages": ["en", "et"],
        "size": 11,
        "description": """
            English-speaking recruiters hiring for Tallinn's start-ups and scale-ups.
            Relocation, visas and remote-first hiring across the Baltics.
        """,
    },
    {
        "slug": "recruteurs-paris-tech",
        "name": "Recruteurs Paris Tech",
        "country": "FR",
        "city": "Paris",
        "languages": ["fr", "en"],
        "size": 20,
        "description": """
            Communauté des recruteurs et talent acquisition managers de la tech parisienne.
            On parle rémunération, période d'essai, préavis et marque employeur, et on
            répond aux recruteurs étrangers qui recrutent en France.
        """,
    },
    {
        "slug": "talent-acquisition-lyon",
        "name": "Talent Acquisition Lyon",
        "country": "FR",
        "city": "Lyon",
        "languages": ["fr"],
        "size": 7,
        "description": """
            Les recruteurs lyonnais, en cabinet ou en interne, se retrouvent ici pour
            partager bonnes pratiques, événements et idées de collaboration.
        """,
    },
    {
        "slug": "recruiters-amsterdam",
        "name": "Recruiters Amsterdam",
        "country": "NL",
        "city": "Amsterdam",
        "languages": ["nl", "en"],
        "size": 19,
        "description": """
            Voor recruiters in en rond Amsterdam. We delen kennis over de 30%-regeling,
            kennismigranten en de krappe arbeidsmarkt. Most of our threads are in English.
        """,
    },
    {
        "slug": "recruiter-milano",
        "name": "Recruiter Milano",
        "country": "IT",
        "city": "Milan",
        "languages": ["it", "en"],
        "size": 10,
        "description": """
            Comunità di recruiter e HR di Milano: consulenza, moda, fintech e tech.
            Parliamo di RAL, CCNL, preavviso e di come attrarre candidati in un mercato
            competitivo.
        """,
    },
    {
        "slug": "rekryterare-stockholm",
        "name": "Rekryterare Stockholm",
        "country": "SE",
        "city": "Stockholm",
        "languages": ["sv", "en"],
        "size": 9,
        "description": """
            Ett nätverk för rekryterare i Stockholm, både byrå och in-house. Vi pratar
            uppsägningstider, kollektivavtal och hur man rekryterar utvecklare i en stad
            full av techbolag.
        """,
    },
    {
        "slug": "nyc-tech-recruiters",
        "name": "NYC Tech Recruiters",
        "country": "US",
        "city": "New York",
        "languages": ["en"],
        "size": 17,
        "description": """
            Agency and in-house recruiters hiring engineers, designers and data people in
            New York. Pay transparency, hybrid policies and offer strategy.
        """,
    },
    {
        "slug": "remote-recruiting-us",
        "name": "Remote Recruiting US",
        "country": "US",
        "city": "",
        "languages": ["en"],
        "size": 12,
        "description": """
            Recruiters hiring remote employees and contractors in the US from anywhere:
            state-by-state compliance, contractor or employee, and interviewing across
            time zones.
        """,
    },
    {
        "slug": "rekrutery-it-ukrainy",
        "name": "Рекрутери IT України",
        "country": "UA",
        "city": "Kyiv",
        "languages": ["uk", "en"],
        "size": 13,
        "description": """
            Спільнота IT-рекрутерів України. Обговорюємо ринок, зарплатні очікування,
            контракти з ФОП і найм кандидатів, які працюють з-за кордону. Питання
            англійською теж вітаються.
        """,
    },
    {
        "slug": "it-recruiteri-praha",
        "name": "IT Recruiteři Praha",
        "country": "CZ",
        "city": "Prague",
        "languages": ["cs", "en"],
        "size": 9,
        "description": """
            Komunita IT recruiterů v Praze. Sdílíme zkušenosti s náborem vývojářů,
            výpovědními lhůtami, spoluprací na IČO a benefity, které kandidáti opravdu chtějí.
        """,
    },
    {
        "slug": "recrutadores-lisboa",
        "name": "Recrutadores Lisboa",
        "country": "PT",
        "city": "Lisbon",
        "languages": ["pt", "en"],
        "size": 8,
        "description": """
            Comunidade de recrutadores em Lisboa: hubs tecnológicos, centros de serviços
            partilhados e startups. Falamos de salários, aviso prévio e recrutamento
            internacional.
        """,
    },
    {
        "slug": "dublin-talent-acquisition",
        "name": "Dublin Talent Acquisition",
        "country": "IE",
        "city": "Dublin",
        "languages": ["en", "ga"],
        "size": 11,
        "description": """
            TA partners and agency recruiters in Dublin: big-tech EMEA headquarters, fintech
            and pharma. Employment permits, relocation questions from candidates and salary
            benchmarks.
        """,
    },
    {
        "slug": "recrutori-it-cluj",
        "name": "Recrutori IT Cluj",
        "country": "RO",
        "city": "Cluj-Napoca",
        "languages": ["ro", "en"],
        "size": 8,
        "description": """
            Comunitatea recrutorilor IT din Cluj-Napoca. Discutăm despre salarii nete și
            brute, colaborări pe PFA și recrutare pentru echipe remote.
        """,
    },
]

# --------------------------------------------------------------------------------------
# Questions and answers
# --------------------------------------------------------------------------------------
# "asker": a country code (a member living there asks) or "demo".
# Answers are texts by members living in the group's country, or (who, text) where
# "who" is another country code or "demo".

QUESTIONS = [
    # ---- Poland ---------------------------------------------------------------------
    {
        "group": "rekruterzy-it-polska",
        "asker": "GB",
        "language": "en",
        "title": "When do candidates in Poland expect to discuss salary?",
        "body": """
            I'm a London-based recruiter hiring engineers in Poland for the first time. In
            the UK we agree the salary range on the first call, long before the offer. My
            Polish colleagues tell me money comes at the very end there.

            What do candidates expect, and will I put people off by raising it early?
        """,
        "answers": [
            """
            It depends on the segment. In IT candidates expect a range in the very first
            message: most ads on Just Join IT and No Fluff Jobs show widełki (the range),
            and outreach without one often gets ignored. In more traditional corporate
            roles salary used to come up only at the offer stage, but that is changing fast.
            """,
            """
            Since the end of 2025 employers in Poland have to tell applicants the starting
            pay or its range before the interview (in the ad or separately), and they may
            not ask about current salary. So: share the range early and don't ask "how much
            do you earn now?".
            """,
            """
            One more thing: always say whether your number is **UoP gross (brutto)** or
            **B2B net per month (netto + VAT)**. Polish candidates will ask straight away,
            and the difference is big.
            """,
        ],
    },
    {
        "group": "rekruterzy-it-polska",
        "asker": "DE",
        "language": "en",
        "title": "Three-month notice period: is that normal in Poland?",
        "body": """
            A senior candidate we want for a Wrocław team says she has a three-month notice
            period. We know that from Germany, but I assumed Poland was shorter. Is there a
            way to get her to start sooner?
        """,
        "answers": [
            """
            On an employment contract (umowa o pracę) the notice depends on how long she has
            worked for that employer:

            - under 6 months: 2 weeks
            - 6 months to 3 years: 1 month
            - 3 years or more: 3 months

            So if she has been there 3+ years, it's the statutory period.
            """,
            """
            You can't buy it out, but she can ask her employer to end the contract earlier
            by mutual agreement (porozumienie stron). Many employers agree to one month if
            there is a decent handover plan, especially if she resigns politely and early.
            """,
            """
            Also ask about unused holiday. Employers often make people take the remaining
            urlop during notice, so her last real working day may be earlier than the
            contract end date.
            """,
        ],
    },
    {
        "group": "rekruterzy-it-polska",
        "asker": "US",
        "language": "en",
        "title": 'What does "B2B 25k netto" actually mean?',
        "body": """
            Candidates in Poland keep quoting things like "B2B 25k netto". Is that take-home
            pay? How do we compare it with an offer on an employment contract?
        """,
        "answers": [
            """
            On B2B, "netto" means the monthly invoice amount **before VAT**, not after tax.
            The contractor still pays income tax, ZUS social security and health
            contributions out of it, so it is closer to "gross for a company" than to
            take-home pay.
            """,
            (
                "demo",
                """
                A rule of thumb we use in Warsaw: B2B net ≈ 1.2–1.3 × UoP gross for a
                similar take-home, but it depends on the contractor's tax option (flat 19%,
                lump-sum 12% for software work, or the progressive scale). Ask which one
                they use before you compare.
                """,
            ),
            """
            And remember that B2B means no paid holiday or sick leave unless the contract
            says so. Most companies now offer 20–26 paid days off on B2B to stay
            competitive.
            """,
        ],
    },
    {
        "group": "rekruterzy-it-polska",
        "asker": "PL",
        "language": "pl",
        "title": "Kontroferta od obecnego pracodawcy: jak o tym rozmawiacie z kandydatem?",
        "body": """
            Trzeci raz w tym kwartale kandydat przyjął naszą ofertę, a potem został u siebie
            po kontrofercie. Jak wcześnie poruszacie temat kontroferty i co mówicie, żeby
            nie brzmiało to jak straszenie?
        """,
        "answers": [
            """
            Pytam już na pierwszej rozmowie: „Co musiałoby się stać, żebyś został w obecnej
            firmie?”. Jeśli odpowiedź to tylko pieniądze, wiem, że kontroferta jest realnym
            ryzykiem.
            """,
            """
            Przed złożeniem wypowiedzenia robię z kandydatem krótką rozmowę „na sucho”: co
            powie szef, co zaproponuje, co wtedy zrobisz. Kto to sobie przećwiczy, rzadziej
            się łamie.
            """,
            """
            U nas pomaga szybki start. Im krótszy czas między akceptacją oferty a pierwszym
            dniem, tym mniej okazji do kontroferty, więc często pomagamy negocjować
            skrócenie okresu wypowiedzenia porozumieniem stron.
            """,
        ],
    },
    {
        "group": "rekruterzy-it-polska",
        "asker": "PL",
        "language": "pl",
        "title": "Pracuj.pl czy Just Join IT do ogłoszeń dla juniorów?",
        "body": """
            Mamy budżet na dwa ogłoszenia na stanowisko Junior QA. Gdzie publikujecie role
            juniorskie, żeby nie utonąć w setkach CV, ale jednak dostać kilka sensownych
            zgłoszeń?
        """,
        "answers": [
            """
            Just Join IT i No Fluff Jobs dają przy juniorach ogromną liczbę aplikacji, ale
            bardzo różnej jakości: przygotuj się na 300+ CV i dobre pytania screeningowe.
            Pracuj.pl lepiej sprawdza się przy rolach nietechnicznych i poza Warszawą.
            """,
            """
            Spróbuj też biur karier uczelni i społeczności bootcampów. Za darmo, a jakość
            zaskakująco dobra, bo ludzie przychodzą już z jakimś portfolio.
            """,
            """
            My wrzucamy role juniorskie na Pracuj.pl z trzema krótkimi pytaniami w
            formularzu. Odsiewa to większość przypadkowych zgłoszeń, a reszta jest naprawdę
            zmotywowana.
            """,
        ],
    },
    {
        "group": "rekruterzy-it-polska",
        "asker": "UA",
        "language": "pl",
        "title": "Zatrudnianie kandydatów z Ukrainy: co sprawdzacie przed pierwszym dniem?",
        "body": """
            Rekrutuję dla firmy z Krakowa i mam kilku kandydatów z Ukrainy, którzy mieszkają
            w Polsce od 2022 roku. Jakie dokumenty sprawdzacie przed zatrudnieniem i kto u
            was pilnuje formalności: rekrutacja czy kadry?
        """,
        "answers": [
            """
            U nas rekrutacja tylko zbiera informacje, a formalności robią kadry. Sprawdzamy
            dokument tożsamości i PESEL ze statusem UKR, a kadry zgłaszają powierzenie pracy
            przez praca.gov.pl w ustawowym terminie.
            """,
            """
            Przepisy dla obywateli Ukrainy zmieniały się już kilka razy, więc przed każdą
            większą rekrutacją sprawdzamy aktualny stan na stronie urzędu albo pytamy
            kancelarię. Lepiej zapytać niż potem odkręcać.
            """,
        ],
    },
    {
        "group": "sourcing-krakow",
        "asker": "GB",
        "language": "en",
        "title": "Is small talk expected at the start of interviews in Poland?",
        "body": """
            I run lots of first-stage calls with candidates in Kraków. With British
            candidates five minutes about the weather and the weekend is normal. My Polish
            candidates seem to want to get straight to business. Am I making them
            uncomfortable?
        """,
        "answers": [
            """
            A minute or two is fine, but long small talk can feel like you are wasting their
            time or testing them somehow. Most candidates prefer a clear agenda: who you
            are, what the role is, how long the process takes.
            """,
            """
            Don't read directness as coldness. Once the conversation is about their work,
            people open up. Asking about their current stack is much better small talk than
            the weather :)
            """,
            """
            One more cultural note: Polish candidates rarely oversell themselves. "I know a
            bit of Kubernetes" can mean they run clusters in production, so ask for concrete
            examples.
            """,
        ],
    },
    {
        "group": "sourcing-krakow",
        "asker": "PL",
        "language": "pl",
        "title": "GitHub i boolean: jak szukacie backendowców z Krakowa?",
        "body": """
            Szukam backendowców (Go, Rust) z Krakowa. Na LinkedInie wszyscy dostali już po
            20 wiadomości. Co działa u was:

            - wyszukiwanie po lokalizacji na GitHubie,
            - Stack Overflow,
            - lokalne meetupy?
        """,
        "answers": [
            """
            Na GitHubie: `location:Krakow language:Go`, a potem drugi raz z „Kraków”, bo
            ludzie wpisują obie wersje. Potem filtruj po aktywności z ostatniego roku.
            """,
            """
            Meetupy działają najlepiej, ale nie przychodź z ofertą. Przyjdź posłuchać,
            pogadaj, wyślij wiadomość tydzień później. Odpowiedzi są wtedy zupełnie inne.
            """,
            """
            Uważaj na RODO: jeśli bierzesz dane z GitHuba, masz obowiązek informacyjny z
            art. 14 (najpóźniej w ciągu miesiąca). My wysyłamy klauzulę w pierwszej
            wiadomości.
            """,
        ],
    },
    {
        "group": "sourcing-krakow",
        "asker": "NL",
        "language": "en",
        "title": "How competitive is Kraków for German-speaking candidates?",
        "body": """
            We're opening a German-speaking customer operations team in Kraków. How hard is
            it to find people with C1 German, and what do they expect on top of the base
            salary?
        """,
        "answers": [
            """
            Very competitive. Shared-service centres pay a language bonus, and candidates
            with C1 German get several offers a month. Expect to pay noticeably more than
            for English-only roles.
            """,
            """
            Look beyond Kraków too: Silesia and the Opole region have many native German
            speakers, and some will relocate or work hybrid if you help with the move.
            """,
            """
            Candidates also expect private medical care and a sports card as standard
            benefits. Without them, even a good salary looks like an incomplete offer.
            """,
        ],
    },
    {
        "group": "rekruterzy-lodz",
        "asker": "PL",
        "language": "pl",
        "title": "Zgody RODO na przyszłe rekrutacje: jak długo trzymacie CV?",
        "body": """
            Po audycie dostaliśmy uwagę, że trzymamy CV kandydatów za długo. Jak to u was
            wygląda: osobna zgoda na przyszłe rekrutacje, okres przechowywania, automatyczne
            usuwanie w ATS?
        """,
        "answers": [
            """
            Bez zgody na przyszłe rekrutacje usuwamy dane po zakończeniu procesu (plus
            krótki okres na ewentualne roszczenia). Ze zgodą trzymamy maksymalnie 12
            miesięcy, a potem ATS wysyła kandydatowi prośbę o odnowienie.
            """,
            """
            Zgoda musi być osobna i dobrowolna: nie może być warunkiem udziału w bieżącej
            rekrutacji. U nas to osobny checkbox: „Wyrażam zgodę na przetwarzanie moich
            danych osobowych w celu przyszłych procesów rekrutacyjnych”.
            """,
            """
            U nas ATS sam pilnuje dat i usuwa dane po terminie. Przy kilku tysiącach
            kandydatów rocznie ręcznie nie dalibyśmy rady, a audytor od razu pyta o
            automatyzację.
            """,
        ],
    },
    {
        "group": "rekruterzy-lodz",
        "asker": "IE",
        "language": "en",
        "title": "Salary expectations of finance graduates in Łódź shared-service centres?",
        "body": """
            We're hiring ten accounts payable graduates for a new centre in Łódź. Do
            graduates there think in monthly gross or net, and do they expect a hybrid
            model from day one?
        """,
        "answers": [],
    },
    {
        "group": "hr-rekrutacja-trojmiasto",
        "asker": "PL",
        "language": "pl",
        "title": "Rekrutacja do gamedevu: jak oceniacie portfolio artystów 3D?",
        "body": """
            Pierwszy raz rekrutuję do studia gier i dostaję portfolia na ArtStation. Na co
            zwracacie uwagę na etapie screeningu, zanim przekażecie je art directorowi?
        """,
        "answers": [],
    },
    {
        "group": "hr-rekrutacja-trojmiasto",
        "asker": "SE",
        "language": "en",
        "title": "Relocating engineers from Gdańsk to Sweden: what matters most to them?",
        "body": """
            We recruit embedded engineers in Gdańsk for a team in Gothenburg. Offers look
            good on paper but several candidates declined at the end. What do candidates
            from Tricity weigh most when considering a move to Scandinavia?
        """,
        "answers": [
            """
            Housing first. The rental situation in Swedish cities is well known here, and
            "we'll help you find a flat" without specifics is not enough.
            """,
            """
            They calculate net salary after Swedish tax and compare it with B2B rates in
            Poland, which can look better on paper. Show the full picture: pension,
            parental leave, holidays, childcare costs.
            """,
            """
            The partner question comes up every time: will my partner find a job without
            Swedish? Mention language courses and any help you offer the spouse.
            """,
        ],
    },
    {
        "group": "tech-sourcing-warszawa",
        "asker": "DE",
        "language": "en",
        "title": "Do Warsaw start-ups still hire mostly on B2B?",
        "body": """
            A Berlin client wants to open a small engineering hub in Warsaw. Should we offer
            employment contracts, B2B, or both? What do candidates prefer right now?
        """,
        "answers": [
            """
            Senior engineers still mostly choose B2B, and many ads say "B2B or UoP,
            candidate's choice". Juniors and non-technical roles are mostly on UoP.
            """,
            """
            Offering both is the safest. On UoP you can also apply the 50% tax-deductible
            costs for creative work (copyright transfer) to programming work, which makes
            employment contracts more attractive than people from abroad expect.
            """,
            """
            Whatever you choose, make the offer comparable: show the monthly net for UoP and
            for B2B side by side. Candidates do this maths anyway.
            """,
        ],
    },
    {
        "group": "tech-sourcing-warszawa",
        "asker": "PL",
        "language": "pl",
        "title": "Ile trwa u was proces od pierwszej rozmowy do oferty?",
        "body": """
            Hiring manager chce czterech etapów plus zadanie domowe. Kandydaci odpadają po
            drodze. Ile etapów i ile tygodni to u was realny standard w warszawskim IT?
        """,
        "answers": [
            """
            U nas maksymalnie trzy etapy i dwa tygodnie. Zadanie domowe zastąpiliśmy live
            codingiem na godzinę, bo seniorzy po prostu go nie robili.
            """,
            """
            Dobre doświadczenie: zbierz wszystkie rozmowy techniczne w jeden dzień. Kandydat
            bierze jeden dzień urlopu zamiast trzech wyjść „do lekarza”.
            """,
            (
                "demo",
                """
                W moich procesach: dwa, maksymalnie trzy tygodnie. Po miesiącu dobry senior
                ma już inną ofertę na stole, więc walczę z każdym dodatkowym etapem.
                """,
            ),
        ],
    },
    {
        "group": "rekruterzy-wroclaw",
        "asker": "PL",
        "language": "pl",
        "title": "Umowa o pracę czy B2B: co wybierają kandydaci we Wrocławiu?",
        "body": """
            Zauważyliśmy, że coraz więcej kandydatów pyta o umowę o pracę zamiast B2B. Czy u
            was też widać ten trend, czy to tylko nasza branża (automotive software)?
        """,
        "answers": [
            """
            Widzimy to samo. Po ostatnich zwolnieniach w IT ludzie bardziej cenią
            stabilność, płatny urlop i okres wypowiedzenia. B2B nadal wygrywa u
            najlepiej zarabiających.
            """,
            """
            U nas pomogła tabelka porównawcza w ofercie: ta sama kwota „na rękę” na UoP i na
            B2B, z wyliczeniem urlopu i chorobowego. Kandydaci doceniają przejrzystość.
            """,
            """
            W automotive widzimy jeszcze jedno: kandydaci z rodzinami częściej wybierają UoP
            ze względu na urlop rodzicielski i zdolność kredytową w banku.
            """,
        ],
    },
    # ---- United Kingdom -------------------------------------------------------------
    {
        "group": "london-recruiters-network",
        "asker": "ES",
        "language": "en",
        "title": "How much notice do UK candidates usually have?",
        "body": """
            I'm planning start dates for a London team we're building from Madrid. What
            notice periods should I expect, and is it common for employers to let people go
            early?
        """,
        "answers": [
            """
            One month is standard for most mid-level roles, three months for senior and
            managerial ones. The legal minimum is only a week, but contracts almost always
            say more.
            """,
            """
            Early release happens, but some employers put people on garden leave instead:
            they're paid but can't start with you until the notice ends. Ask the candidate
            to check their contract before you promise a start date.
            """,
            """
            Prepare for counter-offers. In London they're very common, especially for
            engineers and sales, so talk about it before they resign.
            """,
        ],
    },
    {
        "group": "london-recruiters-network",
        "asker": "PL",
        "language": "en",
        "title": "Right-to-work checks for EU citizens after Brexit: what do I need to see?",
        "body": """
            We're hiring our first UK employee, a Polish citizen living in London since
            2017. Is her Polish passport enough, or is there something else we need to
            check?
        """,
        "answers": [
            """
            A passport alone isn't enough any more. EU citizens with settled or pre-settled
            status prove it online: she gives you a share code and you check it on the
            GOV.UK "view a job applicant's right to work" service.
            """,
            """
            Do the check before her first day and keep a record of it (the PDF from the
            online check). That record is what protects you if anything is ever questioned.
            """,
            """
            And check every candidate's right to work the same way, after the offer. Asking
            only the EU or foreign-sounding candidates early in the process is a
            discrimination risk.
            """,
        ],
    },
    {
        "group": "london-recruiters-network",
        "asker": "IL",
        "language": "en",
        "title": "Is IR35 still a big issue when hiring contractors?",
        "body": """
            Our Tel Aviv company wants a few UK contractors for a six-month project. A
            London agency mentioned IR35. How much does it change how we hire?
        """,
        "answers": [
            """
            Quite a lot. For medium and large clients, it's the client that decides whether
            a role is inside or outside IR35 and gives a status determination statement.
            Inside IR35 means the contractor is taxed roughly like an employee.
            """,
            """
            Practically: many contractors only take "outside IR35" roles, or want a higher
            day rate for "inside" ones through an umbrella company. Decide the status before
            you go to market, not after.
            """,
        ],
    },
    {
        "group": "london-recruiters-network",
        "asker": "GB",
        "language": "en",
        "title": "Candidates ghosting after verbal acceptance: what's your playbook?",
        "body": """
            Two candidates this month verbally accepted and then went silent before signing.
            What do you do between the verbal yes and the signed contract?
        """,
        "answers": [
            """
            Send the written offer the same day. Every day between verbal and written is a
            day for their current employer to counter.
            """,
            """
            We book a call with the hiring manager within 48 hours of acceptance, just to
            say hello and talk about the first project. Candidates who have met their future
            manager rarely disappear.
            """,
            """
            I ask outright: "Is there anything that could stop you from signing?" You'd be
            surprised how often they tell you about the other offer right there.
            """,
        ],
    },
    {
        "group": "manchester-talent-acquisition",
        "asker": "DE",
        "language": "en",
        "title": "Do UK candidates expect the salary in the job ad?",
        "body": """
            In Germany many ads still say nothing about pay. Is it the same in Manchester,
            or will we get fewer applicants without a range?
        """,
        "answers": [
            """
            You'll get noticeably fewer applicants without a range. Most ads here show one,
            and "competitive salary" is read as "below market".
            """,
            """
            Keep the range honest. If you post £40–70k for one role, candidates assume
            you'll pay £40k.
            """,
            """
            Public sector ads always show the pay band. The private sector is catching up,
            and candidates now expect the same.
            """,
        ],
    },
    {
        "group": "uk-inhouse-ta-leaders",
        "asker": "US",
        "language": "en",
        "title": "Can we still ask about salary history in the UK?",
        "body": """
            Several US states ban salary history questions, so our US team has stopped
            asking. Is it allowed in the UK, and do you still ask?
        """,
        "answers": [
            """
            It isn't banned in the UK, unlike several US states. But most in-house teams I
            know have stopped asking: it imports existing pay gaps into your offers.
            """,
            """
            We ask about expectations instead. It gives you the same information for
            budgeting without anchoring on what their last employer paid.
            """,
            """
            If you also hire in the EU, the pay transparency directive will stop you asking
            there. It's simpler to have one policy for every country.
            """,
        ],
    },
    # ---- Germany --------------------------------------------------------------------
    {
        "group": "recruiting-community-berlin",
        "asker": "demo",
        "language": "en",
        "title": "How involved is the Betriebsrat in hiring decisions?",
        "body": """
            I'm recruiting for a client with a works council in Berlin. The hiring manager
            wants to make an offer tomorrow, but HR says the Betriebsrat has to agree first.
            How long does that usually take, and can it block a hire?
        """,
        "answers": [
            """
            In companies with more than 20 employees the works council must be informed
            before every hire (§ 99 BetrVG) and gets one week to object. If it says nothing
            within the week, consent is assumed.
            """,
            """
            It can only refuse on specific grounds, e.g. the role wasn't advertised
            internally although it asked for that, or the hire breaks a law or an agreement.
            In practice almost all hires go through, but build that week into your timeline.
            """,
            """
            Tip: send the offer "subject to the approval of the works council". Candidates
            in Germany know the phrase and don't mind it at all.
            """,
        ],
    },
    {
        "group": "recruiting-community-berlin",
        "asker": "PL",
        "language": "en",
        "title": 'What does "3 Monate zum Quartalsende" mean for the start date?',
        "body": """
            A candidate wrote that his notice period is "3 Monate zum Quartalsende". If he
            resigns this month, when can he actually start with us?
        """,
        "answers": [
            """
            Three months' notice, and the notice has to end on the last day of a calendar
            quarter. If he resigns in February, three months takes him to May, so the
            earliest end is 30 June and he starts on 1 July. Resigning on 1 April would
            already mean 30 September.
            """,
            """
            Very common for senior people in Germany. An early release (Aufhebungsvertrag)
            is possible, but employers usually only agree if the handover is easy.
            """,
        ],
    },
    {
        "group": "recruiting-community-berlin",
        "asker": "DE",
        "language": "de",
        "title": "Gehaltsangaben in Stellenanzeigen: macht ihr das schon?",
        "body": """
            Die EU-Entgelttransparenzrichtlinie kommt. Nennt ihr schon Gehaltsbänder in
            euren Anzeigen auf StepStone und LinkedIn? Wie reagieren die Bewerber:innen?
        """,
        "answers": [
            """
            Ja, seit letztem Jahr. Es kommen etwas weniger Bewerbungen, aber die passen viel
            besser. Wir verlieren kaum noch Leute in der letzten Runde wegen des Gehalts.
            """,
            """
            Wir warten noch auf das deutsche Gesetz, haben intern aber schon für alle Rollen
            Bänder definiert. Dann müssen wir später nicht alles in Eile machen.
            """,
            """
            Tipp: Immer Bruttojahresgehalt angeben und dazuschreiben, ob variable Anteile
            enthalten sind. Sonst kommt die Frage garantiert im ersten Gespräch.
            """,
        ],
    },
    {
        "group": "recruiting-community-berlin",
        "asker": "IL",
        "language": "en",
        "title": "Are Berlin candidates comfortable interviewing in English?",
        "body": """
            We're a Tel Aviv company hiring a product team in Berlin. Should we run
            interviews in English, or will we lose German candidates that way?
        """,
        "answers": [
            """
            In tech, English is completely normal: many Berlin teams work in English every
            day. For customer-facing, legal or HR roles German is usually expected.
            """,
            """
            When you talk money, candidates think in gross annual salary (brutto pro Jahr).
            Quote it that way, not monthly.
            """,
            """
            If you hire people from outside the EU into Berlin, the EU Blue Card is the usual
            route. Check the current salary threshold before you make the offer.
            """,
        ],
    },
    {
        "group": "personaler-muenchen",
        "asker": "GB",
        "language": "en",
        "title": "Is a cover letter (Anschreiben) still expected in Germany?",
        "body": """
            I'm helping a Munich manufacturer with engineering hires. Their application form
            still asks for an Anschreiben. Is that normal, and does it put candidates off?
        """,
        "answers": [
            """
            In the Mittelstand and in traditional industries it's still common. But more and
            more companies advertise "Bewerbung ohne Anschreiben" and get more applications
            because of it.
            """,
            """
            Also expect CVs with photos and date of birth from more experienced candidates.
            That's their choice, but you must not ask for either: the AGG (equal treatment
            law) makes that risky.
            """,
        ],
    },
    {
        "group": "personaler-muenchen",
        "asker": "DE",
        "language": "de",
        "title": "Wie lange bewahrt ihr Bewerbungsunterlagen nach einer Absage auf?",
        "body": """
            Unser Datenschutzbeauftragter will die Fristen vereinheitlichen. Wie lange
            speichert ihr Unterlagen nach einer Absage, und holt ihr für den Talentpool eine
            eigene Einwilligung ein?
        """,
        "answers": [
            """
            Sechs Monate. Wegen des AGG: zwei Monate für die Geltendmachung, dann drei
            Monate für eine Klage, plus etwas Puffer.
            """,
            """
            Für den Talentpool holen wir eine separate Einwilligung ein, mit klarer Dauer
            (bei uns zwölf Monate). Ohne Einwilligung wird nach der Frist gelöscht, das
            erledigt das ATS automatisch.
            """,
        ],
    },
    {
        "group": "tech-recruiting-hamburg",
        "asker": "US",
        "language": "en",
        "title": "How common are counter-offers in Germany?",
        "body": """
            In the US we expect a counter-offer for every senior engineer. Our Hamburg hiring
            manager says it's rare in Germany. Who is right?
        """,
        "answers": [
            """
            Less common than in the US or UK, but not rare any more for engineers. Long
            notice periods give the current employer three months to try.
            """,
            """
            What we see more often is a promotion or a new project offered during notice,
            rather than a plain salary match. Ask the candidate what they'd do if that
            happened.
            """,
        ],
    },
    # ---- Spain ----------------------------------------------------------------------
    {
        "group": "reclutadores-madrid",
        "asker": "PL",
        "language": "en",
        "title": 'What is "jornada intensiva" and how does it affect summer hiring?',
        "body": """
            A Madrid hiring manager told me we can't schedule interviews in the afternoon
            from July because of the "jornada intensiva". What does it mean in practice?
        """,
        "answers": [
            """
            Summer hours. Many companies work roughly 8:00 to 15:00 without a lunch break,
            usually in July and August (some from mid-June to mid-September). Afternoons
            are basically gone.
            """,
            """
            And August is dead for hiring: half of Spain is on holiday. If you need someone
            to start in September, close the offer by mid-July.
            """,
            """
            Candidates value it a lot. If your client offers jornada intensiva, put it in the
            job ad: it's a real selling point.
            """,
        ],
    },
    {
        "group": "reclutadores-madrid",
        "asker": "GB",
        "language": "en",
        "title": "Spanish salaries: 12 or 14 payments?",
        "body": """
            A candidate asked whether our offer is "en 12 o en 14 pagas". How should we quote
            salaries in Spain so nobody is surprised?
        """,
        "answers": [
            """
            Always quote the gross annual salary (salario bruto anual). Then say whether it
            is paid in 12 or 14 payments: 14 means two extra payments, usually in summer and
            at Christmas.
            """,
            """
            Candidates compute their monthly net from it, so with 14 payments the monthly
            amount looks smaller. Be explicit or they'll feel misled.
            """,
            """
            Mention remote days in the same message. In Madrid candidates ask about
            teletrabajo as early as they ask about salary.
            """,
        ],
    },
    {
        "group": "reclutadores-madrid",
        "asker": "ES",
        "language": "es",
        "title": "¿InfoJobs todavía funciona para perfiles tecnológicos?",
        "body": """
            Llevamos tres meses publicando ofertas de backend en InfoJobs y casi todo lo que
            llega son perfiles junior o que no encajan. ¿Qué os funciona a vosotros?

            - LinkedIn
            - Tecnoempleo
            - comunidades y meetups
        """,
        "answers": [
            """
            Para tech, InfoJobs nos sirve poco. Nos funcionan LinkedIn, Tecnoempleo y sobre
            todo las referencias internas.
            """,
            """
            Prueba a poner la banda salarial en la oferta. En Madrid las ofertas sin salario
            se quedan sin candidatos senior.
            """,
            """
            Las comunidades técnicas y los meetups funcionan mejor que cualquier portal, pero
            hay que aportar algo: charlas, patrocinio, no solo publicar ofertas.
            """,
        ],
    },
    {
        "group": "talent-barcelona",
        "asker": "ES",
        "language": "es",
        "title": "¿Cuál es el preaviso habitual en perfiles tecnológicos?",
        "body": """
            Un candidato dice que tiene que dar un mes de preaviso. Pensaba que en España
            eran quince días. ¿Qué veis vosotros?
        """,
        "answers": [
            """
            Depende del convenio colectivo y del contrato. En muchos convenios son 15 días,
            pero en perfiles técnicos o directivos puede ser un mes o más.
            """,
            """
            Si no lo cumple, la empresa le puede descontar los días en el finiquito. Muchos
            candidatos negocian salir antes con su empresa; vale la pena preguntar.
            """,
        ],
    },
    {
        "group": "talent-barcelona",
        "asker": "NL",
        "language": "en",
        "title": "Relocating to Barcelona: what do candidates ask about first?",
        "body": """
            We're moving three engineers from Amsterdam to our Barcelona office. Besides
            salary, what should our relocation package cover?
        """,
        "answers": [],
    },
    # ---- Israel ---------------------------------------------------------------------
    {
        "group": "megaysim-israel",
        "asker": "IL",
        "language": "he",
        "title": "איך אתם מתמודדים עם מועמדים שנקראים למילואים באמצע תהליך?",
        "body": """
            יש לנו מועמד מצוין לתפקיד DevOps שנקרא למילואים אחרי הראיון המקצועי, והוא
            לא יודע מתי ישתחרר. איך אתם מנהלים את זה מול מנהלי הגיוס? מחכים, ממשיכים עם
            מועמדים אחרים, או מגישים הצעה מראש?
        """,
        "answers": [
            """
            אנחנו מגישים הצעה גם כשהמועמד במילואים, עם תאריך התחלה גמיש. אסור לפסול מועמד
            בגלל שירות מילואים, ומבחינה עסקית מועמד טוב זוכר מי חיכה לו.
            """,
            """
            אצלנו עושים את הראיון האחרון בזום כשזה מתאפשר. הרבה מועמדים מעדיפים לסגור
            תהליך כדי שיהיה להם ראש שקט. פשוט תשאלו אותו מה נוח לו.
            """,
            """
            טיפ: תעדכנו את המועמד כל שבוע-שבועיים גם אם אין חדש. שקט מצד החברה נתפס כאילו
            ויתרתם עליו.
            """,
        ],
    },
    {
        "group": "megaysim-israel",
        "asker": "DE",
        "language": "en",
        "title": "How should we handle reserve duty (miluim) when hiring in Israel?",
        "body": """
            We're a Berlin scale-up opening an R&D team in Tel Aviv. Several candidates
            mentioned they may be called up for reserve duty for weeks at a time. What is
            normal practice for employers, and what must we avoid saying in interviews?
        """,
        "answers": [
            """
            The legal side first: you may not refuse to hire someone, or dismiss them,
            because of reserve service. During the service you keep paying the salary and
            the National Insurance Institute (Bituach Leumi) reimburses the employer.
            """,
            """
            In interviews, don't use "how much miluim do you do?" as a screening question.
            Asking about availability for a start date is fine; the candidate will usually
            tell you about reserve duty themselves.
            """,
            """
            Plan for it like any other absence: pair people on critical systems, document
            well, and don't build a launch around one person. Israeli teams are used to it,
            and handling it well is a big part of your employer brand here.
            """,
        ],
    },
    {
        "group": "megaysim-israel",
        "asker": "GB",
        "language": "en",
        "title": "Scheduling interviews with Israeli candidates: which days work?",
        "body": """
            I'm coordinating interviews from London with candidates in Israel. Is Friday a
            working day? Is Sunday? I keep getting it wrong.
        """,
        "answers": [
            """
            The working week is Sunday to Thursday. Friday is short or off for most people
            in tech, and Saturday is off. Sunday is a normal working day, so Sunday
            afternoon UK time works well.
            """,
            """
            Check the holiday calendar too. In September and October (Rosh Hashanah, Yom
            Kippur, Sukkot) hiring slows right down, and again around Pesach in spring.
            """,
        ],
    },
    {
        "group": "megaysim-israel",
        "asker": "US",
        "language": "en",
        "title": "Is AllJobs still worth paying for tech roles in Israel?",
        "body": """
            Our budget review asks whether we should renew AllJobs. Do Israeli engineers
            still apply through job boards, or is it all LinkedIn and referrals?
        """,
        "answers": [
            """
            For engineering: referrals first, LinkedIn second. AllJobs and Drushim still
            work well for operations, QA, support and sales roles.
            """,
            """
            Referral bonuses ("friend brings friend") of a few thousand shekels are standard
            here. Budget for them; they're usually cheaper than any board.
            """,
        ],
    },
    {
        "group": "tel-aviv-tech-sourcers",
        "asker": "IL",
        "language": "he",
        "title": "מה טווחי השכר שאתם רואים היום לבקאנד סניור?",
        "body": """
            אני צריכה לעדכן את טבלת השכר שלנו לפני רבעון הגיוס. מה אתם רואים בפועל בהצעות
            האחרונות למפתחי Backend סניור (Java/Go), ברוטו חודשי? ומה לגבי אופציות, עוד
            מישהו מתייחס אליהן?
        """,
        "answers": [
            """
            בהצעות שסגרנו ברבעון האחרון ראינו בערך 38 עד 48 אלף ברוטו לחודש, תלוי בחברה
            ובמורכבות. בחברות גדולות יש גם RSU, וזה מה שמועמדים שואלים עליו קודם.
            """,
            """
            אל תשכחו קרן השתלמות והפרשות פנסיה מעבר למינימום. מועמדים משווים חבילה מלאה,
            לא רק ברוטו.
            """,
            """
            גם עבודה היברידית היא חלק מהשיחה: רוב המועמדים מצפים ליומיים-שלושה מהבית.
            """,
        ],
    },
    {
        "group": "tel-aviv-tech-sourcers",
        "asker": "PL",
        "language": "en",
        "title": "How direct can outreach messages to Israeli engineers be?",
        "body": """
            My usual LinkedIn message is friendly and a bit long. Response rates from Tel
            Aviv engineers are close to zero. What does a message that gets answered look
            like?
        """,
        "answers": [
            """
            Very direct. Company, role, range and why them, in three or four lines. Skip
            the compliments; Israelis reply to short and concrete messages.
            """,
            """
            Mention the tech stack and the team size. "Series B, 12 engineers, Go and
            Kubernetes" gets more answers than any paragraph about culture.
            """,
        ],
    },
    # ---- Estonia --------------------------------------------------------------------
    {
        "group": "eesti-varbajad",
        "asker": "PL",
        "language": "en",
        "title": "Does e-residency let a candidate work for an Estonian company from Poland?",
        "body": """
            A candidate in Warsaw says he's an Estonian e-resident and can therefore be
            employed directly by our Tallinn client. Is that how it works? What are our
            options for hiring him remotely?
        """,
        "answers": [
            """
            No. E-residency is a digital identity for running an Estonian company online. It
            doesn't give the right to live or work in Estonia, and it doesn't change where
            he pays tax: if he lives in Poland, that's normally Poland.
            """,
            """
            The usual options: an employer of record in Poland, a contractor agreement with
            his own Polish business, or registering the Estonian company as an employer in
            Poland. Most Tallinn start-ups pick an EOR or a contractor set-up.
            """,
            (
                "PL",
                """
                From the Polish side: if he'd invoice as a B2B contractor, check that the
                contract doesn't look like hidden employment (fixed hours, a boss, no own
                risk). That's the main risk here.
                """,
            ),
        ],
    },
    {
        "group": "eesti-varbajad",
        "asker": "EE",
        "language": "et",
        "title": "Kust te arendajaid leiate peale CV Keskuse?",
        "body": """
            CV Keskus ja CV.ee toovad meile peamiselt müügi ja klienditoe kandidaate. Kust
            te leiate häid arendajaid? LinkedIn, kogukonnad, üritused?
        """,
        "answers": [
            """
            Arendajate puhul töötavad kõige paremini soovitused ja LinkedIn. Eesti turg on
            väike, nii et hea soovitusprogramm on kõige tähtsam.
            """,
            """
            Käi meetupidel ja tudengiüritustel, eriti Tartus. Hea kandidaat võib tulla ka
            Soomest või Lätist, kui kaugtöö on võimalik.
            """,
            """
            Meil on hästi töötanud ettevõtte tehnoloogiablogi ja esinemised konverentsidel.
            Arendajad tahavad näha, millega meeskond päriselt tegeleb.
            """,
        ],
    },
    {
        "group": "eesti-varbajad",
        "asker": "GB",
        "language": "en",
        "title": "Gross or net when Estonian candidates talk salary?",
        "body": """
            An Estonian candidate told me her expectation as a monthly number. Was that gross
            or net? In the UK we'd talk annual gross.
        """,
        "answers": [
            """
            Usually gross monthly ("bruto"). Annual numbers are unusual here, except in
            international companies.
            """,
            """
            Double-check anyway. Some candidates, especially outside tech, still think in
            net, so just ask "bruto või neto?" and you'll look like a local :)
            """,
        ],
    },
    {
        "group": "tallinn-tech-recruiters",
        "asker": "DE",
        "language": "en",
        "title": "Notice periods in Estonia: how quickly can people start?",
        "body": """
            Coming from Germany I'm used to three-month notice periods. How long do Estonian
            employees have to wait before they can start a new job?
        """,
        "answers": [
            """
            Much shorter. By law an employee has to give 30 calendar days' notice, and most
            contracts don't add to that. Plan for a month.
            """,
            """
            Employers have longer notice towards employees, depending on tenure, but that
            doesn't affect you when someone resigns.
            """,
        ],
    },
    {
        "group": "tallinn-tech-recruiters",
        "asker": "FR",
        "language": "en",
        "title": "Hiring a non-EU developer into Estonia: Startup Visa or regular permit?",
        "body": """
            Our Tallinn start-up wants to hire a developer from India. We heard about the
            Estonian Startup Visa. Does it apply to employees, and how long does it take?
        """,
        "answers": [],
    },
    # ---- France, Netherlands, Italy, Sweden -----------------------------------------
    {
        "group": "recruteurs-paris-tech",
        "asker": "GB",
        "language": "en",
        "title": 'Three-month notice for "cadres" in France?',
        "body": """
            Every senior candidate in Paris tells me they have three months' notice. Is
            that really the norm, and can they leave earlier?
        """,
        "answers": [
            """
            Yes, for cadres the collective agreement (Syntec in tech and consulting) usually
            sets three months. Non-cadres are more often one or two months.
            """,
            """
            Earlier departure is possible if the employer agrees, and it's negotiated more
            often than people think. Also keep in mind the période d'essai: four months for
            cadres, renewable once, so candidates weigh the move carefully.
            """,
            """
            Check for a non-compete clause too (clause de non-concurrence). It's only valid
            with financial compensation, but candidates take it seriously.
            """,
        ],
    },
    {
        "group": "recruteurs-paris-tech",
        "asker": "FR",
        "language": "fr",
        "title": "Afficher les salaires dans les offres : vous le faites déjà ?",
        "body": """
            Nous hésitons à publier les fourchettes de salaire sur Welcome to the Jungle et
            LinkedIn. Quels effets avez-vous observés sur les candidatures ?
        """,
        "answers": [
            """
            Oui, depuis un an. Moins de candidatures, mais beaucoup plus qualifiées, et
            presque plus de refus en fin de process à cause du salaire.
            """,
            """
            Indiquez clairement si c'est du brut annuel fixe ou un package avec variable.
            Sinon la question arrive dès le premier appel.
            """,
            """
            Nous l'avons fait sur tous nos postes tech. Le plus difficile a été d'aligner les
            salaires internes avant de publier, pas la publication elle-même.
            """,
        ],
    },
    {
        "group": "recruteurs-paris-tech",
        "asker": "PL",
        "language": "en",
        "title": "Is it OK to schedule interviews at lunchtime in France?",
        "body": """
            In Poland a 12:30 interview is perfectly normal. A Paris candidate politely
            asked to move it. Should I avoid lunchtime altogether?
        """,
        "answers": [
            """
            Yes, avoid roughly 12:30 to 14:00. Lunch is a real break here, and people often
            eat with their team. Late morning or mid-afternoon works best.
            """,
            """
            Same for August: most of France is on holiday, and processes simply pause. Plan
            to close offers before mid-July or restart in September.
            """,
        ],
    },
    {
        "group": "talent-acquisition-lyon",
        "asker": "ES",
        "language": "en",
        "title": "Finding bilingual French–Spanish customer support staff in Lyon?",
        "body": """
            We're opening a small customer support team in Lyon and need native French
            speakers with fluent Spanish. Where would you look first?
        """,
        "answers": [],
    },
    {
        "group": "recruiters-amsterdam",
        "asker": "DE",
        "language": "en",
        "title": "The 30% ruling: how do you explain it to candidates now?",
        "body": """
            We're hiring engineers from abroad for an Amsterdam office. Candidates ask about
            the 30% ruling. What should recruiters know, and how do you present it?
        """,
        "answers": [
            """
            It's a tax facility for employees recruited from abroad: part of the salary can
            be paid tax-free. The candidate must have lived far enough from the Dutch border
            before moving and meet a salary threshold. The percentage is being reduced, so
            check the current rules before you promise numbers.
            """,
            """
            Present it as a bonus, not as part of the salary. Offers that only work with the
            ruling fall apart when the application gets delayed.
            """,
            """
            Also quote gross annual salary and say whether the 8% holiday allowance
            (vakantiegeld) is included. Dutch candidates will always ask.
            """,
        ],
    },
    {
        "group": "recruiters-amsterdam",
        "asker": "NL",
        "language": "nl",
        "title": "Opzegtermijn van twee maanden: onderhandelen jullie daarover?",
        "body": """
            Een kandidaat heeft een opzegtermijn van twee maanden in zijn contract. Vragen
            jullie kandidaten om met hun werkgever te onderhandelen over een eerdere
            vertrekdatum?
        """,
        "answers": [
            """
            Ja, maar voorzichtig. Vaak gaat een werkgever akkoord met een eerdere datum als
            de overdracht goed geregeld is. Forceer het niet, dan start iemand met een
            slechte bijsmaak.
            """,
            """
            Wij vragen kandidaten om de overdracht al voor te bereiden voordat ze opzeggen.
            Dan gaat de werkgever makkelijker akkoord met een eerdere datum.
            """,
        ],
    },
    {
        "group": "recruiter-milano",
        "asker": "GB",
        "language": "en",
        "title": 'What exactly does "RAL" include?',
        "body": """
            Every Italian candidate quotes their RAL. Is it comparable to a UK gross annual
            salary, and what else should I ask about?
        """,
        "answers": [
            """
            RAL is Retribuzione Annua Lorda, the gross annual salary. It includes the
            tredicesima (13th month) and, under some collective agreements such as the one
            for commerce, the quattordicesima as well.
            """,
            """
            Ask about the extras too: meal vouchers (buoni pasto), company welfare budget and
            any variable bonus. Candidates compare the whole package.
            """,
            """
            Candidates sometimes also mention their monthly net ("netto in busta"). Always
            convert back to RAL before comparing offers.
            """,
        ],
    },
    {
        "group": "recruiter-milano",
        "asker": "IT",
        "language": "it",
        "title": "Preavviso: quanto aspettate un candidato senior?",
        "body": """
            Il nostro cliente vuole che il nuovo responsabile IT inizi entro un mese, ma il
            candidato ha tre mesi di preavviso secondo il CCNL. Come gestite queste
            situazioni?
        """,
        "answers": [
            """
            Di solito aspettiamo. Con i profili senior tre mesi sono normali, e spingere per
            un'uscita anticipata rischia di rovinare il rapporto con il candidato.
            """,
            """
            A volte il nuovo datore di lavoro paga l'indennità di mancato preavviso per
            liberare il candidato prima. Costa, ma per ruoli critici può valere la pena.
            """,
        ],
    },
    {
        "group": "rekryterare-stockholm",
        "asker": "PL",
        "language": "en",
        "title": "Notice periods in Sweden: one month or three?",
        "body": """
            We're hiring a senior developer in Stockholm. The candidate says three months'
            notice. I read that Swedish law says one month. Which is it?
        """,
        "answers": [
            """
            Both can be true. The legal minimum for an employee is one month, but collective
            agreements and contracts for white-collar staff often set two or three months,
            depending on tenure.
            """,
            """
            Also mind July: most of Sweden takes several weeks of holiday then, so an offer
            accepted in June often means an August start anyway.
            """,
            """
            Salaries are discussed as gross monthly pay (månadslön), not annual. Quote it
            that way or candidates will have to convert.
            """,
        ],
    },
    # ---- United States --------------------------------------------------------------
    {
        "group": "nyc-tech-recruiters",
        "asker": "DE",
        "language": "en",
        "title": "Pay transparency in NYC job ads: how wide can the range be?",
        "body": """
            We're posting our first New York role. I understand the ad must include a salary
            range. How wide is acceptable, and does it apply to remote roles?
        """,
        "answers": [
            """
            NYC requires a good-faith minimum and maximum for roles that could be done in
            the city, including hybrid and remote ones that report to an NYC office. A
            $90k–$250k range will get you criticism and maybe a complaint.
            """,
            """
            And forget German notice periods: two weeks' notice is the custom here, so
            candidates can start fast.
            """,
            """
            New York State has a similar law, so roles elsewhere in the state need ranges
            too. Simplest is to publish ranges for every US role.
            """,
        ],
    },
    {
        "group": "nyc-tech-recruiters",
        "asker": "US",
        "language": "en",
        "title": "Hybrid three days a week: are candidates still pushing back?",
        "body": """
            Our leadership just announced three office days a week. I'm already losing
            senior candidates at the offer stage. Is this the new normal for NYC, or are we
            out of line?
        """,
        "answers": [],
    },
    {
        "group": "remote-recruiting-us",
        "asker": "UA",
        "language": "en",
        "title": "Hiring US-based contractors from Europe: contractor or EOR?",
        "body": """
            Our Kyiv product company wants two US-based engineers. Should we hire them as
            independent contractors or through an employer of record?
        """,
        "answers": [
            """
            If they work full time, only for you, on your schedule, they look like
            employees, and misclassification is a real risk in many states. An EOR is the
            safer default.
            """,
            """
            Contractors can work for short, clearly scoped projects. You'll collect a W-9
            and issue a 1099-NEC at year end. Get state-specific advice, California in
            particular.
            """,
        ],
    },
    # ---- Ukraine, Czechia, Portugal, Ireland, Romania ----------------------------------
    {
        "group": "rekrutery-it-ukrainy",
        "asker": "PL",
        "language": "en",
        "title": "Hiring Ukrainian developers remotely: how do FOP contracts work?",
        "body": """
            We want to hire two developers in Lviv for a Polish product company. Candidates
            mention working "as FOP". What does that mean for the contract and the salary
            conversation?
        """,
        "answers": [
            """
            FOP is a sole-proprietorship. Most IT specialists are in the 3rd group of the
            simplified tax system with a 5% tax on revenue, so they invoice you under a
            service contract.
            """,
            """
            Salaries in IT are usually discussed in USD per month, and candidates mean the
            amount on the invoice. Say clearly which currency you pay in and who covers bank
            fees.
            """,
            """
            Djinni and DOU are the main places to find developers here. LinkedIn works too,
            but Djinni is where most people look first.
            """,
        ],
    },
    {
        "group": "rekrutery-it-ukrainy",
        "asker": "UA",
        "language": "uk",
        "title": "Як ви працюєте з кандидатами, які переїхали за кордон?",
        "body": """
            Багато наших кандидатів зараз живуть у Польщі, Німеччині чи Португалії. Чи
            наймаєте ви їх як ФОП, чи через місцеві компанії? Які підводні камені?
        """,
        "answers": [
            """
            Залежить від країни, де людина живе: там вона зазвичай стає податковим
            резидентом. Ми радимо кандидатам консультуватися з бухгалтером, а для
            довгострокової роботи використовуємо EOR.
            """,
            """
            Обов'язково уточнюйте часовий пояс і очікування щодо зустрічей. Для команд у
            Києві різниця з Португалією відчутна.
            """,
        ],
    },
    {
        "group": "it-recruiteri-praha",
        "asker": "DE",
        "language": "en",
        "title": "Two months' notice in Czechia: any way around it?",
        "body": """
            Our Prague candidate says she must give two months' notice. Is that the legal
            minimum, and do employers ever agree to less?
        """,
        "answers": [
            """
            Two months is the statutory minimum, and contracts can set it longer. An earlier
            end by agreement (dohoda o rozvázání pracovního poměru) is possible if the
            employer agrees.
            """,
            """
            Many developers here also work on a trade licence (práce na IČO). Then the notice
            is whatever their contract says, often one month.
            """,
            """
            Benefits matter here: meal vouchers (stravenky) or a meal allowance, a fifth week
            of holiday and a few sick days are what candidates compare.
            """,
        ],
    },
    {
        "group": "recrutadores-lisboa",
        "asker": "GB",
        "language": "en",
        "title": "Portuguese salaries are paid 14 times: how should we quote offers?",
        "body": """
            A Lisbon candidate asked if our offer is "14 meses". How do you present salaries
            to candidates in Portugal?
        """,
        "answers": [
            """
            Salaries are paid in 14 instalments: 12 months plus holiday and Christmas
            subsidies. Candidates usually quote gross monthly and multiply by 14.
            """,
            """
            Mention the meal allowance (subsídio de alimentação) too. It's a small daily
            amount but candidates always compare it.
            """,
            """
            For start dates: employees give 30 days' notice with under two years at the
            company and 60 days after that.
            """,
        ],
    },
    {
        "group": "dublin-talent-acquisition",
        "asker": "US",
        "language": "en",
        "title": "How long does a Critical Skills Employment Permit take?",
        "body": """
            We want to relocate a data engineer from Brazil to our Dublin office. How long
            should we plan for the permit, and what slows it down?
        """,
        "answers": [
            """
            Plan for a couple of months end to end: the permit itself, then the visa and
            registration after arrival. Processing times change, so check the current ones on
            the department's website.
            """,
            """
            Incomplete applications are the main delay: the salary has to meet the threshold
            and the contract must match the application exactly.
            """,
        ],
    },
    {
        "group": "dublin-talent-acquisition",
        "asker": "PL",
        "language": "en",
        "title": "Do Dublin employers offer housing help to relocating candidates?",
        "body": """
            Two candidates from Warsaw declined our Dublin offer after looking at rents.
            Do companies here offer temporary housing or a relocation allowance?
        """,
        "answers": [],
    },
    {
        "group": "recrutori-it-cluj",
        "asker": "DE",
        "language": "en",
        "title": "Do Romanian candidates quote net or gross salary?",
        "body": """
            A Cluj candidate asked for "net 9,000". Our offer template is in gross. How do
            you handle this?
        """,
        "answers": [
            """
            Net, almost always: "net în mână". Employee contributions and tax are high
            (pension 25%, health 10%, income tax 10%), so gross numbers look much bigger
            than what people take home.
            """,
            """
            Put both in the offer letter. Candidates trust a written net figure more than a
            gross number they have to calculate themselves.
            """,
            """
            For senior developers, many prefer a B2B-style collaboration through their own
            company or PFA. Ask early which set-up they expect.
            """,
        ],
    },
]
