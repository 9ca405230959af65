"""Every URL under /admin/, tried by every role, against the table in
tests/admin_urls/: a URL name missing from the table fails the test.

Expected answers: anonymous -> 302 to the sign-in page; signed in without
admin access (fellow, focal point) -> 403 (AdminAccessMiddleware); staff
without the permission for the kind -> Wagtail's refusal, a 302 to the
admin home; an object outside the person's scope -> 404, as for one that
does not exist.
"""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.admin_urls import ROLES, curriculum, evaluation, programme
from tests.admin_urls.world import build, client_for

ROWS = {**programme.ROWS, **curriculum.ROWS, **evaluation.ROWS}

# Tried with a client of its own: it ends the session.
SIGNS_OUT = {"wagtailadmin_logout"}

NUMBER = re.compile(r"^(pk|id|.*_id|.*_pk)$")


def admin_patterns():
    """(name, kwarg names) of every URL pattern under /admin/."""
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = (
                        f"{namespace}:{pattern.namespace}"
                        if namespace
                        else pattern.namespace
                    )
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                path = prefix + str(pattern.pattern)
                if not path.startswith("admin/"):
                    continue
                if pattern.name:
                    name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                else:
                    name = f"<unnamed {path}>"
                found.append((name, tuple(pattern.pattern.regex.groupindex)))

    walk(get_resolver().url_patterns, "", None)
    return found


def _value(w, row, obj_key, name):
    if name in row.kwargs:
        value = row.kwargs[name]
        if value == "PAGE":
            return w.page_in.pk
        if value == "INSTRUMENT":
            return w.instrument.pk
        return value(w) if callable(value) else value
    obj = getattr(w, obj_key)
    if NUMBER.match(name) or name in ("page_id", "parent_page_id"):
        return obj.pk
    if name in ("app_label", "content_type_app_name", "app_name"):
        return obj._meta.app_label
    if name in ("model_name", "content_type_model_name"):
        return obj._meta.model_name
    raise AssertionError(f"No value for {name}")


def url_for(w, name, kwarg_names, row, obj_key):
    if name.startswith("<unnamed "):
        path = name.removeprefix("<unnamed ").removesuffix(">")
        return "/" + re.sub(r"<[^>]+>", "1", path).replace("^", "").replace("$", "")
    kwargs = {n: _value(w, row, obj_key, n) for n in kwarg_names}
    return reverse(name, kwargs=kwargs)


def test_admin_urls_every_name_is_in_the_table():
    names = {name for name, _kwargs in admin_patterns()}
    missing = sorted(names - set(ROWS))
    assert not missing, "Admin URL names missing from tests/admin_urls/: " + ", ".join(
        missing
    )
    assert not set(programme.ROWS) & set(curriculum.ROWS)


@pytest.mark.django_db
def test_admin_urls_answer_each_role_as_the_table_says(settings):
    w = build()
    seen = {}
    mismatches = []
    for name, kwarg_names in admin_patterns():
        row = ROWS.get(name)
        if row is None:
            continue  # named by the test above
        key = (name, kwarg_names)
        if key in seen:
            continue
        seen[key] = True
        cases = [(False, row.obj)]
        if row.out_obj:
            cases.append((True, row.out_obj))
        for out, obj_key in cases:
            try:
                url = url_for(w, name, kwarg_names, row, obj_key)
            except Exception as error:  # noqa: BLE001 - reported with the rest
                mismatches.append(f"{name}: cannot build URL ({error!r})")
                continue
            got = {}
            for role in ROLES:
                if name in SIGNS_OUT:
                    client = client_for(w, role, _client, fresh=True)
                else:
                    client = client_for(w, role, _client)
                got[role] = client.get(url).status_code
            expected = row.statuses(out=out)
            if got != expected:
                diff = {
                    r: (expected[r], got[r]) for r in ROLES if expected[r] != got[r]
                }
                mismatches.append(f"{name} {url}: expected/got {diff}")
    assert not mismatches, "\n".join(mismatches)


def _client():
    # A view that fails answers 500 in the table rather than stopping it.
    return Client(raise_request_exception=False)
