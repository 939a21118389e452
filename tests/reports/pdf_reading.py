"""Read a PDF's text back the way the summary tests compare it (white space folded)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pdf_pages(content: bytes) -> list[str]:
    """The text of each page, with runs of white space folded to one space."""
    reader = PdfReader(io.BytesIO(content))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def pdf_text(content: bytes) -> str:
    return " ".join(pdf_pages(content))


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
