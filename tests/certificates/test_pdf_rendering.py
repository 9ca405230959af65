"""The PDF: the holder's name as written, in any script; nothing fetched."""

import io
import unicodedata
from collections import Counter

import pytest
from pypdf import PdfReader

from fellowship.certificates import services
from fellowship.certificates.codes import code_display
from fellowship.certificates.models import Certificate
from fellowship.certificates.pdf import AllowListFetcher, PdfAssets

pytestmark = pytest.mark.django_db

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082"
)


def pdf_text(content: bytes) -> str:
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    # Shaped Arabic comes out as presentation forms; compare letters.
    return unicodedata.normalize("NFKC", text)


def squeeze(text: str) -> str:
    return "".join(text.split())


def issued_to(make_fellow, course, completed, **fellow):
    holder = make_fellow(**fellow)
    completed(holder, course)
    return Certificate.objects.get(holder=holder)


@pytest.mark.parametrize(
    ("full_name", "language"),
    [
        ("Amina Diallo", "en"),
        ("Лейла Иванова", "ru"),
        ("王小明", "zh-hans"),
        ("محمد عبد الله", "ar"),
    ],
)
def test_pdf_text_holds_the_holders_name_and_the_code(
    make_fellow, course, completed, full_name, language
):
    certificate = issued_to(
        make_fellow, course, completed, full_name=full_name, language=language
    )
    rendered = services.certificate_pdf_build(certificate=certificate)
    text = pdf_text(rendered.content)

    assert code_display(certificate.code) in text
    name = unicodedata.normalize("NFKC", full_name)
    if language == "ar":
        # Shaped right-to-left text comes out of a PDF in glyph order (the
        # lam-alef ligature moves): every letter of the name on one line.
        letters = Counter(squeeze(name))
        assert any(letters <= Counter(squeeze(line)) for line in text.splitlines())
    else:
        assert squeeze(name) in squeeze(text), text
    assert rendered.requested_urls == []


@pytest.mark.parametrize(
    "hostile_name",
    [
        "<img src=http://169.254.169.254/>",
        "file:///etc/passwd",
        '<link rel="stylesheet" href="file:///etc/passwd">',
        "<style>@import url(http://169.254.169.254/);</style>",
    ],
)
def test_hostile_names_are_printed_not_fetched(
    make_fellow, course, completed, hostile_name
):
    certificate = issued_to(make_fellow, course, completed, full_name=hostile_name)
    rendered = services.certificate_pdf_build(certificate=certificate)

    for url in rendered.requested_urls:
        assert "169.254.169.254" not in url and "etc/passwd" not in url
    assert rendered.requested_urls == []
    assert squeeze(hostile_name) in squeeze(pdf_text(rendered.content))


def test_the_fetcher_serves_only_its_allow_list():
    assets = PdfAssets()
    logo = assets.add(PNG_1X1, "image/png")
    fetcher = AllowListFetcher(assets.assets)

    response = fetcher.fetch(logo)
    assert response.read() == PNG_1X1
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "data:image/png;base64,AAAA",
        logo + "A",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert fetcher.requested[0] == logo and len(fetcher.requested) == 5


def test_template_logo_signatories_and_text_come_from_the_admin(
    make_fellow, course, completed
):
    from django.core.files.images import ImageFile
    from wagtail.images.models import Image

    from fellowship.certificates.models import (
        CertificateSignatory,
        CertificateTemplate,
        CertificateTemplateText,
    )

    logo = Image.objects.create(
        title="Logo", file=ImageFile(io.BytesIO(PNG_1X1), name="logo.png")
    )
    template = CertificateTemplate.objects.create(
        name="Course", kind="course", is_default=True, issuer_name="UNODA", logo=logo
    )
    CertificateTemplateText.objects.create(
        template=template,
        language="fr",
        title="Attestation de réussite",
        body="a suivi avec succès le cours en ligne",
    )
    CertificateSignatory.objects.create(
        template=template, name="Izumi Nakamitsu", title="High Representative"
    )
    certificate = issued_to(
        make_fellow, course, completed, full_name="Jean Dupont", language="fr"
    )

    rendered = services.certificate_pdf_build(certificate=certificate)
    text = pdf_text(rendered.content)

    assert "Attestation de réussite" in text
    assert "a suivi avec succès le cours en ligne" in text
    assert "Izumi Nakamitsu" in text and "High Representative" in text
    assert "UNODA" in text and certificate.credential["issuer"]["name"] == "UNODA"
    # Django's own French: the month of issue in the holder's language.
    from django.utils import formats, translation

    with translation.override("fr"):
        month = formats.date_format(certificate.issued_at, "F")
    assert month in text
    # The logo was served from the allow list, and nothing else was asked for.
    assert len(rendered.requested_urls) == 1
    assert rendered.requested_urls[0].startswith("data:image/png;base64,")
