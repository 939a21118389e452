"""The first-run welcome on a new installation."""
