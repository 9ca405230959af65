"""Countries in special situations, by ISO 3166-1 alpha-2 code.

Source: United Nations Statistics Division, "Standard country or area codes
for statistical use (M49)", the columns "Least Developed Countries (LDC)",
"Land Locked Developing Countries (LLDC)" and "Small Island Developing States
(SIDS)" (https://unstats.un.org/unsd/methodology/m49/overview/).

What is here, and what is not:

- LDC: the 44 countries on the list after São Tomé and Príncipe graduated
  (13 December 2024) and before the graduations scheduled from November 2026
  (Bangladesh, the Lao People's Democratic Republic and Nepal; Solomon Islands
  in December 2027). Update the set, and its test, when a graduation takes
  effect in the M49 table.
- LLDC: all 32 landlocked developing countries.
- SIDS: the 38 United Nations Member States that M49 flags as small island
  developing States. The non-UN members and associate members of regional
  commissions that M49 also flags (Anguilla, Aruba, Cook Islands, Niue,
  Puerto Rico and others) are left out: the fellowship trains officials of
  Member States.

A country may be in more than one group (Haiti is an LDC and a SIDS; Nepal an
LDC and an LLDC).
"""

LDC: frozenset[str] = frozenset(
    # Africa (32)
    "AO BJ BF BI CF TD KM CD DJ ER ET GM GN GW LS LR MG MW ML MR MZ NE RW SN "
    "SL SO SS SD TG UG TZ ZM "
    # Asia (8)
    "AF BD KH LA MM NP TL YE "
    # Latin America and the Caribbean (1)
    "HT "
    # Oceania (3)
    "KI SB TV".split()
)

LLDC: frozenset[str] = frozenset(
    # Africa (16)
    "BW BF BI CF TD SZ ET LS MW ML NE RW SS UG ZM ZW "
    # Asia (10)
    "AF BT KZ KG LA MN NP TJ TM UZ "
    # Europe (4)
    "AM AZ MD MK "
    # Latin America (2)
    "BO PY".split()
)

SIDS: frozenset[str] = frozenset(
    # Caribbean (16)
    "AG BS BB BZ CU DM DO GD GY HT JM KN LC VC SR TT "
    # Pacific (13)
    "FJ KI MH FM NR PW PG WS SB TL TO TV VU "
    # Atlantic, Indian Ocean and South China Sea (9)
    "BH CV KM GW MV MU ST SC SG".split()
)

GROUPINGS: dict[str, frozenset[str]] = {"ldc": LDC, "lldc": LLDC, "sids": SIDS}


def groupings_for(country_code: str) -> list[str]:
    """The special-situation groups ("ldc", "lldc", "sids") a country is in."""
    return [name for name, members in GROUPINGS.items() if country_code in members]
