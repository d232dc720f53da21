"""Bulk CSV import of customers (with tags) and of historic orders."""
