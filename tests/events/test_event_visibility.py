"""The visibility rule has two forms, a predicate for one event and a filter for lists; they
must agree for everyone. And the pages render in every interface language."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.test import override_settings
from django.utils import translation

from events.models import Event
from events.permissions import may_see_event, visible_events_condition
from groups.permissions import membership_of
from tests.factories import EventFactory

from .scenes import ROLES, event_scene

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
def test_the_filter_and_the_predicate_agree(role):
    scene = event_scene()
    for visibility in Event.Visibility.values:
        for admits_visitors in (True, False):
            for group in (scene.group, scene.other_group):
                EventFactory(group=group, visibility=visibility, admits_visitors=admits_visitors)
    user = AnonymousUser() if role == "anonymous" else getattr(scene, role)

    condition = visible_events_condition(user)
    listed = set(Event.objects.filter(condition if condition is not None else Q()))
    seen = {
        event
        for event in Event.objects.select_related("group")
        if may_see_event(user, event, membership_of(user, event.group))
    }

    assert listed == seen
    assert len(seen) >= 4  # at least the public events


@pytest.mark.parametrize("language", ["en", "pl", "de", "es", "he", "et"])
def test_the_event_pages_render_in_every_interface_language(client, polish_group, language):
    event = EventFactory(group=polish_group)
    with override_settings(LANGUAGE_CODE=language), translation.override(language):
        client.cookies["django_language"] = language
        responses = [
            client.get(event.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=language),
            client.get("/events/", HTTP_ACCEPT_LANGUAGE=language),
            client.get("/events/past/", HTTP_ACCEPT_LANGUAGE=language),
        ]

    for response in responses:
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()
