"""Writes of the community pillar, one module per feature (like models/ and
views/). Views, signal receivers and commands call these; each validates,
writes in one transaction and mails on commit. Next to a write stand only
the rules it checks (who may change an action, which moderation steps a
moderator may take); lists and searches are queryset methods in models/."""
