"""Pause Python's cycle collector around work that makes many short-lived,
acyclic objects.

Reading a cohort of thousands makes tens of thousands of small objects (rows,
cells) that live until the page is rendered. Collections triggered while they
are alive move them towards the oldest generation, and enough of them there
trigger a full collection of the whole process (Django and Wagtail keep
hundreds of thousands of objects): a long pause in whichever request triggers
it. With the collector paused they are never moved; the caller lets them go
when it is done (the dashboard view: `dashboard_release`), and anything
cyclic made meanwhile is collected after the pause, as usual.
"""

import contextlib
import gc


@contextlib.contextmanager
def cycle_collector_paused():
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
