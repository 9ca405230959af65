"""The UN M49 groupings shipped as data: sizes, overlaps and known members."""

from fellowship.accounts.regions import MEMBERS
from fellowship.cohorts.data.m49_groupings import (
    GROUPINGS,
    LDC,
    LLDC,
    SIDS,
    groupings_for,
)


def test_m49_groupings_have_the_sizes_the_docstring_states():
    assert len(LDC) == 44
    assert len(LLDC) == 32
    assert len(SIDS) == 38


def test_m49_groupings_hold_only_member_states_in_a_regional_group():
    member_states = set().union(*MEMBERS.values())
    for name, codes in GROUPINGS.items():
        assert codes <= member_states, (name, codes - member_states)
        assert all(len(code) == 2 and code.isupper() for code in codes)


def test_m49_groupings_place_known_countries():
    assert groupings_for("HT") == ["ldc", "sids"]
    assert groupings_for("NP") == ["ldc", "lldc"]
    assert groupings_for("KI") == ["ldc", "sids"]
    assert groupings_for("BO") == ["lldc"]
    assert groupings_for("JM") == ["sids"]
    assert groupings_for("GH") == []
    assert groupings_for("FR") == []


def test_m49_groupings_leave_out_graduated_countries():
    # Graduated from the LDC category: Botswana 1994, Cabo Verde 2007,
    # Maldives 2011, Samoa 2014, Equatorial Guinea 2017, Vanuatu 2020,
    # Bhutan 2023, Sao Tome and Principe 2024.
    assert not LDC & {"BW", "CV", "MV", "WS", "GQ", "VU", "BT", "ST"}
    # They keep their other groupings.
    assert {"BW", "BT"} <= LLDC
    assert {"CV", "MV", "WS", "VU", "ST"} <= SIDS
