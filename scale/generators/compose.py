"""Texts assembled from the phrase banks: question titles and bodies, answers, comments,
group names and descriptions, headlines, events. Every choice comes from the generator's
own ``random.Random``, so the same seed writes the same words."""

from django.utils import translation
from django_countries import countries as country_registry

from questions.search import fold

from . import texts
from .world import COUNTRIES


def country_names():
    """{language: {country code: name in that language}} for every bank language."""
    names = {}
    for language in texts.BANK_LANGUAGES:
        with translation.override(language):
            names[language] = {
                country.code: str(country_registry.name(country.code)) for country in COUNTRIES
            }
    return names


def city_in(language, city):
    """The city as a text in that language writes it: the native name where the language
    is the city's own (Hebrew names for Israeli cities), else the Latin one; Hebrew attaches
    a prefix to a foreign name with a hyphen ("ב-Berlin")."""
    if language == "he":
        return city.native if city.native != city.name else f"-{city.name}"
    return city.name


class Composer:
    """Writes texts with one random generator; cheap enough for millions of posts."""

    def __init__(self, rng, names=None):
        self.rng = rng
        self.names = names or country_names()
        self._folded = {}
        self.banks = {
            language: {
                key: texts.phrases(language, key)
                for key in (
                    "roles",
                    "openers",
                    "closers",
                    "answer_openers",
                    "answer_closers",
                    "comments",
                    "group_names",
                    "group_descriptions",
                    "group_rules",
                    "admission_questions",
                    "admission_answers",
                    "headlines",
                    "bios",
                    "event_titles",
                    "event_descriptions",
                    "objectives",
                )
            }
            for language in texts.BANK_LANGUAGES
        }
        self.themes = {language: texts.phrases(language, "themes") for language in texts.BANKS}

    def writing_language(self, language):
        """The bank a post in that language is written from (English when there is none)."""
        return language if language in texts.BANKS else "en"

    def folded(self, text):
        """questions.search.fold of a phrase or slot value, computed once per string. Folding
        works character by character, so the folded template filled with folded values is
        the fold of the filled template: posts are folded at the cost of composing them."""
        result = self._folded.get(text)
        if result is None:
            result = self._folded[text] = fold(text)
        return result

    def _slots(self, language, country_code, city):
        rng = self.rng
        slots = {
            "country": self.names[language][country_code],
            "city": city_in(language, city),
            "role": rng.choice(self.banks[language]["roles"]),
            "weeks": rng.choice((2, 3, 4, 6, 8, 12)),
            "months": rng.choice((1, 2, 3, 3, 6)),
            "days": rng.choice((2, 3, 4, 5, 7)),
            "percent": rng.choice((10, 15, 20, 25, 30)),
            "years": rng.randint(2, 20),
            "n": rng.randint(2, 60),
        }
        folded = dict(slots)
        for key in ("country", "city", "role"):
            folded[key] = self.folded(slots[key])
        return slots, folded

    def _both(self, template, slots, folded_slots):
        return template.format_map(slots), self.folded(template).format_map(folded_slots)

    def _joined(self, pieces, slots, folded_slots):
        """A text made of bank phrases, and its fold made of the phrases' folds."""
        folded = self.folded
        template = "".join(pieces)
        folded_template = "".join([folded(piece) for piece in pieces])
        return template.format_map(slots), folded_template.format_map(folded_slots)

    def question(self, language, theme, country_code, city):
        """(title, folded title, body, folded body) of a question about a theme, asked to a
        country."""
        rng = self.rng
        bank = self.banks[language]
        theme_bank = self.themes[language][theme]
        slots, folded = self._slots(language, country_code, city)
        title, folded_title = self._both(rng.choice(theme_bank["titles"]), slots, folded)
        asks = theme_bank["asks"]
        pieces = [rng.choice(bank["openers"]), " "]
        for number, ask in enumerate(rng.sample(asks, rng.randint(1, min(2, len(asks))))):
            pieces += [" ", ask] if number else [ask]
        if rng.random() < 0.7:
            pieces += ["\n\n", rng.choice(bank["closers"])]
        body, folded_body = self._joined(pieces, slots, folded)
        return title, folded_title, body, folded_body

    def answer(self, language, theme, country_code, city):
        """(body, folded body) of an answer."""
        rng = self.rng
        bank = self.banks[language]
        sentences = self.themes[language][theme]["answers"]
        slots, folded = self._slots(language, country_code, city)
        pieces = []
        if rng.random() < 0.4:
            pieces += [rng.choice(bank["answer_openers"]), " "]
        for number, sentence in enumerate(
            rng.sample(sentences, rng.randint(1, min(3, len(sentences))))
        ):
            pieces += [" ", sentence] if number else [sentence]
        if rng.random() < 0.3:
            pieces += ["\n\n", rng.choice(bank["answer_closers"])]
        return self._joined(pieces, slots, folded)

    def comment(self, language, city):
        text = self.rng.choice(self.banks[language]["comments"])
        return text.replace("{city}", city_in(language, city))

    def group_name(self, language, city):
        rng = self.rng
        if language in self.banks and rng.random() < 0.85:
            template = rng.choice(self.banks[language]["group_names"])
            return template.format(city=city_in(language, city))
        local = texts.LOCAL_GROUP_NAMES.get(language)
        if local and rng.random() < 0.6:
            return rng.choice(local).format(city=city.native)
        return rng.choice(self.banks["en"]["group_names"]).format(city=city.name)

    def _bank_text(self, language, key, city):
        rng = self.rng
        text = rng.choice(self.banks[self.writing_language(language)][key])
        return text.format(
            city=city_in(language, city), years=rng.randint(2, 20), n=rng.randint(2, 80)
        )

    def group_description(self, language, city):
        return self._bank_text(language, "group_descriptions", city)

    def group_rules(self, language):
        return self.rng.choice(self.banks[self.writing_language(language)]["group_rules"])

    def admission_questions(self, language, count):
        questions = self.banks[self.writing_language(language)]["admission_questions"]
        return self.rng.sample(questions, min(count, len(questions)))

    def admission_answers(self, language, count, city):
        answers = self.banks[self.writing_language(language)]["admission_answers"]
        return [self.rng.choice(answers).format(city=city_in(language, city)) for _ in range(count)]

    def headline(self, language, city):
        return self._bank_text(language, "headlines", city)[:140]

    def bio(self, language, city):
        return self._bank_text(language, "bios", city)

    def event_title(self, language, city):
        return self._bank_text(language, "event_titles", city)[:160]

    def event_description(self, language, city):
        return self._bank_text(language, "event_descriptions", city)

    def objective(self, language, city):
        return self._bank_text(language, "objectives", city)
