from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify

from events.models import RSVP, Event
from groups.models import Group, Membership
from languages.models import Language
from members.models import User
from questions.models import Answer, Question


def language(code):
    """Languages are reference data loaded by a migration; tests look them up."""
    return Language.objects.get(code=code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda member: f"{member.username}@example.com")
    display_name = factory.Faker("name")
    home_country = "PL"
    city = "Warszawa"
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def verified(member, create, extracted, **kwargs):
        """Members have a confirmed email address unless built with verified=False."""
        if not create:
            return
        EmailAddress.objects.update_or_create(
            user=member,
            email=member.email,
            defaults={"verified": extracted is not False, "primary": True},
        )


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Recruiters Group {n}")
    slug = factory.LazyAttribute(lambda group: slugify(group.name))
    country = "PL"
    city = "Warszawa"
    description = "A place for recruiters to learn from each other."
    join_policy = Group.JoinPolicy.OPEN

    @factory.post_generation
    def languages(group, create, extracted, **kwargs):
        if not create:
            return
        group.languages.set([language(code) for code in (extracted or ["pl"])])


class MembershipFactory(factory.django.DjangoModelFactory):
    """A membership row made directly; keeps the group's member count in step."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    group = factory.SubFactory(GroupFactory)
    role = Membership.Role.MEMBER
    status = Membership.Status.ACTIVE
    joined_at = factory.LazyAttribute(
        lambda membership: timezone.now() if membership.status == Membership.Status.ACTIVE else None
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        membership = super()._create(model_class, *args, **kwargs)
        if membership.is_active:
            Group.objects.filter(pk=membership.group_id).update(
                member_count=Membership.objects.filter(
                    group_id=membership.group_id, status=Membership.Status.ACTIVE
                ).count()
            )
        return membership


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    group = factory.SubFactory(GroupFactory)
    author = factory.SubFactory(UserFactory, home_country="GB", city="London")
    title = factory.Sequence(lambda n: f"How do salary talks work here? ({n})")
    body = "In the UK we discuss salary before the offer. When does it happen in your market?"
    language = factory.LazyFunction(lambda: language("en"))
    asker_country = factory.LazyAttribute(lambda question: question.author.home_country)
    target_country = factory.LazyAttribute(lambda question: question.group.country)
    regions = factory.LazyAttribute(lambda question: [str(question.target_country)])


class AnswerFactory(factory.django.DjangoModelFactory):
    """An answer row made directly; keeps the question's answer count in step."""

    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory)
    author = factory.SubFactory(UserFactory)
    body = "Usually after the offer, in the last interview at the earliest."
    language = factory.LazyAttribute(lambda answer: answer.question.language)
    region = factory.LazyAttribute(lambda answer: answer.author.home_country)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        answer = super()._create(model_class, *args, **kwargs)
        Question.objects.filter(pk=answer.question_id).update(
            answer_count=Answer.objects.filter(question_id=answer.question_id).count()
        )
        return answer


class EventFactory(factory.django.DjangoModelFactory):
    """An upcoming meetup of a group, in person in the group's city, two weeks from now.
    `EventFactory(online=True)` makes an online one."""

    class Meta:
        model = Event

    class Params:
        online = factory.Trait(
            format=Event.Format.ONLINE,
            venue="",
            address="",
            online_url="https://meet.example.com/recruiters-meetup",
        )

    group = factory.SubFactory(GroupFactory)
    title = factory.Sequence(lambda n: f"Recruiters meetup {n}")
    description = "Short talks, then time to meet each other."
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=3))
    time_zone = "Europe/Warsaw"
    format = Event.Format.IN_PERSON
    venue = "Kawiarnia Rekruterów"
    address = "ul. Marszałkowska 1"
    city = factory.LazyAttribute(lambda event: event.group.city or "Warszawa")
    country = factory.LazyAttribute(lambda event: event.group.country)
    capacity = 30


class RSVPFactory(factory.django.DjangoModelFactory):
    """An answer row made directly; keeps the event's going and waitlist counts in step."""

    class Meta:
        model = RSVP
        skip_postgeneration_save = True

    event = factory.SubFactory(EventFactory)
    member = factory.SubFactory(UserFactory)
    status = RSVP.Status.GOING

    @factory.post_generation
    def topics(rsvp, create, extracted, **kwargs):
        if create and extracted:
            rsvp.topics.set(extracted)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        rsvp = super()._create(model_class, *args, **kwargs)
        counts = dict(
            RSVP.objects.filter(event_id=rsvp.event_id)
            .values_list("status")
            .annotate(total=Count("pk"))
            .order_by()
        )
        Event.objects.filter(pk=rsvp.event_id).update(
            going_count=counts.get(RSVP.Status.GOING, 0),
            waitlist_count=counts.get(RSVP.Status.WAITLISTED, 0),
        )
        return rsvp


class ConversationFactory(factory.django.DjangoModelFactory):
    """A conversation between `first` and `second` (ordered as the table wants), with both
    sides' rows and no message yet; `MessageFactory` adds messages."""

    class Meta:
        model = "conversations.Conversation"
        exclude = ["first", "second"]

    first = factory.SubFactory(UserFactory)
    second = factory.SubFactory(UserFactory)
    member_low = factory.LazyAttribute(lambda o: min(o.first, o.second, key=lambda m: m.pk))
    member_high = factory.LazyAttribute(lambda o: max(o.first, o.second, key=lambda m: m.pk))
    started_by = factory.LazyAttribute(lambda o: o.first)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from conversations.models import Participant

        conversation = super()._create(model_class, *args, **kwargs)
        Participant.objects.bulk_create(
            Participant(conversation=conversation, member_id=member_id)
            for member_id in conversation.member_ids()
        )
        return conversation


class MessageFactory(factory.django.DjangoModelFactory):
    """A message row made directly (no unread counts, no email): for pages with many
    messages. Tests of behaviour send through conversations.services."""

    class Meta:
        model = "conversations.Message"

    conversation = factory.SubFactory(ConversationFactory)
    sender = factory.LazyAttribute(lambda message: message.conversation.started_by)
    body = factory.Sequence(lambda n: f"Message number {n}: how does **salary** timing work?")
    body_hash = factory.LazyAttribute(lambda message: _body_hash(message.body))


def _body_hash(text):
    from conversations.models import body_hash

    return body_hash(text)


class FlagFactory(factory.django.DjangoModelFactory):
    """An open report on a question, made directly (the group is the question's). Pass
    answer=, comment=, event= or member= (with question=None) to report something else,
    and group= to match."""

    class Meta:
        model = "moderation.Flag"

    question = factory.SubFactory(QuestionFactory)
    group = factory.LazyAttribute(lambda flag: flag.question.group if flag.question else None)
    reporter = factory.SubFactory(UserFactory)
    reason = "spam"
