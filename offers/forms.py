"""The offer directory's filter form: a plain GET form that works without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.widgets import PlainSelect
from taxonomy.models import District, OfferKind, TargetGroup, Theme

from .models.pages import Weekday

# Filter values appear in shared links, so they are German words, not database ids.
WEEKDAY_SLUGS = {
    "montag": Weekday.MONDAY,
    "dienstag": Weekday.TUESDAY,
    "mittwoch": Weekday.WEDNESDAY,
    "donnerstag": Weekday.THURSDAY,
    "freitag": Weekday.FRIDAY,
    "samstag": Weekday.SATURDAY,
    "sonntag": Weekday.SUNDAY,
}
FORMAT_CHOICES = [
    ("vor-ort", _("in person")),
    ("von-zuhause", _("from home (online or by phone)")),
    ("online", _("online")),
    ("telefon", _("by phone")),
]
COST_CHOICES = [("kostenlos", _("free of charge")), ("spende", _("donation welcome")), ("gebuehr", _("fee"))]
ACCESS_CHOICES = [
    ("rollstuhl", _("wheelchair accessible")),
    ("hoeranlage", _("hearing loop")),
    ("leichte-sprache", _("easy language")),
    ("gebaerdensprache", _("sign language")),
]
ACCESS_FIELDS = {
    "rollstuhl": "wheelchair_accessible",
    "hoeranlage": "hearing_loop",
    "leichte-sprache": "easy_language",
    "gebaerdensprache": "sign_language",
}
COST_TYPES = {"kostenlos": "free", "spende": "donation", "gebuehr": "amount"}


class SlugChoiceField(forms.ModelChoiceField):
    """A taxonomy filter: shows each term's name, puts its slug in the URL."""

    def __init__(self, queryset, label):
        # Only the columns an option needs: a term also carries its workflow, lock and revision state, and
        # every listing builds these options anew.
        super().__init__(queryset=queryset.only("slug", "name"), to_field_name="slug", required=False,
                         label=label, empty_label=_("all"))


class ListingFilterForm(forms.Form):
    """Base for directory filters: invalid values are dropped, never fatal, and reported to the person."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if type(field.widget) is forms.Select:
                plain = PlainSelect(attrs=field.widget.attrs)
                plain.choices, plain.is_required = field.widget.choices, field.widget.is_required
                field.widget = plain

    def filter(self, queryset):
        if not self.is_bound:
            return queryset
        self.is_valid()
        for name, value in self.cleaned_data.items():
            if value in (None, "", []):
                continue
            queryset = getattr(self, f"filter_{name}")(queryset, value)
        return queryset

    @property
    def active_count(self):
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return 0
        return sum(1 for value in self.cleaned_data.values() if value not in (None, "", []))

    @property
    def invalid_fields(self):
        """Labels of the filters whose values were not understood (they are ignored)."""
        return [self.fields[name].label for name in self.errors]


class OfferFilterForm(ListingFilterForm):
    theme = SlugChoiceField(Theme.objects.live(), _("Theme"))
    target_group = SlugChoiceField(TargetGroup.objects.live(), _("For whom"))
    district = SlugChoiceField(District.objects.live(), _("Where"))
    kind = SlugChoiceField(OfferKind.objects.live(), _("Kind of offer"))
    format = forms.ChoiceField(label=_("How"), required=False, choices=[("", _("all")), *FORMAT_CHOICES])
    weekday = forms.ChoiceField(
        label=_("Weekday"), required=False,
        choices=[("", _("all")), *((slug, Weekday(value).label) for slug, value in WEEKDAY_SLUGS.items())],
    )
    age = forms.IntegerField(label=_("Age"), required=False, min_value=0, max_value=120)
    cost = forms.ChoiceField(label=_("Cost"), required=False, choices=[("", _("all")), *COST_CHOICES])
    access = forms.MultipleChoiceField(
        label=_("Accessibility"), required=False, choices=ACCESS_CHOICES, widget=forms.CheckboxSelectMultiple
    )

    def filter_theme(self, qs, value):
        return qs.filter(themes=value)

    def filter_target_group(self, qs, value):
        return qs.filter(target_groups=value)

    def filter_district(self, qs, value):
        # A county includes all of its towns.
        return qs.filter(district__in=[value.pk, *value.children.values_list("pk", flat=True)])

    def filter_kind(self, qs, value):
        return qs.filter(kind=value)

    def filter_format(self, qs, value):
        if value == "von-zuhause":
            return qs.from_home()
        field = {"vor-ort": "is_in_person", "online": "is_online", "telefon": "is_by_phone"}[value]
        return qs.filter(**{field: True})

    def filter_weekday(self, qs, value):
        return qs.on_weekday(WEEKDAY_SLUGS[value])

    def filter_age(self, qs, value):
        return qs.for_age(value)

    def filter_cost(self, qs, value):
        return qs.filter(cost_type=COST_TYPES[value])

    def filter_access(self, qs, values):
        return qs.filter(**{ACCESS_FIELDS[value]: True for value in values})
