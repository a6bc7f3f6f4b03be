"""Views of the agenda pillar."""
