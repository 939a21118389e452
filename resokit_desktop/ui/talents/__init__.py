"""The Talentenkaart tab: the card sort, its presentation mode and the organisation's cards."""
