"""Run slow work (building a PDF) off the main thread; results come back on the main thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_running: set[_Job] = set()


class _Relay(QObject):
    """Lives on the main thread, so queued signals deliver the callbacks there."""

    def __init__(self, on_done: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.job: _Job | None = None

    @Slot(object)
    def deliver(self, result: object) -> None:
        _running.discard(self.job)
        self._on_done(result)

    @Slot(object)
    def fail(self, error: object) -> None:
        _running.discard(self.job)
        self._on_failed(error)  # type: ignore[arg-type]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.relay = relay
        self.signals = _Signals()
        self.signals.done.connect(relay.deliver)
        self.signals.failed.connect(relay.fail)
        relay.job = self

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the caller
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None]) -> None:
    """Call ``work()`` in Qt's thread pool; ``on_done``/``on_failed`` run on the main thread.

    ``work`` must not touch widgets or the dossier connection (both belong to the main thread).
    """
    job = _Job(work, _Relay(on_done, on_failed))
    _running.add(job)
    QThreadPool.globalInstance().start(job)


def busy() -> bool:
    return bool(_running)
