"""allauth's login is the only way in: no other route signs anyone in.

Every URL pattern of the project is walked; valid credentials are posted to
each, in every field name a login form might use, and `user_logged_in` (sent
by `django.contrib.auth.login`, whoever calls it) records which route signed
someone in. Routing a new login view anywhere makes these tests fail.
"""

import ast
import re
from pathlib import Path

import pytest
from django.contrib.auth import views as auth_views
from django.contrib.auth.signals import user_logged_in
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from tests.factories import PASSWORD, UserFactory, activate_totp

pytestmark = pytest.mark.django_db

# allauth's login and the stages that finish a sign-in it started.
ALLAUTH_SIGN_IN_VIEWS = {
    "account_login",
    "mfa_authenticate",
    "account_confirm_email",
}

SAMPLES = {
    "int": "1",
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


def _group_sample(group: str) -> str:
    if "live|" in group:
        return "live"
    if "\\d" in group or "0-9" in group:
        return "1"
    if group.endswith("/)*)"):
        return "x/"
    return "x"


def _regex_sample(regex: str) -> str:
    """A path that a URL regex of this project matches (enough for its shapes)."""
    out, i = [], 0
    regex = regex.lstrip("^").rstrip("$")
    while i < len(regex):
        char = regex[i]
        if char == "(":
            depth, j = 0, i
            while True:
                depth += {"(": 1, ")": -1}.get(regex[j], 0)
                if regex[j] == "\\":
                    j += 1
                elif depth == 0:
                    break
                j += 1
            group = regex[i : j + 1]
            optional = j + 1 < len(regex) and regex[j + 1] in "*?"
            i = j + 1 + (1 if optional else 0)
            if not optional:
                out.append(_group_sample(group))
            continue
        if char == "\\":
            out.append(regex[i + 1])
            i += 2
            continue
        if regex.startswith(".*", i):
            out.append("x")
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def _route_sample(route: str) -> str:
    return re.sub(
        r"<(?:(\w+):)?\w+>", lambda match: SAMPLES[match.group(1) or "str"], route
    )


def _sample(pattern) -> str:
    text = str(pattern)
    if text.startswith("^") or "(" in text:
        return _regex_sample(text)
    return _route_sample(text)


def every_route():
    """(sample path, pattern) for every URL pattern of the project."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + _sample(pattern.pattern))
            else:
                yield prefix + _sample(pattern.pattern), pattern

    yield from walk(get_resolver().url_patterns, "/")


def post_credentials_everywhere(email: str) -> tuple[set[str], int]:
    """POST the right password for `email` to every route, as a new visitor each time.

    Returns the routes (view names) where someone was signed in, and how many
    distinct paths were tried.
    """
    signed_in_at: set[str] = set()

    def record(sender, request, user, **kwargs):
        match = request.resolver_match
        signed_in_at.add(match.view_name if match else request.path)

    credentials = {
        "login": email,
        "email": email,
        "username": email,
        "password": PASSWORD,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "remember": "on",
    }
    paths = sorted({path for path, _pattern in every_route()})
    user_logged_in.connect(record)
    try:
        for path in paths:
            Client(raise_request_exception=False).post(path, credentials)
    finally:
        user_logged_in.disconnect(record)
    return signed_in_at, len(paths)


def test_every_route_sample_resolves():
    unresolved = []
    for path, _pattern in every_route():
        try:
            resolve(path)
        except Resolver404:
            unresolved.append(path)
    assert unresolved == []


def test_routes_no_django_login_or_reset_view_is_reachable():
    """Django's own login and reset-confirm views (Wagtail's among them) are shadowed."""
    sign_in_classes = (auth_views.LoginView, auth_views.PasswordResetConfirmView)
    reachable = []
    for path, pattern in every_route():
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class and issubclass(view_class, sign_in_classes):
            if resolve(path).func is pattern.callback:
                reachable.append((path, pattern.name))
    assert reachable == []


def test_routes_only_allauth_login_signs_in_a_password_only_account():
    fellow = UserFactory()
    signed_in_at, tried = post_credentials_everywhere(fellow.email)
    assert tried > 400
    # The harness works: allauth's login does sign this account in ...
    assert "account_login" in signed_in_at
    # ... and nothing else does.
    assert signed_in_at <= ALLAUTH_SIGN_IN_VIEWS


def test_routes_none_signs_in_a_totp_account_with_its_password_alone():
    manager = UserFactory()
    activate_totp(manager)
    signed_in_at, _tried = post_credentials_everywhere(manager.email)
    assert signed_in_at == set()


def test_routes_none_signs_in_an_unverified_account(settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    unverified = UserFactory(verified=False)
    signed_in_at, _tried = post_credentials_everywhere(unverified.email)
    assert signed_in_at == set()


def test_project_code_never_calls_login_itself():
    """No view of the project signs in by its own means (a token, a link...)."""
    root = Path(__file__).resolve().parents[2]
    sign_in_names = {"login", "perform_login", "login_user", "auth_login"}
    calls = []
    for folder in ("fellowship", "content", "courses"):
        for source in (root / folder).rglob("*.py"):
            tree = ast.parse(source.read_text(), filename=str(source))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    ("django.contrib.auth", "allauth")
                ):
                    names = {alias.name for alias in node.names}
                    if names & sign_in_names:
                        calls.append(f"{source.relative_to(root)}:{node.lineno}")
                if isinstance(node, ast.Attribute) and node.attr in sign_in_names:
                    if getattr(node.value, "id", "") in {"auth", "flows"}:
                        calls.append(f"{source.relative_to(root)}:{node.lineno}")
    assert calls == []
