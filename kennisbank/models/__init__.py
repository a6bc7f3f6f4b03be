"""Models of the kennisbank pillar, one module per feature."""

from .glossary import GlossaryPage, Term
from .home import HomePage
from .suggestions import Suggestion

__all__ = ["GlossaryPage", "HomePage", "Suggestion", "Term"]
