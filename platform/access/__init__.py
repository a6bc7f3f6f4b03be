"""The one access model.

Every piece of content has a visibility: public, professionals, group (one
group's members) or private (its owner). Closed and secret groups narrow
wider content to `group`. A user is turned into a set of access tokens
(`tokens.tokens_for`); content needs exactly one token (`access_token`);
the user sees the content when they hold that token. Roles give no extra
sight; inactive accounts hold what anonymous visitors hold.

How each part of the site uses it; nothing checks access its own way:

- Content models subclass `models.AccessControlled` (its manager has
  `visible_to(user)`). Lists: `Model.objects.visible_to(user)`. Detail
  pages: `views.get_visible_or_404(Model, user, pk=...)`: 404, never 403,
  so hidden things do not reveal that they exist.
- Files and attachments: serve them only after
  `views.require_visible(user, parent.access_token)`.
- Feeds (iCal, RSS): build them from `visible_to(user)` of the user the
  feed's personal link belongs to; anonymous feeds get public content only.
- Search: store `tokens.index_tokens(obj)` with each document and filter
  hits on `tokens_for(user)`; re-index an object when its visibility, group
  or owner changes, and a group's content when the group's visibility does.
- Websockets: a stream names the token it needs (`realtime.streams`), and
  each logged event carries its own (`realtime.events.emit`); the consumer
  checks both against tokens read afresh from the database.
- After joining or leaving a group, verification or a role change, call
  `tokens.forget_tokens(user)`: tokens are cached on the user object.
"""
