"""EventPage rules: validation, upcoming/past boundaries and ordering, structured data."""

import json
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest

from events.models import EventPage

from ..factories import EventPageFactory, PartnerPageFactory, speaker


def test_end_before_start_is_rejected(site_tree):
    start = timezone.now() + timedelta(days=2)
    event = EventPageFactory.build(starts_at=start, ends_at=start - timedelta(minutes=1))
    with pytest.raises(ValidationError) as excinfo:
        site_tree.event_index.add_child(instance=event)
    assert "ends_at" in excinfo.value.message_dict


def test_capacity_without_registration_is_rejected(site_tree):
    event = EventPageFactory.build(registration=EventPage.Registration.NONE, capacity=30)
    with pytest.raises(ValidationError) as excinfo:
        site_tree.event_index.add_child(instance=event)
    assert "capacity" in excinfo.value.message_dict


def test_capacity_with_registration_is_accepted(site_tree):
    event = EventPageFactory(parent=site_tree.event_index, registration=EventPage.Registration.REQUIRED, capacity=30)
    assert event.pk


def test_cost_amount_without_amount_is_rejected(site_tree):
    event = EventPageFactory.build(cost_type=EventPage.CostType.AMOUNT, cost_amount=None)
    with pytest.raises(ValidationError) as excinfo:
        site_tree.event_index.add_child(instance=event)
    assert "cost_amount" in excinfo.value.message_dict


class TestUpcomingAndPast:
    @pytest.fixture
    def events(self, site_tree):
        now = timezone.now()
        index = site_tree.event_index
        return {
            "next_week": EventPageFactory(parent=index, starts_at=now + timedelta(days=7)),
            "tomorrow": EventPageFactory(parent=index, starts_at=now + timedelta(days=1)),
            # Started an hour ago, ends in an hour: still on, so still "upcoming".
            "running": EventPageFactory(parent=index, starts_at=now - timedelta(hours=1),
                                        ends_at=now + timedelta(hours=1)),
            "ended": EventPageFactory(parent=index, starts_at=now - timedelta(hours=3),
                                      ends_at=now - timedelta(hours=1)),
            "last_month": EventPageFactory(parent=index, starts_at=now - timedelta(days=30)),
            "yesterday": EventPageFactory(parent=index, starts_at=now - timedelta(days=1)),
        }

    def test_upcoming_soonest_first(self, events):
        expected = [events[key].pk for key in ("running", "tomorrow", "next_week")]
        assert [e.pk for e in EventPage.objects.upcoming()] == expected

    def test_past_most_recent_first(self, events):
        expected = [events[key].pk for key in ("ended", "yesterday", "last_month")]
        assert [e.pk for e in EventPage.objects.past()] == expected

    def test_upcoming_and_past_split_all_events(self, events):
        upcoming = set(EventPage.objects.upcoming().values_list("pk", flat=True))
        past = set(EventPage.objects.past().values_list("pk", flat=True))
        assert not upcoming & past
        assert upcoming | past == {e.pk for e in events.values()}

    def test_is_past(self, events):
        assert events["ended"].is_past
        assert events["yesterday"].is_past
        assert not events["running"].is_past
        assert not events["tomorrow"].is_past

    def test_same_start_is_ordered_by_pk(self, site_tree):
        start = timezone.now() + timedelta(days=3)
        first = EventPageFactory(parent=site_tree.event_index, starts_at=start)
        second = EventPageFactory(parent=site_tree.event_index, starts_at=start)
        assert [e.pk for e in EventPage.objects.upcoming()] == [first.pk, second.pk]


class TestStructuredData:
    def test_offline_event(self, site_tree):
        event = EventPageFactory(parent=site_tree.event_index, title="Einsam im Alter?", street="Markt 1",
                                 town="Soest", venue_name="Rathaus")
        data = event.get_structured_data()
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "Event"
        assert data["name"] == "Einsam im Alter?"
        assert data["startDate"] == event.starts_at.isoformat()
        assert "endDate" not in data
        assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
        assert data["location"]["@type"] == "Place"
        assert data["location"]["address"]["addressLocality"] == "Soest"
        assert data["isAccessibleForFree"] is True
        json.dumps(data)

    def test_online_event_with_fee_organisers_and_speakers(self, site_tree):
        partner = PartnerPageFactory(parent=site_tree.partner_index, title="LWL-Klinik")
        start = timezone.now() + timedelta(days=5)
        event = EventPageFactory(
            parent=site_tree.event_index, is_online=True, starts_at=start, ends_at=start + timedelta(hours=2),
            cost_type=EventPage.CostType.AMOUNT, cost_amount=Decimal("5.00"), organisers=[partner],
            speakers=[speaker("Dr. Anna Beispiel", "Psychologin")],
        )
        data = event.get_structured_data()
        assert data["endDate"] == event.ends_at.isoformat()
        assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
        assert data["location"]["@type"] == "VirtualLocation"
        assert data["organizer"] == [{"@type": "Organization", "name": "LWL-Klinik"}]
        assert data["performer"] == [{"@type": "Person", "name": "Dr. Anna Beispiel"}]
        assert data["offers"] == {"@type": "Offer", "price": "5.00", "priceCurrency": "EUR"}
        assert data["isAccessibleForFree"] is False

    def test_mixed_event_has_two_locations(self, site_tree):
        event = EventPageFactory(parent=site_tree.event_index, is_online=True, town="Lippstadt")
        data = event.get_structured_data()
        assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
        assert [loc["@type"] for loc in data["location"]] == ["Place", "VirtualLocation"]
