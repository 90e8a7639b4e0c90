from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchStatsConfig(AppConfig):
    name = "searchstats"
    label = "searchstats"
    verbose_name = _("Search statistics")

    def ready(self):
        from .roles import grant_after_migrate

        post_migrate.connect(grant_after_migrate, dispatch_uid="searchstats_grant_moderation")
