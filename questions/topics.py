"""The curated recruiting topics. Their names are marked here so that the interface shows
them translated (templates use ``{% translate topic.name %}``); a data migration loads them
and admins may add more."""

from django.utils.translation import gettext_noop

CURATED_TOPICS = [
    ("salary-and-compensation", gettext_noop("Salary and compensation talks")),
    ("notice-periods", gettext_noop("Notice periods")),
    ("employment-law", gettext_noop("Employment law and contracts")),
    ("interview-culture", gettext_noop("Interview culture")),
    ("sourcing-channels", gettext_noop("Sourcing channels")),
    ("job-boards", gettext_noop("Job boards")),
    ("candidate-expectations", gettext_noop("Candidate expectations")),
    ("relocation-and-work-permits", gettext_noop("Relocation and work permits")),
    ("diversity-and-inclusion", gettext_noop("Diversity and inclusion")),
    ("employer-branding", gettext_noop("Employer branding")),
    ("counter-offers", gettext_noop("Counter-offers")),
    ("candidate-data-and-privacy", gettext_noop("Candidate data and privacy")),
    ("remote-and-hybrid-work", gettext_noop("Remote and hybrid work")),
    ("benefits", gettext_noop("Benefits")),
]
