"""Filters for the partner directory."""

from django import forms
from django.utils.translation import gettext_lazy as _

from offers.forms import ListingFilterForm, SlugChoiceField
from taxonomy.models import District

from .models import PartnerPage


class PartnerFilterForm(ListingFilterForm):
    kind = forms.ChoiceField(label=_("Kind of organisation"), required=False,
                             choices=[("", _("all")), *PartnerPage.Kind.choices])
    district = SlugChoiceField(District.objects.live(), _("Active in"))

    def filter_kind(self, qs, value):
        return qs.filter(kind=value)

    def filter_district(self, qs, value):
        return qs.filter(districts_served=value)
