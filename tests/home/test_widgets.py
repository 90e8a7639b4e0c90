"""The filter forms' PlainSelect writes the same <select> as Django's template-rendered Select."""

from django import forms
from django.test.html import parse_html

import pytest

from events.forms import EventFilterForm
from home.widgets import PlainSelect
from offers.forms import OfferFilterForm
from partners.forms import PartnerFilterForm

from ..factories import DistrictFactory, ThemeFactory


def django_select(bound_field):
    """The same field rendered by Django's own Select, with the same attributes and choices."""
    plain = bound_field.field.widget
    select = forms.Select(attrs=plain.attrs, choices=plain.choices)
    select.is_required = plain.is_required
    return bound_field.as_widget(widget=select)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "form_class, data",
    [
        (OfferFilterForm, None),
        (OfferFilterForm, {}),
        (OfferFilterForm, {"theme": "kaffee", "district": "soest", "weekday": "dienstag", "format": "online",
                           "cost": "kostenlos"}),
        (OfferFilterForm, {"theme": "gibt-es-nicht", "weekday": "<b>", "format": "", "cost": ["spende", "gebuehr"]}),
        (EventFilterForm, {"theme": "kaffee"}),
        (PartnerFilterForm, {"district": "soest"}),
    ],
)
def test_plain_select_matches_djangos_select(form_class, data):
    ThemeFactory(name="Kaffee & Kuchen", slug="kaffee")
    ThemeFactory(name='Gespräch "unter vier Augen"', slug="gespraech")
    DistrictFactory(name="Soest", slug="soest")
    form = form_class(data)
    if data is not None:
        form.is_valid()
    selects = [field for field in form if isinstance(field.field.widget, PlainSelect)]
    assert selects
    for field in selects:
        rendered = str(field)
        assert rendered.startswith("<select")
        assert parse_html(rendered) == parse_html(str(django_select(field)))
