"""Forms of the agenda pillar, one module per feature (like models/,
services/ and views/). They clean what people type; the services write.

Django ties help texts and errors to inputs itself (aria-describedby with
`<id>_helptext` and `<id>_error`, aria-invalid); the templates use those ids.
"""
