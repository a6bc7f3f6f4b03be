"""Forms of the community pillar, one module per feature (like models/,
services/ and views/).

Django ties help texts and errors to inputs itself (aria-describedby with
`<id>_helptext` and `<id>_error`, aria-invalid); the templates use those ids.
"""
