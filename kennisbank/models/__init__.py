"""Models of the kennisbank pillar, one module per section."""

from .glossary import GlossaryPage, Term, TermRelatedPage
from .home import HomePage
from .knowledge import KnowledgeArticlePage, KnowledgeIndexPage
from .learning import GoodPracticePage, LearningEnvironmentPage, ResourcePage, Sector
from .news import NewsIndexPage, NewsItemPage
from .parents import ParentsIndexPage, ParentTopicPage
from .social_map import Level, SocialMapEntryPage, SocialMapPage, TargetGroup
from .suggestions import Suggestion

__all__ = [
    "GlossaryPage", "GoodPracticePage", "HomePage", "KnowledgeArticlePage",
    "KnowledgeIndexPage", "LearningEnvironmentPage", "Level", "NewsIndexPage", "NewsItemPage",
    "ParentTopicPage", "ParentsIndexPage", "ResourcePage", "Sector", "SocialMapEntryPage",
    "SocialMapPage", "Suggestion", "TargetGroup", "Term", "TermRelatedPage",
]
