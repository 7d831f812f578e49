from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project itself: wiring that belongs to no single domain app."""

    name = "recruitcommunity"
    verbose_name = "RecruitCommunity"

    def ready(self):
        from .page_cache import connect_invalidation

        connect_invalidation()
