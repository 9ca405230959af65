"""Translations as gettext PO entries, one per translatable text.

The context names the page by its key and the field: ``COURSE/title``,
``COURSE/objective-2``, ``MODULE/summary``, ``LESSON/block-3`` (a block as
its Markdown fragment; the translator may turn a quotation into a callout,
as when no official translation of the quoted text exists) or
``LESSON/body`` (the whole body, when the translation has another
structure). An empty msgstr means "not translated": the source text stays.
"""

from __future__ import annotations

from ..models import CoursePage, LessonPage, ModulePage
from .markdown import blocks_write

# Blocks with nothing to translate: their PO entries would only be noise.
FIXED_BLOCKS = ("glossary_term", "quiz", "h5p")


def translatable(blocks):
    """The blocks that PO entries number: H5P activities are the editor's."""
    return [block for block in blocks if block[0] != "h5p"]


def page_entries(page, translated, blocks_of):
    """(context, source, translation or "") for the page's translatable texts."""
    key = page.slug

    def pair(field, source, value):
        value = value if value is not None and value != source else ""
        return (f"{key}/{field}", source, value)

    title = translated.title if translated else None
    yield pair("title", page.title, title)
    if isinstance(page, (CoursePage, ModulePage)):
        yield pair("summary", page.summary, translated.summary if translated else None)
    if isinstance(page, CoursePage):
        sources = [b.value for b in page.objectives]
        values = [b.value for b in translated.objectives] if translated else []
        same_shape = len(values) == len(sources)
        for number, text in enumerate(sources, start=1):
            value = values[number - 1] if same_shape else None
            yield pair(f"objective-{number}", text, value)
    if isinstance(page, LessonPage):
        source_blocks = translatable(blocks_of(page.body))
        translated_blocks = (
            translatable(blocks_of(translated.body)) if translated else None
        )
        if translated_blocks is not None and len(translated_blocks) != len(
            source_blocks
        ):
            yield pair(
                "body", blocks_write(source_blocks), blocks_write(translated_blocks)
            )
            return
        for number, block in enumerate(source_blocks, start=1):
            other = translated_blocks[number - 1] if translated_blocks else None
            if block[0] in FIXED_BLOCKS and (other is None or other == block):
                continue
            yield pair(
                f"block-{number}",
                blocks_write([block]).strip(),
                blocks_write([other]).strip() if other else None,
            )
