"""Moodle XML: the format Moodle's question bank exports, read and written.

Read with defusedxml: a DTD (and so entity expansion and external entities)
and files over `MAX_XML_BYTES` are refused whole with a clear message, before
anything is written. Types: multichoice (one answer or several), truefalse,
shortanswer, numerical, matching, essay, ordering (the qtype_ordering
plugin), cloze (Moodle's multianswer, written `type="cloze"` as Moodle
does; `multianswer` is read too) and the category pseudo-questions (nested
paths with their info). Any other type (description, drag and drop...) is
reported by its position and name. `@@PLUGINFILE@@` images and sounds come as base64
`<file>` elements: images become Wagtail images (the `alt` text as their
description) and other media Wagtail documents; the text then points at
them with Wagtail's rich-text references.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError, SubElement, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import linebreaks, strip_tags
from django.utils.translation import gettext as _
from wagtail.whitelist import Whitelister

from .choices import MultipleResponseScoring, QuestionType
from .gift import GiftImportReport
from .grading import grader_for
from .grading.cloze import HTML_TAG
from .models import Question, QuestionBank

MAX_XML_BYTES = 20 * 1024 * 1024
IMAGE_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "webp"}
MEDIA_EXTENSIONS = {"mp3", "ogg", "oga", "wav", "m4a", "mp4", "webm", "pdf"}
PLUGINFILE = "@@PLUGINFILE@@/"
# What the whitelister lets through in place of @@PLUGINFILE@@/ (a relative
# path); replaced by Wagtail references before anything is saved.
PLACEHOLDER = "/__moodle_pluginfile__/"
IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
ATTRIBUTE = r'{name}\s*=\s*"([^"]*)"'
EMBED = re.compile(r"<embed\b[^>]*/?>", re.IGNORECASE)
DOCUMENT_LINK = re.compile(
    r'<a\b[^>]*linktype="document"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL
)


class MoodleXmlError(Exception):
    """The file as a whole is refused (hostile, too large, not Moodle XML)."""


@dataclass(frozen=True)
class XmlProblem:
    position: int
    name: str
    detail: str

    def __str__(self):
        return _("Question %(position)d (“%(name)s”): %(detail)s") % {
            "position": self.position,
            "name": self.name,
            "detail": self.detail,
        }


@dataclass
class _File:
    name: str
    content: bytes


@dataclass
class _Parsed:
    position: int
    type: str
    title: str
    stem: str
    definition: dict
    general_feedback: str
    points: Decimal
    category: str
    category_info: str
    tags: list[str]
    files: dict[str, _File] = field(default_factory=dict)
    penalty: Decimal = Decimal(0)


class _Refused(Exception):
    pass


# Reading.


def _attribute(tag: str, name: str) -> str:
    match = re.search(ATTRIBUTE.format(name=name), tag, re.IGNORECASE)
    return html.unescape(match.group(1)) if match else ""


def _text_of(element: Element | None) -> str:
    if element is None:
        return ""
    text = element.find("text")
    return (text.text or "") if text is not None else (element.text or "")


def _rich(element: Element | None) -> str:
    """A Moodle text element (with its `format`) as sanitised HTML."""
    raw = _text_of(element).strip()
    if not raw:
        return ""
    text_format = element.get("format", "html") if element is not None else "html"
    if text_format == "markdown":
        from markdown_it import MarkdownIt

        raw = MarkdownIt("commonmark", {"html": False}).render(raw)
    elif text_format in ("plain_text", "moodle_auto_format"):
        paragraphs = [p for p in re.split(r"\n\s*\n", raw) if p.strip()]
        raw = "".join(
            "<p>" + html.escape(p.strip()).replace("\n", "<br/>") + "</p>"
            for p in paragraphs
        )
    # Wagtail's whitelister drops what it does not know, and keeps `img`
    # sources and link targets only when their scheme is safe: the
    # @@PLUGINFILE@@ references are put back as Wagtail references later.
    return Whitelister().clean(raw.replace(PLUGINFILE, PLACEHOLDER))


def _plain(element: Element | None) -> str:
    text = _text_of(element)
    if element is not None and element.get("format", "html") == "html":
        text = html.unescape(strip_tags(text))
    return " ".join(text.split())


def _fraction(answer: Element) -> float:
    try:
        return round(float(answer.get("fraction", "0")) / 100, 5)
    except ValueError:
        raise _Refused(_("An answer's credit is not a number.")) from None


def _points(text: str | None) -> Decimal:
    """Moodle's default mark (seven decimals) as this app's two."""
    try:
        points = Decimal((text or "1").strip()).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise _Refused(_("The default mark is not a number.")) from None
    if not Decimal("0") < points < Decimal("10000"):
        raise _Refused(_("The default mark must be between 0 and 10000."))
    return points


def _penalty(text: str | None) -> Decimal:
    """Moodle's penalty for each incorrect try (a fraction) as a percent."""
    try:
        fraction = Decimal((text or "0").strip() or "0")
    except InvalidOperation:
        raise _Refused(_("The penalty is not a number.")) from None
    if not fraction.is_finite() or not 0 <= fraction <= 1:
        raise _Refused(_("The penalty must be between 0 and 1."))
    return (fraction * 100).quantize(Decimal("0.01"))


