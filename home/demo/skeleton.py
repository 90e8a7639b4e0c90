"""The skeleton of the demo: vocabulary, home page, directories, plain pages and the network settings."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Page, Site

from home.models import FooterLink, HomePage, NetworkSettings, StandardPage
from taxonomy.models import District, OfferKind, TargetGroup, Theme

from . import site_data, taxonomy_data
from .publishing import ensure_page, publish_child


def _upsert(counts, label, model, slug, **values):
    term, created = model.objects.update_or_create(slug=slug, defaults=values)
    if created:
        counts.created(label)
    else:
        counts.existing(label)
    return term


def ensure_taxonomy(counts):
    """Create or refresh the districts, themes, target groups and kinds of offer; return them by slug."""
    with transaction.atomic():
        county = taxonomy_data.COUNTY
        county = _upsert(counts, "districts", District, county["slug"], name=county["name"],
                         description=county["description"], kind=District.Kind.COUNTY, parent=None)
        districts = {county.slug: county}
        for slug, name, postcode, *_ in taxonomy_data.TOWNS:
            districts[slug] = _upsert(counts, "districts", District, slug, name=name, kind=District.Kind.TOWN,
                                      parent=county, description=f"PLZ {postcode}")
        vocab = {"districts": districts}
        for key, model, rows in [
            ("themes", Theme, taxonomy_data.THEMES),
            ("target_groups", TargetGroup, taxonomy_data.TARGET_GROUPS),
            ("offer_kinds", OfferKind, taxonomy_data.OFFER_KINDS),
        ]:
            vocab[key] = {slug: _upsert(counts, key.replace("_", " "), model, slug, name=name, description=text)
                          for slug, name, text in rows}
    return vocab


def ensure_home(counts, hostname, port):
    """Make a HomePage the root of the default site and remove Wagtail's "Welcome" page."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = HomePage.objects.first()
    if home is None:
        data = site_data.HOME
        home = HomePage(title=data["title"], intro_heading=data["intro_heading"], intro=data["intro"],
                        featured_heading=data["featured_heading"], search_description=data["search_description"],
                        slug=data["slug"])
        publish_child(Page.get_first_root_node(), home)
        counts.created("home page")
    else:
        counts.existing("home page")
    with transaction.atomic():
        site = site or Site(is_default_site=True)
        site.hostname, site.port, site.root_page = hostname, port, home
        site.site_name = site_data.NETWORK_SETTINGS["network_name"]
        site.save()
        plain_page = ContentType.objects.get_for_model(Page)
        for welcome in Page.objects.filter(depth=2, content_type=plain_page):
            # Only the untouched default page: deleting a site's root would delete the site with it.
            if welcome.is_leaf() and not Site.objects.filter(root_page=welcome).exists():
                welcome.delete()
    return site, home


def ensure_sections(counts, home):
    """The four directories and the plain pages under the home page; return them by slug."""
    sections = {}
    for spec in site_data.INDEX_PAGES:
        model = apps.get_model(spec["model"])
        sections[spec["slug"]] = ensure_page(
            counts, "index pages", model, spec["slug"], home,
            lambda spec=spec, model=model: model(title=spec["title"], intro=spec["intro"], show_in_menus=True),
        )
    for spec in site_data.STANDARD_PAGES:
        sections[spec["slug"]] = ensure_page(
            counts, "standard pages", StandardPage, spec["slug"], home,
            lambda spec=spec: StandardPage(title=spec["title"], intro=spec["intro"], body=body_blocks(spec["body"]),
                                           show_in_menus=spec["show_in_menus"]),
        )
    return sections


def body_blocks(entries, images=None):
    """BodyBlock raw data from ("h", text), ("p", html), ("q", text, by) and ("img", key, caption) tuples."""
    blocks = []
    for kind, *values in entries:
        if kind == "h":
            blocks.append({"type": "heading", "value": {"text": values[0], "level": "h2"}})
        elif kind == "p":
            blocks.append({"type": "paragraph", "value": f"<p>{values[0]}</p>"})
        elif kind == "q":
            blocks.append({"type": "quote", "value": {"text": values[0], "attribution": values[1]}})
        elif kind == "img" and images:
            blocks.append({"type": "image", "value": {"image": images[values[0]].pk, "alt_text": "",
                                                       "caption": values[1]}})
    return blocks


def ensure_entry_points(home, vocab, sections):
    """Fill the home page's ways in once; an editor's later changes are left alone."""
    if len(home.entry_points):
        return
    entry_points = []
    for spec in site_data.ENTRY_POINTS:
        theme = vocab["themes"].get(spec.get("theme"))
        group = vocab["target_groups"].get(spec.get("target_group"))
        page = sections.get(spec.get("page"))
        entry_points.append({"type": "entry_point", "value": {
            "title": spec["title"], "text": spec["text"],
            "theme": theme.pk if theme else None,
            "target_group": group.pk if group else None,
            "page": page.pk if page else None,
        }})
    with transaction.atomic():
        home.entry_points = entry_points
        home.save_revision().publish()


def ensure_settings(counts, site, sections, logo):
    """Fill the network settings where they are still empty; keep whatever an editor entered."""
    with transaction.atomic():
        settings = NetworkSettings.for_site(site)
        changed = False
        for field, value in site_data.NETWORK_SETTINGS.items():
            if not getattr(settings, field):
                setattr(settings, field, value)
                changed = True
        if settings.logo_id is None:
            settings.logo = logo
            changed = True
        if not settings.footer_links.exists():
            settings.footer_links = [FooterLink(label=label, link_page=sections[slug])
                                     for label, slug in site_data.FOOTER_LINKS]
            changed = True
        if changed:
            settings.save()
            counts.created("network settings")
        else:
            counts.existing("network settings")
    return settings
