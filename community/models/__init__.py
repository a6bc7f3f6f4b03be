"""Community models, one module per feature, re-exported here."""

from .actions import Action
from .groups import Invitation, JoinRequest
from .moderation import ModerationLog, Report
from .posts import Attachment, Comment, Follow, Participation, Post, Reaction, ReactionKind, Section
from .profiles import FieldVisibility, Profile

__all__ = ["Action", "Attachment", "Comment", "FieldVisibility", "Follow", "Invitation",
           "JoinRequest", "ModerationLog", "Participation", "Post", "Profile", "Reaction",
           "ReactionKind", "Report", "Section"]
