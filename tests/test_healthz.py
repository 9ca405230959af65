import os

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_reports_every_service(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] == "ok"
    assert body["checks"]["broker"] in {"ok", "eager"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"]["cache"].startswith("down")
    assert response.json()["checks"]["database"] == "ok"


def test_healthz_is_503_when_the_broker_is_down(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"]["broker"].startswith("down")


@pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL"),
    reason="needs a real broker (CELERY_BROKER_URL)",
)
def test_healthz_reaches_the_real_broker(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
    response = client.get(reverse("healthz"))
    assert response.json()["checks"]["broker"] == "ok"
