"""Event detail pages and the calendar: German dates, the past-event banner, upcoming vs archive, filters."""

from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest

from events.models import EVENTS_PER_PAGE, EventPage

from ..factories import EventPageFactory, ImageFactory, PartnerPageFactory, TargetGroupFactory, ThemeFactory, speaker

BERLIN = ZoneInfo("Europe/Berlin")


def next_year_at(month, day, hour, minute=0):
    return datetime(timezone.now().year + 1, month, day, hour, minute, tzinfo=BERLIN)


def test_event_detail_shows_date_in_german_and_details(client, site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="LWL-Klinik Lippstadt")
    starts = next_year_at(3, 12, 18, 30)
    event = EventPageFactory(
        parent=site_tree.event_index, title="Einsamkeit im Alter", starts_at=starts,
        ends_at=starts + timedelta(hours=2), venue_name="Stadthalle", street="Am Markt 3", postcode="59555",
        town="Lippstadt", organisers=[partner], speakers=[speaker("Dr. Anna Beispiel", "Psychologin")],
        registration=EventPage.Registration.REQUIRED, capacity=40, registration_note="Telefonisch bis Montag",
        image=ImageFactory(),
    )
    response = client.get(event.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Einsamkeit im Alter", "März", "18:30", "Stadthalle", "Am Markt 3", "Lippstadt",
                 "LWL-Klinik Lippstadt", "Dr. Anna Beispiel", "Psychologin", "Telefonisch bis Montag"):
        assert text in html, text
    assert "March" not in html
    assert f'datetime="{starts.year}-03-12' in html
    assert not event.is_past


def test_past_event_shows_banner(client, site_tree):
    event = EventPageFactory(parent=site_tree.event_index, starts_at=timezone.now() - timedelta(days=3))
    upcoming = EventPageFactory(parent=site_tree.event_index)
    past_html = client.get(event.url).content.decode()
    upcoming_html = client.get(upcoming.url).content.decode()
    assert "bereits stattgefunden" in past_html
    assert "bereits stattgefunden" not in upcoming_html


def test_event_without_optional_fields(client, site_tree):
    event = EventPageFactory(parent=site_tree.event_index, title="Offenes Treffen")
    response = client.get(event.url)
    assert response.status_code == 200
    assert "Offenes Treffen" in response.content.decode()


def test_draft_event_is_not_public(client, site_tree):
    event = EventPageFactory(parent=site_tree.event_index, live=False)
    assert client.get(event.url).status_code == 404


@pytest.fixture(scope="class")
def calendar(class_site_tree):
    tree = class_site_tree
    now = timezone.now()
    health = ThemeFactory(name="Gesundheit", slug="gesundheit")
    carers = TargetGroupFactory(name="Angehörige", slug="angehoerige")
    index = tree.event_index
    events = {
        "soon": EventPageFactory(parent=index, title="Bald", starts_at=now + timedelta(days=1), themes=[health]),
        "later": EventPageFactory(parent=index, title="Später", starts_at=now + timedelta(days=10),
                                  kind=EventPage.Kind.WORKSHOP, target_groups=[carers]),
        "recent": EventPageFactory(parent=index, title="Neulich", starts_at=now - timedelta(days=2), themes=[health]),
        "old": EventPageFactory(parent=index, title="Lange her", starts_at=now - timedelta(days=200)),
    }
    EventPageFactory(parent=index, title="Entwurf", starts_at=now + timedelta(days=2), live=False)
    return SimpleNamespace(url=index.url, events=events)


@pytest.mark.django_db
class TestCalendar:
    def titles(self, client, url):
        response = client.get(url)
        assert response.status_code == 200
        return [e.title for e in response.context["events"]], response

    def test_upcoming_by_default(self, client, calendar):
        titles, response = self.titles(client, calendar.url)
        assert titles == ["Bald", "Später"]
        html = response.content.decode()
        assert "Neulich" not in html
        assert "Entwurf" not in html

    def test_archive_newest_first(self, client, calendar):
        titles, _ = self.titles(client, calendar.url + "?zeit=archiv")
        assert titles == ["Neulich", "Lange her"]

    def test_archive_is_linked(self, client, calendar):
        html = client.get(calendar.url).content.decode()
        assert "zeit=archiv" in html

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("?theme=gesundheit", ["Bald"]),
            ("?theme=gesundheit&zeit=archiv", ["Neulich"]),
            ("?target_group=angehoerige", ["Später"]),
            ("?kind=workshop", ["Später"]),
            ("?kind=lecture&zeit=archiv", ["Neulich", "Lange her"]),
        ],
    )
    def test_filters(self, client, calendar, query, expected):
        titles, _ = self.titles(client, calendar.url + query)
        assert titles == expected

    def test_invalid_zeit_shows_upcoming(self, client, calendar):
        titles, response = self.titles(client, calendar.url + "?zeit=gestern")
        assert titles == ["Bald", "Später"]
        assert response.context["filter_form"].invalid_fields


def test_calendar_paginates(client, site_tree):
    start = timezone.now() + timedelta(days=1)
    for number in range(EVENTS_PER_PAGE + 1):
        EventPageFactory(parent=site_tree.event_index, title=f"Termin {number:03d}",
                         starts_at=start + timedelta(hours=number))
    first = client.get(site_tree.event_index.url)
    assert len(first.context["events"]) == EVENTS_PER_PAGE
    second = client.get(site_tree.event_index.url + "?seite=2")
    assert [e.title for e in second.context["events"]] == [f"Termin {EVENTS_PER_PAGE:03d}"]
