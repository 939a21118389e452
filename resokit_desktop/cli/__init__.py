"""Command line: starting the app and the sub-commands (demo, export, summary, backup, check,
access-export)."""
