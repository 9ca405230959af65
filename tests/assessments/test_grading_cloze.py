"""Embedded answers (cloze): Moodle's syntax read and written, gaps graded."""

import pytest
from django.core.exceptions import ValidationError

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.grading import ResponseError, grader_for
from fellowship.assessments.grading.cloze_syntax import parse_cloze, write_cloze

GRADER = grader_for(QuestionType.CLOZE)


def clean(text: str) -> dict:
    return GRADER.clean_definition({"text": text})


def ids(gap: dict) -> dict[str, str]:
    return {answer["text"]: answer["id"] for answer in gap["answers"]}


# Reading the syntax.


def test_parse_keeps_the_text_with_a_marker_for_each_gap():
    text, gaps = parse_cloze("A {1:SA:=b} c {:NM:=4} d.")
    assert text == "A {#1} c {#2} d."
    assert [gap["kind"] for gap in gaps] == ["shortanswer", "numerical"]


@pytest.mark.parametrize(
    ("spelling", "kind", "extra"),
    [
        ("MULTICHOICE", "multichoice", {"display": "dropdown", "shuffle": False}),
        ("MC", "multichoice", {"display": "dropdown", "shuffle": False}),
        ("MCS", "multichoice", {"display": "dropdown", "shuffle": True}),
        ("MULTICHOICE_S", "multichoice", {"display": "dropdown", "shuffle": True}),
        ("MCV", "multichoice", {"display": "vertical", "shuffle": False}),
        ("MULTICHOICE_V", "multichoice", {"display": "vertical", "shuffle": False}),
        ("MCH", "multichoice", {"display": "horizontal", "shuffle": False}),
        ("MCVS", "multichoice", {"display": "vertical", "shuffle": True}),
        ("MCHS", "multichoice", {"display": "horizontal", "shuffle": True}),
        ("MULTIRESPONSE", "multiresponse", {"display": "vertical", "shuffle": False}),
        ("MR", "multiresponse", {"display": "vertical", "shuffle": False}),
        ("MRH", "multiresponse", {"display": "horizontal", "shuffle": False}),
        ("MRS", "multiresponse", {"display": "vertical", "shuffle": True}),
        ("MRHS", "multiresponse", {"display": "horizontal", "shuffle": True}),
        ("SHORTANSWER", "shortanswer", {"case_sensitive": False}),
        ("SA", "shortanswer", {"case_sensitive": False}),
        ("MW", "shortanswer", {"case_sensitive": False}),
        ("SAC", "shortanswer", {"case_sensitive": True}),
        ("SHORTANSWER_C", "shortanswer", {"case_sensitive": True}),
        ("MWC", "shortanswer", {"case_sensitive": True}),
        ("NUMERICAL", "numerical", {}),
        ("NM", "numerical", {}),
    ],
)
def test_every_spelling_moodle_accepts(spelling, kind, extra):
    answers = "=7~8" if kind == "numerical" else "=seven~eight"
    _text, (gap,) = parse_cloze(f"x {{1:{spelling}:{answers}}}")
    assert gap["kind"] == kind
    for name, value in extra.items():
        assert gap[name] == value


def test_weights_credits_and_feedback():
    _text, gaps = parse_cloze(
        "{2:MULTICHOICE:=Paris#Yes~%50%Lyon#Close~Nice#No} "
        "{:SHORTANSWER:=cat~%33.5%dog#Half} {3:NUMERICAL:=12:0.5#Right~%50%12:2}"
    )
    choice, short, number = gaps
    assert choice["weight"] == 2 and short["weight"] == 1 and number["weight"] == 3
    assert [(a["text"], a["fraction"], a["feedback"]) for a in choice["answers"]] == [
        ("Paris", 1.0, "Yes"),
        ("Lyon", 0.5, "Close"),
        ("Nice", 0.0, "No"),
    ]
    assert short["answers"][1]["fraction"] == 0.335
    assert number["answers"] == [
        {"text": "12", "tolerance": 0.5, "fraction": 1.0, "feedback": "Right"},
        {"text": "12", "tolerance": 2.0, "fraction": 0.5, "feedback": ""},
    ]


