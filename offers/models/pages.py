"""The offer directory and the recurring offers in it."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from taggit.models import TaggedItemBase

from editorial.forms import OwnOrganisationPageForm
from home.blocks import RICH_TEXT_FEATURES
from home.labels import choice_label
from home.mixins import AddressFields, ContactFields, CostFields
from home.models import BasePage
from home.pagination import PublishedPagesPaginator
from home.queries import unread_columns
from taxonomy.models import District, OfferKind

from .queries import OfferPageQuerySet

OFFERS_PER_PAGE = 20


class OfferIndexPage(BasePage):
    """The offer directory: every live offer of the network, filtered by plain GET parameters."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["offers.OfferPage"]

    class Meta:
        verbose_name = _("offer directory")

    def get_context(self, request, *args, **kwargs):
        from offers.forms import OfferFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = OfferFilterForm(request.GET)
        offers = form.filter(OfferPage.objects.public().for_listing())
        page = PublishedPagesPaginator(offers, OFFERS_PER_PAGE).get_page(request.GET.get("seite"))
        context.update(filter_form=form, page_obj=page, offers=page.object_list)
        return context


class OfferPageTag(TaggedItemBase):
    content_object = ParentalKey("offers.OfferPage", related_name="tagged_items", on_delete=models.CASCADE)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OfferMeetingTime(Orderable):
    """One recurring meeting slot: weekday, time and rhythm ("every 2nd Tuesday, 15–17 h")."""

    class Rhythm(models.TextChoices):
        WEEKLY = "weekly", _("every week")
        BIWEEKLY = "biweekly", _("every other week")
        MONTHLY = "monthly", _("once a month")

    page = ParentalKey("offers.OfferPage", related_name="meeting_times", on_delete=models.CASCADE)
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"), null=True, blank=True)
    rhythm = models.CharField(_("rhythm"), max_length=10, choices=Rhythm.choices, default=Rhythm.WEEKLY)

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("rhythm")]),
              FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")])]

    class Meta(Orderable.Meta):
        verbose_name = _("meeting time")
        verbose_name_plural = _("meeting times")

    # Listings show dozens of slots; get_weekday_display() would translate every choice for each one.
    @property
    def weekday_label(self):
        return choice_label(Weekday, self.weekday)

    @property
    def rhythm_label(self):
        return choice_label(self.Rhythm, self.rhythm)


class OfferPageForm(OwnOrganisationPageForm):
    organisation_fields = ("provider",)


