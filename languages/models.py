from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageQuerySet(models.QuerySet):
    def with_groups(self):
        """Languages used by at least one group, most groups first."""
        return (
            self.annotate(group_count=models.Count("groups"))
            .filter(group_count__gt=0)
            .order_by("-group_count", "name")
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