def test_multiresponse_takes_negative_credits():
    _text, (gap,) = parse_cloze("{1:MR:%50%a~%50%b~%-100%c#Never}")
    assert [a["fraction"] for a in gap["answers"]] == [0.5, 0.5, -1.0]


def test_escapes_inside_a_gap_are_moodles():
    _text, (gap,) = parse_cloze(r"{1:SAC:=a\}b\#c\~d\/e\"f\\g#fb with \# and \}}")
    assert gap["answers"][0]["text"] == 'a}b#c~d/e"f\\g'
    assert gap["answers"][0]["feedback"] == "fb with # and }"
    _text, (_first, second) = parse_cloze(
        r"{1:SAC:=x} {1:MC:=R&#039;s~&amp; co#feedback}"
    )
    # An HTML entity's `#` is not a feedback; entities are read as text.
    assert [a["text"] for a in second["answers"]] == ["R's", "& co"]
    assert second["answers"][1]["feedback"] == "feedback"


def test_braces_outside_a_gap_are_text():
    text, gaps = parse_cloze("Sets {a, b} and {1:SA:=x}.")
    assert text == "Sets {a, b} and {#1}." and len(gaps) == 1


def test_writing_reads_back_the_same():
    source = (
        "<p>A {2:MULTICHOICE_VS:=x\\}y#ok~%-0%z~%50%=w} b "
        "{1:SHORTANSWER_C:=A\\#B~%50%a*#half} c {1:NUMERICAL:=12:0.5~%0%*#any}"
        " d {1:MULTIRESPONSE_H:%50%p~%50%q~%-50%r}</p>"
    )
    text, gaps = parse_cloze(source)
    assert parse_cloze(write_cloze(text, gaps)) == (text, gaps)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("No gap here.", "The text has no gap"),
        ("", "Write the text with its gaps."),
        ("a {1:FOO:=x}", "Gap 1: unknown kind “FOO”"),
        ("a {1:SA:=x} {1:SHORT:=y}", "Gap 2: unknown kind “SHORT”"),
        ("a {1:MC:right~wrong}", "Gap 1 has no correct answer: mark one with ="),
        ("a {1:SA:%50%half}", "Gap 1 has no correct answer"),
        ("a {1:MR:%0%a~%-50%b}", "Gap 1 has no correct answer: give one a positive"),
        ("a {1:SA:=x~%abc%y}", "Gap 1, answer 2: the credit must be written as"),
        ("a {1:SA:=x~%50y}", "Gap 1, answer 2: the credit must be written as"),
        ("a {1:SA:=x~%150%y}", "Gap 1, answer 2: a credit must be between"),
        ("a {1:SA:=x~%-50%y}", "only multiple-response gaps take a negative"),
        ("a {1:SA:=x", "Gap 1 has no closing brace"),
        ("a {1:SA:=x {2:SA:=y}", "Gap 1 has no closing brace"),
        ("a {1:SA:=x\\}", "Gap 1 has no closing brace"),
        ("a {1:SA:=x~}", "Gap 1, answer 2 is empty"),
        ("a {1:NM:=twelve}", "Gap 1, answer 1: “twelve” is not a number"),
        ("a {1:NM:=12:x}", "is not a number"),
        ("a {0:SA:=x}", "Gap 1: the weight must be 1 or more."),
        ("a {#1}", "not {#1}"),
    ],
)
def test_errors_name_the_gap_and_the_fault(source, message):
    with pytest.raises(ValidationError) as error:
        clean(source)
    assert message in " ".join(error.value.messages)


def test_a_definition_with_a_missing_marker_is_refused():
    definition = clean("a {1:SA:=x} b {1:SA:=y}")
    definition["text"] = "a {#1} b"
    with pytest.raises(ValidationError, match="marker"):
        GRADER.clean_definition(definition)


def test_cleaning_twice_keeps_the_ids():
    definition = clean("a {1:MC:=x~y} b {1:MR:%100%p~q}")
    assert GRADER.clean_definition(definition) == definition


