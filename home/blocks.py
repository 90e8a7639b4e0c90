"""StreamField blocks shared by the content pages."""

import copy

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that structures the page")
        preview_value = {"text": "Wie kann ich teilnehmen?", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty for decorative images."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with alternative text and an optional caption")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("text"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quote with optional attribution")
        preview_value = {"text": "Hier habe ich wieder Menschen gefunden, mit denen ich lachen kann.",
                         "attribution": "Teilnehmerin des Sonntagscafés"}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow",
                                     template="blocks/paragraph_block.html")
    image = ImageBlock()
    quote = QuoteBlock()


class NarrowChooserMixin:
    """For a chooser block: load the chosen objects with only the columns `read_fields`, in no order.

    Wagtail's chooser blocks load every column of each chosen object, sorted by the model's default ordering.
    An entry point reads a term's slug or a page's URL, and the home page shows six of them: three queries
    that cost more to build than to run. Any other field still loads when read (one query each), so the
    admin, which shows a chosen page's title and parent, stays correct.
    """

    read_fields = ()

    def bulk_to_python(self, values):
        found = self.model_class.objects.order_by().only(*self.read_fields).in_bulk(values)
        result, seen = [], set()
        for pk in values:
            obj = found.get(pk)
            # As Wagtail does: an object chosen twice becomes two instances.
            result.append(copy.copy(obj) if obj is not None and pk in seen else obj)
            seen.add(pk)
        return result


class TermChooserBlock(NarrowChooserMixin, SnippetChooserBlock):
    read_fields = ("slug", "name")


class LinkedPageChooserBlock(NarrowChooserMixin, blocks.PageChooserBlock):
    read_fields = ("url_path", "title")


class EntryPointBlock(blocks.StructBlock):
    """A way in for a life situation: links to the offer directory with filters already set."""

    title = blocks.CharBlock(label=_("title"), max_length=80, help_text=_("e.g. Ich suche Kontakt"))
    text = blocks.TextBlock(label=_("text"), max_length=300)
    theme = TermChooserBlock("taxonomy.Theme", label=_("theme filter"), required=False)
    target_group = TermChooserBlock("taxonomy.TargetGroup", label=_("target group filter"), required=False)
    page = LinkedPageChooserBlock(
        label=_("or link to a page"), required=False,
        help_text=_("Instead of the filtered offer directory, link to this page."),
    )

    class Meta:
        icon = "link"
        template = "blocks/entry_point_block.html"
        description = _("A way in for a life situation")
        preview_value = {"title": "Ich suche Kontakt", "text": "Treffpunkte, Spaziergänge und Cafés in Ihrer Nähe."}
