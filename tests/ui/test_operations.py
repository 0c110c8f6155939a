"""The operations layer: success and failure on the GUI thread, one report per kind of failure,
changes announced after every write; with the fake pool and with the real one."""

from __future__ import annotations

import logging
import os
import sys
import threading

import pytest
from fakes import FakeThreadPool, ScriptedDialogs

from secondop_desktop.core.errors import RefusedFile
from secondop_desktop.ui.dialogs import BUG_TEXT
from secondop_desktop.ui.operations import (
    BACKGROUND_NICENESS,
    BACKGROUND_SWITCH_INTERVAL,
    Cancelled,
    Changes,
    QueryOp,
    WriteOp,
)
from secondop_desktop.ui.services import Services


def _bug(_ctx):
    return 1 / 0


def test_a_bug_in_the_work_is_logged_and_shown_as_ours(services, dialogs, caplog):
    seen = []
    with caplog.at_level(logging.ERROR):
        QueryOp(services, None, _bug, seen.append).run_in_background()
    assert seen == []
    assert [m[:2] for m in dialogs.messages] == [("bug", BUG_TEXT)]
    assert "ZeroDivisionError" in dialogs.messages[0][2]  # what "Copy details" copies
    record = next(r for r in caplog.records if r.exc_info)
    assert record.exc_info[0] is ZeroDivisionError  # the traceback is in the log


def test_a_recognised_condition_shows_its_reason_and_is_not_logged(services, dialogs, caplog):
    def refuse(_ctx):
        raise RefusedFile("the file is empty")

    with caplog.at_level(logging.ERROR):
        QueryOp(services, None, refuse, title="Import").run_in_background()
    assert dialogs.messages == [("error", "Import", "the file is empty")]
    assert not [r for r in caplog.records if r.exc_info]


def test_a_cancel_is_quiet_and_a_failure_callback_replaces_the_dialog(services, dialogs):
    def cancelled(ctx):
        ctx.cancel()
        ctx.check_cancel()

    QueryOp(services, None, cancelled).run_in_background()
    failures: list[BaseException] = []
    QueryOp(services, None, _bug).failure(failures.append).run_in_background()
    assert dialogs.messages == []
    assert isinstance(failures[0], ZeroDivisionError)
    with pytest.raises(Cancelled):
        cancelled(QueryOp(services, None, _bug).task.ctx)


def test_a_write_announces_its_changes_after_success_and_after_failure(services):
    heard: list[tuple[Changes, object, list]] = []
    done: list[int] = []
    initiator = object()
    services.changes.operation_did_execute.connect(
        lambda changes, who: heard.append((changes, who, list(done))))
    WriteOp(services, None, lambda _ctx: 7, Changes(questions=True), done.append,
            initiator=initiator).run_in_background()
    assert heard == [(Changes(questions=True), initiator, [7])]  # after the success callback
    WriteOp(services, None, _bug, lambda _result: Changes(records=True)
            ).failure(lambda _e: None).run_in_background()
    assert heard[-1][0] == Changes(records=True)  # what was written before the bug is shown


def test_changes_combine_and_say_what_they_touch():
    both = Changes(records=True) | Changes(allergies=True)
    assert both.records and both.allergies and both.visit and not both.questions
    assert not Changes() and both
    bus_heard = []
    services = Services(dialogs=ScriptedDialogs(), pool=FakeThreadPool(),
                        view_pool=FakeThreadPool())
    services.changes.operation_did_execute.connect(lambda c, _w: bus_heard.append(c))
    services.changes.announce(Changes())  # nothing changed: nobody is disturbed
    assert bus_heard == []


def test_the_real_pool_runs_the_work_off_the_gui_thread(qtbot):
    """No fake: the work runs on a pool thread, its reports and result come back on this one."""
    services = Services(dialogs=ScriptedDialogs())
    threads: dict[str, threading.Thread] = {}
    progress: list[list[int]] = []
    results: list[int] = []

    def work(ctx) -> int:
        threads["work"] = threading.current_thread()
        for i in range(1, 201):
            ctx.progress_batched(i, 200, i)
        return 42

    def report(_done: int, _total: int, batch: list[int]) -> None:
        threads["report"] = threading.current_thread()
        progress.append(batch)

    op = QueryOp(services, None, work, results.append).with_progress(report)
    op.run_in_background()
    qtbot.waitUntil(lambda: op.task.done, timeout=10_000)
    assert results == [42]
    assert threads["work"] is not threading.main_thread()
    assert threads["report"] is threading.main_thread()
    assert [i for batch in progress for i in batch] == list(range(1, 201))  # none lost
    assert services.tasks.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own niceness")
def test_background_work_and_the_threads_it_starts_leave_the_cpu_to_the_window(qtbot):
    """An import's workers on two cores starved the window's thread (and Qt's painting helpers)
    for tens of milliseconds: background threads are nicer than the GUI thread."""
    services = Services(dialogs=ScriptedDialogs())
    niceness: dict[str, int] = {}

    def nice_of_this_thread() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def work(_ctx) -> None:
        niceness["work"] = nice_of_this_thread()
        started = threading.Thread(target=lambda: niceness.update(started=nice_of_this_thread()))
        started.start()
        started.join()

    op = QueryOp(services, None, work)
    op.run_in_background()
    qtbot.waitUntil(lambda: op.task.done, timeout=10_000)
    window = nice_of_this_thread()
    assert niceness["work"] >= BACKGROUND_NICENESS > window
    assert niceness["started"] == niceness["work"]  # an import's own workers too
    assert services.tasks.wait()


def test_background_work_hands_pythons_lock_to_the_window_often(qtbot):
    """The window's thread waits for Python's lock at each call into Python while it paints:
    with background work running, another thread gets it within 1 ms, not Python's 5."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default
    try:
        services = Services(dialogs=ScriptedDialogs())
        op = QueryOp(services, None, lambda _ctx: sys.getswitchinterval())
        seen: list[float] = []
        op.success(seen.append).run_in_background()
        qtbot.waitUntil(lambda: op.task.done, timeout=10_000)
        assert seen and seen[0] <= BACKGROUND_SWITCH_INTERVAL < 0.005
        assert services.tasks.wait()
    finally:
        sys.setswitchinterval(before)


def test_the_real_pool_reports_a_bug_on_the_gui_thread(qtbot, caplog):
    dialogs = ScriptedDialogs()
    services = Services(dialogs=dialogs)
    with caplog.at_level(logging.ERROR):
        op = QueryOp(services, None, _bug)
        op.run_in_background()
        qtbot.waitUntil(lambda: op.task.done, timeout=10_000)
    assert [m[0] for m in dialogs.messages] == ["bug"]
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
