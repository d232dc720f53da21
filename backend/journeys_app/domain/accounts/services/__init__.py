"""Business rules of the accounts area, one module per concern."""
