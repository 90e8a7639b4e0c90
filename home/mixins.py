"""Field groups that several page types share, each carrying its own admin panels."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from home.labels import choice_label


class AddressFields(models.Model):
    """Where something takes place or an organisation sits; coordinates feed the map and JSON-LD."""

    venue_name = models.CharField(_("venue"), max_length=150, blank=True, help_text=_("e.g. Gemeindehaus St. Patrokli"))
    street = models.CharField(_("street and number"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    district = models.ForeignKey(
        "taxonomy.District",
        verbose_name=_("district or town"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used for the district filter."),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    address_panels = [
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("district"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def has_address(self):
        return bool(self.street or self.town or self.venue_name)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def postal_address(self):
        """schema.org PostalAddress for JSON-LD."""
        return {
            "@type": "PostalAddress",
            "streetAddress": self.street,
            "postalCode": self.postcode,
            "addressLocality": self.town,
            "addressCountry": "DE",
        }


class CostFields(models.Model):
    """What taking part costs: free, a fixed amount, or a donation."""

    class CostType(models.TextChoices):
        FREE = "free", _("free of charge")
        AMOUNT = "amount", _("fee")
        DONATION = "donation", _("donation welcome")

    cost_type = models.CharField(_("cost"), max_length=10, choices=CostType.choices, default=CostType.FREE)
    cost_amount = models.DecimalField(
        _("amount in euro"), max_digits=7, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_note = models.CharField(
        _("note on cost"), max_length=200, blank=True, help_text=_("e.g. Kaffee und Kuchen 2 €")
    )

    cost_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("cost_type"), FieldPanel("cost_amount")]), FieldPanel("cost_note")],
            heading=_("Cost"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def cost_type_label(self):
        """get_cost_type_display() without translating every choice (home.labels)."""
        return choice_label(self.CostType, self.cost_type)

    def clean(self):
        super().clean()
        if self.cost_type == self.CostType.AMOUNT and self.cost_amount is None:
            raise ValidationError({"cost_amount": _("Please enter the amount, or choose another kind of cost.")})


class ContactFields(models.Model):
    """Whom to ask; groups that keep their members private are reached through the contact point."""

    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_url = models.URLField(_("website"), blank=True)
    contact_via_office = models.BooleanField(
        _("contact via the contact point"),
        default=False,
        help_text=_("Show the coordination office's contact instead of the group's own."),
    )

    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_via_office"),
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
                FieldPanel("contact_url"),
            ],
            heading=_("Contact"),
        )
    ]

    class Meta:
        abstract = True
