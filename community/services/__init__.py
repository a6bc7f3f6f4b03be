"""Writes of the community pillar, one module per feature (like models/ and
views/). Views, signal receivers and commands call these; each validates,
writes in one transaction and mails on commit. Some modules also hold the
reads their feature's pages share."""
