"""The same journey with the keyboard alone: skip link, filter form, offer, and a focus one can see."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MAX_TABS = 80

# The focused element's outline, or that of the nearest ancestor drawing one around it (a card, say).
FOCUS_OUTLINE = """() => {
    for (let el = document.activeElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
        const style = getComputedStyle(el);
        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return null;
    }
    const style = getComputedStyle(document.activeElement);
    return `outline-style: ${style.outlineStyle}; box-shadow: ${style.boxShadow}`;
}"""


def focused(page, script):
    """Evaluate `script` (a function of the focused element) in the page."""
    return page.evaluate(f"() => ({script})(document.activeElement)")


DESCRIBE = r"""el => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') || ''}">`
    + (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40)"""


def describe_focus(page):
    return focused(page, DESCRIBE)


def tab_to(page, script, what):
    """Press Tab until the focused element satisfies `script`; fail if it never does."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if focused(page, script):
            return
    pytest.fail(f"{what} cannot be reached with the Tab key (last focus: {describe_focus(page)})")


def arrow_down_to(page, value):
    """Choose an option of the focused <select> with the arrow key, as one does on Windows and Linux."""
    for _ in range(focused(page, "el => el.options.length")):
        if focused(page, "el => el.value") == value:
            return
        page.keyboard.press("ArrowDown")
    assert focused(page, "el => el.value") == value


def link_to(url):
    return f"el => el.tagName === 'A' && new URL(el.href).pathname === {url!r}"


def missing_outline(page):
    """The focused element and its style if no outline marks it, else None."""
    style = page.evaluate(FOCUS_OUTLINE)
    return f"{describe_focus(page)} ({style})" if style else None


def test_skip_link_comes_first_and_moves_focus_to_main(page, demo_site):
    page.goto(demo_site.home_url)
    page.keyboard.press("Tab")
    assert focused(page, "el => el.getAttribute('href')") == "#inhalt", describe_focus(page)
    expect(page.locator(":focus")).to_be_in_viewport()

    page.keyboard.press("Enter")
    assert focused(page, "el => el.tagName") == "MAIN"


def test_filter_and_open_an_offer_by_keyboard(page, demo_site):
    town, offer = demo_site.town, demo_site.offer_in_town
    page.goto(demo_site.home_url)
    tab_to(page, link_to(demo_site.offer_index.url), "the offer directory in the main navigation")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(demo_site.offer_index.url) + "$"))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the skip link: past header and navigation, straight to the filters

    tab_to(page, "el => el.name === 'district'", "the town filter")
    arrow_down_to(page, town.slug)
    tab_to(page, "el => el.type === 'submit' && el.closest('.filters__form')", "the filter button")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"[?&]district={town.slug}(&|$)"))

    tab_to(page, link_to(offer.url), f"the link to {offer.title!r}")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(offer.title)


def test_focused_controls_show_an_outline(page, demo_site):
    page.goto(demo_site.offer_index.url)
    problems = []
    page.keyboard.press("Tab")  # the skip link
    problems.append(missing_outline(page))
    tab_to(page, link_to(demo_site.home_url), "a link to the home page")
    problems.append(missing_outline(page))
    tab_to(page, "el => el.name === 'theme'", "the theme filter")
    problems.append(missing_outline(page))
    tab_to(page, "el => el.type === 'submit' && el.closest('.filters__form')", "the filter button")
    problems.append(missing_outline(page))
    tab_to(page, "el => el.closest('.card')", "the first offer")
    problems.append(missing_outline(page))
    # An outline survives Windows' forced colours, where box shadows and backgrounds are dropped.
    problems = [problem for problem in problems if problem]
    assert not problems, "focused without an outline:\n" + "\n".join(problems)
