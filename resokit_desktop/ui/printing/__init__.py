"""Printing and PDF export: the summary print preview, save-as-PDF, and the smaller printables."""
