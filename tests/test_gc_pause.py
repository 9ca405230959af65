"""The cycle collector pause: always undone, and never undoes another's."""

import gc

import pytest

from fellowship.gc_pause import cycle_collector_paused


def test_the_collector_runs_again_after_the_work_even_when_it_fails():
    assert gc.isenabled()
    with pytest.raises(ValueError), cycle_collector_paused():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_outer_one_in_place():
    with cycle_collector_paused():
        with cycle_collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
