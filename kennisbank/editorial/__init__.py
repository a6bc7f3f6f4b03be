"""The editors' side of the kennisbank: who may write and who publishes, and
what the CMS tells them about a page before it goes live.

`workflow` gives the roles their rights and puts the Redactie workflow on
every page (after every migrate). `quality` checks a page (abbreviations,
link texts, B1 `readability`); `quality_panel` shows the findings in the
editor, `approval_notice` shows them again to the redacteur who approves.
`content_checker` extends Wagtail's accessibility checker in the preview.
"""
