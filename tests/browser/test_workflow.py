"""Moderation in the Wagtail admin: a partner's editor submits an offer, moderation sends it back, then approves it.

The live server runs in this process, so the mails it sends land in django.core.mail.outbox. They leave after
the database commit: on SQLite the server shares the test's transaction, which never commits, so each step
runs the on-commit callbacks its requests left behind; on PostgreSQL the server commits by itself.
"""

import time
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core import mail

import pytest
from playwright.sync_api import expect

from editorial.roles import MODERATION_GROUP, partners_edited_by
from home.demo.accounts import DEMO_USERS
from offers.models import OfferPage
from offers.models.pages import Weekday
from taxonomy.models import Theme

pytestmark = pytest.mark.browser

EDITOR = "redaktion-caritas"
MODERATOR = "moderation"
PASSWORDS = {username: password for username, *_, password, _group in DEMO_USERS}

TITLE = "Erzählcafé am Nachmittag"
SUMMARY = "Bei Kaffee und Kuchen erzählen wir uns Geschichten aus früheren Zeiten."
COMMENT = "Bitte Uhrzeit ergänzen"
MAIL_WAIT_SECONDS = 5


@pytest.fixture
def people(demo_site):
    """The partner editor with their organisation, and everyone in the moderation group."""
    users = get_user_model().objects
    editor = users.get(username=EDITOR)
    partner = partners_edited_by(editor).get()
    moderators = users.filter(groups__name=MODERATION_GROUP, is_active=True).exclude(email="")
    assert users.get(username=MODERATOR) in moderators
    return SimpleNamespace(editor=editor, partner=partner, moderator_emails={user.email for user in moderators})


