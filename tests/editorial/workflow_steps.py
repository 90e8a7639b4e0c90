"""The moderation steps as the admin performs them: submit, approve, reject (used by several test files)."""

from django.urls import reverse

from .admin_forms import edit_form_data


def submit(client, page, **changes):
    """Save the page's edit form (with changes) and submit it for moderation, as its editor would."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = {**edit_form_data(client, url), **{name: [value] for name, value in changes.items()}}
    return client.post(url, {**data, "action-submit": "action-submit"})


def current_task_state(page):
    page.refresh_from_db()
    return page.current_workflow_state.current_task_state


def moderate(client, page, action, comment=""):
    """Approve or reject ("approve" / "reject") the page's current moderation task."""
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})
