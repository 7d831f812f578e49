"""Pagination whose cost does not grow with the table.

Django's Paginator counts every matching row to number the pages; over a million questions
that COUNT(*) alone outlasts the rest of the page. Here the count stops at the rows that
MAX_PAGES pages can show (COUNT over a LIMITed subquery), so page 1 of a huge list costs the
same as page 1 of a small one, and the deepest offset is bounded too. Past the cap, lists
say "more than N" and invite narrowing the filters."""

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.functional import cached_property


class BoundedPaginator(Paginator):
    def __init__(self, *args, count_order=None, **kwargs):
        # How many rows there are (up to the cap) does not depend on their order: a list
        # sorted by something its table is not stored by (votes, activity) may count its
        # rows in an order an index reads cheaply instead (e.g. newest first).
        self.count_order = count_order
        super().__init__(*args, **kwargs)

    @cached_property
    def row_cap(self):
        return self.per_page * settings.PAGINATION_MAX_PAGES

    @cached_property
    def counted_rows(self):
        if isinstance(self.object_list, list | tuple):
            return len(self.object_list)
        rows = self.object_list
        if self.count_order is not None:
            rows = rows.order_by(*self.count_order)
        return rows[: self.row_cap + 1].count()

    @cached_property
    def count(self):
        return min(self.counted_rows, self.row_cap)

    @cached_property
    def is_capped(self):
        """True when more rows match than the pages can show."""
        return self.counted_rows > self.row_cap
