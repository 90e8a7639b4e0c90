"""Demo roles and logins for LOCAL USE ONLY: the passwords are printed and published in the code."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from editorial.roles import MODERATION_GROUP, editor_group_for
from editorial.setup import setup_editorial

# username, first name, last name, role shown in the summary, password, group (None: superuser)
DEMO_USERS = [
    ("admin", "Andrea", "Hellweg", "Administration (Superuser)", "demo-admin-2026", None),
    ("moderation", "Katrin", "Overhoff", "Moderation (Koordinierungsstelle)", "demo-moderation-2026",
     MODERATION_GROUP),
    ("redaktion-caritas", "Tobias", "Brinkhoff", "Redaktion Caritas Soest", "demo-caritas-2026",
     "Redaktion Caritas Soest"),
    ("redaktion-awo", "Yasemin", "Kösters", "Redaktion AWO Lippstadt", "demo-awo-2026", "Redaktion AWO Lippstadt"),
]
# The partner whose editors' group each demo group name stands for (a shorter name than the page title).
PARTNER_EDITOR_GROUPS = {"Redaktion Caritas Soest": "caritas-soest", "Redaktion AWO Lippstadt": "awo-lippstadt"}


def setup_roles(home, partners):
    """Roles and workflow from the editorial app; the demo partners' editors' groups get short names."""
    with transaction.atomic():
        setup_editorial()
        for name, partner_slug in PARTNER_EDITOR_GROUPS.items():
            name_editor_group(partners[partner_slug], name)


def name_editor_group(partner, name):
    """Give a partner's editors' group a name; members of an older, unlinked group of that name move over."""
    group = editor_group_for(partner)
    if group.name == name:
        return group
    stray = Group.objects.filter(name=name, partner_link__isnull=True).first()
    if stray is not None:
        group.user_set.add(*stray.user_set.all())
        stray.delete()
    group.name = name
    group.save(update_fields=["name"])
    return group


def ensure_users(counts):
    """Create the demo users; a password is only set on creation so a changed password survives a re-run."""
    user_model = get_user_model()
    logins = []
    with transaction.atomic():
        for username, first_name, last_name, role, password, group_name in DEMO_USERS:
            user = user_model.objects.filter(username=username).first()
            if user is None:
                user = user_model(username=username, first_name=first_name, last_name=last_name,
                                  email=f"{username}@example.org", is_superuser=group_name is None,
                                  is_staff=group_name is None)
                user.set_password(password)
                user.save()
                counts.created("users")
            else:
                counts.existing("users")
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            logins.append((username, role, password))
    return logins
