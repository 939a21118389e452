"""The Buurtkaart tab: a client's places on an offline map, built on the canvas kit."""
