"""Calm abstract demo images drawn with Pillow and stored as Wagtail images, looked up by title."""

import io
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PillowImage
from PIL import ImageDraw

from .site_data import IMAGES

SIZE = (1200, 800)


def _hills(draw, rng):
    draw.rectangle([0, 0, *SIZE], fill="#dcebf5")
    draw.ellipse([820, 90, 1020, 290], fill="#f6d365")
    for i, colour in enumerate(["#a8d5a2", "#7fbf7f", "#5a9e6f"]):
        top = 430 + i * 90
        draw.ellipse([-300 + i * 250 + rng.randint(-40, 40), top, 900 + i * 250, top + 700], fill=colour)


def _table(draw, rng):
    draw.rectangle([0, 0, *SIZE], fill="#f3e9dc")
    draw.rounded_rectangle([150, 150, 1050, 650], radius=60, fill="#e0c9a6")
    for x, y, colour in [(330, 290, "#f4a6a6"), (870, 290, "#a6c8f4"), (330, 510, "#b5e3c0"), (870, 510, "#f7d794")]:
        r = 70 + rng.randint(-5, 5)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
        draw.ellipse([x - r // 2, y - r // 2, x + r // 2, y + r // 2], fill="#8b5e3c")


def _lake(draw, rng):
    draw.rectangle([0, 0, SIZE[0], 430], fill="#cfe6f7")
    draw.rectangle([0, 430, SIZE[0], SIZE[1]], fill="#6fa8c9")
    draw.polygon([(0, 430), (0, 360), (300, 400), (700, 370), (1200, 410), (1200, 430)], fill="#7aa874")
    for i in range(6):
        y = 480 + i * 50
        x = rng.randint(80, 900)
        draw.line([x, y, x + 160, y], fill="#9cc6de", width=6)


def _path(draw, rng):
    draw.rectangle([0, 0, SIZE[0], 300], fill="#e5f0f9")
    draw.rectangle([0, 300, SIZE[0], SIZE[1]], fill="#9ccc8c")
    draw.polygon([(520, 800), (760, 800), (640, 300), (610, 300)], fill="#e8d8b0")
    for _ in range(14):
        x, y = rng.randint(0, 1150), rng.randint(340, 760)
        draw.ellipse([x, y, x + 50, y + 30], fill="#7fb36f")


def _circles(draw, rng):
    draw.rectangle([0, 0, *SIZE], fill="#fbf7f0")
    palette = ["#f4a6a6", "#a6c8f4", "#b5e3c0", "#f7d794", "#d7b5e8", "#f9c08b"]
    for _ in range(18):
        r = rng.randint(60, 150)
        x, y = rng.randint(100, 1100), rng.randint(100, 700)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice(palette))


def _leaves(draw, rng):
    draw.rectangle([0, 0, *SIZE], fill="#fdf4e3")
    for _ in range(24):
        x, y = rng.randint(0, 1120), rng.randint(0, 740)
        w, h = rng.randint(60, 120), rng.randint(30, 60)
        draw.ellipse([x, y, x + w, y + h], fill=rng.choice(["#e67e22", "#c0392b", "#f1c40f", "#d35400"]))


def _logo(draw, rng):
    draw.rectangle([0, 0, *SIZE], fill="#ffffff")
    draw.ellipse([250, 150, 750, 650], fill="#2f6f9f")
    draw.ellipse([450, 150, 950, 650], fill="#f39c4a")
    draw.ellipse([450, 230, 750, 570], fill="#8a6f7a")


PAINTERS = {
    "logo": _logo, "sonnige-huegel": _hills, "kaffeetafel": _table, "wasser-und-weite": _lake,
    "gemeinsam-unterwegs": _path, "bunte-begegnung": _circles, "herbstlaub": _leaves,
}


def _png(key):
    picture = PillowImage.new("RGB", SIZE)
    PAINTERS[key](ImageDraw.Draw(picture), random.Random(key))  # noqa: S311 - shapes, not secrets
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


def ensure_images(counts):
    """Return {key: Image}, drawing and storing only the images that are missing."""
    image_model = get_image_model()
    images = {}
    for key, title, description in IMAGES:
        image = image_model.objects.filter(title=title).first()
        if image is None:
            image = image_model(title=title, description=description)
            image.file = ImageFile(_png(key), name=f"demo-{key}.png")
            image._set_image_file_metadata()
            image.save()
            counts.created("images")
        else:
            counts.existing("images")
        images[key] = image
    return images
