"""Checks run inside the browser: axe-core's WCAG rules and horizontal overflow."""

from pathlib import Path

AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
    return results.violations.map(v => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary, html: n.html})),
    }));
}"""


def axe_violations(page):
    """WCAG 2.1 A/AA violations axe-core finds on the page as it is now."""
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(RUN_AXE, WCAG_TAGS)


def describe_violations(violations):
    """A readable list for the assertion message, so the template author sees what to fix."""
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    at {node['target']}: {node['html'][:200]}")
            lines.extend(f"        {line}" for line in (node["summary"] or "").splitlines())
    return "\n".join(lines)


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways)."""
    return page.evaluate(
        "() => { const root = document.scrollingElement; return root.scrollWidth - root.clientWidth; }"
    )


# Elements sticking out past the right edge whose children do not: where sideways scrolling comes from.
OVERFLOWING = """(limit) => {
    const edge = document.documentElement.clientWidth + 1;
    const sticksOut = el => el.getBoundingClientRect().right > edge;
    return [...document.body.querySelectorAll('*')]
        .filter(el => sticksOut(el) && ![...el.children].some(sticksOut))
        .slice(0, limit)
        .map(el => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') || ''}">`
            + ` ${Math.round(el.getBoundingClientRect().width)}px wide: `
            + (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60));
}"""


def overflowing_elements(page, limit=8):
    """The innermost elements reaching past the right edge, to say what causes sideways scrolling."""
    return page.evaluate(OVERFLOWING, limit)