def _files(question: Element) -> dict[str, _File]:
    files = {}
    for element in question.iter("file"):
        name = element.get("name", "")
        if element.get("encoding", "base64") != "base64" or not name:
            raise _Refused(_("A file is not base64 encoded."))
        try:
            content = base64.b64decode(element.text or "", validate=False)
        except (binascii.Error, ValueError):
            raise _Refused(
                _("The file %(name)s is not valid base64.") % {"name": name}
            ) from None
        files[name] = _File(name=name, content=content)
    return files


def _feedback(answer: Element) -> str:
    return _rich(answer.find("feedback"))


def _choice(question: Element) -> tuple[str, dict]:
    options = [
        {
            "text": _plain(answer),
            "fraction": _fraction(answer),
            "feedback": _feedback(answer),
        }
        for answer in question.findall("answer")
    ]
    if (question.findtext("single") or "true").strip().lower() in ("true", "1"):
        return QuestionType.SINGLE_CHOICE, {"options": options}
    # Moodle adds up the chosen answers' credits; `scoring` is this
    # platform's own element, written by its export and read back.
    scoring = (question.findtext("scoring") or "").strip()
    return QuestionType.MULTIPLE_RESPONSE, {
        "scoring": scoring or MultipleResponseScoring.PARTIAL,
        "options": options,
    }


def _true_false(question: Element) -> tuple[str, dict]:
    answers = {_plain(answer).lower(): answer for answer in question.findall("answer")}
    if set(answers) != {"true", "false"}:
        raise _Refused(_("A true/false question needs a true and a false answer."))
    return QuestionType.TRUE_FALSE, {
        "answer": _fraction(answers["true"]) >= 1.0,
        "feedback_true": _feedback(answers["true"]),
        "feedback_false": _feedback(answers["false"]),
    }


def _short_answer(question: Element) -> tuple[str, dict]:
    return QuestionType.SHORT_TEXT, {
        "case_sensitive": (question.findtext("usecase") or "0").strip() == "1",
        "answers": [
            {
                "text": _plain(answer),
                "fraction": _fraction(answer),
                "feedback": _feedback(answer),
            }
            for answer in question.findall("answer")
        ],
    }


def _numerical(question: Element) -> tuple[str, dict]:
    answers = []
    for answer in question.findall("answer"):
        value = _plain(answer)
        if value == "*":
            # Moodle's "any other answer": what every wrong answer gets.
            continue
        answers.append(
            {
                "answer": value,
                "tolerance": (answer.findtext("tolerance") or "0").strip(),
                "fraction": _fraction(answer),
                "feedback": _feedback(answer),
            }
        )
    unit = ""
    for element in question.iter("unit"):
        if (element.findtext("multiplier") or "1").strip() in ("1", "1.0"):
            unit = (element.findtext("unit_name") or "").strip()
            break
    return QuestionType.NUMERIC, {"answers": answers, "unit": unit}


def _matching(question: Element) -> tuple[str, dict]:
    pairs, distractors = [], []
    for sub in question.findall("subquestion"):
        prompt = _plain(sub)
        answer = _plain(sub.find("answer"))
        if prompt:
            pairs.append({"prompt": prompt, "answer": answer})
        else:
            distractors.append(answer)
    return QuestionType.MATCHING, {"pairs": pairs, "distractors": distractors}


