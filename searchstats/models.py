"""What people search for, counted per query and day: no address, no user, no session."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchQueryDay(models.Model):
    """How often a (normalized) query was searched on one day, and how often it found nothing.

    One row per query and day keeps recording to a single UPDATE per search and lets the report sum any
    period; `purge_search_stats` deletes rows older than the retention period.
    """

    query = models.CharField(_("search query"), max_length=200)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    misses = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query per day")
        verbose_name_plural = _("search queries per day")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="searchstats_query_date_unique")]
        indexes = [models.Index(fields=["date"], name="searchstats_date_idx")]

    def __str__(self):
        return f"{self.query} ({self.date:%Y-%m-%d})"
