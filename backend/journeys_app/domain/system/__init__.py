"""System area: health of the database, Redis and workers; worker heartbeats and pings."""
