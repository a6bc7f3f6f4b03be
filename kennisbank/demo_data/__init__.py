"""Demo content of the kennisbank as plain data; `kennisbank.demo` turns it into pages.

Every text is written for this project, in Dutch; pages for parents at
language level B1 (short sentences, common words, "u"). Schools, people and
organisations are invented; place names are Zoetermeer's.

A page body is a list of (block type, value) pairs, the blocks of
`kennisbank.blocks.BODY_BLOCKS`:

    ("text", "<p>HTML with p, ul/ol/li, b, i and a href only</p>")
    ("heading", {"text": "...", "level": "h2"})          # or "h3"
    ("quote", {"text": "...", "source": "..."})
    ("questions", {"title": "...", "items": [{"question": "...", "answer": "<p>...</p>"}]})
    ("steps", {"title": "...", "steps": [{"title": "...", "explanation": "<p>...</p>"}]})
    ("contact_card", {"name": "...", "role": "...", "organisation": "...", "phone": "...",
                      "email": "...", "website": "...", "opening_hours": "..."})
    ("table", {"caption": "...", "header": ["...", "..."], "rows": [["...", "..."]]})

Thema names come from `taxonomy.demo.THEMAS`, wijk names from
`taxonomy.demo.WIJKEN`.
"""
