"""Choice labels read from the enums (home.labels) say exactly what get_FOO_display() says, in German."""

from django.utils import translation

import pytest

from events.models import EventPage
from home.labels import choice_label
from home.mixins import CostFields
from offers.models.pages import OfferMeetingTime, Weekday
from partners.models import PartnerPage


@pytest.mark.django_db  # a page's constructor looks up the default locale
@pytest.mark.parametrize(
    "model, field, label_property",
    [
        (EventPage, "kind", "kind_label"),
        (PartnerPage, "kind", "kind_label"),
        (OfferMeetingTime, "weekday", "weekday_label"),
        (OfferMeetingTime, "rhythm", "rhythm_label"),
        (EventPage, "cost_type", "cost_type_label"),
    ],
)
def test_every_choice_has_the_label_django_would_show(model, field, label_property):
    choices = model._meta.get_field(field).choices
    assert choices
    with translation.override("de"):
        for value, _label in choices:
            obj = model(**{field: value})
            assert str(getattr(obj, label_property)) == obj._get_FIELD_display(model._meta.get_field(field))


def test_labels_are_translated_when_shown():
    with translation.override("de"):
        assert str(choice_label(Weekday, 1)) == "Dienstag"
        assert str(choice_label(CostFields.CostType, "free")) == "kostenlos"
        assert str(choice_label(OfferMeetingTime.Rhythm, "biweekly")) == "alle zwei Wochen"


def test_a_value_that_is_no_choice_is_shown_as_it_is():
    assert choice_label(Weekday, 9) == 9
    assert choice_label(EventPage.Kind, "unknown") == "unknown"
