"""The inclusion web (inclusieweb): members, ties, versions, indicators and comparison."""
