"""The vocabulary of the published content: spelling suggestions, typo tolerance and compound splitting."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """One word that occurs in published, public content, as the search index has seen it.

    Filled by the database search backend while indexing (search.backends), rebuilt by `update_index`.
    Only words of live, public pages are recorded, so a suggestion never reveals a draft; the engine
    also checks that a suggestion finds something before it offers it.
    """

    term = models.CharField(_("word"), max_length=40, unique=True)
    stem = models.CharField(_("stem"), max_length=40, db_index=True)
    display = models.CharField(_("spelling"), max_length=40)
    doc_count = models.PositiveIntegerField(_("documents"), default=1)
    # False for words seen only as a part of a compound ("projekt" in "Gartenprojekt"): searchable, but
    # neither offered as a spelling nor used to split other compounds.
    standalone = models.BooleanField(_("seen on its own"), default=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.display
