"""The backends behind the one search service; see base.Backend."""
