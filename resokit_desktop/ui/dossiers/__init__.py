"""The client list and the client's overview (identity, status, consent) in the dossier."""
