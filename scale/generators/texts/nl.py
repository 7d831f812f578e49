"""Dutch phrase bank (slots as in en.py). Lists missing here come from en.py."""

BANK = {
    "roles": [
        "Senior Java Developer",
        "Data Engineer",
        "Product Owner",
        "IC-verpleegkundige",
        "salesmanager",
        "financieel controller",
        "DevOps Engineer",
        "UX-designer",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: wanneer willen kandidaten over salaris praten?",
                "{country}: bruto of netto salaris?",
            ],
            "asks": [
                "Bij ons komt salaris pas bij het aanbod ter sprake. Is het bij jullie "
                "normaal om het in het eerste gesprek te vragen?",
                "Hoort de salarisindicatie in de vacaturetekst?",
            ],
            "answers": [
                "Hier praat je al in het eerste gesprek over het bruto maandsalaris.",
                "Vergeet het vakantiegeld en de dertiende maand niet.",
                "Bij een overstap verwachten kandidaten zo'n {percent}% meer.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: hoe lang is de opzegtermijn echt?",
                "{country}: kan de opzegtermijn korter?",
            ],
            "asks": [
                "Mijn klant wil dat iemand binnen {weeks} weken begint. Is dat realistisch?",
                "Laten werkgevers mensen eerder gaan?",
            ],
            "answers": [
                "De opzegtermijn is meestal één maand.",
                "Eerder vertrekken kan vaak in overleg.",
                "Reken op minstens {weeks} weken tot de startdatum.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: welke sourcingkanalen werken echt?",
                "{country}: waar vind je kandidaten voor {role}?",
            ],
            "asks": [
                "Bijna niemand reageert op mijn InMails. Welke kanalen gebruiken lokale "
                "recruiters?",
                "Zijn er lokale vacaturesites of community's die de moeite waard zijn?",
            ],
            "answers": [
                "LinkedIn werkt, maar een kort bericht in het Nederlands krijgt veel meer "
                "reacties.",
                "Zo'n {percent}% van onze hires komt via referrals.",
                "Meetups zijn de beste plek om developers te ontmoeten.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: hoe hoog zijn referral-bonussen?",
                "{country}: werken referralprogramma's?",
            ],
            "asks": [
                "We zetten een referralprogramma op. Welke bonus is gebruikelijk?",
                "Wordt de bonus pas na de proeftijd uitbetaald?",
            ],
            "answers": [
                "Een bonus van 1.000 tot 2.500 euro na de proeftijd is gebruikelijk.",
                "De helft bij start en de helft na {months} maanden werkt goed.",
                "Mensen dragen vrienden aan als het proces snel en respectvol is.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: hoe vaak komen tegenbiedingen voor?",
                "Kandidaat zei ja en kreeg toen een tegenbod: wat nu?",
            ],
            "asks": [
                "Ik verlies kandidaten in de laatste week door tegenbiedingen. Is dat "
                "normaal bij jullie?",
                "Hoe bereiden jullie kandidaten voor op een tegenbod?",
            ],
            "answers": [
                "Tegenbiedingen komen vaak voor; bespreek ze al in het eerste gesprek.",
                "De meeste mensen die een tegenbod accepteren vertrekken binnen een jaar.",
                "Houd tijdens de opzegtermijn elke paar dagen contact.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: hoe ziet een typisch sollicitatieproces eruit?",
                "{country}: hoeveel gespreksrondes zijn normaal?",
            ],
            "asks": [
                "Ons proces heeft vijf rondes en kandidaten haken af. Hoeveel rondes zijn normaal?",
                "Wordt small talk verwacht aan het begin van een gesprek?",
            ],
            "answers": [
                "Twee of drie rondes is normaal.",
                "Nederlanders zijn direct; kom snel ter zake.",
                "Geef binnen {days} dagen feedback.",
            ],
        },
        "relocation": {
            "titles": [
                "{country}: een {role} laten verhuizen, waar let je op?",
                "{country}: hoe lang duurt een werkvergunning?",
            ],
            "asks": [
                "We willen in het buitenland werven. Hoe lang duurt de kennismigrantenregeling?",
                "Welk relocatiepakket verwachten kandidaten?",
            ],
            "answers": [
                "Als erkend referent duurt het ongeveer {weeks} weken.",
                "Vraag naar de 30%-regeling, die maakt veel verschil.",
                "Hulp bij woningzoeken telt zwaarder dan de hoogte van het pakket.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: hoe lang mogen we cv's bewaren?",
                "{country}: toestemming en AVG bij kandidaten",
            ],
            "asks": [
                "Hoe lang mogen we cv's van afgewezen kandidaten bewaren?",
                "Mogen we kandidaten benaderen die we op openbare profielen vonden?",
            ],
            "answers": [
                "Zonder toestemming verwijderen we cv's na {months} maanden.",
                "Dat mag, maar vermeld in het eerste bericht waar je de gegevens vandaan hebt.",
                "Toestemming voor de talentpool moet een apart vinkje zijn.",
            ],
        },
    },
    "openers": [
        "Ik werf een {role} voor een klant in {city}.",
        "Functie: {role}, standplaats {city}, hybride.",
    ],
    "closers": ["Alle lokale ervaringen zijn welkom, dank!", "Wat zouden jullie doen?"],
    "answer_openers": ["Goede vraag.", "Uit mijn ervaring in {city}:"],
    "answer_closers": ["Succes met zoeken!", "Stuur me gerust een bericht."],
    "comments": [
        "Dank, heel nuttig.",
        "Hier in {city} precies hetzelfde.",
        "Geldt dit ook voor zzp'ers?",
        "Top antwoord, deel ik met het team.",
    ],
    "group_names": [
        "Recruiters {city}",
        "Sourcers {city}",
        "Tech Recruitment {city}",
        "Recruitment Borrel {city}",
    ],
    "group_descriptions": [
        "Groep voor recruiters en sourcers in {city}. We delen tips en marktinzichten en "
        "zien elkaar één keer per maand.",
    ],
    "headlines": ["Tech recruiter · {city}", "Sourcer voor start-ups", "Talent Acquisition"],
    "event_titles": [
        "Recruitersontbijt · {city}",
        "Sourcing meetup #{n}",
        "Paneldiscussie: salarisgesprekken",
    ],
    "event_descriptions": [
        "Informele bijeenkomst voor recruiters en sourcers. Neem je vragen mee.",
    ],
}
