"""Small generic widgets shared by several features (field messages, date fields)."""