def test_html_text_is_cleaned_and_plain_text_kept():
    definition = clean('<p onclick="x()">Hi <script>1</script>{1:SA:=x}</p>')
    assert "onclick" not in definition["text"] and "script" not in definition["text"]
    assert "{#1}" in definition["text"]
    assert clean("Line 1\nLine 2 {1:SA:=x}")["text"] == "Line 1\nLine 2 {#1}"


# Grading: credit × weight over the total weight.

SOURCE = (
    "{1:MULTICHOICE:=Paris#Yes~%50%Lyon#Near~Nice#No} "
    "{2:SHORTANSWER:=cat#Cat it is~%50%dog#Half} "
    "{1:NUMERICAL:=12:0.5#Right~%25%12:3#Near}"
)


@pytest.fixture
def question():
    return clean(SOURCE)


def test_all_right_is_full_credit(question):
    choice = ids(question["gaps"][0])
    grade = GRADER.grade(question, {"1": choice["Paris"], "2": "Cat", "3": "12.4"})
    assert grade.fraction == 1.0
    assert "Gap 1 of 3" in grade.feedback[0] and "Yes" in grade.feedback[0]
    assert "Cat it is" in grade.feedback[1] and "Right" in grade.feedback[2]


def test_one_gap_wrong_loses_its_weight(question):
    choice = ids(question["gaps"][0])
    # Gap 2 (weight 2 of 4) wrong.
    grade = GRADER.grade(question, {"1": choice["Paris"], "2": "horse", "3": "12"})
    assert grade.fraction == 0.5
    grade = GRADER.grade(question, {"1": choice["Nice"], "2": "cat", "3": "12"})
    assert grade.fraction == 0.75
    assert any("No" in text for text in grade.feedback)


def test_partial_fractions_count_by_weight(question):
    choice = ids(question["gaps"][0])
    grade = GRADER.grade(question, {"1": choice["Lyon"], "2": "dog", "3": "14"})
    # (0.5 × 1 + 0.5 × 2 + 0.25 × 1) / 4
    assert grade.fraction == 0.4375


def test_numeric_tolerance(question):
    for typed, credit in (("12.5", 1.0), ("11,5", 1.0), ("12.6", 0.25), ("16", 0.0)):
        results = GRADER.gap_results(question, {"3": typed})
        assert results[2]["credit"] == credit, typed


def test_numeric_any_other_answer():
    definition = clean("{1:NM:=4~%10%*#Not quite}")
    assert GRADER.grade(definition, {"1": "9"}).fraction == 0.1
    assert GRADER.grade(definition, {"1": "4"}).fraction == 1.0


def test_case_sensitive_short_answer():
    definition = clean("{1:SAC:=ITI} {1:SA:=ITI}")
    assert GRADER.gap_results(definition, {"1": "iti", "2": "iti"})[0]["credit"] == 0
    assert GRADER.gap_results(definition, {"1": "iti", "2": "iti"})[1]["credit"] == 1
    assert GRADER.grade(definition, {"1": "ITI", "2": "Iti"}).fraction == 1.0


def test_short_answer_wildcard():
    definition = clean("{1:SA:=tr*ce}")
    assert GRADER.grade(definition, {"1": "Trace"}).fraction == 1.0


def test_multiresponse_adds_credits_never_below_zero():
    definition = clean("{1:MR:%50%a~%50%b~%-100%c}")
    answer = ids(definition["gaps"][0])
    assert GRADER.grade(definition, {"1": [answer["a"], answer["b"]]}).fraction == 1
    assert GRADER.grade(definition, {"1": [answer["a"]]}).fraction == 0.5
    assert GRADER.grade(definition, {"1": [answer["a"], answer["c"]]}).fraction == 0


def test_nothing_answered_is_zero(question):
    assert GRADER.grade(question, {}).fraction == 0.0
    assert GRADER.grade(question, None).fraction == 0.0


# Responses.


def test_response_from_the_form_and_cleaned(question):
    from django.http import QueryDict

    choice = ids(question["gaps"][0])
    data = QueryDict(mutable=True)
    data.update(
        {"answer-5-1": choice["Paris"], "answer-5-2": " cat ", "answer-5-3": ""}
    )
    data.update({"answer-50-1": "other question"})
    raw = GRADER.response_from_form(data, "answer-5")
    assert raw == {"1": choice["Paris"], "2": " cat "}
    assert GRADER.clean_response(question, raw) == {"1": choice["Paris"], "2": "cat"}


