"""French phrase bank (slots as in en.py). Lists missing here come from en.py."""

BANK = {
    "roles": [
        "Développeur Java senior",
        "Data Engineer",
        "Product Manager",
        "infirmière en réanimation",
        "responsable commercial",
        "contrôleur de gestion",
        "ingénieur DevOps",
        "designer UX",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country} : quand les candidats parlent-ils de salaire ?",
                "{country} : salaire brut ou net ?",
            ],
            "asks": [
                "Chez nous, on aborde la rémunération dès le premier appel. Est-ce "
                "normal chez vous ?",
                "Faut-il publier la fourchette salariale dans l'annonce ?",
            ],
            "answers": [
                "Ici, on parle du brut annuel dès le premier entretien.",
                "Pour changer de poste, les candidats attendent environ {percent} % de plus.",
                "Pensez à demander la part variable et les tickets restaurant.",
            ],
        },
        "notice": {
            "titles": [
                "{country} : quelle est la durée réelle du préavis ?",
                "{country} : peut-on raccourcir un préavis ?",
            ],
            "asks": [
                "Mon client veut une prise de poste dans {weeks} semaines. Est-ce réaliste ?",
                "Les employeurs libèrent-ils les salariés plus tôt ?",
            ],
            "answers": [
                "Pour les cadres, le préavis est souvent de trois mois.",
                "Une dispense de préavis se négocie au cas par cas.",
                "Comptez au moins {weeks} semaines avant l'arrivée.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country} : quels canaux de sourcing fonctionnent vraiment ?",
                "{country} : où trouver des profils {role} ?",
            ],
            "asks": [
                "Presque personne ne répond à mes InMails. Quels canaux utilisent les "
                "recruteurs locaux ?",
                "Y a-t-il des jobboards ou des communautés qui valent le coup ?",
            ],
            "answers": [
                "LinkedIn marche, mais un message court en français obtient bien plus de réponses.",
                "Environ {percent} % de nos recrutements viennent de la cooptation.",
                "Welcome to the Jungle fonctionne bien pour les profils tech.",
            ],
        },
        "referrals": {
            "titles": [
                "{country} : combien verse-t-on pour une cooptation ?",
                "{country} : les programmes de cooptation fonctionnent-ils ?",
            ],
            "asks": [
                "Nous mettons en place un programme de cooptation. Quelle prime est habituelle ?",
                "La prime est-elle versée après la période d'essai ?",
            ],
            "answers": [
                "Une prime de 1 000 à 2 000 euros après la période d'essai est courante.",
                "Moitié à l'arrivée, moitié après {months} mois : ça marche bien chez nous.",
                "Les gens cooptent quand le processus est rapide et respectueux.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country} : les contre-offres sont-elles fréquentes ?",
                "Le candidat a accepté puis reçu une contre-offre : que faire ?",
            ],
            "asks": [
                "Je perds des candidats la dernière semaine à cause des contre-offres. "
                "Est-ce typique chez vous ?",
                "Comment préparez-vous les candidats à une contre-offre ?",
            ],
            "answers": [
                "Les contre-offres sont fréquentes : parlez-en dès le premier entretien.",
                "La plupart de ceux qui acceptent une contre-offre partent dans l'année.",
                "Gardez le contact pendant tout le préavis.",
            ],
        },
        "interviews": {
            "titles": [
                "{country} : à quoi ressemble un processus de recrutement typique ?",
                "{country} : combien d'entretiens sont normaux ?",
            ],
            "asks": [
                "Notre processus compte cinq étapes et les candidats abandonnent. Combien "
                "d'étapes chez vous ?",
                "Tutoiement ou vouvoiement en entretien ?",
            ],
            "answers": [
                "Deux ou trois entretiens, c'est la norme.",
                "Le vouvoiement reste de rigueur, sauf dans les start-up.",
                "Donnez un retour sous {days} jours, sinon le candidat se croit écarté.",
            ],
        },
        "relocation": {
            "titles": [
                "{country} : relocaliser un {role}, que faut-il savoir ?",
                "{country} : combien de temps pour un permis de travail ?",
            ],
            "asks": [
                "Nous voulons recruter à l'étranger. Combien de temps prend le permis de travail ?",
                "Quel package de relocalisation les candidats attendent-ils ?",
            ],
            "answers": [
                "Pour un talent qualifié, comptez environ {weeks} semaines.",
                "Un mois de salaire et un logement temporaire, c'est l'usage.",
                "L'aide à la recherche de logement compte plus que le montant.",
            ],
        },
        "privacy": {
            "titles": [
                "{country} : combien de temps garder les CV ?",
                "{country} : consentement et RGPD pour les candidats",
            ],
            "asks": [
                "Combien de temps pouvons-nous conserver les CV des candidats non retenus ?",
                "Peut-on contacter des candidats trouvés sur des profils publics ?",
            ],
            "answers": [
                "Sans consentement, nous supprimons les CV après {months} mois.",
                "Oui, mais il faut indiquer d'où viennent les données dès le premier message.",
                "Le consentement pour la CVthèque doit être une case à part.",
            ],
        },
    },
    "openers": [
        "Je recrute un {role} pour un client à {city}.",
        "Poste : {role}, basé à {city}, en hybride.",
    ],
    "closers": [
        "Merci d'avance pour vos retours d'expérience !",
        "Que feriez-vous à ma place ?",
    ],
    "answer_openers": ["Bonne question.", "D'après mon expérience à {city} :"],
    "answer_closers": ["Bon courage pour la recherche !", "N'hésitez pas à m'écrire."],
    "comments": [
        "Merci, très utile.",
        "Même constat ici à {city}.",
        "Est-ce valable aussi pour les freelances ?",
        "Super réponse, je partage avec l'équipe.",
    ],
    "group_names": [
        "Recruteurs {city}",
        "Sourceurs {city}",
        "Recrutement Tech {city}",
        "Café Recrutement {city}",
    ],
    "group_descriptions": [
        "Groupe de recruteurs et sourceurs de {city}. On partage conseils et infos "
        "marché, et on se retrouve une fois par mois.",
    ],
    "headlines": [
        "Recruteuse tech · {city}",
        "Sourcing pour start-up",
        "Responsable acquisition de talents · {city}",
    ],
    "event_titles": [
        "Petit-déjeuner des recruteurs · {city}",
        "Meetup sourcing #{n}",
        "Table ronde : parler salaire",
    ],
    "event_descriptions": [
        "Rencontre informelle entre recruteurs et sourceurs. Venez avec vos questions.",
    ],
}
