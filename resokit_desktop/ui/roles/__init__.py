"""The Rollen tab: current roles, role plans with small steps, and the ways into them."""
