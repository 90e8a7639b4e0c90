"""The search in a real browser: no WCAG violations (with results, without, with suggestions open), suggestions
used with the keyboard alone, and the whole search without JavaScript."""

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from .checks import axe_violations, describe_violations

pytestmark = pytest.mark.browser

BOX = "#site-search-q"
LISTBOX = "#site-search-q-suggestions"


def prefix_of(title):
    """The first letters of the title's first long word: what someone starts to type."""
    word = next(w for w in re.findall(r"\w+", title) if len(w) >= 5)
    return word[:5]


def assert_no_violations(page, what):
    violations = axe_violations(page)
    assert not violations, f"axe-core on the {what} ({page.url}):\n{describe_violations(violations)}"


@pytest.mark.parametrize(
    ("what", "query"),
    [("search results", None), ("search without results", "Quargelbrot"), ("search start page", "")],
)
def test_search_pages_have_no_axe_violations(page, demo_site, what, query):
    query = demo_site.search_term if query is None else query
    page.goto(f"/suche/?{urlencode({'q': query})}")
    if what == "search results":
        expect(page.locator(".search-result").first).to_be_visible()
        expect(page.locator(".search-result mark").first).to_be_visible()
    elif what == "search without results":
        expect(page.locator(".search-help")).to_be_visible()
    assert_no_violations(page, what)


def test_filtered_search_has_no_axe_violations(page, demo_site):
    page.goto(f"/suche/?{urlencode({'q': demo_site.search_term, 'type': 'offer', 'past': '1'})}")
    expect(page.locator(".search-tabs [aria-current=page]")).to_contain_text("Angebote")
    assert_no_violations(page, "filtered search")


def test_suggestions_with_the_keyboard_alone(page, demo_site):
    page.goto(demo_site.home_url)
    box = page.locator(BOX)
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")
    # Reach the box with Tab, as someone without a mouse does.
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "site-search-q":
            break
    else:
        pytest.fail("the search box cannot be reached with the Tab key")

    page.keyboard.type(prefix_of(demo_site.offer_in_town.title), delay=30)
    listbox = page.locator(LISTBOX)
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_be_visible()
    expect(page.locator(".autocomplete [role=status]")).to_contain_text("Pfeiltasten")
    assert_no_violations(page, "home page with suggestions open")

    page.keyboard.press("ArrowDown")
    first = options.nth(0)
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    assert page.evaluate("() => document.activeElement.id") == "site-search-q"  # focus stays in the box
    if options.count() > 1:
        page.keyboard.press("ArrowDown")
        expect(options.nth(1)).to_have_attribute("aria-selected", "true")
        expect(first).to_have_attribute("aria-selected", "false")
        page.keyboard.press("ArrowUp")
    expect(first).to_have_attribute("aria-selected", "true")

    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile(".+"))

    page.keyboard.press("ArrowDown")  # opens again on the first suggestion
    expect(listbox).to_be_visible()
    target = first.get_attribute("data-url")
    title = first.locator(".autocomplete__title").inner_text()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.locator("h1")).to_have_text(title)


def test_enter_without_a_chosen_suggestion_searches(page, demo_site):
    page.goto(demo_site.home_url)
    box = page.locator(BOX)
    box.focus()
    page.keyboard.type(demo_site.search_term, delay=20)
    expect(page.locator(LISTBOX)).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/suche/\?q=" + demo_site.search_term))
    expect(page.locator(".search-result").first).to_be_visible()


def test_one_letter_asks_nothing(page, demo_site):
    page.goto(demo_site.home_url)
    requests = []
    page.on("request", lambda request: requests.append(request.url) if "vorschlaege" in request.url else None)
    page.locator(BOX).focus()
    page.keyboard.type("S")
    page.wait_for_timeout(600)
    assert requests == []
    expect(page.locator(LISTBOX)).to_be_hidden()


def test_search_without_javascript(no_js_page, demo_site):
    page = no_js_page
    page.goto(demo_site.home_url)
    box = page.locator(BOX)
    assert box.get_attribute("role") is None  # a plain search field
    box.fill(demo_site.search_term)
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/suche/\?q=" + demo_site.search_term))
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()
    total = int(re.search(r"\d+", page.locator("#ergebnisse").inner_text()).group())

    # Narrow to offers with the checkbox facet and the filter form's button.
    page.locator("#search-type-offer").check()
    page.locator(".filters__form").get_by_role("button", name="Filter anwenden").click()
    expect(page).to_have_url(re.compile(r"[?&]type=offer(&|$)"))
    expect(page.locator("#search-type-offer")).to_be_checked()
    kinds = page.locator(".search-result__type").all_inner_texts()
    assert kinds and all(kind.startswith("Angebot") for kind in kinds)
    assert int(re.search(r"\d+", page.locator("#ergebnisse").inner_text()).group()) <= total

    # And back to everything through the reset link.
    page.get_by_role("link", name="Filter zurücksetzen").click()
    expect(page.locator("#search-type-offer")).not_to_be_checked()
    expect(page.locator("#ergebnisse")).to_contain_text(str(total))


def test_no_result_help_without_javascript(no_js_page, demo_site):
    page = no_js_page
    page.goto("/suche/?q=Quargelbrot")
    help_box = page.locator(".search-help")
    expect(help_box).to_be_visible()
    help_box.get_by_role("link", name=re.compile("Angebot wünschen")).click()
    expect(page).to_have_url(re.compile(r"/angebot-wuenschen/$"))
