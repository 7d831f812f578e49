"""Demo direct messages of the demo member (Kasia Demo, a Warsaw tech sourcer): a London
recruiter asking about salary timing in Poland, a Berlin recruiter asking about B2B
contracts in German, a Tel Aviv recruiter writing in Hebrew, a conversation started from the
Warsaw meetup's "people with similar goals" list, in Polish, and a mass pitch from a
"growth" account that the demo member reported (open in the admin's report queue) and
blocked.

Each conversation names the other member by country and city (the first member living
there, by username) or by where it started. Messages are (who, hours ago, text), "me" being
the demo member; the author of the first one started it. Unread: what the other side wrote
after the demo member's last message, unless "read" says the demo member has seen it."""

SPAMMER = {
    "username": "growth.hacker.recruiting",
    "email": "growth.hacker@example.com",
    "display_name": "10x Hiring Growth",
    "headline": "AI sourcing that 10x-es your pipeline 🚀",
    "country": "NL",
    "days_ago": 40,
}

SPAM_PITCH = (
    "Hi there! 🚀 Unlock **10x more hires** with our AI sourcing platform. Book a demo this "
    "week and get 50% off: https://example.com/10x-hiring"
)
# The same pitch went to these other members too (by country), up to the limit.
SPAM_ALSO_TO = ["DE", "EE"]

REPORT = {
    "reason": "spam",
    "note": "Advertising. The same message went to other people in my groups.",
}

CONVERSATIONS = [
    {
        "with": ("GB", "London"),
        "started_from": "directory",
        "read": False,
        "messages": [
            (
                "them",
                50,
                "Hi Kasia! I'm hiring a senior backend engineer in Warsaw for a London fintech. "
                "Here we talk salary on the very first call. When do Polish candidates expect "
                "to hear the range?",
            ),
            (
                "me",
                48.5,
                "Good question, I get it a lot 🙂 Most candidates in Poland expect "
                "the **range in the job ad** itself now, and they will ask on the first call if "
                "it is missing. The actual number is usually discussed *after* the technical "
                "interviews, together with the form of contract (B2B or employment contract).",
            ),
            (
                "them",
                30,
                "That's really helpful, thank you. Should I quote gross monthly or annual? Our "
                "UK template says annual gross.",
            ),
            (
                "them",
                29.5,
                "And one more: is it odd to ask candidates about their current salary?",
            ),
        ],
    },
    {
        "with": ("DE", "Berlin"),
        "started_from": "profile",
        "read": True,
        "messages": [
            (
                "them",
                120,
                "Hallo Kasia, ich baue gerade ein Team in Warschau für ein Berliner Start-up "
                "auf. Wie üblich sind B2B-Verträge bei Senior-Entwicklern in Polen? Bei uns wäre "
                "das schnell Scheinselbstständigkeit.",
            ),
            (
                "me",
                118,
                "Hallo! Mein Deutsch ist leider nicht so gut, so I'll answer in English: B2B is "
                "very common for senior developers in Poland, often more than half of the "
                "offers. Candidates compare the **net** amount on B2B with the gross on an "
                "employment contract, so give both if you can.",
            ),
            (
                "them",
                117,
                "Danke, das hilft sehr! Ich bringe das beim nächsten Stammtisch in Berlin ein.",
            ),
        ],
    },
    {
        "with": ("IL", "Tel Aviv"),
        "started_from": "profile",
        "read": False,
        "messages": [
            (
                "them",
                6,
                "שלום קסיה! ראיתי את התשובה שלך על תקופת ההודעה המוקדמת בפולין. אנחנו מגייסים "
                "מפתחים מפולין לחברה בתל אביב – כמה זמן בדרך כלל לוקח להם להתפנות?",
            ),
            (
                "them",
                5.9,
                "Sorry, in English too: we are hiring Polish developers for a Tel Aviv company. "
                "How long is the notice period usually, and do people negotiate it down?",
            ),
        ],
    },
    {
        # Started by the demo member from the Warsaw meetup's similar-goals list.
        "with": "similar_goals",
        "started_from": "event",
        "read": True,
        "messages": [
            (
                "me",
                26,
                "Cześć! Widzę, że też idziesz na grudniowe spotkanie i interesuje cię rozmowa o "
                "wynagrodzeniu na pierwszym callu. Jak reagują twoi kandydaci, gdy podajesz "
                "widełki od razu?",
            ),
            (
                "them",
                20,
                "Hej! U nas widełki są już w ogłoszeniu, więc na pierwszym callu pytam raczej "
                "o oczekiwania i formę współpracy (B2B czy UoP). Chętnie pogadam o tym na "
                "spotkaniu!",
            ),
            ("me", 19, "Super, do zobaczenia w Kawiarni Relaks!"),
        ],
    },
]

SPAM_HOURS_AGO = 3
