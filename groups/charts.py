"""Monthly charts drawn on the server as SVG, for pages that must work without JavaScript.

This module only does the geometry: it turns a series of monthly numbers into coordinates,
ticks and labels; ``templates/groups/manage/_chart.svg.html`` draws them, with a
``<title>``, a ``<desc>`` and localised month names. Every chart is shown beside a table of
the same numbers, which is its accessible equivalent.

Drawing rules:

* The chart scales to its container through its ``viewBox``; the font size is chosen so
  that the labels stay readable on a 375-pixel-wide phone; with more than six months only
  every other month is labelled under the axis (the table lists them all).
* Right to left (Hebrew), the chart is mirrored like the rest of the page: the value axis
  sits on the right and time runs from right to left. The text anchors stay logical
  ("end" puts tick labels on the outer side of the axis in both directions), since SVG
  text inherits the page's direction.
* Coordinates are strings formatted here, never floats, so that a locale with a decimal
  comma cannot break them when the template renders them.
"""

import datetime
import math
from dataclasses import dataclass, field

WIDTH = 400
HEIGHT = 230
FONT_SIZE = 14
MARGIN_START = 44  # the value axis and its labels
MARGIN_END = 8
MARGIN_TOP = 26  # the axis title
MARGIN_BOTTOM = 42  # month names and, where the year changes, the year
BAR_SHARE = 0.62  # of each month's slot
MAX_BAR_WIDTH = 28  # so that a young group's few months do not make slabs
TARGET_TICKS = 4

# Colours with at least 3:1 contrast against the page, told apart by lightness as well as
# hue. Hollow bars (white with an outline) stand for what is still open.
SOLID = "#0b5d4b"
WARM = "#b04a00"
OUTLINE = "#4f5a61"
HOLLOW = "#ffffff"
GRID = "#d5d9d6"


@dataclass(frozen=True)
class Series:
    label: str
    values: list[int]
    color: str = SOLID
    outline: str = "none"


def hollow_series(label, values):
    return Series(label=label, values=values, color=HOLLOW, outline=OUTLINE)


@dataclass(frozen=True)
class Tick:
    value: int
    y: str


@dataclass(frozen=True)
class MonthLabel:
    month: datetime.date
    x: str
    show_year: bool


@dataclass(frozen=True)
class Mark:
    """A bar segment or a point on the line, with what its tooltip says."""

    month: datetime.date
    label: str
    value: int
    x: str
    y: str
    width: str = "0"
    height: str = "0"
    color: str = SOLID
    outline: str = "none"


@dataclass(frozen=True)
class Chart:
    id: str
    kind: str  # "line" or "bars"
    unit: str
    series: list[Series]
    ticks: list[Tick]
    month_labels: list[MonthLabel]
    marks: list[Mark]
    polyline: str = ""
    width: int = WIDTH
    height: int = HEIGHT
    font_size: int = FONT_SIZE
    geometry: dict = field(default_factory=dict)

    @property
    def is_line(self):
        return self.kind == "line"


def _number(value):
    """A coordinate as SVG wants it, whatever the locale: 12.5, never 12,5."""
    return f"{value:.1f}".removesuffix(".0")


def nice_ticks(largest, target=TARGET_TICKS):
    """Round tick values from 0 to at least ``largest``: steps of 1, 2 or 5 times a power
    of ten, about ``target`` of them."""
    if largest <= 0:
        return [0, 1]
    rough = largest / target
    magnitude = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    top = math.ceil(largest / step) * step
    return list(range(0, top + 1, step))


class _Frame:
    """The plot area for ``count`` monthly slots, mirrored right to left when asked."""

    def __init__(self, count, rtl):
        self.count = count
        self.rtl = rtl
        self.left = MARGIN_START
        self.right = WIDTH - MARGIN_END
        self.top = MARGIN_TOP
        self.bottom = HEIGHT - MARGIN_BOTTOM
        self.slot = (self.right - self.left) / count

    def x(self, ltr_x):
        return WIDTH - ltr_x if self.rtl else ltr_x

    def slot_centre(self, index):
        return self.x(self.left + (index + 0.5) * self.slot)

    def y(self, value, top_value):
        return self.bottom - (self.bottom - self.top) * value / top_value

    def geometry(self):
        axis_x = self.x(self.left)
        return {
            "axis_x": _number(axis_x),
            "far_x": _number(self.x(self.right)),
            "tick_label_x": _number(self.x(self.left - 6)),
            "unit_x": _number(self.x(4)),
            "top": _number(self.top),
            "bottom": _number(self.bottom),
            "month_y": _number(self.bottom + 18),
            "year_y": _number(self.bottom + 35),
            "unit_y": _number(MARGIN_TOP - 12),
        }


def _month_labels(months, frame):
    """Every month when there are few, otherwise every other month counting back from the
    latest; the year goes under the first labelled month and wherever the year changes."""
    labels = []
    previous_year = None
    step = 1 if len(months) <= 6 else 2
    for index in range(len(months) - 1, -1, -step)[::-1]:
        month = months[index]
        labels.append(
            MonthLabel(
                month=month,
                x=_number(frame.slot_centre(index)),
                show_year=month.year != previous_year,
            )
        )
        previous_year = month.year
    return labels


def _ticks(top_values, frame):
    return [Tick(value=value, y=_number(frame.y(value, top_values[-1]))) for value in top_values]


def line_chart(*, chart_id, months, series, unit, rtl=False):
    """One line through a value per month."""
    frame = _Frame(len(months), rtl)
    tick_values = nice_ticks(max(series.values, default=0))
    top = tick_values[-1]
    marks = [
        Mark(
            month=month,
            label=series.label,
            value=value,
            x=_number(frame.slot_centre(index)),
            y=_number(frame.y(value, top)),
            color=series.color,
        )
        for index, (month, value) in enumerate(zip(months, series.values, strict=True))
    ]
    return Chart(
        id=chart_id,
        kind="line",
        unit=unit,
        series=[series],
        ticks=_ticks(tick_values, frame),
        month_labels=_month_labels(months, frame),
        marks=marks,
        polyline=" ".join(f"{mark.x},{mark.y}" for mark in marks),
        geometry=frame.geometry(),
    )


def stacked_bar_chart(*, chart_id, months, series, unit, rtl=False):
    """A bar per month, made of one segment per series, the first series at the bottom."""
    frame = _Frame(len(months), rtl)
    totals = [sum(values) for values in zip(*(s.values for s in series), strict=True)]
    tick_values = nice_ticks(max(totals, default=0))
    top = tick_values[-1]
    bar_width = min(frame.slot * BAR_SHARE, MAX_BAR_WIDTH)
    marks = []
    for index, month in enumerate(months):
        x = frame.slot_centre(index) - bar_width / 2
        below = 0
        for one in series:
            value = one.values[index]
            if value:
                y_top = frame.y(below + value, top)
                marks.append(
                    Mark(
                        month=month,
                        label=one.label,
                        value=value,
                        x=_number(x),
                        y=_number(y_top),
                        width=_number(bar_width),
                        height=_number(frame.y(below, top) - y_top),
                        color=one.color,
                        outline=one.outline,
                    )
                )
            below += value
    return Chart(
        id=chart_id,
        kind="bars",
        unit=unit,
        series=list(series),
        ticks=_ticks(tick_values, frame),
        month_labels=_month_labels(months, frame),
        marks=marks,
        geometry=frame.geometry(),
    )
