"""User interface: the main window shell, one folder per feature, small generic widgets."""
