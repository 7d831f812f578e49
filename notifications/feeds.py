"""Atom feeds of questions, for feed readers: a group's questions, and the questions
addressed to a country."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django_countries import countries
from django_countries.fields import Country

from groups.models import Group
from questions.models import Question
from recruitcommunity.markdown import render_markdown

FEED_SIZE = 30


class QuestionsFeed(Feed):
    feed_type = Atom1Feed

    def items(self, obj):
        return self.questions(obj).visible().for_listing().newest_first()[:FEED_SIZE]

    def item_title(self, question):
        return question.title

    def item_description(self, question):
        return render_markdown(question.body)

    def item_link(self, question):
        return question.get_absolute_url()

    def item_author_name(self, question):
        return question.author.public_name

    def item_pubdate(self, question):
        return question.created_at

    def item_updateddate(self, question):
        return question.edited_at or question.created_at


class GroupQuestionsFeed(QuestionsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Group, slug=slug)

    def questions(self, group):
        return Question.objects.visible().filter(group=group)

    def title(self, group):
        return _("Questions to %(group)s · RecruitCommunity") % {"group": group.name}

    def subtitle(self, group):
        return _("The newest questions asked to %(group)s.") % {"group": group.name}

    def link(self, group):
        return group.get_absolute_url()

    def feed_url(self, group):
        return reverse("notifications:group_feed", kwargs={"slug": group.slug})


class CountryQuestionsFeed(QuestionsFeed):
    """``?to=PL``: the questions that address Poland, alone or among other regions."""

    def get_object(self, request):
        code = request.GET.get("to", "").strip().upper()
        if not countries.alpha2(code) or code != countries.alpha2(code):
            raise Http404("No such country")
        return Country(code)

    def questions(self, country):
        return Question.objects.visible().to_country(country.code)

    def title(self, country):
        return _("Questions to %(country)s · RecruitCommunity") % {"country": country.name}

    def subtitle(self, country):
        return _("The newest questions recruiters ask about %(country)s.") % {
            "country": country.name
        }

    def link(self, country):
        return f"{reverse('questions:list')}?to={country.code}"

    def feed_url(self, country):
        return f"{reverse('notifications:country_feed')}?to={country.code}"
