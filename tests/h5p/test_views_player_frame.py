"""The sandboxed player frame's document, and media served by byte ranges."""

import pytest
from django.urls import reverse

from content.h5p.services import package_import
from tests.h5p import archives

pytestmark = pytest.mark.django_db

VIDEO = bytes(range(256)) * 40  # 10 240 bytes


def frame_url(package):
    return reverse("h5p:player_frame", kwargs={"content_hash": package.content_hash})


def test_frame_document_has_its_own_strict_policy(client, true_false):
    response = client.get(frame_url(true_false))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = dict(
        item.strip().split(" ", 1) for item in policy.split(";") if " " in item.strip()
    )
    assert directives["default-src"] == "'none'"
    script = directives["script-src"]
    assert script == "http://testserver/static/ http://testserver/h5p/libraries/"
    assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script
    assert directives["connect-src"] == "http://testserver/h5p/"
    assert directives["frame-ancestors"] == "http://testserver"
    # Opened on its own, outside the lesson's frame, it is still sandboxed.
    assert directives["sandbox"] == "allow-scripts"
    assert "allow-same-origin" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "X-Frame-Options" not in response


def test_frame_document_carries_paths_and_no_learner_data(client, true_false, fellow):
    client.force_login(fellow)
    response = client.get(frame_url(true_false))
    body = response.content.decode()
    assert f"/h5p/content/{true_false.content_hash}" in body
    assert "h5p-standalone/main.bundle.js" in body
    assert "csrfToken" not in body and "activityIri" not in body
    assert str(fellow.pk) not in body.split("h5p-frame-config")[1].split("/h5p/")[0]
    assert "sessionid" not in response.cookies


def test_frame_of_unknown_or_pending_package_is_not_found(client, h5p_instructor):
    assert client.get(reverse("h5p:player_frame", args=["0" * 64])).status_code == 404
    assert client.get("/h5p/play/not-a-hash/player.html").status_code == 404
    pending = package_import(
        file=archives.true_false_bytes(),
        filename="true-false.h5p",
        uploaded_by=h5p_instructor,
    ).package
    assert client.get(frame_url(pending)).status_code == 404


def test_frame_document_runs_a_fixed_number_of_queries(
    client, true_false, django_assert_num_queries
):
    with django_assert_num_queries(1):
        assert client.get(frame_url(true_false)).status_code == 200


def test_frame_only_post_is_refused(client, true_false):
    assert client.post(frame_url(true_false)).status_code == 405


# Range requests for audio and video --------------------------------------------


@pytest.fixture
def with_video(db):
    entries = archives.retitled("With a video")
    entries["content/videos/clip.mp4"] = VIDEO
    return package_import(
        file=archives.build_zip(entries), filename="video.h5p"
    ).package


def video_url(package):
    return reverse(
        "h5p:package_file",
        kwargs={
            "content_hash": package.content_hash,
            "path": "content/videos/clip.mp4",
        },
    )


def test_video_answers_a_range_request(client, with_video):
    response = client.get(video_url(with_video), headers={"Range": "bytes=100-199"})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 100-199/{len(VIDEO)}"
    assert response["Content-Length"] == "100"
    assert response["Accept-Ranges"] == "bytes"
    assert b"".join(response.streaming_content) == VIDEO[100:200]
    assert response["Content-Type"] == "video/mp4"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_video_open_ended_and_suffix_ranges(client, with_video):
    response = client.get(video_url(with_video), headers={"Range": "bytes=10000-"})
    assert b"".join(response.streaming_content) == VIDEO[10000:]
    response = client.get(video_url(with_video), headers={"Range": "bytes=-40"})
    assert (
        response["Content-Range"]
        == f"bytes {len(VIDEO) - 40}-{len(VIDEO) - 1}/{len(VIDEO)}"
    )
    assert b"".join(response.streaming_content) == VIDEO[-40:]


def test_video_without_range_is_served_whole(client, with_video):
    response = client.get(video_url(with_video))
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert b"".join(response.streaming_content) == VIDEO


@pytest.mark.parametrize(
    "header", ["bytes=20000-", "bytes=50-10", "bytes=-", "items=0-10", "bytes=0-1,5-6"]
)
def test_unsatisfiable_or_malformed_range_is_refused(client, with_video, header):
    response = client.get(video_url(with_video), headers={"Range": header})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(VIDEO)}"
