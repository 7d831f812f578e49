"""Phrase banks for generated posts, groups, profiles and events, one module per language.

Questions, answers and comments are assembled from a theme's sentences (salary timing,
notice periods, sourcing channels, referral bonuses …) plus openers and closers, with
slots filled per text. Languages without a bank write in English, as cross-border posts
mostly are; their groups still get local names (``LOCAL_GROUP_NAMES``).
"""

from . import de, en, es, et, fr, he, it, nl, pl, pt

BANKS = {
    module.__name__.rsplit(".", 1)[-1]: module.BANK
    for module in (en, pl, de, es, he, et, fr, pt, it, nl)
}
BANK_LANGUAGES = tuple(BANKS)

THEMES = tuple(en.BANK["themes"])

# The curated topics (questions.topics) a theme's questions are filed under: the first
# always, the others sometimes.
THEME_TOPICS = {
    "salary": ("salary-and-compensation", "candidate-expectations", "benefits"),
    "notice": ("notice-periods", "employment-law", "counter-offers"),
    "sourcing": ("sourcing-channels", "job-boards", "employer-branding"),
    "referrals": ("sourcing-channels", "benefits", "employer-branding"),
    "counteroffer": ("counter-offers", "salary-and-compensation", "candidate-expectations"),
    "interviews": ("interview-culture", "candidate-expectations", "diversity-and-inclusion"),
    "relocation": ("relocation-and-work-permits", "remote-and-hybrid-work", "employment-law"),
    "privacy": ("candidate-data-and-privacy", "employment-law"),
}

# Free tags askers add, in the languages people tag in.
THEME_TAGS = {
    "salary": ("salary", "compensation", "gross-net", "wynagrodzenie", "gehalt", "salario", "שכר"),
    "notice": ("notice-period", "okres-wypowiedzenia", "kündigungsfrist", "preaviso", "b2b"),
    "sourcing": ("sourcing", "linkedin", "job-boards", "boolean", "meetups", "xing"),
    "referrals": ("referrals", "referral-bonus", "polecenia", "empfehlungen", "referidos"),
    "counteroffer": ("counter-offer", "kontroferta", "gegenangebot", "contraoferta", "retention"),
    "interviews": ("interviews", "take-home", "feedback", "small-talk", "candidate-experience"),
    "relocation": ("relocation", "work-permit", "blue-card", "visa", "relokacja"),
    "privacy": ("gdpr", "rodo", "dsgvo", "consent", "talent-pool", "data-retention"),
}

# Group names in languages without a phrase bank.
LOCAL_GROUP_NAMES = {
    "sv": ("Rekryterare {city}", "Tech-rekryterare {city}"),
    "da": ("Rekrutterere {city}",),
    "nb": ("Rekrutterere {city}", "Rekrutteringsnettverk {city}"),
    "fi": ("Rekrytoijat {city}",),
    "is": ("Ráðningarfólk {city}",),
    "cs": ("Recruiteři {city}", "IT nábor {city}"),
    "sk": ("Recruiteri {city}",),
    "hu": ("Toborzók {city}",),
    "ro": ("Recrutori {city}", "Comunitatea HR {city}"),
    "bg": ("Рекрутъри {city}",),
    "el": ("Recruiters {city}",),
    "hr": ("Regruteri {city}",),
    "bs": ("Regruteri {city}",),
    "sr": ("Regruteri {city}",),
    "sl": ("Kadroviki {city}",),
    "mk": ("Регрутери {city}",),
    "sq": ("Rekrutuesit {city}",),
    "lt": ("Atrankos specialistai {city}",),
    "lv": ("Personāla atlase {city}",),
    "uk": ("Рекрутери {city}", "IT-рекрутинг {city}"),
    "be": ("Рэкрутэры {city}",),
    "ru": ("Рекрутеры {city}",),
    "lb": ("Recruteurs {city}",),
    "ka": ("რეკრუტერები {city}",),
    "hy": ("Recruiters {city}",),
    "az": ("HR və işə qəbul {city}",),
    "tr": ("İşe Alım Uzmanları {city}", "İK Topluluğu {city}"),
    "hi": ("{city} Recruiters Network", "{city} HR Connect"),
    "zh": ("{city} 招聘人员社区",),
    "ja": ("{city} リクルーター会",),
    "ko": ("{city} 리크루터 모임",),
    "ms": ("Perekrut {city}",),
    "id": ("Komunitas Rekruter {city}",),
    "vi": ("Cộng đồng Tuyển dụng {city}",),
    "th": ("นักสรรหา {city}",),
    "ur": ("{city} Recruiters",),
    "bn": ("{city} HR Forum",),
    "ne": ("{city} Recruiters",),
    "kk": ("{city} HR Club",),
    "uz": ("{city} HR Club",),
    "mn": ("{city} Recruiters",),
    "km": ("{city} Recruiters",),
    "my": ("{city} Recruiters",),
    "ar": ("مجتمع التوظيف {city}", "{city} Recruiters"),
    "af": ("Werwers {city}",),
    "sw": ("Waajiri {city}",),
}


def phrases(language, key):
    """A list of the bank of that language, or of English when it has none."""
    bank = BANKS.get(language, BANKS["en"])
    return bank.get(key) or BANKS["en"][key]


def all_phrases():
    """Every string of every bank (for the characters the search index must fold)."""
    found = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(BANKS)
    walk(THEME_TAGS)
    walk(LOCAL_GROUP_NAMES)
    return found
