"""The side-by-side benchmark installs the peer with our own Django and
Wagtail and sums its alternating rounds by requests, not by averaging rates."""

from importlib import metadata

from bench.benchmarks import peer
from bench.load import WrkResult


def _result(requests, seconds, p95, cpu):
    return WrkResult(
        requests=requests,
        duration_s=seconds,
        rps=requests / seconds,
        p50_ms=p95 / 2,
        p95_ms=p95,
        p99_ms=p95,
        max_ms=p95,
        status_errors=0,
        socket_errors=0,
        bytes=0,
        cpu_ms_per_request=cpu,
    )


def test_peer_is_pinned_with_our_django_and_wagtail():
    pins = peer._requirements()
    assert "wagtail-lms==0.11.1" in pins
    assert f"Django=={metadata.version('Django')}" in pins
    assert f"wagtail=={metadata.version('wagtail')}" in pins
    assert (peer.PROJECT / "build.py").exists()
    assert peer.PEER_PORT != peer.PORT


def test_rounds_are_summed_by_requests():
    rps, p95, cpu = peer._sum(
        [_result(100, 10, 50.0, 10.0), _result(300, 10, 80.0, 20.0)]
    )
    assert rps == 20.0  # 400 requests in 20 s, not the mean of 10 and 30
    assert p95 == 80.0  # the worst round
    assert cpu == 17.5  # weighted by requests
    _rps, _p95, unknown = peer._sum([_result(10, 1, 5.0, None)])
    assert unknown is None
