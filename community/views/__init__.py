"""Views of the community pillar, one module per feature."""
