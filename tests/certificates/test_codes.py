import pytest

from fellowship.certificates.codes import (
    ALPHABET,
    CODE_LENGTH,
    code_display,
    code_generate,
    code_normalise,
)


def test_code_generate_carries_160_random_bits_in_crockford_base32():
    codes = {code_generate() for _ in range(200)}
    assert len(codes) == 200
    assert CODE_LENGTH == 32 and CODE_LENGTH * 5 >= 128
    for code in codes:
        assert len(code) == CODE_LENGTH
        assert set(code) <= set(ALPHABET)
        assert not set(code) & set("ILOU")


def test_code_display_groups_by_four():
    code = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    assert code_display(code) == "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"


@pytest.mark.parametrize(
    "typed",
    [
        "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ",
        "0123456789abcdefghjkmnpqrstvwxyz",
        " 0123 4567 89ab cdef ghjk mnpq rstv wxyz ",
        "o123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ",  # O typed for zero
    ],
)
def test_code_normalise_accepts_case_spaces_and_dashes(typed):
    assert code_normalise(typed) == "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def test_code_normalise_reads_i_and_l_as_one():
    assert code_normalise("I" + "L" + "0" * 30) == "11" + "0" * 30


@pytest.mark.parametrize(
    "typed",
    ["", "ABCD", "0" * 31, "0" * 33, "U" * 32, "<script>", "0" * 200, None],
)
def test_code_normalise_refuses_what_cannot_be_a_code(typed):
    assert code_normalise(typed) is None


@pytest.mark.django_db
def test_demo_seed_makes_the_default_templates_once():
    from fellowship.certificates.demo import seed
    from fellowship.certificates.models import CertificateTemplate

    seed(log=lambda *_: None, credentials=[])
    seed(log=lambda *_: None, credentials=[])
    templates = CertificateTemplate.objects.filter(is_default=True)
    assert sorted(templates.values_list("kind", flat=True)) == ["course", "programme"]
    for template in templates:
        assert template.texts.count() == 6
