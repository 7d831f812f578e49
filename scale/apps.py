from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScaleConfig(AppConfig):
    """Realistic data at scale: `manage.py generate_data` and the query-plan checks."""

    name = "scale"
    verbose_name = _("Data at scale")
