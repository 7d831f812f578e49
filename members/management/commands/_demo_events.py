"""Demo meetups: upcoming, full with a waitlist, online, cancelled and past, with the
attendees' objectives. Times are local to each event's time zone, relative to today."""

EVENTS = [
    {
        "group": "rekruterzy-it-polska",
        "title": "Rekruterzy IT Polska: spotkanie grudniowe w Warszawie",
        "days_from_now": 9,
        "local_time": (18, 30),
        "hours": 3,
        "time_zone": "Europe/Warsaw",
        "format": "in_person",
        "venue": "Kawiarnia Relaks",
        "address": "ul. Puławska 48",
        "city": "Warszawa",
        "capacity": 12,
        "attendees": 16,
        "description": (
            "Grudniowe spotkanie przy kawie: **widełki w ogłoszeniach** po nowych przepisach "
            "o jawności wynagrodzeń, kontrakty B2B i to, jak rozmawiamy z kandydatami o "
            "kontrofertach.\n\nMiejsc jest 12; gdy się zapełnią, zapiszemy cię na listę "
            "rezerwową."
        ),
    },
    {
        "group": "recruiting-community-berlin",
        "title": "Recruiting Stammtisch Berlin",
        "days_from_now": 14,
        "local_time": (19, 0),
        "hours": 2,
        "time_zone": "Europe/Berlin",
        "format": "in_person",
        "venue": "Café Kreuzberg",
        "address": "Oranienstraße 12",
        "city": "Berlin",
        "capacity": 30,
        "attendees": 11,
        "description": (
            "Unser monatlicher Stammtisch: Betriebsrat und Einstellungen, "
            "Kündigungsfristen, und wie wir internationale Kandidat:innen nach Berlin holen."
        ),
    },
    {
        "group": "london-recruiters-network",
        "title": "Hiring across borders: UK, Poland and Germany (online panel)",
        "days_from_now": 5,
        "local_time": (12, 0),
        "hours": 1,
        "time_zone": "Europe/London",
        "format": "online",
        "online_url": "https://meet.example.com/lrn-cross-border",
        "capacity": 100,
        "attendees": 18,
        "description": (
            "A lunchtime panel with recruiters from London, Warsaw and Berlin: when salary is "
            "discussed (before the offer in the UK, after it in Poland), notice periods, and "
            "what candidates expect from the first call."
        ),
    },
    {
        "group": "megaysim-israel",
        "title": "מפגש מגייסים בתל אביב",
        "days_from_now": 20,
        "local_time": (18, 0),
        "hours": 2,
        "time_zone": "Asia/Jerusalem",
        "format": "in_person",
        "venue": "WeWork Sarona",
        "address": "Derech Menachem Begin 121",
        "city": "Tel Aviv",
        "capacity": 40,
        "attendees": 9,
        "description": "ערב נטוורקינג למגייסות ולמגייסים: גיוס בזמן מילואים, שכר ושוק ההייטק.",
    },
    {
        "group": "reclutadores-madrid",
        "title": "Afterwork de reclutadores en Madrid",
        "days_from_now": 11,
        "local_time": (19, 30),
        "hours": 2,
        "time_zone": "Europe/Madrid",
        "format": "in_person",
        "venue": "La Tabacalera",
        "address": "Calle de Embajadores 53",
        "city": "Madrid",
        "capacity": 25,
        "attendees": 0,
        "cancelled": True,
        "description": "Jornada intensiva, teletrabajo y contraofertas: charlamos con una caña.",
    },
    {
        "group": "eesti-varbajad",
        "title": "Eesti Värbajad: sügisene kokkusaamine",
        "days_from_now": -40,
        "local_time": (17, 30),
        "hours": 2,
        "time_zone": "Europe/Tallinn",
        "format": "in_person",
        "venue": "Telliskivi Loomelinnak",
        "address": "Telliskivi 60a",
        "city": "Tallinn",
        "capacity": 30,
        "attendees": 7,
        "description": "Räägime kaugtööst, e-residentsusest ja sellest, kuidas värvata välismaalt.",
    },
    {
        "group": "recruiting-community-berlin",
        "title": "Recruiting Summer Meetup Berlin",
        "days_from_now": -120,
        "local_time": (18, 0),
        "hours": 3,
        "time_zone": "Europe/Berlin",
        "format": "in_person",
        "venue": "Prinzessinnengarten",
        "address": "Moritzplatz",
        "city": "Berlin",
        "capacity": 50,
        "attendees": 14,
        "description": "Sommerfest der Community mit Lightning Talks zu Active Sourcing.",
    },
]

OBJECTIVES = [
    (
        "I want to learn how Polish candidates react when salary comes up on the first call.",
        ["salary-and-compensation", "candidate-expectations"],
    ),
    (
        "Looking for people who hire engineers on B2B contracts; happy to share what works.",
        ["employment-law", "salary-and-compensation"],
    ),
    ("I'd like to meet in-house recruiters who moved from agency work.", ["interview-culture"]),
    (
        "Chcę porozmawiać o okresach wypowiedzenia i kontrofertach.",
        ["notice-periods", "counter-offers"],
    ),
    (
        "Ich suche Austausch zu Betriebsrat und Einstellungsprozessen.",
        ["employment-law", "interview-culture"],
    ),
    ("Looking for tips on sourcing channels beyond LinkedIn.", ["sourcing-channels", "job-boards"]),
    (
        "Want to compare notes on relocating candidates and work permits.",
        ["relocation-and-work-permits"],
    ),
    ("", []),
]
