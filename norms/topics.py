"""The curated norms topics, marked for translation here; a migration loads them."""

from django.utils.translation import gettext_noop

# (slug, category, name, question topics it answers)
CURATED_NORM_TOPICS = [
    (
        "salary-timing",
        "salary",
        gettext_noop("When is salary discussed?"),
        ["salary-and-compensation"],
    ),
    (
        "salary-format",
        "salary",
        gettext_noop("Gross or net, monthly or yearly?"),
        ["salary-and-compensation"],
    ),
    ("benefits", "salary", gettext_noop("Typical benefits"), ["benefits"]),
    (
        "pay-transparency",
        "salary",
        gettext_noop("Pay-transparency rules"),
        ["salary-and-compensation"],
    ),
    (
        "interview-rounds",
        "process",
        gettext_noop("Typical number of interviews"),
        ["interview-culture"],
    ),
    ("time-to-hire", "process", gettext_noop("Time to hire"), ["candidate-expectations"]),
    ("notice-periods", "process", gettext_noop("Notice periods"), ["notice-periods"]),
    ("counter-offers", "process", gettext_noop("Counter-offers"), ["counter-offers"]),
    ("small-talk", "culture", gettext_noop("Small talk"), ["interview-culture"]),
    ("directness", "culture", gettext_noop("Directness"), ["interview-culture"]),
    ("forms-of-address", "culture", gettext_noop("Formality of address"), []),
    ("follow-up", "culture", gettext_noop("Follow-up etiquette"), ["candidate-expectations"]),
    (
        "candidate-channels",
        "channels",
        gettext_noop("Where candidates are found"),
        ["sourcing-channels", "job-boards"],
    ),
    (
        "candidate-data",
        "legal",
        gettext_noop("Candidate data and consent"),
        ["candidate-data-and-privacy"],
    ),
    ("work-permits", "legal", gettext_noop("Work permits"), ["relocation-and-work-permits"]),
    ("background-checks", "legal", gettext_noop("Background checks"), ["employment-law"]),
    (
        "approach-language",
        "language",
        gettext_noop("Languages candidates expect to be approached in"),
        [],
    ),
]
