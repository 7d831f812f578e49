"""German phrase bank (slots as in en.py)."""

BANK = {
    "roles": [
        "Senior Java Developer",
        "Data Engineer",
        "Product Owner",
        "Pflegefachkraft Intensivstation",
        "Vertriebsleitung",
        "Controller:in",
        "DevOps Engineer",
        "UX Designer:in",
        "Key Account Manager:in",
        "Maschinenbauingenieur:in",
        "Lohnbuchhalter:in",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: Wann sprechen Kandidat:innen über das Gehalt?",
                "{country}: Gehaltsband vor oder nach dem Angebot?",
                "{country}: Brutto- oder Nettogehalt im Gespräch?",
            ],
            "asks": [
                "Bei uns kommt das Gehalt erst beim Angebot auf den Tisch. Ist es bei euch "
                "üblich, schon im ersten Telefonat danach zu fragen?",
                "Gehört die Gehaltsspanne in die Stellenanzeige oder erst ins zweite Gespräch?",
                "Kandidat:innen nennen mir Nettobeträge, der Kunde denkt in Brutto. Wie geht "
                "ihr damit um?",
            ],
            "answers": [
                "Bei uns spricht man im ersten Telefonat offen über das Jahresbruttogehalt.",
                "Die meisten nennen ihr Bruttojahresgehalt, nicht den Monatslohn.",
                "Mit Gehaltsspanne in der Anzeige bekommen wir deutlich mehr passende Bewerbungen.",
                "Bei einem Wechsel erwarten Kandidat:innen rund {percent}% mehr.",
                "Tarifgebundene Arbeitgeber haben wenig Spielraum, das sollte man früh sagen.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: Wie lang sind Kündigungsfristen wirklich?",
                "{country}: Kündigungsfrist von {months} Monaten – normal?",
                "{country}: Lässt sich die Kündigungsfrist verkürzen?",
            ],
            "asks": [
                "Mein Kunde möchte einen Start in {weeks} Wochen. Ist das realistisch, oder "
                "müssen wir mit der Kündigungsfrist planen?",
                "Lassen Arbeitgeber Leute früher gehen, oder bestehen sie auf der vollen Frist?",
            ],
            "answers": [
                "Drei Monate zum Quartalsende sind bei Fachkräften völlig normal.",
                "Ein Aufhebungsvertrag ist möglich, wird aber einzeln verhandelt.",
                "Plane mit mindestens {weeks} Wochen bis zum Start.",
                "In der Probezeit gelten meist zwei Wochen Kündigungsfrist.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: Welche Sourcing-Kanäle funktionieren wirklich?",
                "{country}: Wo findet ihr Kandidat:innen für {role}?",
                "{country}: LinkedIn oder XING?",
            ],
            "asks": [
                "Auf InMails antwortet kaum jemand. Welche Kanäle nutzt ihr vor Ort?",
                "Gibt es lokale Jobbörsen oder Communities, die sich lohnen?",
            ],
            "answers": [
                "LinkedIn funktioniert, aber eine kurze Nachricht auf Deutsch bringt "
                "deutlich mehr Antworten.",
                "Für Entwickler:innen sind Meetups und Slack-Communities besser als Jobbörsen.",
                "Etwa {percent}% unserer Einstellungen kommen über Empfehlungen.",
                "XING spielt im Mittelstand immer noch eine Rolle.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: Wie hoch sind Empfehlungsprämien?",
                "{country}: Funktionieren Mitarbeiterempfehlungsprogramme?",
            ],
            "asks": [
                "Wir bauen für einen Kunden ein Empfehlungsprogramm auf. Welche Prämie ist "
                "üblich, und wann wird sie ausgezahlt?",
                "Zahlt man die Prämie erst nach der Probezeit?",
            ],
            "answers": [
                "Üblich sind 1.000 bis 3.000 Euro, ausgezahlt nach der Probezeit.",
                "Die Hälfte beim Start, die andere Hälfte nach {months} Monaten – das "
                "funktioniert gut.",
                "Empfehlungen sind unser bester Kanal: rund {percent}% der Einstellungen.",
                "Wichtiger als die Prämie ist ein schneller, respektvoller Prozess.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: Wie häufig sind Gegenangebote?",
                "Zusage und dann ein Gegenangebot – was jetzt?",
            ],
            "asks": [
                "Ich verliere immer wieder Kandidat:innen in der letzten Woche an "
                "Gegenangebote. Ist das bei euch typisch?",
                "Wie bereitet ihr Kandidat:innen vor der Kündigung auf ein Gegenangebot vor?",
            ],
            "answers": [
                "Gegenangebote sind häufig – sprich sie schon im ersten Gespräch an.",
                "Die meisten, die ein Gegenangebot annehmen, wechseln trotzdem innerhalb "
                "eines Jahres.",
                "Bleib während der Kündigungsfrist alle paar Tage in Kontakt.",
                "Erst über die Wechselmotivation sprechen, dann über Geld.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: Wie läuft ein typischer Bewerbungsprozess ab?",
                "{country}: Wie viele Interviewrunden sind normal?",
                "{country}: Duzen oder Siezen im Vorstellungsgespräch?",
            ],
            "asks": [
                "Unser Prozess hat fünf Runden und Kandidat:innen springen ab. Wie viele "
                "Runden sind vor Ort üblich?",
                "Erwartet man Smalltalk am Anfang, oder kommt man direkt zur Sache?",
            ],
            "answers": [
                "Zwei bis drei Runden sind üblich, danach verliert man die Besten.",
                "Im Konzern wird gesiezt, im Start-up fast immer geduzt.",
                "Probeaufgaben über {days} Stunden sind ein häufiger Absagegrund.",
                "Feedback innerhalb von {days} Tagen, sonst gilt man als abgelehnt.",
            ],
        },
        "relocation": {
            "titles": [
                "{country}: Relocation für {role} – worauf achten?",
                "{country}: Wie lange dauert eine Arbeitserlaubnis?",
            ],
            "asks": [
                "Wir wollen aus dem Ausland einstellen. Wie lange dauert die Blaue Karte, "
                "und was muss der Arbeitgeber vorbereiten?",
                "Welches Relocation-Paket erwarten Kandidat:innen?",
            ],
            "answers": [
                "Mit vollständigen Unterlagen dauert die Blaue Karte etwa {weeks} Wochen.",
                "Üblich sind ein Monatsgehalt als Umzugspauschale und eine möblierte "
                "Wohnung für den Anfang.",
                "Hilfe bei der Wohnungssuche zählt mehr als die Höhe des Pakets.",
                "Der Termin bei der Botschaft ist oft der Engpass – früh buchen.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: Wie lange dürfen wir Bewerberdaten speichern?",
                "{country}: Einwilligung und DSGVO im Recruiting",
            ],
            "asks": [
                "Wie lange dürfen wir Unterlagen abgelehnter Bewerber:innen aufbewahren, und "
                "brauchen wir eine Einwilligung?",
                "Dürfen wir Kandidat:innen aus öffentlichen Profilen direkt anschreiben?",
            ],
            "answers": [
                "Ohne Einwilligung löschen wir nach {months} Monaten.",
                "Direktansprache ist erlaubt, aber in der ersten Nachricht muss stehen, "
                "woher die Daten stammen.",
                "Die Einwilligung für den Talentpool braucht ein eigenes Häkchen.",
                "Löschanfragen bearbeiten wir innerhalb von {days} Tagen und dokumentieren das.",
            ],
        },
    },
    "openers": [
        "Ich suche für einen Kunden in {city} eine Person für die Position {role}.",
        "Wir bauen ein Team in {city} auf, das ist unsere erste Einstellung dort.",
        "Position: {role}, Standort {city}, hybrid.",
    ],
    "closers": [
        "Für Erfahrungen von lokalen Recruiter:innen wäre ich sehr dankbar!",
        "Danke vorab – gern erzähle ich auch, wie es bei uns läuft.",
        "Was würdet ihr an meiner Stelle tun?",
    ],
    "answer_openers": [
        "Gute Frage.",
        "Aus meiner Erfahrung in {city}:",
        "Kommt auf die Branche an, aber grundsätzlich:",
        "Ich recruite hier seit {years} Jahren.",
    ],
    "answer_closers": [
        "Schreib mir gern eine Nachricht.",
        "Viel Erfolg bei der Suche!",
        "Hoffe, das hilft.",
    ],
    "comments": [
        "Danke, sehr hilfreich.",
        "Genau so erlebe ich es in {city} auch.",
        "Gilt das auch für Freelancer?",
        "Super Antwort, teile ich mit dem Team.",
        "Kannst du mehr zum Timing sagen?",
        "Deckt sich mit dem, was Kandidat:innen erzählen.",
    ],
    "group_names": [
        "Recruiter:innen {city}",
        "Sourcing Stammtisch {city}",
        "Tech Recruiting {city}",
        "HR & Recruiting Netzwerk {city}",
        "Recruiting Frühstück {city}",
    ],
    "group_descriptions": [
        "Netzwerk für Recruiter:innen und Sourcer:innen in {city}. Wir teilen Wissen "
        "über Gehälter, Kündigungsfristen und Tools und treffen uns einmal im Monat.",
        "Inhouse- und Agentur-Recruiting im Austausch. Fragen zum deutschsprachigen "
        "Markt sind willkommen, Gäste aus dem Ausland auch.",
    ],
    "group_rules": [
        "1. Respektvoller Umgang.\n2. Stellenanzeigen nur im Freitags-Thread.\n3. Keine "
        "Kandidatendaten teilen.",
        "- Kein Spam, keine Kaltakquise.\n- Fragen und Antworten in gutem Glauben.",
    ],
    "admission_questions": [
        "In welchem Bereich recruitest du?",
        "In welcher Stadt arbeitest du?",
        "Wie hast du von uns erfahren?",
    ],
    "admission_answers": [
        "IT, vor allem Backend.",
        "Standort {city}.",
        "Über eine Kollegin.",
    ],
    "headlines": [
        "Tech Recruiting · {city}",
        "Sourcing für Start-ups",
        "Head of Talent Acquisition · {city}",
        "Recruiting im Gesundheitswesen",
        "Inhouse Recruiting · {city}",
        "Executive Search",
    ],
    "bios": [
        "Seit {years} Jahren im Recruiting, vor allem IT. Ich mag schwierige Suchen und "
        "ehrliches Feedback.",
        "Ich helfe Start-ups bei den ersten Einstellungen.",
        "Sourcing, Boolean und guter Kaffee.",
    ],
    "event_titles": [
        "Recruiting Frühstück {city}",
        "Sourcing Meetup #{n}",
        "Panel: Gehaltsgespräche",
        "Recruiter:innen Stammtisch {city}",
        "Workshop: Boolesche Suche",
    ],
    "event_descriptions": [
        "Lockeres Treffen für Recruiter:innen und Sourcer:innen. Bring deine Fragen "
        "mit.\n\nAblauf: kurze Talks, danach offene Runde.",
        "Wir tauschen uns über den lokalen Markt aus: Gehälter, Kündigungsfristen und "
        "Erwartungen von Kandidat:innen.",
    ],
    "objectives": [
        "Andere Sourcer:innen kennenlernen.",
        "Lernen, wie andere mit Gegenangeboten umgehen.",
        "Eine Mentorin für Employer Branding finden.",
    ],
}
