"""Dated events: expert lectures (Fachvorträge), workshops and open meetings; past ones form the archive."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from editorial.forms import OwnOrganisationPageForm
from home.blocks import RICH_TEXT_FEATURES
from home.labels import choice_label
from home.mixins import AddressFields, CostFields
from home.models import BasePage
from home.pagination import PublishedPagesPaginator
from home.queries import SitePageQuerySet, unread_columns
from taxonomy.models import District

EVENTS_PER_PAGE = 20


class EventIndexPage(BasePage):
    """The calendar of lectures and events, upcoming first, with the archive one click away."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event calendar")

    def get_context(self, request, *args, **kwargs):
        from .forms import EventFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = EventFilterForm(request.GET)
        events = form.filter(EventPage.objects.public().for_listing())
        events = events.past() if form.show_archive else events.upcoming()
        page = PublishedPagesPaginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("seite"))
        context.update(filter_form=form, page_obj=page, events=page.object_list)
        return context


# What an event card (components/event_card.html) reads: Django's cost of compiling and loading a row grows with
# its columns, and a card needs a fifth of them.
CARD_FIELDS = (
    "title", "url_path", "kind", "summary", "starts_at", "ends_at", "venue_name", "street", "town", "is_online",
    "cost_type", "cost_amount", "district__name",
)


class EventPageQuerySet(SitePageQuerySet):
    def upcoming(self):
        """Events that have not ended yet, soonest first."""
        now = timezone.now()
        return self.filter(models.Q(ends_at__gte=now) | models.Q(ends_at__isnull=True, starts_at__gte=now)).order_by(
            "starts_at", "pk"
        )

    def past(self):
        """The archive, most recent first."""
        now = timezone.now()
        return self.filter(models.Q(ends_at__lt=now) | models.Q(ends_at__isnull=True, starts_at__lt=now)).order_by(
            "-starts_at", "-pk"
        )

    def for_listing(self):
        """What an event card shows (date, place, organisers), in a fixed number of queries."""
        from partners.models import PartnerPage

        return (
            self.select_related("district")
            .only(*CARD_FIELDS)
            .prefetch_related(Prefetch("organisers", queryset=PartnerPage.objects.only("title")))
        )


class EventSpeaker(Orderable):
    """Who speaks at an event, with the role or expertise that tells people why to come."""

    page = ParentalKey("events.EventPage", related_name="speakers", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True, help_text=_("e.g. Psychologin, LWL-Klinik"))

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class EventPageForm(OwnOrganisationPageForm):
    organisation_fields = ("organisers",)


class EventPage(AddressFields, CostFields, BasePage):
    """One dated event, such as an expert lecture on loneliness in old age."""

    class Kind(models.TextChoices):
        LECTURE = "lecture", _("expert lecture")
        WORKSHOP = "workshop", _("workshop")
        MEETING = "meeting", _("open meeting")
        OTHER = "other", _("other event")

    class Registration(models.TextChoices):
        NONE = "none", _("no registration needed")
        REQUIRED = "required", _("registration required")

    og_type = "article"

    kind = models.CharField(_("kind of event"), max_length=20, choices=Kind.choices, default=Kind.LECTURE)
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two plain sentences."))
    body = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    organisers = ParentalManyToManyField(
        "partners.PartnerPage", verbose_name=_("organising partners"), blank=True, related_name="events"
    )
    is_online = models.BooleanField(_("online event"), default=False)
    online_note = models.CharField(
        _("how to join online"), max_length=250, blank=True,
        help_text=_("The access link is best sent after registration; say here how people get it."),
    )
    registration = models.CharField(
        _("registration"), max_length=10, choices=Registration.choices, default=Registration.NONE
    )
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    registration_note = models.CharField(_("how to register"), max_length=250, blank=True)
    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="events")
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="events"
    )
    related_offers = ParentalManyToManyField(
        "offers.OfferPage", verbose_name=_("related offers"), blank=True, related_name="related_events"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        InlinePanel("speakers", label=_("speaker")),
        FieldPanel("organisers"),
        MultiFieldPanel([FieldPanel("is_online"), FieldPanel("online_note")], heading=_("Online")),
        *AddressFields.address_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("registration"), FieldPanel("capacity")]), FieldPanel("registration_note")],
            heading=_("Registration"),
        ),
        *CostFields.cost_panels,
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related_offers"),
        FieldPanel("image"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("speakers", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("starts_at"),
    ]

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage", "partners.PartnerPage"]
    subpage_types = []

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # The calendar and the home page read events by date.
        indexes = [models.Index(fields=["starts_at"], name="event_starts_at_idx")]

    @classmethod
    def routing_queryset(cls):
        """How home.routing fetches an event to show it: with its image and district in the same query."""
        return cls.objects.select_related("image", "district").defer(*unread_columns("district", District, "name"))

    def get_context(self, request, *args, **kwargs):
        # The template and the JSON-LD both list organisers and speakers: fetch them once.
        prefetch_related_objects([self], "organisers", "speakers")
        return super().get_context(request, *args, **kwargs)

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The end must not be before the start.")})
        if self.registration == self.Registration.NONE and self.capacity:
            raise ValidationError({"capacity": _("Places only apply when registration is required.")})

    @property
    def kind_label(self):
        """get_kind_display() without translating every choice (home.labels): event cards show it."""
        return choice_label(self.Kind, self.kind)

    @property
    def is_past(self):
        return (self.ends_at or self.starts_at) < timezone.now()

    def get_structured_data(self, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "startDate": self.starts_at.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "isAccessibleForFree": self.cost_type == self.CostType.FREE,
        }
        if self.ends_at:
            data["endDate"] = self.ends_at.isoformat()
        locations = []
        if self.has_address:
            locations.append({"@type": "Place", "name": self.venue_name or self.town, "address": self.postal_address()})
        if self.is_online:
            locations.append({"@type": "VirtualLocation", "url": self.get_full_url(request)})
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        if self.is_online and self.has_address:
            data["eventAttendanceMode"] = "https://schema.org/MixedEventAttendanceMode"
        elif self.is_online:
            data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        else:
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        organisers = [{"@type": "Organization", "name": p.title} for p in self.organisers.all()]
        if organisers:
            data["organizer"] = organisers
        speakers = [{"@type": "Person", "name": s.name} for s in self.speakers.all()]
        if speakers:
            data["performer"] = speakers
        if self.cost_type == self.CostType.AMOUNT and self.cost_amount is not None:
            data["offers"] = {"@type": "Offer", "price": str(self.cost_amount), "priceCurrency": "EUR"}
        return data
