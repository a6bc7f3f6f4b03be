"""Reactions to allauth's signals; filled by the verification work."""
