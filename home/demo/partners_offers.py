"""Builds the invented partners and, from the archetypes, the offers in the towns they serve."""

import random
from datetime import date, time, timedelta
from decimal import Decimal

from offers.models import OfferMeetingTime, OfferPage
from partners.models import PartnerPage

from .offers_meeting import MEETING_ARCHETYPES
from .offers_support import SUPPORT_ARCHETYPES
from .partners_data import ALL, PARTNERS
from .publishing import coordinate, ensure_page, slugify_de
from .taxonomy_data import FIRST_NAMES, LAST_NAMES, STREETS, TOWNS

SEED = 20260101
TOWN = {slug: {"name": name, "postcode": postcode, "lat": lat, "lon": lon, "area": area}
        for slug, name, postcode, lat, lon, area in TOWNS}
PARTNER = {spec["slug"]: spec for spec in PARTNERS}
# Landscape pictures stand in for logos so the logo code paths have something to show.
PARTNER_LOGOS = {
    "wanderverein-moehnesee": "gemeinsam-unterwegs",
    "interkultureller-treffpunkt-soest": "bunte-begegnung",
}


def demo_phone(town_slug, number):
    """A fictional number in the town's area code, in the "99 0xx xx" range the demo reserves."""
    return f"{TOWN[town_slug]['area']} 99 0{number:02d} {number * 7 % 100:02d}"


def paragraphs(texts, **values):
    return "".join(f"<p>{text.format(**values)}</p>" for text in texts)


def serves(partner_slug, town_slug):
    districts = PARTNER[partner_slug]["districts"]
    return districts == ALL or town_slug in districts


def partner_phone(slug):
    return demo_phone(PARTNER[slug]["town"], list(PARTNER).index(slug) + 1)


def ensure_partners(counts, index, vocab, images):
    pages = {}
    for spec in PARTNERS:
        pages[spec["slug"]] = ensure_page(counts, "partners", PartnerPage, spec["slug"], index,
                                          lambda spec=spec: build_partner(spec, vocab, images))
    return pages


def build_partner(spec, vocab, images):
    town = TOWN[spec["town"]]
    dlat, dlon = spec["offset"]
    logo = PARTNER_LOGOS.get(spec["slug"])
    page = PartnerPage(
        title=spec["title"], kind=spec["kind"], summary=spec["summary"], description=paragraphs(spec["description"]),
        street=spec["street"], postcode=town["postcode"], town=town["name"],
        district=vocab["districts"][spec["town"]],
        latitude=coordinate(town["lat"] + dlat), longitude=coordinate(town["lon"] + dlon),
        phone=partner_phone(spec["slug"]), email=f"{spec['email']}@example.org",
        website=f"https://example.org/{spec['slug']}", logo=images[logo] if logo else None,
    )
    served = vocab["districts"].keys() - {"kreis-soest"} if spec["districts"] == ALL else spec["districts"]
    page.districts_served.set([vocab["districts"][slug] for slug in sorted(served)])
    return page


def pick_provider(archetype, town_slug):
    """The preferred provider based in the town, else the first one serving it, else None (independent)."""
    local = [slug for slug in archetype["providers"] if PARTNER[slug]["town"] == town_slug]
    serving = [slug for slug in archetype["providers"] if serves(slug, town_slug)]
    return (local or serving or [None])[0]


def offer_specs(today=None):
    """Every demo offer as plain data; the seeded generator makes each run produce the same offers."""
    today = today or date.today()
    rng = random.Random(SEED)  # noqa: S311 - demo variety, not security
    specs = []
    for archetype in MEETING_ARCHETYPES + SUPPORT_ARCHETYPES:
        for town_slug in archetype["towns"]:
            specs.append(offer_spec(archetype, town_slug, rng, today))
    return specs


