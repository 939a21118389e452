"""The one kind of failure a command reports: a single clear line and a non-zero exit."""


class CommandError(Exception):
    """Raised by a sub-command; main() prints its message as one line and exits with 1."""
