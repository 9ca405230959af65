import pytest
from django.db import IntegrityError

from content.models import GlossaryTerm
from content.services import reference_resolve
from tests.factories_courses import (
    InstrumentFactory,
    MosaicModuleFactory,
    ProvisionFactory,
)

pytestmark = pytest.mark.django_db


def test_provision_citation_uses_the_instrument_abbreviation():
    provision = ProvisionFactory(
        instrument=InstrumentFactory(key="ITX", abbreviation="ITX"),
        reference="para. 8(a)",
        title="Marking",
    )
    assert provision.citation == "ITX, para. 8(a)"
    assert str(provision) == "ITX, para. 8(a) — Marking"


def test_provision_keys_are_unique():
    ProvisionFactory(key="K-1")
    with pytest.raises(IntegrityError):
        ProvisionFactory(key="K-1")


def test_glossary_term_has_at_most_one_source():
    with pytest.raises(IntegrityError):
        GlossaryTerm.objects.create(
            term="Both",
            definition="Two sources.",
            source_provision=ProvisionFactory(),
            source_mosaic_module=MosaicModuleFactory(),
        )


def test_reference_resolve_reads_both_kinds_of_keys():
    provision = ProvisionFactory(key="ITX-7")
    module = MosaicModuleFactory(number="05.31")
    assert reference_resolve(key="ITX-7") == (provision, None)
    assert reference_resolve(key="MOSAIC:05.31") == (None, module)
    assert reference_resolve(key="") == (None, None)
    assert reference_resolve(key="MOSAIC:00.00") == (None, None)
