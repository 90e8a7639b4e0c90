"""Taxonomy terms under "Redaktionelle Prüfung": new terms and changes wait for approval, and the public (filters,
forms, the page editors' choosers) only ever gets live terms."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import Revision, WorkflowState

import pytest

from editorial.roles import MODERATION_GROUP
from editorial.setup import setup_editorial
from editorial.workflow import WORKFLOW_NAME
from events.forms import EventFilterForm
from offers.forms import OfferFilterForm
from offers.models import OfferPage
from submissions.forms import OfferProposalForm, WishForm
from taxonomy.models import District, OfferKind, TargetGroup, Theme

from ..factories import OfferPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db

MODELS = [Theme, TargetGroup, District, OfferKind]


@pytest.fixture
def moderators():
    setup_editorial()
    group = Group.objects.get(name=MODERATION_GROUP)
    users = []
    for name in ("mona", "moritz"):
        user = get_user_model().objects.create_user(name, f"{name}@example.org", "ein-sicheres-passwort-2026")
        user.groups.add(group)
        users.append(user)
    return users


def url(model, view, *args):
    opts = model._meta
    return reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:{view}", args=args)


def submit_new_term(client, model, name, slug, **extra):
    data = {"name": name, "slug": slug, "description": "", "action-submit": "Zur Prüfung einreichen", **extra}
    response = client.post(url(model, "add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return model.objects.get(slug=slug)


def approve(term, user):
    term.refresh_from_db()
    term.current_workflow_task_state.approve(user=user)
    term.refresh_from_db()


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_term_model_is_moderated_by_the_editorial_workflow(model, moderators):
    workflow = model.get_default_workflow()
    assert workflow is not None
    assert workflow.name == WORKFLOW_NAME


def test_moderators_may_publish_and_lock_terms(moderators):
    for model in MODELS:
        name = model._meta.model_name
        for action in ("add", "change", "delete", "publish", "lock", "unlock"):
            assert moderators[0].has_perm(f"taxonomy.{action}_{name}"), f"{action}_{name}"


def test_terms_made_in_code_are_live():
    assert ThemeFactory().live
    assert District.objects.create(name="Werl", slug="werl").live


def test_the_migration_publishes_every_existing_term():
    migration = importlib.import_module("taxonomy.migrations.0003_existing_terms_live")
    draft = Theme.objects.create(name="Bewegung", slug="bewegung", live=False)
    migration.publish_existing_terms(apps, None)
    draft.refresh_from_db()
    assert draft.live
    assert draft.first_published_at is not None


def test_a_new_term_waits_for_approval_and_then_goes_public(client, moderators):
    mona, moritz = moderators
    client.force_login(mona)
    term = submit_new_term(client, Theme, "Trauer", "trauer")
    assert not term.live
    state = WorkflowState.objects.for_instance(term).get()
    assert (state.status, state.workflow.name) == (WorkflowState.STATUS_IN_PROGRESS, WORKFLOW_NAME)
    # The other moderators are told (after commit; the tests' mailer sends at once).
    assert sorted(address for message in mail.outbox for address in message.to) == [moritz.email]
    assert mail.outbox[0].subject == "Zur Prüfung: „Trauer“"

    assert "trauer" not in dict(OfferFilterForm().fields["theme"].choices).values()
    assert not OfferFilterForm({"theme": "trauer"}).is_valid()

    approve(term, moritz)
    assert term.live
    assert OfferFilterForm({"theme": "trauer"}).is_valid()


def test_a_change_to_a_live_term_shows_only_after_approval(client, moderators):
    mona, moritz = moderators
    term = ThemeFactory(name="Bewegung", slug="bewegung")
    client.force_login(mona)
    response = client.post(url(Theme, "edit", term.pk), {
        "name": "Bewegung und Sport", "slug": "bewegung", "description": "", "action-submit": "1",
    })
    assert response.status_code == 302
    term.refresh_from_db()
    assert (term.name, term.live, term.has_unpublished_changes) == ("Bewegung", True, True)
    assert Revision.objects.for_instance(term).latest("created_at").content["name"] == "Bewegung und Sport"
    approve(term, moritz)
    assert term.name == "Bewegung und Sport"


def test_rejected_term_stays_a_draft(client, moderators):
    mona, moritz = moderators
    client.force_login(mona)
    term = submit_new_term(client, OfferKind, "Kaffeeklatsch", "kaffeeklatsch")
    mail.outbox.clear()
    term.current_workflow_task_state.reject(user=moritz, comment="Gibt es schon als Treffpunkt")
    term.refresh_from_db()
    assert not term.live
    # The moderator who submitted it sees why.
    assert [message.to for message in mail.outbox] == [[mona.email]]
    assert mail.outbox[0].subject == "Bitte überarbeiten: „Kaffeeklatsch“"
    assert "Gibt es schon als Treffpunkt" in mail.outbox[0].body
    assert "kaffeeklatsch" not in [slug for slug, _ in OfferFilterForm().fields["kind"].choices]


def test_public_forms_offer_live_terms_only():
    live = {model: model.objects.create(name=f"{model.__name__} live", slug=f"{model._meta.model_name}-live")
            for model in MODELS}
    for model in MODELS:
        model.objects.create(name=f"{model.__name__} Entwurf", slug=f"{model._meta.model_name}-draft", live=False)

    def offered(field):
        return {str(label) for value, label in field.choices if value != ""}

    offer_filter = OfferFilterForm().fields
    assert offered(offer_filter["theme"]) == {live[Theme].name}
    assert offered(offer_filter["target_group"]) == {live[TargetGroup].name}
    assert offered(offer_filter["district"]) == {live[District].name}
    assert offered(offer_filter["kind"]) == {live[OfferKind].name}
    event_filter = EventFilterForm().fields
    assert offered(event_filter["theme"]) == {live[Theme].name}
    assert offered(event_filter["target_group"]) == {live[TargetGroup].name}
    proposal = OfferProposalForm().fields
    for name, model in [("kind", OfferKind), ("themes", Theme), ("target_groups", TargetGroup),
                        ("district", District)]:
        assert offered(proposal[name]) == {live[model].name}, name
    wish = WishForm().fields
    for name, model in [("target_group", TargetGroup), ("district", District), ("theme", Theme)]:
        assert offered(wish[name]) == {live[model].name}, name


def test_page_editors_can_attach_live_terms_only(client, site_tree, moderators):
    live_theme = ThemeFactory(name="Bewegung", slug="bewegung")
    draft_theme = ThemeFactory(name="Trauer", slug="trauer", live=False)
    live_kind = OfferKind.objects.create(name="Treffpunkt", slug="treffpunkt")
    draft_kind = OfferKind.objects.create(name="Kaffeeklatsch", slug="kaffeeklatsch", live=False)
    offer = OfferPageFactory(parent=site_tree.offer_index)
    form_class = OfferPage.get_edit_handler().get_form_class()
    form = form_class(instance=offer, for_user=moderators[0])
    assert list(form.fields["themes"].queryset) == [live_theme]
    assert list(form.fields["kind"].queryset) == [live_kind]
    assert draft_theme not in form.fields["themes"].queryset
    assert draft_kind not in form.fields["kind"].queryset

    # The snippet chooser (kind of offer, district, the home page's teaser blocks) lists live terms only.
    client.force_login(moderators[0])
    chooser = client.get(reverse("wagtailsnippetchoosers_taxonomy_offerkind:choose")).content.decode()
    assert "Treffpunkt" in chooser
    assert "Kaffeeklatsch" not in chooser


def test_a_term_in_use_cannot_be_unpublished(client, site_tree, moderators):
    used = ThemeFactory(name="Bewegung", slug="bewegung")
    unused = ThemeFactory(name="Kultur", slug="kultur")
    offer = OfferPageFactory(parent=site_tree.offer_index)
    offer.themes.add(used)
    offer.save()
    client.force_login(moderators[0])
    response = client.post(url(Theme, "unpublish", used.pk), follow=True)
    used.refresh_from_db()
    assert used.live
    assert "wird von 1 Seite(n) verwendet" in response.content.decode()
    client.post(url(Theme, "unpublish", unused.pk))
    unused.refresh_from_db()
    assert not unused.live


def test_a_term_in_a_home_page_block_cannot_be_unpublished(client, site_tree, moderators):
    used = ThemeFactory(name="Trauer", slug="trauer")
    home = site_tree.home
    home.entry_points = [("entry_point", {"title": "Ich trauere", "text": "Trauercafés", "theme": used})]
    home.save()  # Wagtail's reference index notes the block's term
    client.force_login(moderators[0])
    client.post(url(Theme, "unpublish", used.pk))
    used.refresh_from_db()
    assert used.live


def test_editors_cannot_manage_terms(client, site_tree):
    from editorial.roles import editor_group_for
    from tests.factories import PartnerPageFactory

    setup_editorial()
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    editor = get_user_model().objects.create_user("redakteur", "r@example.org", "ein-sicheres-passwort-2026")
    editor.groups.add(editor_group_for(partner))
    client.force_login(editor)
    assert client.get(url(Theme, "add")).status_code in {302, 403}
    assert not editor.has_perm("taxonomy.publish_theme")


def test_the_demo_vocabulary_is_live():
    from home.demo.publishing import Counts
    from home.demo.skeleton import ensure_taxonomy

    vocab = ensure_taxonomy(Counts())
    terms = [term for group in vocab.values() for term in group.values()]
    assert len(terms) > 10
    assert all(term.live for term in terms)
    assert OfferFilterForm({"district": next(iter(vocab["districts"]))}).is_valid()
