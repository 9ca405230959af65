"""The table of every admin URL and what each role gets from it.

`programme.py` (programme, certificates, users, groups and Wagtail's
built-ins) and `curriculum.py` (pages, assessments, H5P, references, images
and documents) each give ROWS: URL name -> Row. `tests/test_admin_urls.py`
combines them and fails for any URL name under /admin/ missing from both.
"""

from dataclasses import dataclass, field

# The columns of every expectation, in order.
ROLES = (
    "anonymous",
    "fellow",
    "focal_point",
    "instructor_off",
    "instructor_on",
    "manager_off",
    "manager_on",
    "site_admin",
)


@dataclass(frozen=True)
class Row:
    """One URL name: the object its arguments come from (a key of the world,
    or None) and the status per role, in ROLES order; for a scoped URL, the
    same for an object out of every non-admin's scope."""

    obj: str | None
    expect: str
    out_obj: str | None = None
    out_expect: str = ""
    kwargs: dict = field(default_factory=dict)

    def statuses(self, out: bool = False) -> dict[str, int]:
        values = (self.out_expect if out else self.expect).split()
        assert len(values) == len(ROLES), (self, values)
        return dict(zip(ROLES, (int(v) for v in values), strict=True))


def R(obj=None, expect="", out=None, out_expect="", **kwargs) -> Row:
    return Row(
        obj=obj, expect=expect, out_obj=out, out_expect=out_expect, kwargs=kwargs
    )


def REVISION(w):  # noqa: N802
    """The revision of the in-scope page (for the revision URLs)."""
    return w.revision_in.pk