class OfferPage(AddressFields, CostFields, ContactFields, BasePage):
    """One recurring offer (a coffee meeting, a walk, a self-help group) shown in the directory."""

    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two plain sentences."))
    body = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    easy_language_summary = models.TextField(
        _("summary in easy language"), blank=True, max_length=1500,
        help_text=_("Short sentences, one thought per sentence (Leichte Sprache)."),
    )
    first_steps = models.TextField(
        _("first steps"), blank=True, max_length=1500,
        help_text=_("Can I come alone? Do I need to register? Who greets me when I arrive?"),
    )
    kind = models.ForeignKey(
        "taxonomy.OfferKind", verbose_name=_("kind of offer"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="offers",
    )
    provider = models.ForeignKey(
        "partners.PartnerPage", verbose_name=_("provider"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="offers",
        help_text=_("Leave empty for independent groups."),
    )
    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="offers")
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="offers"
    )
    age_min = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True,
                                               validators=[MaxValueValidator(120)])
    age_max = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True,
                                               validators=[MaxValueValidator(120)])

    is_in_person = models.BooleanField(_("in person"), default=True)
    is_online = models.BooleanField(_("online"), default=False)
    is_by_phone = models.BooleanField(_("by phone"), default=False)

    schedule_note = models.CharField(
        _("schedule note"), max_length=200, blank=True,
        help_text=_("Free text when the times are irregular, e.g. 'nach Absprache' or 'jeden 1. Sonntag im Monat'."),
    )
    registration_required = models.BooleanField(_("registration needed"), default=False)
    registration_note = models.CharField(_("how to register"), max_length=200, blank=True)

    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    easy_language = models.BooleanField(_("easy language"), default=False)
    sign_language = models.BooleanField(_("sign language"), default=False)
    languages = models.CharField(_("languages"), max_length=120, default="Deutsch",
                                 help_text=_("Separate several languages with commas."))

    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"), max_length=250, blank=True,
        help_text=_("Describe the image for people who cannot see it. Empty uses the image's own description."),
    )
    tags = ClusterTaggableManager(through=OfferPageTag, verbose_name=_("tags"), blank=True)
    is_featured = models.BooleanField(_("featured on the home page"), default=False)
    last_reviewed_date = models.DateField(_("last reviewed"), default=date.today)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("easy_language_summary"),
        FieldPanel("first_steps"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("provider"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_in_person"), FieldPanel("is_online"), FieldPanel("is_by_phone")]),
                InlinePanel("meeting_times", label=_("meeting time")),
                FieldPanel("schedule_note"),
                FieldPanel("registration_required"),
                FieldPanel("registration_note"),
            ],
            heading=_("When and how"),
        ),
        *AddressFields.address_panels,
        *CostFields.cost_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("wheelchair_accessible"), FieldPanel("hearing_loop")]),
                FieldRowPanel([FieldPanel("easy_language"), FieldPanel("sign_language")]),
                FieldPanel("languages"),
            ],
            heading=_("Accessibility and languages"),
        ),
        *ContactFields.contact_panels,
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("last_reviewed_date"),
    ]
    # Only moderation decides what the home page features (permission defined in the editorial app).
    promote_panels = [*BasePage.promote_panels, FieldPanel("is_featured", permission="editorial.feature_offers")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("easy_language_summary"),
        index.SearchField("town"),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("district"),
        index.FilterField("provider"),
        index.FilterField("last_reviewed_date"),
    ]

    base_form_class = OfferPageForm
    parent_page_types = ["offers.OfferIndexPage", "partners.PartnerPage"]
    subpage_types = []

    objects = PageManager.from_queryset(OfferPageQuerySet)()

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        # Only a handful of offers are featured; the home page finds them without scanning the directory.
        indexes = [
            models.Index(fields=["is_featured"], condition=models.Q(is_featured=True), name="offer_featured_idx")
        ]

    @classmethod
    def routing_queryset(cls):
        """How home.routing fetches an offer to show it: with what its page and JSON-LD read, in one query."""
        from partners.models import PartnerPage

        return cls.objects.select_related("kind", "district", "provider", "image").defer(
            *unread_columns("provider", PartnerPage, "title", "url_path"),
            *unread_columns("kind", OfferKind, "name"),
            *unread_columns("district", District, "name"),
        )

    def clean(self):
        super().clean()
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValidationError({"age_max": _("The maximum age must not be lower than the minimum age.")})

    def save(self, *args, **kwargs):
        self.default_organisation_from_parent("provider")
        super().save(*args, **kwargs)

    @property
    def is_stale(self):
        """Not reviewed within the review period: the page asks visitors to check with the provider."""
        from offers.stale import is_stale

        return is_stale(self.last_reviewed_date)

    @cached_property
    def formats(self):
        labels = []
        if self.is_in_person:
            labels.append(_("in person"))
        if self.is_online:
            labels.append(_("online"))
        if self.is_by_phone:
            labels.append(_("by phone"))
        return labels

    @cached_property
    def accessibility_features(self):
        fields = ["wheelchair_accessible", "hearing_loop", "easy_language", "sign_language"]
        return [self._meta.get_field(name).verbose_name for name in fields if getattr(self, name)]


    def get_structured_data(self, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "Service",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "isAccessibleForFree": self.cost_type == self.CostType.FREE,
        }
        if self.provider_id:
            data["provider"] = {"@type": "Organization", "name": self.provider.title}
        if self.kind_id:
            data["serviceType"] = self.kind.name
        if self.has_address:
            place = {"@type": "Place", "name": self.venue_name or self.town, "address": self.postal_address()}
            if self.has_coordinates:
                place["geo"] = {"@type": "GeoCoordinates", "latitude": float(self.latitude),
                                "longitude": float(self.longitude)}
            data["availableChannel"] = {"@type": "ServiceChannel", "serviceLocation": place}
        if self.district_id:
            data["areaServed"] = self.district.name
        return data
