from django import forms
from django.test.html import parse_html

from recruitcommunity.widgets import LongSelect

CHOICES = [
    ("", "Any country"),
    ("PL", "Polska & <Polen>"),
    ("Grouped", [("DE", "Deutschland"), ("IL", "ישראל")]),
]


def test_a_long_select_writes_what_djangos_select_writes():
    attrs = {"id": "id_to", "required": True, "class": "filter"}
    for value in ["PL", "IL", "", None, "XX"]:
        expected = forms.Select(choices=CHOICES).render("to", value, attrs)
        rendered = LongSelect(choices=CHOICES).render("to", value, attrs)
        # The same elements, attributes and text (attribute order aside).
        assert parse_html(rendered) == parse_html(expected)


def test_labels_are_escaped():
    html = LongSelect(choices=CHOICES).render("to", "PL")
    assert "Polska &amp; &lt;Polen&gt;" in html
    assert "<Polen>" not in html
