"""Encryption, locking, backups, audit and the duties to the client."""
