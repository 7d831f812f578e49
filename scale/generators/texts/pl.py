"""Polish phrase bank (slots as in en.py; places are written "Lokalizacja: {city}" so that
no name needs declining)."""

BANK = {
    "roles": [
        "Senior Java Developer",
        "Data Engineer",
        "Product Owner",
        "pielęgniarka anestezjologiczna",
        "kierownik sprzedaży",
        "główna księgowa",
        "DevOps Engineer",
        "projektant UX",
        "Key Account Manager",
        "inżynier utrzymania ruchu",
        "kontroler finansowy",
        "specjalista ds. płac",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: kiedy kandydaci chcą rozmawiać o wynagrodzeniu?",
                "{country}: widełki przed ofertą czy po ofercie?",
                "{country}: kandydaci podają kwoty brutto czy netto?",
            ],
            "asks": [
                "U nas o widełkach rozmawia się dopiero przy ofercie. Jak to wygląda u Was – "
                "czy pytanie o pieniądze na pierwszej rozmowie jest w porządku?",
                "Czy widełki powinny być w ogłoszeniu, czy lepiej podać je dopiero po "
                "pierwszym etapie?",
                "Kandydaci podają mi kwoty netto, a klient myśli w brutto. Jak sobie z tym "
                "radzicie?",
            ],
            "answers": [
                "U nas o wynagrodzeniu mówi się otwarcie już na pierwszej rozmowie telefonicznej.",
                "Większość kandydatów podaje kwotę netto na rękę, więc zawsze dopytuj, czy "
                "chodzi o brutto.",
                "Widełki w ogłoszeniu to dziś standard – bez nich odpowiedzi jest o połowę mniej.",
                "Przy zmianie pracy kandydaci oczekują podwyżki rzędu {percent}%.",
                "Na kontrakcie B2B rozmawia się o stawce netto na fakturze, a nie o pensji.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: jak długie są okresy wypowiedzenia?",
                "{country}: czy da się skrócić okres wypowiedzenia?",
                "{country}: wypowiedzenie {months} miesiące – to normalne?",
            ],
            "asks": [
                "Klient chce, żeby nowa osoba zaczęła za {weeks} tygodnie. Czy to realne, "
                "czy trzeba planować pod okres wypowiedzenia?",
                "Czy pracodawcy zwykle zgadzają się na wcześniejsze odejście za "
                "porozumieniem stron?",
            ],
            "answers": [
                "Przy umowie o pracę na czas nieokreślony wypowiedzenie to zwykle {months} "
                "miesiące.",
                "Porozumienie stron jest możliwe, ale wielu pracodawców trzyma ludzi do "
                "końca okresu wypowiedzenia.",
                "Na B2B okres wypowiedzenia jest w umowie i często wynosi miesiąc.",
                "Planuj datę startu co najmniej {weeks} tygodni po przyjęciu oferty.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: które kanały sourcingu naprawdę działają?",
                "{country}: gdzie szukać kandydatów na stanowisko {role}?",
                "{country}: LinkedIn czy lokalne portale z ogłoszeniami?",
            ],
            "asks": [
                "Na InMaile prawie nikt mi nie odpisuje. Z jakich kanałów korzystają "
                "lokalni rekruterzy?",
                "Czy są lokalne portale albo społeczności, za które warto zapłacić?",
            ],
            "answers": [
                "LinkedIn nadal działa, ale krótka wiadomość po polsku dostaje dużo więcej "
                "odpowiedzi.",
                "Najlepszych programistów znajdziesz na meetupach i w grupach na Slacku, a "
                "nie na portalach.",
                "Około {percent}% zatrudnień mamy z poleceń, resztę z bezpośredniego sourcingu.",
                "Duże portale z ogłoszeniami sprawdzają się przy rekrutacjach masowych.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: jak wysokie są premie za polecenie?",
                "{country}: czy programy poleceń działają?",
            ],
            "asks": [
                "Budujemy program poleceń dla klienta. Jaka premia jest typowa i kiedy się "
                "ją wypłaca?",
                "Czy premię za polecenie wypłaca się dopiero po okresie próbnym?",
            ],
            "answers": [
                "Typowa premia za polecenie to równowartość jednej pensji, wypłacana po "
                "okresie próbnym.",
                "Połowa po zatrudnieniu, połowa po {months} miesiącach – to u nas działa "
                "najlepiej.",
                "Polecenia to nasz najlepszy kanał: około {percent}% zatrudnień.",
                "Ludzie polecają znajomych, kiedy proces jest szybki i uczciwy, a nie dla "
                "samej premii.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: jak często zdarzają się kontroferty?",
                "Kandydat przyjął ofertę, a potem dostał kontrofertę – co robić?",
            ],
            "asks": [
                "Ciągle tracę kandydatów w ostatnim tygodniu przez kontroferty. Czy to u "
                "Was typowe?",
                "Jak przygotowujecie kandydatów na kontrofertę przed złożeniem wypowiedzenia?",
            ],
            "answers": [
                "Kontroferty są bardzo częste – pytaj o nie już na pierwszej rozmowie.",
                "Większość osób, które przyjęły kontrofertę, i tak odchodzi w ciągu roku.",
                "Dzwoń do kandydata co kilka dni w okresie wypowiedzenia; cisza to "
                "najgorszy moment.",
                "Najpierw rozmawiaj o powodach zmiany pracy, dopiero potem o pieniądzach.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: jak wygląda typowy proces rekrutacyjny?",
                "{country}: ile etapów rozmów to norma?",
                "{country}: czy na rozmowie wypada zacząć od small talku?",
            ],
            "asks": [
                "Nasz proces ma pięć etapów i kandydaci rezygnują. Ile etapów mają lokalne firmy?",
                "Czy na początku rozmowy oczekuje się small talku, czy przechodzi się od "
                "razu do rzeczy?",
            ],
            "answers": [
                "Dwa, maksymalnie trzy etapy – przy dłuższym procesie tracisz najlepszych.",
                "U nas nie ma small talku; pytanie „jak się masz?” to zaproszenie do "
                "półgodzinnej opowieści.",
                "Zadania domowe dłuższe niż {days} godziny to częsty powód rezygnacji.",
                "Feedback w ciągu {days} dni, inaczej kandydat uzna, że odpadł.",
            ],
        },
        "relocation": {
            "titles": [
                "{country}: relokacja na stanowisko {role} – o czym pamiętać?",
                "{country}: ile trwa uzyskanie zezwolenia na pracę?",
            ],
            "asks": [
                "Chcemy zatrudniać z zagranicy. Ile trwa zezwolenie na pracę i co musi "
                "przygotować pracodawca?",
                "Jakiego pakietu relokacyjnego oczekują kandydaci?",
            ],
            "answers": [
                "Zezwolenie na pracę trwa zwykle {weeks} tygodni od złożenia kompletu dokumentów.",
                "Standardem jest pakiet relokacyjny w wysokości jednej pensji plus "
                "mieszkanie na pierwszy miesiąc.",
                "Pomoc w znalezieniu mieszkania jest dla kandydatów ważniejsza niż kwota pakietu.",
                "Dokumenty zacznij zbierać przed podpisaniem oferty – wizyta w konsulacie "
                "to wąskie gardło.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: jak długo można przechowywać CV kandydatów?",
                "{country}: zgody kandydatów i RODO",
            ],
            "asks": [
                "Jak długo możemy trzymać CV osób, których nie zatrudniliśmy, i czy "
                "potrzebujemy osobnej zgody?",
                "Czy możemy pisać do kandydatów znalezionych w publicznych profilach?",
            ],
            "answers": [
                "Bez osobnej zgody CV trzymamy {months} miesiące, potem usuwamy.",
                "Pisać można, ale w pierwszej wiadomości trzeba podać, skąd mamy dane – RODO.",
                "Zgoda na przyszłe rekrutacje musi być osobnym checkboxem.",
                "Na żądanie usuwamy dane w ciągu {days} dni i zapisujemy, że to zrobiliśmy.",
            ],
        },
    },
    "openers": [
        "Rekrutuję na stanowisko {role} dla klienta. Lokalizacja: {city}.",
        "Budujemy nowy zespół, lokalizacja: {city}, i to nasza pierwsza rekrutacja tam.",
        "Stanowisko: {role}, lokalizacja: {city}, praca hybrydowa.",
    ],
    "closers": [
        "Będę wdzięczna za każdą wskazówkę od lokalnych rekruterów!",
        "Dzięki z góry – chętnie opowiem, jak to wygląda w Polsce.",
        "Co zrobilibyście na moim miejscu?",
    ],
    "answer_openers": [
        "Dobre pytanie.",
        "Z mojego doświadczenia:",
        "To zależy od branży, ale generalnie:",
        "Rekrutuję tu od {years} lat.",
    ],
    "answer_closers": [
        "Jak coś, pisz na priv.",
        "Powodzenia!",
        "Mam nadzieję, że to pomoże.",
    ],
    "comments": [
        "Dzięki, bardzo przydatne.",
        "U nas dokładnie tak samo.",
        "A czy to dotyczy też kontraktów B2B?",
        "Świetna odpowiedź, podeślę zespołowi.",
        "Możesz napisać więcej o terminach?",
        "Potwierdzam, kandydaci mówią to samo.",
    ],
    "group_names": [
        "Rekruterzy {city}",
        "Sourcerzy {city}",
        "IT Rekruterzy {city}",
        "HR i Rekrutacja {city}",
        "Rekrutacja przy kawie {city}",
    ],
    "group_descriptions": [
        "Grupa dla rekruterów i sourcerów z miasta {city} i okolic. Dzielimy się "
        "wiedzą o rynku, widełkach i narzędziach; raz w miesiącu spotykamy się na kawie.",
        "Społeczność rekruterów wewnętrznych i agencyjnych. Pytaj śmiało o rynek pracy "
        "w Polsce – goście z zagranicy mile widziani.",
    ],
    "group_rules": [
        "1. Szanujemy się nawzajem.\n2. Ogłoszenia o pracy tylko w piątkowym wątku.\n"
        "3. Nie udostępniamy danych kandydatów.",
        "- Bez spamu i sprzedaży.\n- Pytamy i odpowiadamy w dobrej wierze.",
    ],
    "admission_questions": [
        "W jakiej branży rekrutujesz?",
        "Z jakiego miasta jesteś?",
        "Skąd wiesz o grupie?",
    ],
    "admission_answers": [
        "IT, głównie backend.",
        "Lokalizacja: {city}.",
        "Poleciła mi koleżanka.",
    ],
    "headlines": [
        "Rekrutacje IT · {city}",
        "Sourcing techniczny dla startupów",
        "Talent Acquisition Lead · {city}",
        "Rekrutacje w ochronie zdrowia",
        "Rekruterka wewnętrzna · {city}",
        "Executive search",
    ],
    "bios": [
        "Od {years} lat w rekrutacji IT. Lubię trudne projekty i szczery feedback.",
        "Pomagam startupom zatrudniać pierwszych programistów.",
        "Sourcing, Boolean i dobra kawa.",
    ],
    "event_titles": [
        "Śniadanie rekruterów · {city}",
        "Meetup sourcerów #{n}",
        "Panel: rozmowy o wynagrodzeniach",
        "Rekruterzy po godzinach · {city}",
        "Warsztat: wyszukiwanie boolowskie",
    ],
    "event_descriptions": [
        "Nieformalne spotkanie rekruterów i sourcerów. Przynieś pytania i znajomych z "
        "zespołu.\n\nProgram: krótkie wystąpienia, potem dyskusja.",
        "Rozmawiamy o lokalnym rynku: widełki, okresy wypowiedzenia i oczekiwania kandydatów.",
    ],
    "objectives": [
        "Poznać sourcerów z branży IT.",
        "Dowiedzieć się, jak inni radzą sobie z kontrofertami.",
        "Znaleźć mentora od employer brandingu.",
    ],
}
