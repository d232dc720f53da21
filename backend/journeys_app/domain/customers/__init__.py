"""Customers: profiles, identities (with resolution and merge), consumption fields from orders."""
