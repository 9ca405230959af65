"""The lesson page's work in instructions, which do not depend on the load.

Run by bench/instructions/run.sh under callgrind: 30 warm-up views of the
demo fellow's lesson, then N views inside functools.reduce, so that
`--toggle-collect=functools_reduce` counts only those. Prints the queries,
cache round trips and size of one view on stderr.
"""

import datetime
import functools
import os
import sys

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

import courses.services  # noqa: E402
from bench.inprocess import client  # noqa: E402
from bench.instructions.once import counted  # noqa: E402
from courses.models import LessonPage  # noqa: E402

# No write transaction during the run, however slow valgrind makes it.
courses.services.OPEN_INTERVAL = datetime.timedelta(days=1)
N = int(os.environ.get("N", "10"))
user = get_user_model().objects.get(email="fellow@example.org")
lesson = LessonPage.objects.live().get(
    locale__language_code="en", slug="marking-at-manufacture"
)
url = lesson.url
browser = client(user)
for _ in range(30):
    assert browser.get(url).status_code == 200

with counted() as calls:
    response = browser.get(url)
print(
    f"status {response.status_code}, queries {len(calls['queries'])}, "
    f"cache GET {calls['get']}, GET_MANY {calls['get_many']}, "
    f"{len(response.content)} bytes",
    file=sys.stderr,
)


def view(count, _):
    browser.get(url)
    return count + 1


functools.reduce(view, range(N), 0)
