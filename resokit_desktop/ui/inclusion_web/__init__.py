"""The inclusieweb editor: canvas, side panels, versions, comparison and exports."""
