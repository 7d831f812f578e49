"""Demo data for conversation in the threads: topics and tags found from the words of each
question, multi-region questions answered region by region, comments with mentions, and an
edited question with its history."""

TOPIC_KEYWORDS = {
    "salary-and-compensation": [
        "salary",
        "salar",
        "pay ",
        "widełk",
        "wynagrodz",
        "gehalt",
        "sueldo",
        "netto",
        "brutto",
        "משכורת",
        "palk",
    ],
    "notice-periods": ["notice", "wypowiedz", "kündigung", "preaviso", "start date", "monate"],
    "employment-law": [
        "b2b",
        "contract",
        "umow",
        "betriebsrat",
        "law",
        "ir35",
        "works council",
        "reserve",
        "miluim",
        "מילואים",
    ],
    "interview-culture": ["interview", "small talk", "rozmow", "entrevista"],
    "job-boards": [
        "pracuj",
        "stepstone",
        "infojobs",
        "alljobs",
        "cv keskus",
        "job board",
        "just join",
    ],
    "sourcing-channels": ["sourcing", "linkedin", "boolean", "channel"],
    "relocation-and-work-permits": ["relocat", "permit", "visa", "ukrain", "e-residen"],
    "counter-offers": ["counter", "kontroferta", "contraoferta"],
    "candidate-data-and-privacy": ["gdpr", "rodo", "dsgvo", "privacy", "consent"],
    "remote-and-hybrid-work": ["remote", "hybrid", "zdaln", "teletrabajo"],
    "benefits": ["benefit", "multisport", "13th", "holiday"],
    "candidate-expectations": ["expect", "oczekiw", "candidates in"],
}

TAG_KEYWORDS = {
    "b2b": ["b2b"],
    "gdpr": ["gdpr", "rodo", "dsgvo"],
    "betriebsrat": ["betriebsrat", "works council"],
    "miluim": ["miluim", "מילואים", "reserve duty"],
    "pay-transparency": ["transparen", "jawnoś"],
    "it": [" it ", "engineer", "developer"],
    "juniors": ["junior"],
}

MULTI_REGION_QUESTIONS = [
    {
        "group": "london-recruiters-network",
        "author": "demo",
        "title": "When do candidates expect to talk salary: UK, Poland or Germany?",
        "body": (
            "I'm setting up one hiring process for three markets. In the UK we agree the "
            "range on the first call. What is normal in Poland and in Germany?\n\n"
            "- Who raises it first, the recruiter or the candidate?\n"
            "- Gross or net, monthly or yearly?"
        ),
        "extra_regions": ["PL", "DE"],
        "topics": ["salary-and-compensation", "candidate-expectations"],
        "tags": ["pay-transparency"],
        "answers": {
            "GB": (
                "First call, almost always. Most candidates will ask within the first five "
                "minutes, and many job adverts already show a band."
            ),
            "PL": (
                "Traditionally after the offer, but in IT the range is expected in the very "
                "first message, usually monthly and as B2B net or UoP gross. Always say which."
            ),
            "DE": (
                "Usually in the first or second interview, as a yearly gross figure "
                "(Bruttojahresgehalt). Candidates often state their expectation in the "
                "application itself."
            ),
        },
    },
    {
        "group": "eesti-varbajad",
        "author": "demo",
        "title": "Notice periods compared: Estonia, Poland and Spain",
        "body": (
            "We hire remotely in three countries. How long do people usually wait between "
            "signing and starting, and do employers buy out notice periods?"
        ),
        "extra_regions": ["PL", "ES"],
        "topics": ["notice-periods", "remote-and-hybrid-work"],
        "tags": [],
        "answers": {
            "EE": "Often 2–4 weeks; 30 days is common in contracts, longer for managers.",
            "PL": (
                "On an employment contract it depends on tenure: 2 weeks, 1 month or "
                "3 months. On B2B it's whatever the contract says, often 1 month."
            ),
            "ES": (
                "Usually 15 days (quincena) unless the collective agreement says otherwise; "
                "senior roles can be a month or more."
            ),
        },
    },
]

COMMENTS = [
    "Thanks, this is exactly what I needed.",
    "Does this also apply to contractors?",
    "Same experience here in Kraków.",
    "Dzięki! A jak to wygląda w małych firmach?",
    "Danke, sehr hilfreich.",
    "Could you share where this rule is written down?",
    "@{asker} you might want to check the collective agreement too.",
]

EDITED_QUESTION = {
    "title_contains": "B2B 25k netto",
    "addition": "\n\n_Edit: I mean a monthly rate for a senior backend role in Warsaw._",
}
