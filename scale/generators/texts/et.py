"""Estonian phrase bank (slots as in en.py; places are written "Asukoht: {city}" so that no
name needs a case ending)."""

BANK = {
    "roles": [
        "Senior Java Developer",
        "Data Engineer",
        "tootejuht",
        "intensiivravi õde",
        "müügijuht",
        "finantskontroller",
        "DevOps Engineer",
        "UX-disainer",
        "mehaanikainsener",
        "kliendihaldur",
    ],
    "themes": {
        "salary": {
            "titles": [
                "{country}: millal kandidaadid palgast rääkida tahavad?",
                "{country}: palgavahemik enne või pärast pakkumist?",
                "{country}: bruto- või netopalk?",
            ],
            "asks": [
                "Meil räägitakse palgast alles pakkumise juures. Kas teil on tavaline "
                "küsida seda juba esimeses kõnes?",
                "Kas palgavahemik peaks olema töökuulutuses või alles hilisemas etapis?",
                "Kandidaadid räägivad netosummadest, klient mõtleb brutos. Kuidas te sellega "
                "hakkama saate?",
            ],
            "answers": [
                "Eestis räägitakse brutokuupalgast kohe esimeses vestluses.",
                "Palgavahemik kuulutuses on siin juba tavaks, ilma selleta on kandideerijaid "
                "vähem.",
                "Töökohta vahetades oodatakse umbes {percent}% tõusu.",
                "Küsi ka lisahüvede kohta, näiteks tervisekompensatsiooni.",
            ],
        },
        "notice": {
            "titles": [
                "{country}: kui pikk on etteteatamisaeg?",
                "{country}: kas etteteatamisaega saab lühendada?",
            ],
            "asks": [
                "Klient tahab, et uus inimene alustaks {weeks} nädala pärast. Kas see on "
                "realistlik?",
                "Kas tööandjad lasevad inimestel varem lahkuda?",
            ],
            "answers": [
                "Töötaja etteteatamisaeg on tavaliselt 30 päeva.",
                "Kokkuleppel saab sageli varem lahkuda, tööandjad on paindlikud.",
                "Arvesta alguskuupäevaga vähemalt {weeks} nädala pärast.",
                "Juhtivatel kohtadel on lepingus sageli pikem tähtaeg.",
            ],
        },
        "sourcing": {
            "titles": [
                "{country}: millised otsingukanalid päriselt töötavad?",
                "{country}: kust leida kandidaate ametikohale „{role}”?",
            ],
            "asks": [
                "LinkedInis ei vasta mulle peaaegu keegi. Milliseid kanaleid kohalikud "
                "värbajad kasutavad?",
                "Kas on kohalikke tööportaale või kogukondi, mille eest tasub maksta?",
            ],
            "answers": [
                "LinkedIn töötab, aga lühike sõnum eesti keeles saab palju rohkem vastuseid.",
                "CV Keskus on suurte värbamiste jaoks endiselt hea.",
                "Umbes {percent}% värbamistest tuleb soovitustest.",
                "Tallinna meetupid on parim koht arendajatega kohtumiseks.",
            ],
        },
        "referrals": {
            "titles": [
                "{country}: kui suur on soovitustasu?",
                "{country}: kas soovitusprogrammid töötavad?",
            ],
            "asks": [
                "Loome kliendile soovitusprogrammi. Milline tasu on tavaline ja millal makstakse?",
                "Kas tasu makstakse alles pärast katseaega?",
            ],
            "answers": [
                "Tavaline soovitustasu on 500–1500 eurot pärast katseaega.",
                "Pool kohe ja pool {months} kuu pärast – see töötab meil hästi.",
                "Soovitused on meie parim kanal: umbes {percent}% värbamistest.",
                "Inimesed soovitavad sõpru, kui protsess on kiire ja lugupidav.",
            ],
        },
        "counteroffer": {
            "titles": [
                "{country}: kui tavalised on vastupakkumised?",
                "Kandidaat võttis pakkumise vastu ja sai siis vastupakkumise – mis nüüd?",
            ],
            "asks": [
                "Kaotan kandidaate viimasel nädalal vastupakkumiste tõttu. Kas see on teil "
                "tavaline?",
                "Kuidas valmistate kandidaate vastupakkumiseks ette?",
            ],
            "answers": [
                "Vastupakkumised on sagedased, küsi nende kohta juba esimeses intervjuus.",
                "Enamik vastupakkumise vastu võtnutest lahkub ikkagi aasta jooksul.",
                "Hoia etteteatamisaja jooksul iga paari päeva tagant ühendust.",
                "Räägi kõigepealt vahetuse põhjustest ja alles siis rahast.",
            ],
        },
        "interviews": {
            "titles": [
                "{country}: milline on tüüpiline värbamisprotsess?",
                "{country}: mitu intervjuuvooru on normaalne?",
            ],
            "asks": [
                "Meie protsessis on viis vooru ja kandidaadid loobuvad. Mitu vooru on "
                "kohalikel ettevõtetel?",
                "Kas intervjuu alguses oodatakse väikest vestlust?",
            ],
            "answers": [
                "Kaks-kolm vooru on tavaline, rohkem ei taha keegi.",
                "Eestlased lähevad kohe asja juurde, pikk sissejuhatus tundub imelik.",
                "Kodused ülesanded üle {days} tunni peletavad kandidaate.",
                "Anna tagasisidet {days} päeva jooksul.",
            ],
        },
        "relocation": {
            "titles": [
                "{country}: ümberasumine ametikohale „{role}” – mida teada?",
                "{country}: kui kaua võtab tööluba?",
            ],
            "asks": [
                "Tahame värvata välismaalt. Kui kaua võtab tööluba ja mida peab tööandja "
                "ette valmistama?",
                "Millist kolimispaketti kandidaadid ootavad?",
            ],
            "answers": [
                "Tippspetsialisti elamisluba võtab umbes {weeks} nädalat.",
                "Tavaline on ühe kuu palk kolimiseks ja ajutine korter.",
                "Abi korteri leidmisel on kandidaatidele tähtsam kui paketi suurus.",
                "Alusta paberitega juba enne pakkumise allkirjastamist.",
            ],
        },
        "privacy": {
            "titles": [
                "{country}: kui kaua võib kandidaatide CV-sid hoida?",
                "{country}: kandidaatide nõusolek ja andmekaitse",
            ],
            "asks": [
                "Kui kaua võime hoida värbamata kandidaatide CV-sid ja kas on vaja nõusolekut?",
                "Kas võime võtta ühendust avalikest profiilidest leitud kandidaatidega?",
            ],
            "answers": [
                "Ilma nõusolekuta kustutame CV-d {months} kuu pärast.",
                "Võib, aga esimeses sõnumis tuleb öelda, kust andmed pärinevad.",
                "Nõusolek talendibaasi jaoks peab olema eraldi linnuke.",
                "Kustutamistaotlused täidame {days} päeva jooksul.",
            ],
        },
    },
    "openers": [
        "Värban kliendile ametikohale „{role}”. Asukoht: {city}.",
        "Loome uut meeskonda, asukoht: {city}, ja see on meie esimene värbamine seal.",
        "Ametikoht: {role}, asukoht: {city}, hübriidtöö.",
    ],
    "closers": [
        "Olen tänulik iga kohaliku värbaja kogemuse eest!",
        "Aitäh ette, räägin hea meelega, kuidas see meil käib.",
        "Mida teie minu asemel teeksite?",
    ],
    "answer_openers": [
        "Hea küsimus.",
        "Minu kogemuse põhjal:",
        "Sõltub valdkonnast, aga üldiselt:",
        "Olen siin värvanud {years} aastat.",
    ],
    "answer_closers": [
        "Kirjuta julgelt privaatsõnumiga.",
        "Edu otsinguga!",
        "Loodan, et see aitab.",
    ],
    "comments": [
        "Aitäh, väga kasulik.",
        "Meil täpselt sama kogemus.",
        "Kas see kehtib ka lepinguliste kohta?",
        "Suurepärane vastus, jagan meeskonnaga.",
        "Kas saad ajastuse kohta rohkem rääkida?",
    ],
    "group_names": [
        "Värbajad {city}",
        "{city} Värbajate Klubi",
        "IT-värbajad {city}",
        "Sourcing Eesti · {city}",
    ],
    "group_descriptions": [
        "Kogukond värbajatele ja sourceritele, asukoht: {city}. Jagame nõuandeid ja "
        "turuülevaateid ning kohtume kord kuus.",
        "Ettevõttesisesed ja agentuuride värbajad. Küsi julgelt Eesti tööturu kohta; "
        "külalised on oodatud.",
    ],
    "group_rules": [
        "1. Austame üksteist.\n2. Töökuulutused ainult reedeses lõimes.\n3. Kandidaatide "
        "andmeid ei jaga.",
    ],
    "admission_questions": [
        "Millisesse valdkonda sa värbad?",
        "Millises linnas sa töötad?",
    ],
    "admission_answers": [
        "IT, peamiselt arendajad.",
        "Asukoht: {city}.",
    ],
    "headlines": [
        "IT-värbaja · {city}",
        "Sourcing idufirmadele",
        "Värbamisjuht · {city}",
        "Tervishoiu värbamine",
    ],
    "bios": [
        "{years} aastat värbamises, peamiselt IT. Mulle meeldivad keerulised otsingud.",
        "Aitan idufirmadel esimesi insenere leida.",
    ],
    "event_titles": [
        "Värbajate hommikusöök · {city}",
        "Sourcingu meetup #{n}",
        "Arutelu: palgaläbirääkimised",
    ],
    "event_descriptions": [
        "Mitteametlik kohtumine värbajatele ja sourceritele. Too oma küsimused kaasa.\n\n"
        "Kava: lühiettekanded, seejärel arutelu.",
        "Räägime kohalikust turust: palgad, etteteatamisajad ja kandidaatide ootused.",
    ],
    "objectives": [
        "Kohtuda teiste sourceritega.",
        "Õppida, kuidas teised vastupakkumistega toime tulevad.",
    ],
}
