"""The collector helpers: paused() always restores the state it found, even on errors."""

import gc

import pytest

from recruit import gc_tuning


def test_paused_disables_and_restores():
    assert gc.isenabled()
    with gc_tuning.paused():
        assert not gc.isenabled()
        with gc_tuning.paused():  # nested: the outer block stays paused
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_restores_after_an_error_and_keeps_a_disabled_collector_disabled():
    with pytest.raises(RuntimeError), gc_tuning.paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_tuning.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_settle_long_lived_freezes_what_exists():
    try:
        gc_tuning.settle_long_lived()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
