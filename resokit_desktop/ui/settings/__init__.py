"""The settings dialog and its pages (organisation, worker, logo)."""
