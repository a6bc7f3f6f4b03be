"""Community models, one module per feature, re-exported here."""

from .posts import Comment, Participation, Post, Section
from .profiles import FieldVisibility, Profile

__all__ = ["Comment", "FieldVisibility", "Participation", "Post", "Profile", "Section"]