@pytest.fixture
def sign_in(browser, demo_site):
    """Log a user in through the admin's login form in a browser context of their own."""
    contexts = []

    def sign_in(username):
        context = browser.new_context(base_url=demo_site.url, locale="de-DE", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.locator("input[name='username']").fill(username)
        page.locator("input[name='password']").fill(PASSWORDS[username])
        page.locator("form button[type='submit']").click()
        expect(page).to_have_url(f"{demo_site.url}/admin/")
        return page

    yield sign_in
    for context in contexts:
        context.close()


@pytest.fixture
def mails_from(django_capture_on_commit_callbacks):
    """Run a browser step; return the mails it sent once they have left, waiting until `to` all have one."""

    def mails_from(step, to):
        start = len(mail.outbox)
        with django_capture_on_commit_callbacks(execute=True):
            step()
        deadline = time.monotonic() + MAIL_WAIT_SECONDS
        while True:
            messages = mail.outbox[start:]
            if to <= set(recipients(messages)) or time.monotonic() > deadline:
                return messages
            time.sleep(0.1)

    return mails_from


def recipients(messages):
    return sorted(address for message in messages for address in message.to)


def open_action_menu(page):
    # The workflow actions sit in the drop-up menu beside the save button at the bottom of the editor.
    page.locator("footer [data-w-dropdown-target='toggle']").click()


def submit_new_offer(editor, partner, theme):
    """Add an offer under the partner's page and submit it; the editor has no publish button."""
    editor.goto(f"/admin/pages/{partner.pk}/add_subpage/")
    editor.locator(f"a[href$='/add/offers/offerpage/{partner.pk}/']").click()
    editor.locator("input[name='title']").fill(TITLE)
    editor.locator("input[name='summary']").fill(SUMMARY)
    editor.locator(f"input[name='themes'][value='{theme.pk}']").check()
    open_action_menu(editor)
    expect(editor.locator("button[name='action-publish']")).to_have_count(0)
    editor.locator("button[name='action-submit']").click()
    expect(editor.locator(".messages .success")).to_contain_text(TITLE)


def open_from_dashboard(moderator):
    """Follow the offer's link in the dashboard's "awaiting your review" panel to its editor."""
    moderator.goto("/admin/")
    moderator.locator("#awaiting-review-section").get_by_role("link", name=TITLE, exact=True).click()
    expect(moderator.locator("input[name='title']")).to_have_value(TITLE)


def request_changes(moderator):
    open_from_dashboard(moderator)
    open_action_menu(moderator)
    moderator.locator("button[data-workflow-action-name='reject']").click()
    moderator.locator(".modal textarea[name='comment']").fill(COMMENT)
    moderator.locator(".modal form button[type='submit']").click()
    expect(moderator.locator(".messages")).to_contain_text(TITLE)


def read_comment_add_time_and_resubmit(editor, offer):
    editor.goto(f"/admin/pages/{offer.pk}/edit/")
    editor.locator("[data-side-panel-toggle='status']").click()
    editor.locator("[data-a11y-dialog-show='workflow-status-dialog']").click()
    status = editor.locator("#workflow-status-dialog")
    expect(status.locator(".workflow-timeline__item--rejected")).to_contain_text(COMMENT)
    status.locator("[data-action='w-dialog#hide']").first.click()

    editor.locator("#id_meeting_times-ADD").click()
    editor.locator("select[name='meeting_times-0-weekday']").select_option(str(Weekday.WEDNESDAY.value))
    editor.locator("input[name='meeting_times-0-start_time']").fill("15:00")
    editor.locator("input[name='meeting_times-0-end_time']").fill("17:00")
    editor.keyboard.press("Escape")  # closes the time picker
    open_action_menu(editor)
    editor.locator("button[name='action-submit']").click()
    expect(editor.locator(".messages .success")).to_contain_text(TITLE)


def approve(moderator):
    open_from_dashboard(moderator)
    open_action_menu(moderator)
    # Plain "approve"; its twin with the same name opens a comment dialog first.
    moderator.locator("button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])").click()
    expect(moderator.locator(".messages")).to_contain_text(TITLE)


def directory_titles(page, url, query):
    """The offer titles the public directory lists for a filter, on every page of results."""
    titles = []
    page.goto(f"{url}?{query}")
    while True:
        titles += page.locator(".listing__results .card__title").all_inner_texts()
        next_link = page.locator("a[rel='next']")
        if not next_link.count():
            return [title.strip() for title in titles]
        next_link.first.click()


def expect_not_public(page, demo_site, offer, theme):
    response = page.goto(offer.url)
    assert response.status == 404, f"{offer.url} answers {response.status} before approval"
    assert TITLE not in directory_titles(page, demo_site.offer_index.url, f"theme={theme.slug}")


def test_offer_goes_live_only_after_moderation(page, demo_site, people, sign_in, mails_from):
    theme = Theme.objects.order_by("pk").first()
    editor, moderator = sign_in(EDITOR), sign_in(MODERATOR)
    editor_only = {people.editor.email}

    submitted = mails_from(lambda: submit_new_offer(editor, people.partner, theme), to=people.moderator_emails)
    offer = OfferPage.objects.get(title=TITLE)
    assert offer.get_parent().pk == people.partner.pk
    assert not offer.live
    assert recipients(submitted) == sorted(people.moderator_emails), "every moderator, and only they, hear of it"
    assert all(TITLE in message.subject for message in submitted)
    assert all(f"/admin/pages/{offer.pk}/edit/" in message.body for message in submitted)
    expect_not_public(page, demo_site, offer, theme)

    rejected = mails_from(lambda: request_changes(moderator), to=editor_only)
    assert recipients(rejected) == [people.editor.email]
    assert TITLE in rejected[0].subject
    assert COMMENT in rejected[0].body
    expect_not_public(page, demo_site, offer, theme)

    resubmitted = mails_from(lambda: read_comment_add_time_and_resubmit(editor, offer), to=people.moderator_emails)
    assert recipients(resubmitted) == sorted(people.moderator_emails)
    expect_not_public(page, demo_site, offer, theme)

    approved = mails_from(lambda: approve(moderator), to=editor_only)
    assert recipients(approved) == [people.editor.email]
    assert TITLE in approved[0].subject
    offer.refresh_from_db()
    assert offer.live
    moderator.goto("/admin/")
    expect(moderator.locator("#awaiting-review-section").get_by_role("link", name=TITLE)).to_have_count(0)

    # Now anyone sees it, with the time moderation asked for, and finds it in the directory.
    response = page.goto(offer.url)
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".fact-box").first).to_contain_text("Mittwoch, 15:00")
    assert TITLE in directory_titles(page, demo_site.offer_index.url, f"theme={theme.slug}&weekday=mittwoch")
