"""Moodle's embedded-answers (cloze) syntax, read and written.

A gap is written `{WEIGHT:KIND:ANSWERS}`: the weight (empty for 1), one of
the kind spellings Moodle accepts, and answers separated by `~`, each with
an optional credit (`=` for 100 %, `%50%`), its text and an optional
`#feedback`. Inside a gap `\\}`, `\\#`, `\\~`, `\\/`, `\\"` and `\\\\` stand
for the character itself, as in Moodle; `&#…;` entities are not feedback.

`parse_cloze` returns the text with each gap replaced by its marker `{#N}`
(as Moodle stores it) and the gaps; `write_cloze` gives the syntax back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MULTICHOICE = "multichoice"
MULTIRESPONSE = "multiresponse"
SHORTANSWER = "shortanswer"
NUMERICAL = "numerical"
KINDS = (MULTICHOICE, MULTIRESPONSE, SHORTANSWER, NUMERICAL)
CHOICE_KINDS = (MULTICHOICE, MULTIRESPONSE)

DROPDOWN = "dropdown"
VERTICAL = "vertical"
HORIZONTAL = "horizontal"


@dataclass(frozen=True)
class Spelling:
    kind: str
    display: str = ""
    shuffle: bool = False
    case_sensitive: bool = False


def _spellings() -> dict[str, Spelling]:
    table = {
        ("NUMERICAL", "NM"): Spelling(NUMERICAL),
        ("SHORTANSWER", "SA", "MW"): Spelling(SHORTANSWER),
        ("SHORTANSWER_C", "SAC", "MWC"): Spelling(SHORTANSWER, case_sensitive=True),
        ("MULTICHOICE", "MC"): Spelling(MULTICHOICE, DROPDOWN),
        ("MULTICHOICE_V", "MCV"): Spelling(MULTICHOICE, VERTICAL),
        ("MULTICHOICE_H", "MCH"): Spelling(MULTICHOICE, HORIZONTAL),
        ("MULTICHOICE_S", "MCS"): Spelling(MULTICHOICE, DROPDOWN, True),
        ("MULTICHOICE_VS", "MCVS"): Spelling(MULTICHOICE, VERTICAL, True),
        ("MULTICHOICE_HS", "MCHS"): Spelling(MULTICHOICE, HORIZONTAL, True),
        ("MULTIRESPONSE", "MR"): Spelling(MULTIRESPONSE, VERTICAL),
        ("MULTIRESPONSE_H", "MRH"): Spelling(MULTIRESPONSE, HORIZONTAL),
        ("MULTIRESPONSE_S", "MRS"): Spelling(MULTIRESPONSE, VERTICAL, True),
        ("MULTIRESPONSE_HS", "MRHS"): Spelling(MULTIRESPONSE, HORIZONTAL, True),
    }
    return {name: spelling for names, spelling in table.items() for name in names}


SPELLINGS = _spellings()
# The long name written back for each (kind, display, shuffle, case).
CANONICAL = {}
for _name, _spelling in SPELLINGS.items():
    CANONICAL.setdefault(_spelling, _name)

GAP_START = re.compile(r"\{(\d*):([A-Za-z_]+):")
MARKER = re.compile(r"\{#(\d+)\}")
NUMBER = re.compile(r"^-?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?$")
FRACTION = re.compile(r"^%(-?\d+(?:[.,]\d*)?)%")
ESCAPES = {"}": "}", "#": "#", "~": "~", "/": "/", '"': '"', "\\": "\\"}
MAX_GAPS = 50


def _label(number: int) -> str:
    return _("Gap %(number)d") % {"number": number}


def _split(body: str, separator: str) -> list[str]:
    """Split on unescaped `separator`, keeping escapes for the next step."""
    parts, current, index = [], [], 0
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            current.append(body[index : index + 2])
            index += 2
            continue
        # `&#039;` is an HTML entity, never the start of a feedback.
        if char == separator and not (
            separator == "#" and "".join(current).endswith("&")
        ):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in ESCAPES:
            out.append(ESCAPES[text[index + 1]])
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def escape(text: str) -> str:
    return re.sub(r"([\\}#~])", r"\\\1", text)


def _gap_end(text: str, start: int) -> int:
    """The index of the `}` closing the gap whose body starts at `start`."""
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "}":
            return index
        if char == "{" and GAP_START.match(text, index):
            return -1
        index += 1
    return -1


def _fraction(raw: str, where: str) -> tuple[float, str]:
    if raw.startswith("="):
        return 1.0, raw[1:]
    if not raw.startswith("%"):
        return 0.0, raw
    match = FRACTION.match(raw)
    if not match:
        raise ValidationError(
            _(
                "%(where)s: the credit must be written as a percentage between "
                "two %% signs, like %%50%%."
            )
            % {"where": where}
        )
    value = float(match.group(1).replace(",", "."))
    if not -100.0 <= value <= 100.0:
        raise ValidationError(
            _("%(where)s: a credit must be between -100%% and 100%%.")
            % {"where": where}
        )
    return round(value / 100, 5), raw[match.end() :]


def _numeric(text: str, where: str) -> tuple[str, float]:
    if text.strip() == "*":
        return "*", 0.0
    value, colon, tolerance = text.partition(":")
    value, tolerance = value.strip(), tolerance.strip()
    if not NUMBER.match(value) or (colon and not NUMBER.match(tolerance)):
        raise ValidationError(
            _("%(where)s: “%(text)s” is not a number (write 12 or 12:0.5).")
            % {"where": where, "text": text}
        )
    return value.replace(",", "."), abs(
        float(tolerance.replace(",", "."))
    ) if colon else 0.0


def _parse_gap(number: int, weight: str, spelling: Spelling, body: str) -> dict:
    gap_label = _label(number)
    if weight and int(weight) < 1:
        raise ValidationError(
            _("%(gap)s: the weight must be 1 or more.") % {"gap": gap_label}
        )
    answers = []
    for index, raw in enumerate(_split(body, "~"), start=1):
        where = _("%(gap)s, answer %(number)d") % {"gap": gap_label, "number": index}
        fraction, rest = _fraction(raw, where)
        text, *feedback = _split(rest, "#")
        text = unescape(text).strip()
        feedback = unescape("#".join(feedback)).strip()
        if not text:
            raise ValidationError(_("%(where)s is empty.") % {"where": where})
        if fraction < 0 and spelling.kind != MULTIRESPONSE:
            raise ValidationError(
                _("%(where)s: only multiple-response gaps take a negative credit.")
                % {"where": where}
            )
        answer = {"fraction": fraction, "feedback": feedback}
        if spelling.kind == NUMERICAL:
            answer["text"], answer["tolerance"] = _numeric(text, where)
        else:
            answer["text"] = html.unescape(text)
        answers.append(answer)
    gap = {
        "kind": spelling.kind,
        "weight": int(weight) if weight else 1,
        "answers": answers,
    }
    if spelling.kind in CHOICE_KINDS:
        gap["display"] = spelling.display
        gap["shuffle"] = spelling.shuffle
    if spelling.kind == SHORTANSWER:
        gap["case_sensitive"] = spelling.case_sensitive
    check_gap_key(gap, number)
    return gap


def check_gap_key(gap: dict, number: int) -> None:
    """A gap's key must let a fellow get full credit."""
    answers = gap["answers"]
    if gap["kind"] == MULTIRESPONSE:
        if not any(answer["fraction"] > 0 for answer in answers):
            raise ValidationError(
                _("%(gap)s has no correct answer: give one a positive credit.")
                % {"gap": _label(number)}
            )
        return
    if not any(answer["fraction"] >= 1.0 for answer in answers):
        raise ValidationError(
            _("%(gap)s has no correct answer: mark one with = or %%100%%.")
            % {"gap": _label(number)}
        )


