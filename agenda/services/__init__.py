"""Writes of the agenda pillar, one module per feature (like models/, forms/
and views/). Views, the CMS's signal receivers, the scheduler and the demo
call these; each validates, writes in one transaction and mails on commit.

Who gets a seat is decided only here, under the event's lock: see `locking`.
`registrations` also holds the seat and waitlist reads its decisions count
with, so a page shows what a decision would see.
"""
