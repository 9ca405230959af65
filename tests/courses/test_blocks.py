"""Every lesson block renders, from its preview value and from real data."""

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from content.h5p.blocks import H5PActivityBlock
from courses.blocks import LessonStreamBlock, QuizBlock
from tests.factories_courses import GlossaryTermFactory, ProvisionFactory

GRADED_SLOTS = {"h5p", "quiz"}
DATA_BLOCK_NAMES = {
    "rich_text",
    "callout",
    "quotation",
    "glossary_term",
    "reflection",
    "exercise",
}


def test_lesson_stream_has_the_contract_block_names():
    names = set(LessonStreamBlock().child_blocks)
    assert DATA_BLOCK_NAMES <= names
    assert names == DATA_BLOCK_NAMES | GRADED_SLOTS | {"image", "video", "document"}


def test_graded_slots_follow_the_contract():
    stream = LessonStreamBlock()
    assert isinstance(stream.child_blocks["h5p"], H5PActivityBlock)
    quiz = stream.child_blocks["quiz"]
    assert isinstance(quiz, QuizBlock)
    assert quiz.meta.template == "blocks/quiz.html"
    assert isinstance(quiz.child_blocks["quiz"], SnippetChooserBlock)
    assert quiz.child_blocks["quiz"]._target_model == "assessments.Quiz"
    assert isinstance(quiz.child_blocks["required"], blocks.BooleanBlock)
    assert quiz.child_blocks["required"].get_default() is True


@pytest.mark.parametrize(
    "name", sorted(set(LessonStreamBlock().child_blocks) - GRADED_SLOTS)
)
def test_content_blocks_carry_admin_metadata(name):
    block = LessonStreamBlock().child_blocks[name]
    assert block.meta.icon
    assert block.meta.template.startswith("blocks/")
    assert block.meta.description


PREVIEW_TEXT = {
    "rich_text": "Marking at manufacture",
    "image": "A marking stamped on the frame of a pistol",
    "video": "Reading a marking",
    "callout": "Key point",
    "quotation": "International Tracing Instrument, para. 7",
    "document": "Record-keeping template",
    "reflection": "Which records does your agency keep today",
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PREVIEW_TEXT))
def test_block_renders_its_preview_value(name):
    block = LessonStreamBlock().child_blocks[name]
    html = block.render(block.get_preview_value())
    assert PREVIEW_TEXT[name] in html


@pytest.mark.django_db
def test_glossary_block_previews_a_term_from_the_library():
    block = LessonStreamBlock().child_blocks["glossary_term"]
    assert block.render(block.get_preview_value()).strip() == ""
    GlossaryTermFactory(term="Marking", definition="A unique mark.")
    assert "<dfn>Marking</dfn>" in block.render(block.get_preview_value())


@pytest.mark.django_db
def test_quotation_and_glossary_blocks_render_chosen_references():
    stream = LessonStreamBlock()
    provision = ProvisionFactory()
    term = GlossaryTermFactory(term="Tracing", definition="Following a weapon.")
    quotation = stream.child_blocks["quotation"]
    html = quotation.render(
        quotation.to_python(
            {"provision": provision.pk, "text": "Quoted.", "citation": "Cited."}
        )
    )
    assert "<blockquote>" in html and "Cited." in html
    glossary = stream.child_blocks["glossary_term"]
    html = glossary.render(glossary.to_python({"term": term.pk}))
    assert "<dfn>Tracing</dfn>" in html and "Following a weapon." in html


@pytest.mark.django_db
def test_image_document_and_video_blocks_render_real_files():
    from wagtail_factories import DocumentFactory, ImageFactory

    stream = LessonStreamBlock()
    image_block = stream.child_blocks["image"]
    image = ImageFactory()
    html = image_block.render(
        image_block.to_python({"image": image.pk, "alt_text": "Serial number"})
    )
    assert 'alt="Serial number"' in html
    document = DocumentFactory(title="Register template")
    document_block = stream.child_blocks["document"]
    html = document_block.render(document_block.to_python({"document": document.pk}))
    assert "Register template" in html and "download" in html
    video_block = stream.child_blocks["video"]
    captions = DocumentFactory(title="Captions")
    html = video_block.render(
        video_block.to_python(
            {"title": "Film", "file": document.pk, "captions": captions.pk}
        )
    )
    assert "<video" in html and 'kind="captions"' in html


def test_callout_shows_its_kind():
    callout = LessonStreamBlock().child_blocks["callout"]
    html = callout.render(
        callout.to_python({"kind": "warning", "title": "Mind", "body": "<p>x</p>"})
    )
    assert "Warning:" in html and "callout--warning" in html


@pytest.mark.django_db
def test_image_block_requires_alternative_text():
    from wagtail_factories import ImageFactory

    image_block = LessonStreamBlock().child_blocks["image"]
    with pytest.raises(StructBlockValidationError) as error:
        image_block.clean(
            image_block.to_python({"image": ImageFactory().pk, "alt_text": ""})
        )
    assert "alt_text" in error.value.block_errors


@pytest.mark.django_db
def test_video_block_needs_exactly_one_source():
    from wagtail_factories import DocumentFactory

    video = LessonStreamBlock().child_blocks["video"]
    with pytest.raises(ValidationError):
        video.clean(video.to_python({"title": "Nothing"}))
    with pytest.raises(ValidationError):
        video.clean(
            video.to_python(
                {
                    "title": "Both",
                    "embed": "https://video.example.org/v/1",
                    "file": DocumentFactory().pk,
                }
            )
        )
