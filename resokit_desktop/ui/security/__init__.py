"""Unlocking, locking, passphrases and restoring backups: the security part of the interface."""
