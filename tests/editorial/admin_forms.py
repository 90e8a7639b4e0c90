"""Read a Wagtail admin edit form back as POST data, as a browser would submit it unchanged."""

from bs4 import BeautifulSoup

SKIPPED_INPUT_TYPES = {"submit", "button", "file", "image", "reset"}


def edit_form_data(client, url):
    """GET a page's admin edit view and return its form's current values as a dict of lists."""
    response = client.get(url)
    assert response.status_code == 200, response
    return form_data(response, form_id="page-edit-form")


def form_data(response, form_id=None):
    """The values of a form in the response: the one with form_id, else the largest POST form."""
    soup = BeautifulSoup(response.content, "html.parser")
    if form_id:
        form = soup.find("form", id=form_id)
    else:
        post_forms = [form for form in soup.find_all("form") if form.get("method", "").lower() == "post"]
        form = max(post_forms, key=lambda candidate: len(candidate.find_all(["input", "select"])))
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or "__prefix__" in name or field.find_parent("template") is not None:
            continue
        if field.name == "select":
            selected = field.find_all("option", selected=True)
            values = [option.get("value", option.text) for option in selected]
        elif field.name == "textarea":
            values = [field.text]
        elif field.get("type", "text") in SKIPPED_INPUT_TYPES:
            continue
        elif field.get("type") in {"checkbox", "radio"}:
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        else:
            values = [field.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data