def _essay(question: Element) -> tuple[str, dict]:
    lines = (question.findtext("responsefieldlines") or "").strip()
    # `<rubric>` is this platform's own element (Moodle has no rubric on an
    # essay and ignores it): written by the export, read back here.
    rubric = [
        {
            "criterion": (criterion.findtext("name") or "").strip(),
            "description": (criterion.findtext("description") or "").strip(),
            "points": (criterion.get("points") or "1").strip(),
            "levels": [
                {
                    "label": (level.text or "").strip(),
                    "points": (level.get("points") or "0").strip(),
                }
                for level in criterion.findall("level")
            ],
        }
        for criterion in question.findall("rubric/criterion")
    ]
    return QuestionType.ESSAY, {
        "rubric": rubric,
        "guidance": _rich(question.find("graderinfo")),
        "response_template": _plain(question.find("responsetemplate")),
        "response_lines": int(lines) if lines.isdigit() else None,
    }


def _ordering(question: Element) -> tuple[str, dict]:
    answers = sorted(question.findall("answer"), key=lambda answer: _fraction(answer))
    return QuestionType.ORDERING, {
        "items": [{"text": _plain(answer)} for answer in answers],
        "feedback": _rich(question.find("correctfeedback")),
    }


def _cloze(question: Element) -> tuple[str, dict]:
    """Moodle's question text holds the gaps in its syntax; whatever else
    Moodle writes about the sub-questions is derived from it and ignored.
    Our own `<clozetext>` and `<stem>` (which Moodle ignores) give back the
    text as written here and its introduction apart."""
    own = question.find("clozetext")
    if own is not None:
        text = _text_of(own).strip()
        if own.get("format") == "html":
            text = _rich(own)
        return QuestionType.CLOZE, {"text": text, "stem": _rich(question.find("stem"))}
    element = question.find("questiontext")
    if element is not None and element.get("format") == "plain_text":
        return QuestionType.CLOZE, {"text": _text_of(element).strip(), "stem": ""}
    return QuestionType.CLOZE, {"text": _rich(element), "stem": ""}


READERS = {
    "multichoice": _choice,
    "truefalse": _true_false,
    "shortanswer": _short_answer,
    "numerical": _numerical,
    "match": _matching,
    "essay": _essay,
    "ordering": _ordering,
    "cloze": _cloze,
    "multianswer": _cloze,
}