def test_checkboxes_come_as_a_list():
    from django.http import QueryDict

    definition = clean("{1:MR:%50%a~%50%b}")
    answer = ids(definition["gaps"][0])
    data = QueryDict(f"answer-1-1={answer['a']}&answer-1-1={answer['b']}")
    raw = GRADER.response_from_form(data, "answer-1")
    assert GRADER.clean_response(definition, raw) == {
        "1": sorted([answer["a"], answer["b"]])
    }
    # One ticked box is a list too once cleaned.
    assert GRADER.clean_response(definition, {"1": answer["a"]}) == {"1": [answer["a"]]}


@pytest.mark.parametrize(
    "response",
    [{"9": "x"}, {"1": "not-an-option"}, {"2": ["x"]}, {"2": "y" * 501}, ["x"]],
)
def test_bad_responses_are_refused(question, response):
    with pytest.raises(ResponseError):
        GRADER.clean_response(question, response)


def test_public_view_holds_no_key(question):
    view = GRADER.public_view(question, rng=None)
    # The options' ids are random: what they might spell is no key.
    ids_left_out = repr(view)
    for gap in view["gaps"]:
        for option in gap.get("options", []):
            ids_left_out = ids_left_out.replace(repr(option["id"]), "''")
    assert "fraction" not in ids_left_out and "feedback" not in ids_left_out
    assert "cat" not in ids_left_out and "12" not in ids_left_out
    assert [gap["label"] for gap in view["gaps"]] == [
        "Gap 1 of 3",
        "Gap 2 of 3",
        "Gap 3 of 3",
    ]


def test_review_marks_each_gap_and_gives_the_key_only_when_allowed(question):
    choice = ids(question["gaps"][0])
    response = {"1": choice["Lyon"], "2": "cat"}
    review = GRADER.review(question, response, key=False)
    assert [(g["response"], g["correct"], g["partial"]) for g in review["gaps"]] == [
        ("Lyon", False, True),
        ("cat", True, False),
        ("", False, False),
    ]
    assert all("answer" not in gap for gap in review["gaps"])
    review = GRADER.review(question, None, key=True)
    assert [gap["answer"] for gap in review["gaps"]] == ["Paris", "cat", "12 ± 0.5"]
    assert all("response" not in gap for gap in review["gaps"])


# Texts for translations.


def test_texts_name_each_translatable_text(question):
    texts = dict(GRADER.texts(question))
    assert texts["text"] == "{#1} {#2} {#3}"
    assert texts["gaps.0.answers.1.text"] == "Lyon"
    assert texts["gaps.0.answers.1.feedback"] == "Near"
    assert texts["gaps.1.answers.0.text"] == "cat"
    assert "gaps.2.answers.0.text" not in texts  # numbers are not translated
    assert texts["gaps.2.answers.0.feedback"] == "Right"


def test_with_texts_changes_texts_only(question):
    translated = GRADER.with_texts(
        question,
        {
            "text": "{#2} {#1} — {#3}",
            "gaps.0.answers.0.text": "París",
            "gaps.0.answers.0.feedback": "Sí",
            "gaps.1.answers.0.text": "gato",
            "gaps.2.answers.0.text": "13",  # not a text: ignored
            "gaps.0.answers.0.fraction": "0",  # not a text: ignored
        },
    )
    assert translated["text"] == "{#2} {#1} — {#3}"
    first = translated["gaps"][0]["answers"][0]
    assert (first["text"], first["feedback"], first["fraction"]) == ("París", "Sí", 1)
    assert first["id"] == question["gaps"][0]["answers"][0]["id"]
    assert translated["gaps"][2]["answers"][0]["text"] == "12"
    assert question["gaps"][0]["answers"][0]["text"] == "Paris"  # a copy
    # A translated text that drops a gap is not taken.
    dropped = GRADER.with_texts(question, {"text": "{#1} {#2}"})
    assert dropped["text"] == question["text"]
