"""The glossary's logic (the Begrippen): the terms loaded once per request
(`current`), and explaining or finding abbreviations in text (`abbreviations`).

The Term model and the glossary page live in models/glossary.py; the template
filters in templatetags/abbreviations.py, where Django looks for them.
"""
