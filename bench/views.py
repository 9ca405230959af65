"""The baseline: a fixed page from the same server, with no database work.

Its HTML is about the size of the lesson page (BENCH_BASELINE_BYTES, measured
by the harness before the server starts), so the ratio of a page to the
baseline is the cost of the page's own work, not of moving bytes.
"""

import functools
import os

from django.http import HttpResponse, JsonResponse

PARAGRAPH = (
    "<p>Marking at manufacture gives every small arm a unique marking: the "
    "name of the manufacturer, the country of manufacture and a serial "
    "number, on an essential or structural component of the weapon.</p>\n"
)


@functools.cache
def baseline_html() -> bytes:
    size = int(os.environ.get("BENCH_BASELINE_BYTES", "20000"))
    head = (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        "<title>Baseline</title></head><body><main>\n"
    )
    tail = "</main></body></html>\n"
    body = PARAGRAPH * max(1, (size - len(head) - len(tail)) // len(PARAGRAPH))
    return (head + body + tail).encode()


def baseline(request):
    """GET: the fixed page. POST (CSRF-checked): a fixed JSON list, as the
    statements endpoint answers."""
    if request.method == "POST":
        return JsonResponse(["00000000-0000-4000-8000-000000000000"], safe=False)
    return HttpResponse(baseline_html(), content_type="text/html; charset=utf-8")
