"""Use cases that combine the domain with storage; no widgets."""
