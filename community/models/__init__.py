"""Community models, one module per feature, re-exported here."""

from .profiles import FieldVisibility, Profile

__all__ = ["FieldVisibility", "Profile"]
