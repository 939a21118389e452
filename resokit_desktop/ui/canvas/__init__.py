"""A small canvas kit: a view handing gestures to interaction objects, and generic undo commands."""
