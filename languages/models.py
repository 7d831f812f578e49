from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageQuerySet(models.QuerySet):
    def with_groups(self, among=None):
        """Languages used by at least one group (of `among`, a queryset of groups, if given),
        most groups first."""
        if among is not None:
            languages = self.filter(groups__in=among.order_by().values("pk")).annotate(
                group_count=models.Count("*")
            )
        else:
            # Each language's groups counted in the link table's index on the language,
            # rather than by joining and grouping every link of every group.
            links = self.model.groups.through.objects.filter(language_id=models.OuterRef("pk"))
            group_count = links.order_by().values("language_id").annotate(total=models.Count("*"))
            languages = self.filter(models.Exists(links)).annotate(
                group_count=models.Subquery(group_count.values("total"))
            )
        return languages.order_by("-group_count", "name")

    def with_groups_in_country(self, country_code):
        """Languages used by the groups of a country, most groups first (each with its
        `group_count`). Each group of the country reads its own links by the group's index,
        so the cost follows the country's groups, not every link of every group (PostgreSQL
        would otherwise join by reading the whole link table)."""
        language_table = self.model._meta.db_table
        link = self.model.groups.through
        group_table = link._meta.get_field("group").related_model._meta.db_table
        return self.raw(
            f"""
            SELECT language.*, counted.group_count
            FROM {language_table} AS language
            JOIN (
                SELECT used.code, count(*) AS group_count
                FROM {group_table} AS grp
                CROSS JOIN LATERAL unnest(ARRAY(
                    SELECT link.language_id FROM {link._meta.db_table} AS link
                    WHERE link.group_id = grp.id
                )) AS used(code)
                WHERE grp.country = %s
                GROUP BY used.code
            ) AS counted ON counted.code = language.code
            ORDER BY counted.group_count DESC, language.name
            """,
            [country_code],
        )


class Language(models.Model):
    """A human language, identified by its ISO 639-1 code."""

    code = models.CharField(_("ISO 639-1 code"), max_length=2, primary_key=True)
    name = models.CharField(_("English name"), max_length=64)
    native_name = models.CharField(_("native name"), max_length=64)
    right_to_left = models.BooleanField(_("written right to left"), default=False)

    objects = LanguageQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[a-z]{2}$"),
                name="language_code_is_iso_639_1",
            ),
            models.CheckConstraint(condition=~models.Q(name=""), name="language_name_not_empty"),
        ]

    def __str__(self):
        return self.name

    @property
    def text_direction(self):
        return "rtl" if self.right_to_left else "ltr"
