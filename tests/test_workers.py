"""The ordered map over worker processes that crawl and replay use for parsing and extraction."""

from __future__ import annotations

import os

from monitor.errors import ParseError
from monitor.workers import PARALLEL_AFTER, ordered_map

PARENT = os.getpid()


def square_where(n: int) -> tuple[int, int]:
    """n squared and the process that computed it."""
    return n * n, os.getpid()


def refuses_seven(n: int) -> int:
    """A parse error for 7, like a page whose layout changed."""
    if n == 7:
        raise ParseError(f"item {n}: layout changed")
    return n


def dies_on_odd_in_a_worker(n: int) -> int:
    """A worker that crashes hard on odd items; fine in the parent."""
    if n % 2 and os.getpid() != PARENT:
        os._exit(1)
    return -n


def test_results_come_back_in_input_order_and_large_batches_use_other_processes():
    items = list(range(200))
    out = list(ordered_map(square_where, items, workers=2))
    assert [item for item, _ in out] == items
    assert [value for _, (value, _) in out] == [n * n for n in items]
    pids = {pid for _, (_, pid) in out}
    assert {pid for _, (_, pid) in out[:PARALLEL_AFTER]} == {PARENT}  # the first few here
    assert pids - {PARENT}, "a batch this large is spread over worker processes"


def test_a_small_batch_stays_in_this_process():
    out = list(ordered_map(square_where, range(PARALLEL_AFTER), workers=2))
    assert {pid for _, (_, pid) in out} == {PARENT}


def test_a_monitor_error_is_yielded_as_that_item_result_in_and_out_of_workers():
    for count in (10, 100):
        out = dict(ordered_map(refuses_seven, range(count), workers=2))
        assert isinstance(out[7], ParseError) and str(out[7]) == "item 7: layout changed"
        assert [out[n] for n in range(count) if n != 7] == [n for n in range(count) if n != 7]


def test_a_dying_worker_loses_no_item():
    out = list(ordered_map(dies_on_odd_in_a_worker, range(100), workers=2))
    assert out == [(n, -n) for n in range(100)]


def test_items_are_consumed_lazily():
    seen = []

    def items():
        for n in range(1000):
            seen.append(n)
            yield n

    results = ordered_map(square_where, items(), workers=2)
    for _ in range(100):
        next(results)
    assert len(seen) < 200, "only a window ahead of what was taken is read"
    results.close()
