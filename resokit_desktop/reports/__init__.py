"""Printable documents: data in, PDF bytes out (fpdf2, imported only when a document is built)."""
