"""A member who has done a bit of everything on the site, for the tests of the data export
and of account deletion. Everything personal about them is distinctive text (PERSONAL), so a
test can look for it anywhere; what they wrote in posts deliberately says nothing personal."""

from datetime import timedelta

from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone

from events.models import RSVP
from groups.models import EmailInvitation, Membership
from members.models import SpokenLanguage, User
from norms.models import NormConfirmation, NormProposal, NormRevision
from notifications.models import Follow, Notification, NotificationPreference
from questions.models import Comment, Revision, Topic, Vote
from tests.factories import (
    AnswerFactory,
    EventFactory,
    GroupFactory,
    MembershipFactory,
    QuestionFactory,
    RSVPFactory,
    UserFactory,
    language,
)
from tests.norms.factories import make_entry

PERSONAL = {
    "username": "qzxylo",
    "email": "qzxylo.mail@example.com",
    "pending_email": "qzxylo.pending@example.com",
    "first_name": "Qzfirstxylo",
    "last_name": "Qzlastxylo",
    "display_name": "Qzdisplayxylo Marimba",
    "headline": "Qzheadlinexylo sourcer of rare talent",
    "city": "Qzcityxylo",
    "bio": "Qzbioxylo: I recruit glassblowers.",
    "linkedin_url": "https://www.linkedin.com/in/qzlinkedinxylo/",
    "avatar": "qzavatarxylo",
    "time_zone": "Pacific/Chatham",
    "admission_answer": "Qzadmissionxylo because I love the group",
    "past_objective": "Qzpastobjectivexylo meet sourcers",
    "future_objective": "Qzfutureobjectivexylo meet agencies",
    "social_uid": "qzsocialuidxylo",
    "invitation_name": "Qzinviteexylo Person",
}

NEUTRAL_TEXT = "A plain post about hiring that names nobody."


def member_with_everything(*, posts=1):
    """The member, with `posts` of each kind of post, vote, RSVP and notification."""
    member = UserFactory(
        username=PERSONAL["username"],
        email=PERSONAL["email"],
        first_name=PERSONAL["first_name"],
        last_name=PERSONAL["last_name"],
        display_name=PERSONAL["display_name"],
        headline=PERSONAL["headline"],
        city=PERSONAL["city"],
        bio=PERSONAL["bio"],
        linkedin_url=PERSONAL["linkedin_url"],
        home_country="EE",
        specialisms=["tech", "sourcing"],
        years_in_recruiting=12,
        time_zone=PERSONAL["time_zone"],
        interface_language="et",
    )
    member.avatar.save(f"{PERSONAL['avatar']}.png", ContentFile(b"\x89PNG fake"), save=True)
    SpokenLanguage.objects.create(member=member, language=language("et"), level="native")
    member.reading_languages.set([language("et"), language("en")])
    pending = member.emailaddress_set.create(email=PERSONAL["pending_email"], verified=False)
    assert not pending.primary
    SocialAccount.objects.create(
        user=member,
        provider="linkedin",
        uid=PERSONAL["social_uid"],
        extra_data={"userinfo": {"name": PERSONAL["display_name"], "email": PERSONAL["email"]}},
    )
    Authenticator.objects.create(user=member, type=Authenticator.Type.TOTP, data={"secret": "x"})
    NotificationPreference.objects.create(member=member, daily_digest=True)

    other = UserFactory(username="other-member", email="other@example.com")
    group = GroupFactory(name="Tallinna värbajad", country="EE", city="Tallinn")
    MembershipFactory(user=member, group=group, role=Membership.Role.MODERATOR)
    MembershipFactory(user=other, group=group)
    asked = GroupFactory(name="Warsaw sourcers", country="PL")
    MembershipFactory(
        user=member,
        group=asked,
        status=Membership.Status.PENDING,
        joined_at=None,
        admission_answers=[PERSONAL["admission_answer"]],
    )
    banned_from = GroupFactory(name="Closed circle", country="DE")
    MembershipFactory(
        user=member, group=banned_from, status=Membership.Status.BANNED, joined_at=None
    )
    EmailInvitation.objects.create(
        group=asked, email=PERSONAL["email"].upper(), name=PERSONAL["invitation_name"]
    )
    EmailInvitation.objects.create(
        group=group,
        email=PERSONAL["pending_email"],
        name=PERSONAL["invitation_name"],
        accepted_at=timezone.now(),
        accepted_by=member,
    )

    topic = Topic.objects.order_by("pk").first()
    for _number in range(posts):
        question = QuestionFactory(group=group, author=member, body=NEUTRAL_TEXT)
        question.topics.add(topic)
        Revision.objects.create(question=question, editor=member, title="Old title", body="Old")
        answer = AnswerFactory(question=question, author=other, body=NEUTRAL_TEXT)
        Notification.objects.create(
            recipient=member,
            kind="answer_to_my_question",
            actor=other,
            question=question,
            answer=answer,
        )
        theirs = QuestionFactory(group=group, author=other, body=NEUTRAL_TEXT)
        my_answer = AnswerFactory(question=theirs, author=member, body=NEUTRAL_TEXT)
        Comment.objects.create(author=member, question=theirs, body=NEUTRAL_TEXT)
        Vote.objects.create(voter=member, question=theirs, value=1)
        Vote.objects.create(voter=member, answer=answer, value=1)
        Notification.objects.create(
            recipient=other,
            kind="answer_to_my_question",
            actor=member,
            question=theirs,
            answer=my_answer,
        )
        Follow.objects.create(follower=member, question=theirs)

        upcoming = EventFactory(group=group, capacity=1)
        RSVPFactory(event=upcoming, member=member, objective=PERSONAL["future_objective"])
        RSVPFactory(event=upcoming, member=UserFactory(), status=RSVP.Status.WAITLISTED)
        past_start = timezone.now() - timedelta(days=30)
        past = EventFactory(
            group=group, starts_at=past_start, ends_at=past_start + timedelta(hours=2)
        )
        RSVPFactory(event=past, member=member, objective=PERSONAL["past_objective"])
        EventFactory(group=group, created_by=member, description=NEUTRAL_TEXT)

    Follow.objects.create(follower=member, group=group)
    Follow.objects.create(follower=member, topic=topic)
    entry = make_entry(country="EE", editor=other)
    NormRevision.objects.create(
        entry=entry,
        version=2,
        editor=member,
        summary="Clearer wording",
        short_answer="After the offer.",
    )
    NormConfirmation.objects.create(entry=entry, member=member)
    NormProposal.objects.create(entry=entry, answer=my_answer, proposed_by=member)
    LogEntry.objects.create(
        user=other,
        content_type=ContentType.objects.get_for_model(User),
        object_id=str(member.pk),
        object_repr=str(member),
        action_flag=CHANGE,
        change_message="[]",
    )
    return member
