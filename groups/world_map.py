"""The world map on /countries/: country outlines from static/maps/world.svg (the
@svg-maps/world data set, see static/maps/ATTRIBUTION.txt), shaded by how many groups each
country has."""

import functools
from dataclasses import dataclass
from xml.etree import ElementTree

from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import Country

MAP_FILE = "maps/world.svg"
SVG = "{http://www.w3.org/2000/svg}"

# Places on the map without an ISO 3166-1 code: drawn, named, but no country page.
NAMES_WITHOUT_ISO_CODE = {
    "go": _("Glorioso Islands"),
    "ju": _("Juan de Nova Island"),
    "xk": _("Kosovo"),
}


@dataclass(frozen=True)
class Shade:
    css_class: str
    fewest_groups: int
    label: str


# From the most groups down; the legend lists them from the fewest up.
SHADES = (
    Shade("map-shade-4", 10, _("10 or more groups")),
    Shade("map-shade-3", 4, _("4–9 groups")),
    Shade("map-shade-2", 2, _("2–3 groups")),
    Shade("map-shade-1", 1, _("1 group")),
    Shade("map-shade-0", 0, _("No groups")),
)


def shade_for(group_count):
    return next(shade for shade in SHADES if group_count >= shade.fewest_groups)


@dataclass(frozen=True)
class Outline:
    code: str  # lowercase ISO 3166-1 alpha-2, or one of NAMES_WITHOUT_ISO_CODE
    name: str  # English, as the data set names it
    path: SafeString  # the SVG path data, escaped once


@dataclass(frozen=True)
class MapCountry:
    code: str
    name: str
    path: SafeString
    group_count: int
    shade: Shade
    url: str  # empty for places without a country page


@dataclass(frozen=True)
class WorldMap:
    view_box: str
    width: int
    height: int
    countries: list[MapCountry]

    @property
    def legend(self):
        return list(reversed(SHADES))


@functools.cache
def outlines():
    """(viewBox, outlines) from the map file, read once per process."""
    root = ElementTree.parse(finders.find(MAP_FILE)).getroot()
    found = []
    for element in root.iter(f"{SVG}path"):
        title = element.find(f"{SVG}title")
        found.append(
            Outline(
                code=element.get("id"),
                name=title.text if title is not None else element.get("id"),
                path=SafeString(escape(element.get("d"))),
            )
        )
    return root.get("viewBox"), tuple(found)


def shaded_world_map(group_counts):
    """The map with every country named in the interface language and shaded by its number
    of groups; `group_counts` maps upper-case country codes to counts."""
    view_box, country_outlines = outlines()
    _min_x, _min_y, width, height = (round(float(number)) for number in view_box.split())
    shown = []
    for outline in country_outlines:
        code = outline.code.upper()
        has_page = code in countries
        if has_page:
            name = Country(code).name
        else:
            name = str(NAMES_WITHOUT_ISO_CODE.get(outline.code, outline.name))
        group_count = group_counts.get(code, 0) if has_page else 0
        shown.append(
            MapCountry(
                code=outline.code,
                name=name,
                path=outline.path,
                group_count=group_count,
                shade=shade_for(group_count),
                url=reverse("places:country", kwargs={"code": outline.code}) if has_page else "",
            )
        )
    return WorldMap(view_box=view_box, width=width, height=height, countries=shown)
