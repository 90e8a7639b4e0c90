"""Filters for the event calendar."""

from django import forms
from django.utils.translation import gettext_lazy as _

from offers.forms import ListingFilterForm, SlugChoiceField
from taxonomy.models import TargetGroup, Theme

from .models import EventPage


class EventFilterForm(ListingFilterForm):
    zeit = forms.ChoiceField(
        label=_("When"), required=False,
        choices=[("kommende", _("upcoming")), ("archiv", _("archive"))],
    )
    theme = SlugChoiceField(Theme.objects.live(), _("Theme"))
    target_group = SlugChoiceField(TargetGroup.objects.live(), _("For whom"))
    kind = forms.ChoiceField(label=_("Kind of event"), required=False,
                             choices=[("", _("all")), *EventPage.Kind.choices])

    @property
    def show_archive(self):
        self.is_valid()  # fills cleaned_data with the values that are valid, even if others are not
        return self.cleaned_data.get("zeit") == "archiv"

    def filter_zeit(self, qs, value):
        return qs  # applied by the page, which also decides the ordering

    def filter_theme(self, qs, value):
        return qs.filter(themes=value)

    def filter_target_group(self, qs, value):
        return qs.filter(target_groups=value)

    def filter_kind(self, qs, value):
        return qs.filter(kind=value)