def _root(source: str | bytes) -> Element:
    data = source.encode("utf-8") if isinstance(source, str) else source
    if len(data) > MAX_XML_BYTES:
        raise MoodleXmlError(
            _("The file is larger than %(size)d MB.")
            % {"size": MAX_XML_BYTES // (1024 * 1024)}
        )
    try:
        root = fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise MoodleXmlError(
            _(
                "The file declares a document type or entities, which Moodle "
                "never writes; it was refused for safety."
            )
        ) from None
    except ParseError as error:
        raise MoodleXmlError(
            _("The file is not well-formed XML: %(error)s") % {"error": error}
        ) from None
    if root.tag != "quiz":
        raise MoodleXmlError(_("This is not a Moodle XML question file (<quiz>)."))
    return root


def moodle_xml_parse(source: str | bytes) -> tuple[list[_Parsed], list[XmlProblem]]:
    """Read every question; nothing is saved here. Raises MoodleXmlError."""
    root = _root(source)
    parsed: list[_Parsed] = []
    problems: list[XmlProblem] = []
    category = info = ""
    position = 0
    for question in root.findall("question"):
        kind = question.get("type", "")
        if kind == "category":
            category = _text_of(question.find("category")).strip()
            info = _plain(question.find("info"))
            continue
        position += 1
        name = _plain(question.find("name")) or _("untitled")
        try:
            if kind not in READERS:
                raise _Refused(
                    _("The question type “%(type)s” is not supported.") % {"type": kind}
                )
            question_type, definition = READERS[kind](question)
            if question_type == QuestionType.CLOZE:
                stem = definition.pop("stem")
            else:
                stem = _rich(question.find("questiontext"))
                if not stem:
                    raise _Refused(_("The question has no text."))
            definition = grader_for(question_type).clean_definition(definition)
            points = _points(question.findtext("defaultgrade"))
            if question_type == QuestionType.CLOZE and not question.findtext(
                "defaultgrade"
            ):
                # Moodle writes no default mark for a cloze: it is the sum of
                # the gaps' weights.
                points = _points(str(sum(g["weight"] for g in definition["gaps"])))
            parsed.append(
                _Parsed(
                    position=position,
                    type=question_type,
                    title=name[:255],
                    stem=stem,
                    definition=definition,
                    general_feedback=_rich(question.find("generalfeedback")),
                    points=points,
                    penalty=_penalty(question.findtext("penalty")),
                    category=category,
                    category_info=info,
                    tags=[
                        _text_of(tag).strip()[:100]
                        for tag in question.findall("tags/tag")
                        if _text_of(tag).strip()
                    ],
                    files=_files(question),
                )
            )
        except ValidationError as error:
            problems.append(XmlProblem(position, name, " ".join(error.messages)))
        except (_Refused, ValueError) as refused:
            problems.append(XmlProblem(position, name, str(refused)))
    if not parsed and not problems:
        problems.append(XmlProblem(0, "", _("The file holds no question.")))
    return parsed, problems


def _store_file(file: _File, alt: str, collection):
    """A Moodle file as a Wagtail image (checked with Pillow) or document."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    if extension in IMAGE_EXTENSIONS:
        image = get_image_model()(
            title=(alt or file.name)[:255],
            description=alt[:255],
            collection=collection,
            file=ImageFile(io.BytesIO(file.content), name=file.name),
        )
        image.save()
        return "image", image
    if extension in MEDIA_EXTENSIONS:
        document = get_document_model()(title=file.name, collection=collection)
        document.file.save(file.name, ContentFile(file.content), save=False)
        document.save()
        return "document", document
    raise _Refused(
        _("The file %(name)s is of a kind that is not accepted.") % {"name": file.name}
    )


def _link_files(text: str, files: dict[str, _File], stored: dict, collection) -> str:
    """Replace `@@PLUGINFILE@@` references with Wagtail image and document
    references, storing each file once per question."""

    def name_of(url: str) -> str | None:
        if not url.startswith(PLACEHOLDER):
            return None
        return unquote(url[len(PLACEHOLDER) :]).split("?")[0]

    def get(name: str, alt: str):
        if name not in stored:
            if name not in files:
                raise _Refused(
                    _("The file %(name)s is referenced but not included.")
                    % {"name": name}
                )
            stored[name] = _store_file(files[name], alt, collection)
        return stored[name]

    def image(match):
        tag = match.group(0)
        name = name_of(_attribute(tag, "src"))
        if name is None:
            return tag
        alt = _attribute(tag, "alt")
        kind, stored_file = get(name, alt)
        if kind != "image":
            return ""
        return (
            f'<embed alt="{html.escape(alt)}" embedtype="image" format="fullwidth" '
            f'id="{stored_file.pk}"/>'
        )

    def link(match):
        name = name_of(_attribute(match.group(0), "href"))
        if name is None:
            return match.group(0)
        _kind, stored_file = get(name, "")
        return (
            f'<a linktype="{_kind}" id="{stored_file.pk}">{match.group(1)}</a>'
            if _kind == "document"
            else match.group(1)
        )

    return LINK.sub(link, IMG.sub(image, text))


def _collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node()


def _create(bank: QuestionBank, parsed: list[_Parsed]) -> list[Question]:
    from .services import question_category_for_path, question_create

    collection = _collection()
    created = []
    for question in parsed:
        stored: dict = {}

        def link(text, question=question, stored=stored):
            return _link_files(text, question.files, stored, collection)

        category = (
            question_category_for_path(
                bank=bank, path=question.category, info=question.category_info
            )
            if question.category
            else None
        )
        created.append(
            question_create(
                bank=bank,
                type=question.type,
                title=question.title,
                stem=link(question.stem),
                definition=(
                    {**question.definition, "text": link(question.definition["text"])}
                    if question.type == QuestionType.CLOZE
                    else question.definition
                ),
                general_feedback=link(question.general_feedback),
                points=question.points,
                penalty=question.penalty,
                tags=question.tags,
                category=category,
            )
        )
    return created


def moodle_xml_import(
    *, bank: QuestionBank, source: str | bytes, import_valid: bool
) -> GiftImportReport:
    """Import a Moodle XML file into a bank; see `services.question_bank_import`.

    A refused file (hostile, too large, not Moodle XML) raises MoodleXmlError
    and nothing is written. A file whose media cannot be stored is refused
    question by question, like any other problem.
    """
    parsed, problems = moodle_xml_parse(source)
    if problems and (not import_valid or not parsed):
        return GiftImportReport(created=[], problems=problems, imported=False)
    valid = []
    for question in parsed:
        # Media are checked before anything is written.
        try:
            _check_files(question)
        except _Refused as refused:
            problems.append(XmlProblem(question.position, question.title, str(refused)))
            continue
        valid.append(question)
    if problems and not import_valid:
        return GiftImportReport(created=[], problems=problems, imported=False)
    with transaction.atomic():
        created = _create(bank, valid)
    return GiftImportReport(created=created, problems=problems, imported=True)


def _check_files(question: _Parsed) -> None:
    from PIL import Image as PillowImage

    for file in question.files.values():
        extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
        if extension in IMAGE_EXTENSIONS:
            try:
                with PillowImage.open(io.BytesIO(file.content)) as image:
                    image.verify()
            except (
                OSError,
                SyntaxError,
                ValueError,
                PillowImage.DecompressionBombError,
            ):
                raise _Refused(
                    _("The image %(name)s cannot be read.") % {"name": file.name}
                ) from None
        elif extension not in MEDIA_EXTENSIONS:
            raise _Refused(
                _("The file %(name)s is of a kind that is not accepted.")
                % {"name": file.name}
            )
    for text in (question.stem, question.general_feedback):
        for url in re.findall(rf'(?:src|href)="{PLACEHOLDER}([^"]+)"', text):
            if unquote(url).split("?")[0] not in question.files:
                raise _Refused(
                    _("The file %(name)s is referenced but not included.")
                    % {"name": unquote(url)}
                )


# Writing.


def _text_element(parent: Element, tag: str, text: str, text_format="html"):
    element = SubElement(parent, tag, {"format": text_format} if text_format else {})
    SubElement(element, "text").text = text
    return element


def _export_media(text: str, element: Element) -> str:
    """Wagtail image and document references as @@PLUGINFILE@@ files."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    def add_file(field_file, name: str) -> str:
        field_file.open("rb")
        try:
            data = base64.b64encode(field_file.read()).decode("ascii")
        finally:
            field_file.close()
        SubElement(
            element, "file", {"name": name, "path": "/", "encoding": "base64"}
        ).text = data
        return PLUGINFILE + name

    def image(match):
        tag = match.group(0)
        if _attribute(tag, "embedtype") != "image":
            return tag
        found = get_image_model().objects.filter(pk=_attribute(tag, "id")).first()
        if found is None:
            return ""
        name = found.file.name.rsplit("/", 1)[-1]
        alt = _attribute(tag, "alt") or found.description
        return f'<img src="{add_file(found.file, name)}" alt="{html.escape(alt)}"/>'

    def document(match):
        tag = match.group(0)
        found = get_document_model().objects.filter(pk=_attribute(tag, "id")).first()
        if found is None:
            return match.group(1)
        name = found.file.name.rsplit("/", 1)[-1]
        return f'<a href="{add_file(found.file, name)}">{match.group(1)}</a>'

    return DOCUMENT_LINK.sub(document, EMBED.sub(image, text))


def _percent(fraction: float) -> str:
    return f"{fraction * 100:.7f}".rstrip("0").rstrip(".")


def _answer(
    parent: Element, text: str, fraction: float, feedback: str, text_format="plain_text"
):
    answer = SubElement(
        parent, "answer", {"fraction": _percent(fraction), "format": text_format}
    )
    SubElement(answer, "text").text = text
    _text_element(answer, "feedback", feedback)
    return answer


def _write_answers(element: Element, question: Question) -> str:
    definition = question.definition
    kind = question.type
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        single = kind == QuestionType.SINGLE_CHOICE
        SubElement(element, "single").text = "true" if single else "false"
        SubElement(element, "shuffleanswers").text = "true"
        for option in definition["options"]:
            fraction = option.get("fraction", 1.0 if option.get("correct") else 0.0)
            _answer(element, option["text"], fraction, option["feedback"])
        if not single:
            SubElement(element, "scoring").text = definition["scoring"]
        return "multichoice"
    if kind == QuestionType.TRUE_FALSE:
        answer = definition["answer"]
        _answer(element, "true", 1.0 if answer else 0.0, definition["feedback_true"])
        _answer(element, "false", 0.0 if answer else 1.0, definition["feedback_false"])
        return "truefalse"
    if kind == QuestionType.SHORT_TEXT:
        SubElement(element, "usecase").text = (
            "1" if definition.get("case_sensitive") else "0"
        )
        for answer in definition["answers"]:
            _answer(element, answer["text"], answer["fraction"], answer["feedback"])
        return "shortanswer"
    if kind == QuestionType.NUMERIC:
        for answer in definition["answers"]:
            node = _answer(
                element,
                f"{answer['answer']:.12g}",
                answer["fraction"],
                answer["feedback"],
            )
            SubElement(node, "tolerance").text = f"{answer['tolerance']:.12g}"
        if definition.get("unit"):
            units = SubElement(element, "units")
            unit = SubElement(units, "unit")
            SubElement(unit, "multiplier").text = "1"
            SubElement(unit, "unit_name").text = definition["unit"]
        return "numerical"
    if kind == QuestionType.MATCHING:
        for pair in definition["pairs"]:
            sub = _text_element(element, "subquestion", pair["prompt"], "plain_text")
            SubElement(SubElement(sub, "answer"), "text").text = pair["answer"]
        for distractor in definition["distractors"]:
            sub = _text_element(element, "subquestion", "", "plain_text")
            SubElement(SubElement(sub, "answer"), "text").text = distractor
        return "match"
    if kind == QuestionType.ESSAY:
        SubElement(element, "responseformat").text = "editor"
        lines = definition.get("response_lines")
        if lines:
            SubElement(element, "responsefieldlines").text = str(lines)
        _text_element(element, "graderinfo", definition.get("guidance", ""))
        if definition["rubric"]:
            rubric = SubElement(element, "rubric")
            for criterion in definition["rubric"]:
                node = SubElement(rubric, "criterion", {"points": criterion["points"]})
                SubElement(node, "name").text = criterion["criterion"]
                SubElement(node, "description").text = criterion["description"]
                for level in criterion.get("levels") or []:
                    SubElement(node, "level", {"points": level["points"]}).text = level[
                        "label"
                    ]
        _text_element(
            element,
            "responsetemplate",
            definition.get("response_template", ""),
            "plain_text",
        )
        return "essay"
    if kind == QuestionType.ORDERING:
        for position, item in enumerate(definition["items"], start=1):
            _answer(element, item["text"], position, "")
        _text_element(element, "correctfeedback", definition.get("feedback", ""))
        return "ordering"
    if kind == QuestionType.CLOZE:
        return "cloze"
    raise ValueError(kind)


def _write_cloze_text(element: Element, stem: Element, question: Question) -> None:
    """Moodle reads a cloze's gaps from its question text: there, the stem
    (our introduction) then the text with its gaps in Moodle's syntax, as
    HTML. The text as written here and the stem apart ride in our
    `<clozetext>` and `<stem>` elements, which Moodle ignores."""
    text = grader_for(QuestionType.CLOZE).syntax(question.definition)
    is_html = HTML_TAG.search(text) is not None
    as_html = text if is_html else linebreaks(text, autoescape=True)
    intro = stem.find("text").text
    stem.find("text").text = intro + _export_media(as_html, stem)
    own = _text_element(element, "clozetext", "", "html" if is_html else "plain_text")
    own.find("text").text = _export_media(text, own) if is_html else text
    if intro:
        _text_element(element, "stem", intro)


def moodle_xml_export(*, bank: QuestionBank, questions) -> str:
    """The questions as a Moodle XML file, categories and media included."""
    root = Element("quiz")
    category = None
    for question in questions:
        if question.category_id != category:
            category = question.category_id
            header = SubElement(root, "question", {"type": "category"})
            path = question.category.path if question.category else ""
            _text_element(header, "category", f"$course$/top/{path}".rstrip("/"), "")
            _text_element(
                header,
                "info",
                question.category.info if question.category else "",
                "plain_text",
            )
        element = SubElement(root, "question")
        _text_element(element, "name", question.title, "")
        stem = _text_element(element, "questiontext", "")
        stem.find("text").text = _export_media(question.stem, stem)
        if question.type == QuestionType.CLOZE:
            _write_cloze_text(element, stem, question)
        feedback = _text_element(element, "generalfeedback", "")
        feedback.find("text").text = _export_media(question.general_feedback, feedback)
        SubElement(element, "defaultgrade").text = str(question.points)
        SubElement(element, "penalty").text = str(
            (question.penalty / 100).quantize(Decimal("0.0000001"))
        )
        element.set("type", _write_answers(element, question))
        tags = list(question.tags.all())
        if tags:
            holder = SubElement(element, "tags")
            for tag in tags:
                SubElement(SubElement(holder, "tag"), "text").text = tag.name
    body = tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