def offer_spec(archetype, town_slug, rng, today):
    town = TOWN[town_slug]
    title = archetype.get("titles", {}).get(town_slug, archetype["title"]).format(town=town["name"])
    provider = pick_provider(archetype, town_slug)
    formats = archetype.get("formats", {"in_person"})
    spec = {
        "ref": f"{archetype['key']}@{town_slug}",
        "archetype": archetype,
        "title": title,
        "slug": slugify_de(title),
        "town": town_slug,
        "provider": provider,
        "formats": formats,
        "weekdays": [rng.choice(days) for days, *_ in archetype.get("times", [])],
        "reviewed": today - timedelta(days=rng.randint(5, 540)),
        "wheelchair": "wheelchair" in archetype.get("access", ()) or ("in_person" in formats and rng.random() < 0.3),
        "first_steps": rng.random() > 0.1,
        "contact_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
    }
    if "in_person" not in formats or archetype.get("via_office"):
        # Groups that keep their members private give the meeting place only on request.
        venue = "Ort auf Anfrage über die Kontaktstelle" if "in_person" in formats else ""
        spec.update(venue=venue, street="", lat=town["lat"] + rng.uniform(-0.004, 0.004),
                    lon=town["lon"] + rng.uniform(-0.006, 0.006))
    elif archetype.get("venue") or provider is None:
        venue = archetype.get("venue") or "Bürgerhaus {town}"
        spec.update(venue=venue.format(town=town["name"]),
                    street=f"{rng.choice(STREETS)} {rng.randint(1, 60)}",
                    lat=town["lat"] + rng.uniform(-0.008, 0.008), lon=town["lon"] + rng.uniform(-0.012, 0.012))
    else:
        partner = PARTNER[provider]
        dlat, dlon = partner["offset"]
        spec.update(venue=partner["title"], street=partner["street"],
                    lat=town["lat"] + dlat + rng.uniform(-0.0003, 0.0003),
                    lon=town["lon"] + dlon + rng.uniform(-0.0003, 0.0003))
    return spec


def ensure_offers(counts, offer_index, partners, vocab, images, specs):
    pages = {}
    for spec in specs:
        parent = partners[spec["provider"]] if spec["provider"] else offer_index
        pages[spec["ref"]] = ensure_page(counts, "offers", OfferPage, spec["slug"], parent,
                                         lambda spec=spec: build_offer(spec, partners, vocab, images))
    return pages


def build_offer(spec, partners, vocab, images):
    archetype, town = spec["archetype"], TOWN[spec["town"]]
    access = archetype.get("access", set())
    cost_type, *cost = archetype["cost"]
    provider = partners[spec["provider"]] if spec["provider"] else None
    via_office = archetype.get("via_office", False)
    page = OfferPage(
        title=spec["title"],
        summary=archetype["summary"].format(town=town["name"]),
        body=paragraphs(archetype["body"], town=town["name"]),
        easy_language_summary=archetype.get("easy", ""),
        first_steps=archetype["first_steps"] if spec["first_steps"] else "",
        kind=vocab["offer_kinds"][archetype["kind"]],
        provider=provider,
        age_min=archetype.get("ages", (None, None))[0],
        age_max=archetype.get("ages", (None, None))[1],
        is_in_person="in_person" in spec["formats"],
        is_online="online" in spec["formats"],
        is_by_phone="phone" in spec["formats"],
        schedule_note=archetype.get("schedule_note", ""),
        registration_required=bool(archetype.get("registration")),
        registration_note=archetype.get("registration", ""),
        wheelchair_accessible=spec["wheelchair"],
        hearing_loop="loop" in access,
        easy_language="easy" in access,
        sign_language="sign" in access,
        languages=archetype.get("languages", "Deutsch"),
        venue_name=spec["venue"], street=spec["street"], postcode=town["postcode"], town=town["name"],
        district=vocab["districts"][spec["town"]],
        latitude=coordinate(spec["lat"]), longitude=coordinate(spec["lon"]),
        cost_type=cost_type,
        cost_amount=Decimal(cost[0]) if cost_type == "amount" else None,
        cost_note=cost[-1] if cost else "",
        contact_via_office=via_office,
        contact_name="" if via_office else spec["contact_name"],
        contact_phone="" if via_office or not provider else provider.phone,
        contact_email="" if via_office or not provider else provider.email,
        contact_url="" if via_office or not provider else provider.website,
        image=images.get(archetype.get("image")),
        is_featured=archetype.get("featured") == spec["town"],
        last_reviewed_date=spec["reviewed"],
    )
    if not provider and not via_office:
        page.contact_phone = demo_phone(spec["town"], 50 + len(spec["slug"]) % 40)
        page.contact_email = f"{spec['slug'][:40]}@example.org"
    page.themes.set([vocab["themes"][slug] for slug in archetype["themes"]])
    page.target_groups.set([vocab["target_groups"][slug] for slug in archetype["groups"]])
    page.meeting_times = [
        OfferMeetingTime(weekday=weekday, start_time=time.fromisoformat(start),
                         end_time=time.fromisoformat(end) if end else None, rhythm=rhythm)
        for weekday, (_, start, end, rhythm) in zip(spec["weekdays"], archetype.get("times", []), strict=True)
    ]
    page.tags.add(*archetype.get("tags", []))
    return page
