"""Accounts: workspaces, users, memberships and roles, sessions, API keys, the audit log."""
