"""Norms entries are made through the service, so every one starts with its first revision."""

from norms.models import NormTopic
from norms.services import norm_entry_create
from tests.factories import UserFactory, language


def topic(slug="salary-timing"):
    """Topics are reference data loaded by a migration; tests look them up."""
    return NormTopic.objects.get(slug=slug)


def make_entry(
    *,
    country="PL",
    topic_slug="salary-timing",
    language_code="en",
    short_answer="After the first interview.",
    explanation="Recruiters ask about **expectations** early.",
    sources="https://example.com/salary",
    editor=None,
):
    return norm_entry_create(
        country=country,
        topic=topic(topic_slug),
        language=language(language_code),
        editor=editor or UserFactory(),
        short_answer=short_answer,
        explanation=explanation,
        sources=sources,
    )
