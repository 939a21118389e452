"""Child process of bench_search: the client list's own costs on one caseload, as JSON.

Runs whichever ``resokit_desktop`` is on PYTHONPATH (so an older checkout can be measured in the
same run as a baseline): the list at start, "status filter -> Alle", the model's reload per
typed character ("M" ... "Marie"), the key press as the search field handles it, the next page,
and a header click on each column.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORD = "Marie"


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> None:
    path, repeat = sys.argv[1], int(sys.argv[2])
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from resokit_desktop.storage.connection import open_database
    from resokit_desktop.ui.dossiers.client_list_panel import ClientListPanel
    from resokit_desktop.ui.dossiers.client_table_model import ClientTableModel

    app = QApplication(sys.argv[:1])
    db = open_database(path)
    ClientTableModel(db)  # warm the page cache
    out: dict[str, list[float]] = {k: [] for k in (
        "start", "all", "active", "keystroke", "key_event", "next_page",
        "sort_name_desc", "sort_neighbourhood", "sort_status", "sort_next_appointment")}
    per_prefix: dict[str, list[float]] = {WORD[:n]: [] for n in range(1, len(WORD) + 1)}
    for _ in range(repeat):
        start = time.perf_counter()
        model = ClientTableModel(db)  # the list as the main window opens it (status Actief)
        out["start"].append(_ms(start))
        start = time.perf_counter()
        model.set_status_filter("all")
        out["all"].append(_ms(start))
        start = time.perf_counter()
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        out["next_page"].append(_ms(start))
        for column, key in ((0, "sort_name_desc"), (1, "sort_neighbourhood"),
                            (2, "sort_status"), (3, "sort_next_appointment")):
            order = Qt.SortOrder.DescendingOrder if column == 0 else Qt.SortOrder.AscendingOrder
            start = time.perf_counter()
            model.sort(column, order)
            out[key].append(_ms(start))
        model.sort(0, Qt.SortOrder.AscendingOrder)
        start = time.perf_counter()
        model.set_status_filter("active")
        out["active"].append(_ms(start))
        for prefix in per_prefix:  # the model's reload per typed character
            start = time.perf_counter()
            model.set_search(prefix)
            elapsed = _ms(start)
            per_prefix[prefix].append(elapsed)
            out["keystroke"].append(elapsed)
        model.set_search("")
    # The key press as the search field handles it (a debounced search returns at once).
    panel = ClientListPanel(db)
    panel.resize(400, 700)
    panel.show()
    app.processEvents()
    for _ in range(repeat):
        for letter in WORD:
            start = time.perf_counter()
            QTest.keyClick(panel.search_field, letter)
            out["key_event"].append(_ms(start))
        QTest.qWait(300)  # the pause after typing: the debounced search runs
        panel.search_field.clear()
        QTest.qWait(300)
    summary = {k: {"median": statistics.median(v), "worst": max(v), "n": len(v)}
               for k, v in out.items() if v}
    summary["per_prefix"] = {k: statistics.median(v) for k, v in per_prefix.items()}
    print(json.dumps(summary))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