def parse_cloze(source: str) -> tuple[str, list[dict]]:
    """The text with `{#N}` markers and the gaps, or a ValidationError
    naming the gap at fault."""
    if not isinstance(source, str) or not source.strip():
        raise ValidationError(_("Write the text with its gaps."))
    if MARKER.search(source):
        raise ValidationError(
            _("Write each gap in full, like {1:SHORTANSWER:=answer}, not {#1}.")
        )
    out, gaps, position = [], [], 0
    while True:
        match = GAP_START.search(source, position)
        if match is None:
            break
        number = len(gaps) + 1
        kind = match.group(2).upper()
        if kind not in SPELLINGS:
            raise ValidationError(
                _(
                    "%(gap)s: unknown kind “%(kind)s” (use MULTICHOICE, "
                    "MULTIRESPONSE, SHORTANSWER or NUMERICAL, or their short forms)."
                )
                % {"gap": _label(number), "kind": match.group(2)}
            )
        end = _gap_end(source, match.end())
        if end < 0:
            raise ValidationError(
                _("%(gap)s has no closing brace “}”.") % {"gap": _label(number)}
            )
        gaps.append(
            _parse_gap(
                number, match.group(1), SPELLINGS[kind], source[match.end() : end]
            )
        )
        if len(gaps) > MAX_GAPS:
            raise ValidationError(
                ngettext(
                    "Write at most %(max)d gap.",
                    "Write at most %(max)d gaps.",
                    MAX_GAPS,
                )
                % {"max": MAX_GAPS}
            )
        out.append(source[position : match.start()])
        out.append(f"{{#{number}}}")
        position = end + 1
    out.append(source[position:])
    if not gaps:
        raise ValidationError(
            _("The text has no gap: write one like {1:SHORTANSWER:=answer}.")
        )
    return "".join(out), gaps


def _percent(fraction: float) -> str:
    return f"{fraction * 100:.5f}".rstrip("0").rstrip(".")


def write_answer(gap: dict, answer: dict) -> str:
    fraction = answer["fraction"]
    if gap["kind"] == NUMERICAL:
        text = answer["text"]
        if answer["text"] != "*" and answer.get("tolerance"):
            text += f":{answer['tolerance']:.12g}"
    else:
        text = escape(answer["text"])
    if fraction >= 1.0:
        prefix = "="
    elif fraction == 0 and text[:1] not in ("=", "%"):
        prefix = ""
    else:
        prefix = f"%{_percent(fraction)}%"
    feedback = f"#{escape(answer['feedback'])}" if answer.get("feedback") else ""
    return prefix + text + feedback


def kind_name(gap: dict) -> str:
    spelling = Spelling(
        gap["kind"],
        gap.get("display", ""),
        bool(gap.get("shuffle", False)),
        bool(gap.get("case_sensitive", False)),
    )
    return CANONICAL[spelling]


def write_gap(gap: dict) -> str:
    weight = gap.get("weight", 1)
    answers = "~".join(write_answer(gap, answer) for answer in gap["answers"])
    return f"{{{weight}:{kind_name(gap)}:{answers}}}"


def write_cloze(text: str, gaps: list[dict]) -> str:
    """The syntax of a parsed question: `parse_cloze` reads it back."""

    def replace(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return write_gap(gaps[index]) if 0 <= index < len(gaps) else ""

    return MARKER.sub(replace, text)
