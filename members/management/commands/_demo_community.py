"""Demo data for how groups are run: rules, admission questions and answers, bans, declined
requests, invitations, and the richer profiles (specialisms, bios, LinkedIn, visibility).
Written for RecruitCommunity's demo; plain data, applied by seed_demo."""

RULES = {
    "rekruterzy-it-polska": """
1. Piszemy po polsku, ale pytania po angielsku od rekruterów z zagranicy są mile widziane.
2. Żadnych ogłoszeń o pracy w wątkach dyskusyjnych. Oferty tylko w cotygodniowym wątku.
3. Nie udostępniamy danych kandydatów. RODO obowiązuje także tutaj.
4. Szanujemy się nawzajem: krytykujemy pomysły, nie ludzi.
""",
    "rekruterzy-wroclaw": """
1. Grupa dla osób, które rekrutują we Wrocławiu i okolicach.
2. Zero spamu i ogłoszeń masowych.
3. Dzielimy się wiedzą, nie danymi kandydatów.
""",
    "recruiting-community-berlin": """
1. Deutsch oder Englisch, wie es dir leichter fällt.
2. Keine Stellenanzeigen in Diskussionen; dafür gibt es den monatlichen Job-Thread.
3. Keine personenbezogenen Daten von Kandidat:innen (DSGVO).
""",
    "personaler-muenchen": """
1. Nur für Personaler:innen und Recruiter:innen mit Bezug zu München.
2. Vertrauliches bleibt in der Gruppe.
3. Keine Werbung für Dienstleistungen ohne Absprache mit der Moderation.
""",
    "megaysim-israel": """
1. כותבים בעברית או באנגלית.
2. בלי מודעות דרושים בשרשורי דיון.
3. לא משתפים פרטים אישיים של מועמדים.
""",
    "tel-aviv-tech-sourcers": """
1. Sourcing talk only: tools, channels, Boolean strings, outreach that works.
2. No job adverts, no cold pitches to members.
3. Be kind to juniors: everyone started somewhere.
""",
    "reclutadores-madrid": """
1. Escribimos en español; las preguntas en inglés también son bienvenidas.
2. Nada de ofertas de empleo en los debates.
3. Respeta la privacidad de los candidatos.
""",
    "london-recruiters-network": """
1. No job adverts outside the Friday jobs thread.
2. No sharing candidate details, CVs or contact data.
3. Agency and in-house recruiters are equally welcome; keep the tone friendly.
""",
}

ADMISSION_QUESTIONS = {
    "rekruterzy-wroclaw": [
        "Czym się zajmujesz i dla kogo rekrutujesz?",
        "Skąd dowiedziałeś/aś się o grupie?",
    ],
    "personaler-muenchen": [
        "In welchem Unternehmen oder welcher Agentur rekrutierst du?",
        "Was erhoffst du dir von der Gruppe?",
    ],
    "tel-aviv-tech-sourcers": [
        "Which roles do you source for?",
        "Which sourcing tool could you not live without?",
        "Will you share one trick with the group in your first month?",
    ],
}

ADMISSION_ANSWERS = {
    "rekruterzy-wroclaw": [
        [
            "Rekrutuję inżynierów embedded dla firmy motoryzacyjnej.",
            "Polecił mi ją kolega z pracy.",
        ],
        [
            "Jestem HR business partnerką w software house, rekrutuję frontendowców.",
            "Z meetupu HR Wrocław.",
        ],
        ["Agencja, rekrutacje finansowe i SSC.", "Z LinkedIna."],
    ],
    "personaler-muenchen": [
        [
            "In-house bei einem Münchner Medizintechnik-Unternehmen.",
            "Austausch zu Gehaltsbändern und Employer Branding.",
        ],
        ["Personalberatung, Schwerpunkt IT und Automotive.", "Kontakte zu Kolleg:innen vor Ort."],
        [
            "Ich leite das Recruiting eines Start-ups in Garching.",
            "Tipps zu Betriebsrat und Probezeit.",
        ],
    ],
    "tel-aviv-tech-sourcers": [
        [
            "Backend and data engineers for a fintech scale-up.",
            "Boolean search on GitHub and Stack Overflow.",
            "Yes: X-ray searches on Google Scholar.",
        ],
        [
            "Product and design roles.",
            "A good spreadsheet and patience.",
            "Happy to share my outreach templates.",
        ],
        [
            "Cyber security researchers.",
            "Conference speaker lists.",
            "Yes, a list of local meetups.",
        ],
    ],
}

