from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NormsConfig(AppConfig):
    name = "norms"
    verbose_name = _("Recruiting norms")
