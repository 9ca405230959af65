"""The xAPI statements endpoint's work in instructions, beside the baseline.

Run by bench/instructions/run.sh under callgrind, once per MODE:

- MODE=statement: a signed-in, enrolled fellow POSTs one statement (an
  interaction with a part of a real H5P block, a fresh id each time) to
  /xapi/statements, as the player does for every click;
- MODE=baseline: the same JSON body POSTed to the baseline view, with no
  session (as the wrk baseline of `python -m bench`).

30 warm-up requests, then N counted inside functools.reduce, so that
`--toggle-collect=functools_reduce` counts only those. Prints the queries
and cache round trips of one request on stderr.
"""

import functools
import json
import os
import sys
import uuid

import django

django.setup()


from bench.data import site_prepare  # noqa: E402
from bench.inprocess import client  # noqa: E402
from bench.instructions.once import counted  # noqa: E402

N = int(os.environ.get("N", "10"))
MODE = os.environ.get("MODE", "statement")
# The baseline's body names an activity too, so that both parse the same JSON.
ACTIVITY = (
    site_prepare(fellows=1).activity_iri
    if MODE == "statement"
    else "http://127.0.0.1:8000/xapi/activities/1/00000000-0000-4000-8000-000000000000"
)


def statement() -> str:
    return json.dumps(
        [
            {
                "id": str(uuid.uuid4()),
                "verb": {"id": "http://adlnet.gov/expapi/verbs/interacted"},
                "object": {
                    "objectType": "Activity",
                    "id": f"{ACTIVITY}?subContentId={uuid.uuid4()}",
                },
            }
        ]
    )


if MODE == "statement":
    from fellowship.accounts.models import User

    browser = client(User.objects.get(email="fellow.0@bench.example.org"))
    url = "/xapi/statements"
else:
    browser = client()
    url = "/bench/baseline/"


def post():
    return browser.post(url, data=statement(), content_type="application/json")


for _ in range(30):
    assert post().status_code == 200

with counted() as calls:
    response = post()
print(
    f"status {MODE} {response.status_code}, queries {len(calls['queries'])}, "
    f"cache GET {calls['get']}, GET_MANY {calls['get_many']}",
    file=sys.stderr,
)
if os.environ.get("SHOW_QUERIES"):
    for query in calls["queries"]:
        print("  ", query[:300], file=sys.stderr)


def request(count, _):
    post()
    return count + 1


functools.reduce(request, range(N), 0)
