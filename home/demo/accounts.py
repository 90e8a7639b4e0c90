"""Demo roles and logins for LOCAL USE ONLY: the passwords are printed and published in the code."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission

MODERATION_GROUP = "Moderation"
# username, first name, last name, role shown in the summary, password, group (None: superuser)
DEMO_USERS = [
    ("admin", "Andrea", "Hellweg", "Administration (Superuser)", "demo-admin-2026", None),
    ("moderation", "Katrin", "Overhoff", "Moderation (Koordinierungsstelle)", "demo-moderation-2026",
     MODERATION_GROUP),
    ("redaktion-caritas", "Tobias", "Brinkhoff", "Redaktion Caritas Soest", "demo-caritas-2026",
     "Redaktion Caritas Soest"),
    ("redaktion-awo", "Yasemin", "Kösters", "Redaktion AWO Lippstadt", "demo-awo-2026", "Redaktion AWO Lippstadt"),
]
# Which partner page each editors' group may edit.
PARTNER_EDITOR_GROUPS = {"Redaktion Caritas Soest": "caritas-soest", "Redaktion AWO Lippstadt": "awo-lippstadt"}

MODERATION_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock", "bulk_delete"]
EDITOR_PAGE_PERMISSIONS = ["add", "change"]
MODERATION_MODEL_PERMISSIONS = [
    *(f"taxonomy.{action}_{model}" for model in ("theme", "targetgroup", "district", "offerkind")
      for action in ("add", "change", "delete", "view")),
    "home.change_networksettings",
    "wagtailredirects.add_redirect", "wagtailredirects.change_redirect", "wagtailredirects.delete_redirect",
]
MODERATION_MEDIA_PERMISSIONS = [
    *(f"wagtailimages.{action}_image" for action in ("add", "change", "delete", "choose")),
    *(f"wagtaildocs.{action}_document" for action in ("add", "change", "delete", "choose")),
]
EDITOR_MEDIA_PERMISSIONS = ["wagtailimages.add_image", "wagtailimages.choose_image",
                            "wagtaildocs.add_document", "wagtaildocs.choose_document"]


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(group=group, page=page,
                                                  permission=permission(f"wagtailcore.{action}_page"))


def grant_media(group, dotted_names):
    root = Collection.get_first_root_node()
    for dotted in dotted_names:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission(dotted))


def setup_roles(home, partners):
    """Groups and permissions for the demo roles; one place to replace when roles and workflow are formalised."""
    with transaction.atomic():
        access_admin = permission("wagtailadmin.access_admin")
        moderation, _ = Group.objects.get_or_create(name=MODERATION_GROUP)
        moderation.permissions.add(access_admin, *(permission(name) for name in MODERATION_MODEL_PERMISSIONS))
        grant_pages(moderation, home, MODERATION_PAGE_PERMISSIONS)
        grant_media(moderation, MODERATION_MEDIA_PERMISSIONS)
        # Partner editors cannot publish; their changes go to Wagtail's approval task, which moderation approves.
        for task in GroupApprovalTask.objects.filter(active=True):
            task.groups.add(moderation)
        for name, partner_slug in PARTNER_EDITOR_GROUPS.items():
            editors, _ = Group.objects.get_or_create(name=name)
            editors.permissions.add(access_admin)
            grant_pages(editors, partners[partner_slug], EDITOR_PAGE_PERMISSIONS)
            grant_media(editors, EDITOR_MEDIA_PERMISSIONS)


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
