import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_production_settings_pass_the_deploy_check():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "fellowship.settings.production",
        "SECRET_KEY": "k3J9v!x2Qp7#Lm4Zt8Rw1Yb6Nc0Hd5Fg-Ue2Sa9Vo3Ki7Pj1Xq4Tz8",
        "ALLOWED_HOSTS": "fellowship.example.org",
        "DATABASE_URL": "sqlite:///:memory:",
        "CREDENTIAL_SIGNING_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_a_missing_secret():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "fellowship.settings.production"}
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


# Keys: production refuses to start without them, the demo makes its own.

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "fellowship.settings.production",
    "SECRET_KEY": "k3J9v!x2Qp7#Lm4Zt8Rw1Yb6Nc0Hd5Fg-Ue2Sa9Vo3Ki7Pj1Xq4Tz8",
    "ALLOWED_HOSTS": "fellowship.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
}


def _clean_environment(**extra):
    """The environment without any key or storage variable, plus `extra`."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AWS_", "DJANGO_"))
        and name not in {"SECRET_KEY", "CREDENTIAL_SIGNING_KEY", "DEMO_SECRETS_FILE"}
    }
    env.update(extra)
    return env


def _python(code, env):
    return subprocess.run(  # noqa: S603 (our interpreter, our code)
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


SETUP = "import django; django.setup(); from django.conf import settings; "


def test_production_settings_refuse_a_missing_signing_key():
    result = _python(SETUP, _clean_environment(**PRODUCTION_ENV))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "Set CREDENTIAL_SIGNING_KEY" in result.stderr


def test_production_settings_refuse_a_malformed_signing_key():
    env = _clean_environment(**PRODUCTION_ENV, CREDENTIAL_SIGNING_KEY="not-a-key")
    result = _python(SETUP, env)
    assert result.returncode != 0
    assert "CREDENTIAL_SIGNING_KEY must be a 32-byte Ed25519 seed" in result.stderr


def test_signing_key_command_in_the_message_makes_a_valid_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fellowship.certificates.credentials.keys import seed_decode
    from fellowship.settings.keys import SIGNING_KEY_COMMAND

    code = SIGNING_KEY_COMMAND.split(" -c ", 1)[1].strip('"')
    result = _python(code, _clean_environment())
    assert result.returncode == 0, result.stderr
    printed = result.stdout.strip()
    key = Ed25519PrivateKey.from_private_bytes(seed_decode(printed))
    assert key.private_bytes_raw() == seed_decode(printed)
    again = _python(code, _clean_environment()).stdout.strip()
    assert again != printed


def test_base_settings_carry_no_secret_key_anyone_could_sign_with():
    code = "import fellowship.settings.base as b; print(repr(b.SECRET_KEY))"
    result = _python(code, _clean_environment())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "''"


def test_demo_settings_make_keys_once_and_keep_them(tmp_path):
    path = tmp_path / "var" / "secrets.json"
    env = _clean_environment(
        DJANGO_SETTINGS_MODULE="fellowship.settings.dev", DEMO_SECRETS_FILE=str(path)
    )
    code = SETUP + "print(settings.SECRET_KEY); print(settings.CREDENTIAL_SIGNING_KEY)"
    first = _python(code, env)
    assert first.returncode == 0, first.stderr
    assert path.stat().st_mode & 0o777 == 0o600
    secret_key, signing_key = first.stdout.split()
    assert len(secret_key) >= 50
    assert not secret_key.startswith("insecure")
    second = _python(code, env)
    assert second.stdout.split() == [secret_key, signing_key]
    # Another installation gets other keys.
    other = _python(code, {**env, "DEMO_SECRETS_FILE": str(tmp_path / "other.json")})
    assert other.stdout.split()[0] != secret_key
    assert other.stdout.split()[1] != signing_key


def test_demo_signing_key_is_not_derived_from_the_secret_key(tmp_path):
    import base64
    import hashlib

    from fellowship.certificates.credentials.keys import seed_decode
    from fellowship.settings.keys import demo_keys

    keys = demo_keys(tmp_path / "secrets.json")
    seed = seed_decode(keys["CREDENTIAL_SIGNING_KEY"])
    assert (
        seed
        != hashlib.sha256(
            b"fellowship-demo-credential-key:" + keys["SECRET_KEY"].encode()
        ).digest()
    )
    assert base64.b64encode(seed).decode() != keys["SECRET_KEY"]


def test_demo_keys_file_is_created_once_with_mode_0600(tmp_path):
    from fellowship.settings.keys import demo_keys

    path = tmp_path / "var" / "secrets.json"
    first = demo_keys(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert set(first) == {"SECRET_KEY", "CREDENTIAL_SIGNING_KEY"}
    modified = path.stat().st_mtime_ns
    assert demo_keys(path) == first
    assert path.stat().st_mtime_ns == modified
    assert [p.name for p in path.parent.iterdir()] == ["secrets.json"]


# Private files on S3: signed URLs that expire within minutes.


def test_s3_private_storage_signs_short_lived_urls():
    env = _clean_environment(
        **PRODUCTION_ENV,
        CREDENTIAL_SIGNING_KEY="AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        AWS_STORAGE_BUCKET_NAME="fellowship-media",
        AWS_PRIVATE_BUCKET_NAME="fellowship-private",
        AWS_S3_REGION_NAME="eu-west-1",
        AWS_ACCESS_KEY_ID="AKIAEXAMPLE",
        AWS_SECRET_ACCESS_KEY="example-secret",  # noqa: S106
    )
    code = SETUP + (
        "from fellowship.storage import private_signed_url, private_storage; "
        "from django.core.files.storage import default_storage; "
        "print(private_signed_url('certificates/x.pdf', filename='c.pdf', "
        "content_type='application/pdf')); "
        "print(private_storage.default_acl); "
        "print(default_storage.bucket_name)"
    )
    result = _python(code, env)
    assert result.returncode == 0, result.stderr
    url, acl, public_bucket = result.stdout.split()
    assert url.startswith("https://fellowship-private.s3")
    assert "/certificates/x.pdf?" in url
    assert "X-Amz-Expires=120" in url
    assert "X-Amz-Signature=" in url
    assert "response-content-disposition=attachment" in url
    assert acl == "private"
    assert public_bucket == "fellowship-media"
