"""What a module's download asks the apps above courses to get ready.

A block whose page cannot be made on the device needs the server first: a
quiz without a time limit is answered offline in an attempt the download
opens for it (its questions are drawn by the server, with no keys). The
assessments app registers its preparer when it is ready::

    register_offline_preparer(quiz_attempts_prepare)

where ``quiz_attempts_prepare(*, user, lessons) -> list[str]`` receives the
module's lessons that the fellow may open now (in the module's language,
which is active) and returns the addresses the download must fetch too.
Courses imports none of the apps that register here.
"""

from __future__ import annotations

from collections.abc import Callable

Preparer = Callable[..., list[str]]

_preparers: list[Preparer] = []


def register_offline_preparer(preparer: Preparer) -> None:
    if preparer not in _preparers:
        _preparers.append(preparer)


def offline_prepare(*, user, lessons: list) -> list[str]:
    """Every registered preparer's addresses, in order, each once."""
    urls: list[str] = []
    for preparer in _preparers:
        for url in preparer(user=user, lessons=lessons):
            if url not in urls:
                urls.append(url)
    return urls
