"""What people without an account send in: offer proposals (their personal data) and wishes for missing offers."""

from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from . import conf


def purge_deadline(now=None):
    """Decisions before this moment are old enough for their personal data to go."""
    days = conf.get("SUBMISSION_PERSONAL_DATA_RETENTION_DAYS")
    return (now or timezone.now()) - timedelta(days=days)


class OfferProposalQuerySet(models.QuerySet):
    def due_for_purge(self, now=None):
        return self.filter(purged_at__isnull=True, decided_at__lte=purge_deadline(now))


class OfferProposal(models.Model):
    """Who proposed an offer through the public form; the offer itself is a draft OfferPage in moderation."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        CANCELLED = "cancelled", _("moderation cancelled")
        DELETED = "deleted", _("deleted")

    page = models.ForeignKey(
        "offers.OfferPage", verbose_name=_("offer"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="proposals",
    )
    organisation = models.CharField(_("club or group"), max_length=150, blank=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    consent_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    purged_at = models.DateTimeField(_("personal data deleted at"), null=True, blank=True)

    objects = OfferProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("offer proposal")
        verbose_name_plural = _("offer proposals")
        ordering = ["-created_at"]

    def __str__(self):
        title = self.page.title if self.page_id else _("(offer deleted)")
        who = self.organisation or _("(personal data deleted)")
        return f"{title} – {who}"

    def purge(self):
        """Delete the personal data, here and in the offer's page and revisions; keep where the offer came from."""
        from .retention import scrub_offer_page

        if self.page_id:
            scrub_offer_page(self)
        self.organisation = self.name = self.email = self.phone = ""
        self.purged_at = timezone.now()
        self.save(update_fields=["organisation", "name", "email", "phone", "purged_at"])


class AgeGroup(models.TextChoices):
    CHILDREN = "children", _("children and teenagers")
    YOUNG = "young", _("young adults (18 to 29)")
    ADULTS = "adults", _("adults (30 to 64)")
    SENIORS = "seniors", _("older people (65 to 79)")
    ELDERLY = "elderly", _("very old people (80 and over)")
    ALL = "all", _("all ages")


class WishQuerySet(models.QuerySet):
    def due_for_purge(self, now=None):
        has_contact = ~models.Q(contact_name="", contact_email="", contact_phone="")
        return self.filter(has_contact, status__in=Wish.CLOSED, closed_at__lte=purge_deadline(now))


class Wish(models.Model):
    """A missing offer someone asked for; moderators track what becomes of it."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_PROGRESS = "in_progress", _("in progress")
        REALISED = "realised", _("realised")
        DECLINED = "declined", _("declined")

    CLOSED = (Status.REALISED, Status.DECLINED)

    what = models.TextField(_("what is missing"), max_length=1000)
    target_group = models.ForeignKey(
        "taxonomy.TargetGroup", verbose_name=_("for whom"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    age_group = models.CharField(_("age"), max_length=10, choices=AgeGroup.choices, blank=True)
    district = models.ForeignKey(
        "taxonomy.District", verbose_name=_("where"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    theme = models.ForeignKey(
        "taxonomy.Theme", verbose_name=_("theme"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    contact_name = models.CharField(_("name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW)
    moderator_note = models.TextField(_("note of the moderation"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = WishQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("what", read_only=True),
                FieldRowPanel([FieldPanel("target_group", read_only=True), FieldPanel("age_group", read_only=True)]),
                FieldRowPanel([FieldPanel("district", read_only=True), FieldPanel("theme", read_only=True)]),
            ],
            heading=_("The wish"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name", read_only=True),
                FieldRowPanel([FieldPanel("contact_email", read_only=True),
                               FieldPanel("contact_phone", read_only=True)]),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("status"),
        FieldPanel("moderator_note"),
    ]

    class Meta:
        verbose_name = _("wish")
        verbose_name_plural = _("wishes")
        ordering = ["-created_at"]

    def __str__(self):
        return Truncator(self.what).chars(60)

    def save(self, *args, **kwargs):
        # The retention period for the contact data runs from the moment the wish was settled.
        if self.status in self.CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status not in self.CLOSED:
            self.closed_at = None
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "closed_at"}
        super().save(*args, **kwargs)

    @property
    def has_contact(self):
        return bool(self.contact_name or self.contact_email or self.contact_phone)

    def purge(self):
        self.contact_name = self.contact_email = self.contact_phone = ""
        self.save(update_fields=["contact_name", "contact_email", "contact_phone"])
