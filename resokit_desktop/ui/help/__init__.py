"""The in-app help: help window, F1 per screen, crib sheets and the team's reflection checklist."""
