"""Italian phrase bank (slots as in en.py). Lists missing here come from en.py."""

BANK = {
    "roles": [
        "Sviluppatore Java Senior",
        "Data Engineer",
        "Product Manager",
        "infermiere di terapia intensiva",
        "responsabile commerciale",
        "controller finanziario",
        "ingegnere DevOps",
        "UX designer",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: quando i candidati vogliono parlare di stipendio?",
                "{country}: RAL lorda o netto mensile?",
            ],
            "asks": [
                "Da noi si parla di stipendio già al primo colloquio. È normale anche da voi?",
                "La fascia retributiva va indicata nell'annuncio?",
            ],
            "answers": [
                "Qui si ragiona in RAL, cioè lordo annuo, fin dalla prima telefonata.",
                "Per cambiare lavoro i candidati si aspettano circa il {percent}% in più.",
                "Chiedi anche dei buoni pasto e del welfare aziendale.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: quanto dura davvero il preavviso?",
                "{country}: si può accorciare il preavviso?",
            ],
            "asks": [
                "Il cliente vuole un inserimento entro {weeks} settimane. È realistico?",
                "Le aziende lasciano andare prima i dipendenti?",
            ],
            "answers": [
                "Il preavviso dipende dal CCNL e dal livello, spesso uno o due mesi.",
                "Ridurre il preavviso è possibile, ma va negoziato.",
                "Calcola almeno {weeks} settimane prima dell'inizio.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: quali canali di sourcing funzionano davvero?",
                "{country}: dove trovare candidati per {role}?",
            ],
            "asks": [
                "Quasi nessuno risponde ai miei InMail. Quali canali usano i recruiter locali?",
                "Ci sono job board o community locali che valgono la pena?",
            ],
            "answers": [
                "LinkedIn funziona, ma un messaggio breve in italiano ottiene molte più risposte.",
                "Circa il {percent}% delle assunzioni arriva dalle segnalazioni.",
                "Le community tech e i meetup sono ottimi per gli sviluppatori.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: quanto vale un bonus referral?",
                "{country}: i programmi di referral funzionano?",
            ],
            "asks": [
                "Stiamo creando un programma di referral. Quale bonus è tipico?",
                "Il bonus si paga dopo il periodo di prova?",
            ],
            "answers": [
                "Di solito il bonus si paga dopo il periodo di prova.",
                "Metà all'ingresso e metà dopo {months} mesi funziona bene.",
                "Le persone segnalano amici quando il processo è rapido e rispettoso.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: le controfferte sono frequenti?",
                "Il candidato ha accettato e poi ha ricevuto una controfferta: che fare?",
            ],
            "asks": [
                "Perdo candidati nell'ultima settimana per le controfferte. È tipico da voi?",
                "Come preparate i candidati a una controfferta?",
            ],
            "answers": [
                "Le controfferte sono frequenti: parlane già al primo colloquio.",
                "Chi accetta una controfferta di solito se ne va entro un anno.",
                "Resta in contatto per tutto il preavviso.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: com'è un processo di selezione tipico?",
                "{country}: quanti colloqui sono normali?",
            ],
            "asks": [
                "Il nostro processo ha cinque fasi e i candidati si ritirano. Quante fasi "
                "sono normali?",
                "Ci si aspetta un po' di chiacchiere all'inizio del colloquio?",
            ],
            "answers": [
                "Due o tre colloqui sono la norma.",
                "Un po' di chiacchiere all'inizio è gradito.",
                "Dai un feedback entro {days} giorni.",
            ],
        },
        "relocation": {
            "titles": [
                "{country}: trasferire un {role}, cosa sapere?",
                "{country}: quanto tempo serve per un permesso di lavoro?",
            ],
            "asks": [
                "Vogliamo assumere dall'estero. Quanto tempo serve per il permesso di lavoro?",
                "Che pacchetto di relocation si aspettano i candidati?",
            ],
            "answers": [
                "Per i profili qualificati servono circa {weeks} settimane.",
                "Una mensilità per il trasloco e un alloggio temporaneo sono la norma.",
                "L'aiuto nella ricerca della casa conta più dell'importo.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: per quanto tempo conservare i CV?",
                "{country}: consenso e GDPR per i candidati",
            ],
            "asks": [
                "Per quanto tempo possiamo conservare i CV dei candidati non selezionati?",
                "Possiamo contattare candidati trovati su profili pubblici?",
            ],
            "answers": [
                "Senza consenso cancelliamo i CV dopo {months} mesi.",
                "Sì, ma nel primo messaggio va detto da dove provengono i dati.",
                "Il consenso per il database deve essere una casella separata.",
            ],
        },
    },
    "openers": [
        "Sto cercando un {role} per un cliente a {city}.",
        "Posizione: {role}, sede a {city}, lavoro ibrido.",
    ],
    "closers": ["Ogni esperienza locale mi aiuterebbe molto, grazie!", "Voi cosa fareste?"],
    "answer_openers": ["Bella domanda.", "Dalla mia esperienza a {city}:"],
    "answer_closers": ["In bocca al lupo con la ricerca!", "Scrivimi pure in privato."],
    "comments": [
        "Grazie, utilissimo.",
        "Anche qui a {city} è così.",
        "Vale anche per le partite IVA?",
        "Ottima risposta, la condivido con il team.",
    ],
    "group_names": [
        "Recruiter {city}",
        "Selezionatori {city}",
        "Tech Recruiting {city}",
        "Caffè e Recruiting {city}",
    ],
    "group_descriptions": [
        "Gruppo di recruiter e sourcer di {city}. Condividiamo consigli e dati di "
        "mercato e ci vediamo una volta al mese.",
    ],
    "headlines": ["Tech recruiter · {city}", "Sourcing per startup", "HR & Talent · {city}"],
    "event_titles": [
        "Colazione tra recruiter · {city}",
        "Meetup di sourcing #{n}",
        "Tavola rotonda: parlare di stipendio",
    ],
    "event_descriptions": [
        "Incontro informale tra recruiter e sourcer. Porta le tue domande.",
    ],
}
