"""Property-based fuzzing of both forms: whatever arrives, the answer is 200, 302 or 429, never a 500, and what is
stored equals what the form cleaned."""

from urllib.parse import urlencode

from django.core.cache import cache
from django.http import QueryDict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offers.models import OfferPage
from submissions import antispam
from submissions.forms import OfferProposalForm, WishForm
from submissions.models import OfferProposal, Wish

from .conftest import PROPOSAL_URL, WISH_URL, aged_token

pytestmark = pytest.mark.django_db

FUZZ = settings(max_examples=100, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Any text a browser could send: everything except lone surrogates, which have no UTF-8 form (those are tested
# in their %-encoded form in test_hostile_input.py).
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
value = st.one_of(text, st.lists(text, max_size=3), st.integers().map(str))


def fuzzed(base, fields):
    """The valid submission with some fields replaced by arbitrary values, and now and then an unknown key."""
    overrides = st.dictionaries(st.sampled_from([*fields, antispam.HONEYPOT_FIELD]), value, max_size=len(fields))
    extra = st.dictionaries(text, text, max_size=2)
    return st.tuples(overrides, extra).map(lambda parts: {**base, **parts[1], **parts[0]})


def send(client, url, data):
    body = urlencode({**data, antispam.TOKEN_FIELD: aged_token(url)}, doseq=True)
    return client.post(url, body, content_type="application/x-www-form-urlencoded"), QueryDict(body)


@FUZZ
@given(data=st.data())
def test_wish_form_never_fails(client, world, wish_data, data):
    cache.clear()  # the rate limit would otherwise stop the fuzzing after five stored wishes
    before = set(Wish.objects.values_list("pk", flat=True))
    response, sent = send(client, WISH_URL, data.draw(fuzzed(wish_data, list(WishForm.base_fields))))
    assert response.status_code in {200, 302, 429}
    new = Wish.objects.exclude(pk__in=before)
    if response.status_code == 302 and not sent.get(antispam.HONEYPOT_FIELD):
        form = WishForm(sent)
        assert form.is_valid()
        wish = new.get()
        for name in ["what", "target_group", "age_group", "district", "theme", "contact_name", "contact_email",
                     "contact_phone"]:
            assert getattr(wish, name) == form.cleaned_data[name], name
    else:
        assert not new.exists()


@FUZZ
@given(data=st.data())
def test_offer_proposal_form_never_fails(client, world, proposal_data, data):
    cache.clear()
    before = set(OfferPage.objects.values_list("pk", flat=True))
    response, sent = send(client, PROPOSAL_URL, data.draw(fuzzed(proposal_data, list(OfferProposalForm.base_fields))))
    assert response.status_code in {200, 302, 429}
    new = OfferPage.objects.exclude(pk__in=before)
    if response.status_code == 302 and not sent.get(antispam.HONEYPOT_FIELD):
        form = OfferProposalForm(sent)
        assert form.is_valid()
        page = new.get()
        cleaned = form.cleaned_data
        assert not page.live
        assert (page.title, page.summary, page.schedule_note, page.town, page.contact_name) == (
            cleaned["title"], cleaned["summary"], cleaned["schedule"], cleaned["town"], cleaned["contact_name"])
        assert set(page.themes.all()) == set(cleaned["themes"])
        proposal = OfferProposal.objects.get(page=page)
        assert (proposal.organisation, proposal.name, proposal.email, proposal.phone) == (
            cleaned["organisation"], cleaned["submitter_name"], cleaned["submitter_email"], cleaned["submitter_phone"])
    else:
        assert not new.exists()
