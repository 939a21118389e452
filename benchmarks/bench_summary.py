"""Benchmark: how long a session summary takes, from the dossier file to PDF bytes.

The client has a 60-member web (two versions, so the change section is there too), 3 role plans
and 10 agreements. Target: under 0.5 s for a summary once the app runs (fpdf2 already imported).
The first summary of a run also pays for importing fpdf2 and reading the fonts; it is shown apart.
Baseline, measured in the same run: a one-line PDF with the same embedded fonts.

    .venv/bin/python benchmarks/bench_summary.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reports"))

RUNS = 7
TARGET_S = 0.5


def main() -> int:
    from rich_client import make_rich_client

    from resokit_desktop.domain.summary import SummaryCopy, SummaryOptions
    from resokit_desktop.rendering.web_render import ensure_application
    from resokit_desktop.services.summary_pipeline import build_pdf, prepare_summary
    from resokit_desktop.storage.connection import open_database

    ensure_application()
    folder = Path(tempfile.mkdtemp(prefix="resokit-bench-"))
    db = open_database(folder / "bench.resokit")
    client_id = make_rich_client(db, members=60, plans=3, agreements=10)
    options = SummaryOptions(copy=SummaryCopy.WORKER)

    started = time.perf_counter()
    first = build_pdf(prepare_summary(db, client_id, options), options)
    cold = time.perf_counter() - started

    gather, build, total, pages = [], [], [], 0
    for _ in range(RUNS):
        t0 = time.perf_counter()
        data = prepare_summary(db, client_id, options)
        t1 = time.perf_counter()
        content = build_pdf(data, options)
        t2 = time.perf_counter()
        gather.append(t1 - t0)
        build.append(t2 - t1)
        total.append(t2 - t0)
        pages = content.count(b"/Type /Page\n") or content.count(b"/Type /Page")
    baseline = _baseline()
    preview = _qt_preview(db, client_id, options, folder)
    db.conn.close()

    median = statistics.median(total)
    print(f"summary (60 members, 3 role plans, 10 agreements), {RUNS} runs after the first:")
    print(f"  read dossier + draw web (SVG): {statistics.median(gather) * 1000:7.1f} ms median")
    print(f"  build PDF with fpdf2:          {statistics.median(build) * 1000:7.1f} ms median")
    print(f"  total:                         {median * 1000:7.1f} ms median, "
          f"{max(total) * 1000:.1f} ms worst")
    print(f"  first summary of the run:      {cold * 1000:7.1f} ms (imports fpdf2, reads fonts)")
    print(f"  PDF: {len(first) / 1024:.0f} KiB, about {pages} pages")
    print(f"baseline, one-line PDF with the same fonts: {baseline * 1000:.1f} ms "
          f"-> summary = {median / baseline:.1f}x baseline")
    print(f"print preview (main thread): gather + draw + lay out + paint all pages through "
          f"Qt: {preview * 1000:.1f} ms median")
    verdict = "OK" if median < TARGET_S else "TOO SLOW"
    print(f"target < {TARGET_S * 1000:.0f} ms: {verdict}")
    return 0 if median < TARGET_S else 1


def _qt_preview(db, client_id: int, options, folder: Path) -> float:
    """What the preview dialog does on the main thread each time an option changes."""
    from PySide6.QtPrintSupport import QPrinter

    from resokit_desktop.reports.summary_document import summary_document
    from resokit_desktop.reports.texts import ReportTexts
    from resokit_desktop.services.summary_pipeline import prepare_summary
    from resokit_desktop.ui.printing.qt_print import apply_page_setup, paint_document

    times = []
    for run in range(RUNS):
        started = time.perf_counter()
        document = summary_document(prepare_summary(db, client_id, options), options,
                                    ReportTexts(options.lang))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"preview-{run}.pdf"))
        apply_page_setup(printer, document)
        paint_document(document, printer)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _baseline() -> float:
    from resokit_desktop.reports.blocks import Document, Paragraph
    from resokit_desktop.reports.pdf_render import render_pdf

    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        render_pdf(Document(title="Baseline", blocks=[Paragraph("é ë ç ’ €")]))
        times.append(time.perf_counter() - started)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
