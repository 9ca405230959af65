"""The Content-Security-Policy header: on every page, a fresh nonce each
request, no inline script or handler in the templates, and the admin's own
exceptions kept to the admin."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from courses.services import enrolment_create
from tests.factories import activate_totp
from tests.factories_courses import CatalogPageFactory, course_with_lessons

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
# Rendered to PDF by WeasyPrint, never served to a browser.
# Rendered to PDF by WeasyPrint only, never sent to a browser.
NOT_SERVED = {
    TEMPLATES / "certificates" / "pdf" / "certificate.html",
    TEMPLATES / "evaluation" / "pdf" / "report.html",
}
NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
HANDLER = re.compile(r"<[a-zA-Z][^>]*?\son[a-z]+\s*=", re.DOTALL)


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_strict_scripts(directives):
    assert "'self'" in directives["script-src"]
    assert any(NONCE.fullmatch(value) for value in directives["script-src"])
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]


@pytest.fixture
def lesson(site, fellow):
    course, lessons = course_with_lessons(
        catalog=CatalogPageFactory(parent=site.root_page.specific),
        modules=1,
        lessons=1,
    )
    enrolment_create(user=fellow, course=course)
    return lessons[0]


@pytest.mark.django_db
def test_policy_public_page_is_strict(client, site, settings):
    response = client.get("/en/")

    assert response.status_code == 200
    directives = policy(response)
    assert_strict_scripts(directives)
    assert directives["default-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["frame-src"] == ["'self'", *settings.CSP_FRAME_ORIGINS]
    assert "upgrade-insecure-requests" not in directives


@pytest.mark.django_db
def test_policy_fellow_page_nonce_is_fresh_and_on_the_scripts(client, fellow, lesson):
    client.force_login(fellow)

    first = client.get(lesson.url)
    second = client.get(lesson.url)

    assert first.status_code == second.status_code == 200
    nonces = []
    for response in (first, second):
        directives = policy(response)
        assert_strict_scripts(directives)
        (nonce,) = NONCE.findall(" ".join(directives["script-src"]))
        tags = SCRIPT_TAG.findall(response.content.decode())
        executable = [tag for tag in tags if "application/json" not in tag]
        assert executable
        assert all(f'nonce="{nonce}"' in tag for tag in executable)
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


@pytest.mark.django_db
def test_policy_my_learning_is_strict(client, fellow, site):
    client.force_login(fellow)

    response = client.get(reverse("my_learning"))

    assert response.status_code == 200
    assert_strict_scripts(policy(response))


@pytest.mark.django_db
def test_policy_admin_allows_inline_only_for_scripts_and_styles(
    client, site_admin, site
):
    activate_totp(site_admin)
    client.force_login(site_admin)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]


def test_policy_media_and_h5p_origins_come_from_the_environment():
    code = (
        "from fellowship.settings import base;"
        "d = base.CONTENT_SECURITY_POLICY['DIRECTIVES'];"
        "print(d['img-src']); print(d['media-src']); print(d['script-src'][2:]);"
        "print(d['connect-src'])"
    )
    environment = {
        **os.environ,
        "AWS_STORAGE_BUCKET_NAME": "fellowship-media",
        "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
        "H5P_CONTENT_ORIGIN": "https://h5p.example.org/",
    }

    result = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )

    img, media, script, connect = result.stdout.splitlines()
    assert "https://media.example.org" in img and "https://h5p.example.org" in img
    assert "https://media.example.org" in media
    assert script == "['https://h5p.example.org']"
    assert "https://h5p.example.org" in connect


def test_policy_production_upgrades_insecure_requests():
    code = (
        "from fellowship.settings import production as p;"
        "print(p.CONTENT_SECURITY_POLICY['DIRECTIVES']['upgrade-insecure-requests'])"
    )
    environment = {
        **os.environ,
        "SECRET_KEY": "k" * 60,
        # A fixed test seed: production refuses to start without one.
        "CREDENTIAL_SIGNING_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    }
    environment.pop("CSP_UPGRADE_INSECURE_REQUESTS", None)

    result = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )

    assert result.stdout.strip() == "True"


def _served_templates():
    return sorted(path for path in TEMPLATES.rglob("*.html") if path not in NOT_SERVED)


def test_templates_have_no_inline_script_without_nonce():
    offenders = []
    for path in _served_templates():
        for attributes in SCRIPT_TAG.findall(path.read_text(encoding="utf-8")):
            if "application/json" in attributes:
                continue
            if 'nonce="{{ request.csp_nonce }}"' not in attributes:
                offenders.append(f"{path.relative_to(TEMPLATES)}: <script{attributes}>")
    assert offenders == []


def has_handler_or_javascript_url(text: str) -> bool:
    return bool(HANDLER.search(text)) or "javascript:" in text.lower()


def test_templates_scan_recognises_handlers_and_javascript_urls():
    assert has_handler_or_javascript_url('<button type="button" onclick="go()">')
    assert has_handler_or_javascript_url(
        '<select\n  name="x" onchange="this.form.submit()">'
    )
    assert has_handler_or_javascript_url('<a href="JavaScript:void(0)">')
    assert not has_handler_or_javascript_url('<p class="online">Done</p>')
    assert not has_handler_or_javascript_url('<input name="one" data-on="1">')


def test_templates_have_no_event_handlers_or_javascript_urls():
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in _served_templates()
        if has_handler_or_javascript_url(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_templates_have_no_inline_styles():
    offenders = []
    for path in _served_templates():
        text = path.read_text(encoding="utf-8")
        if re.search(r"\sstyle\s*=|<style\b", text, re.IGNORECASE):
            offenders.append(str(path.relative_to(TEMPLATES)))
    assert offenders == []


def test_static_scripts_need_no_eval_or_inline_code():
    forbidden = re.compile(
        r"\beval\(|new Function\(|javascript:|setAttribute\(\s*[\"']style|"
        r"setAttribute\(\s*[\"']on[a-z]+|\son[a-z]+\s*=\s*\\?[\"']"
    )
    scripts = sorted((TEMPLATES.parent / "static").rglob("*.js"))
    assert scripts
    offenders = [
        str(path.name)
        for path in scripts
        if forbidden.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
