"""Domain areas: one package per area (controllers, services, models, jobs)."""