DECLINED = {
    # slug: message for the first still-pending applicant, declined on every fresh seed
    "personaler-muenchen": (
        "Danke für dein Interesse! Die Gruppe ist für Recruiter:innen mit Bezug zu München; "
        "schau gern bei Recruiting Community Berlin vorbei."
    ),
}

BANS = {
    # slug: reason; the newest plain member of the group is banned
    "london-recruiters-network": (
        "Posted the same contract-role advert in six discussion threads after two warnings."
    ),
}

INVITED_EMAILS = {
    "uk-inhouse-ta-leaders": [
        ("priya.shah@example.co.uk", "Priya Shah"),
        ("tom.hughes@example.co.uk", "Tom Hughes"),
        ("aisha.bello@example.co.uk", "Aisha Bello"),
        ("gareth.evans@example.co.uk", "Gareth Evans"),
        ("fiona.mcleod@example.co.uk", "Fiona McLeod"),
        ("daniel.okafor@example.co.uk", "Daniel Okafor"),
        ("hannah.price@example.co.uk", ""),
        ("liam.byrne@example.ie", "Liam Byrne"),
    ],
    "tel-aviv-tech-sourcers": [
        ("noa.levi@example.co.il", "Noa Levi"),
        ("yossi.mizrahi@example.co.il", "Yossi Mizrahi"),
    ],
}

INVITATION_LINKS = {
    # slug: [(days until expiry or None, maximum uses or None, uses so far, revoked)]
    "uk-inhouse-ta-leaders": [(30, 25, 6, False), (None, None, 14, True)],
    "tel-aviv-tech-sourcers": [(7, 10, 2, False)],
}

SPECIALISM_BY_HEADLINE_WORD = {
    "sourc": "sourcing",
    "tech": "tech",
    "it ": "tech",
    "engineer": "engineering",
    "health": "healthcare",
    "pharma": "healthcare",
    "financ": "finance",
    "fintech": "finance",
    "bank": "finance",
    "executive": "executive_search",
    "agency": "agency",
    "agencj": "agency",
    "in-house": "in_house",
    "rpo": "rpo",
    "hr": "hr",
    "brand": "employer_branding",
    "graduate": "campus",
    "sales": "sales",
}

BIO_TEMPLATES = {
    "pl": (
        "Rekrutuję od {years} lat. {headline}. Chętnie pogadam o rynku w {city} "
        "i o tym, jak rozmawiać z kandydatami o pieniądzach."
    ),
    "de": (
        "Seit {years} Jahren im Recruiting. {headline}. Gern im Austausch über den Markt in {city}."
    ),
    "es": (
        "Llevo {years} años en selección. {headline}. "
        "Siempre con ganas de hablar del mercado en {city}."
    ),
    "he": "{years} שנים בגיוס. {headline}. אשמח לדבר על שוק העבודה ב{city}.",
    "et": (
        "Olen värbamisega tegelenud {years} aastat. {headline}. Räägin hea meelega {city} turust."
    ),
    "en": (
        "{years} years in recruiting. {headline}. "
        "Always happy to compare notes on hiring in {city}."
    ),
}

DEMO_PROFILE = {
    "specialisms": ["tech", "sourcing", "in_house"],
    "years_in_recruiting": 9,
    "linkedin_url": "https://www.linkedin.com/in/kasia-demo",
    "bio": (
        "Polish recruiter who learnt the trade in London. I run **Tech Sourcing Warszawa** "
        "and love comparing how hiring works across borders:\n\n"
        "- in the UK salary comes up on the first call,\n"
        "- in Poland usually after the offer (though pay transparency is changing that).\n\n"
        "Happy to help anyone hiring in Poland for the first time."
    ),
}
