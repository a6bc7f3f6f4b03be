"""Demo content is content: readable files an editor can change, not Python.

Each pillar keeps its demo pages, posts and events under `<app>/content/`.
`load(path)` reads one file or every file in a folder (sorted by name, so a
number in front of a file name sets the order):

- `.yaml`: a mapping is one item, a list is several;
- `.md`: YAML front matter between `---` lines, then the text, which
  becomes the item's `body`.

Values come back as YAML gives them (strings, numbers, lists, mappings);
turning them into models is the seed's job.
"""

from pathlib import Path

import yaml

SUFFIXES = (".yaml", ".yml", ".md")


def load(path):
    """The items in the file or folder at `path`, in file-name order."""
    path = Path(path)
    files = sorted(p for p in path.iterdir() if p.suffix in SUFFIXES) if path.is_dir() else [path]
    items = []
    for file in files:
        items.extend(_read(file))
    return items


def _read(file):
    text = file.read_text(encoding="utf-8")
    if file.suffix == ".md":
        return [_front_matter_item(file, text)]
    data = yaml.safe_load(text)
    if data is None:
        return []
    if not isinstance(data, (list, dict)):
        raise ValueError(f"{file}: expected a mapping or a list of mappings")
    return data if isinstance(data, list) else [data]


def _front_matter_item(file, text):
    """`---` YAML `---` text: the mapping, with the text as `body`."""
    if not text.startswith("---\n"):
        raise ValueError(f"{file}: a Markdown content file starts with '---' front matter")
    matter, separator, body = text[4:].partition("\n---\n")
    if not separator:
        raise ValueError(f"{file}: the front matter has no closing '---' line")
    item = yaml.safe_load(matter) or {}
    item["body"] = body.strip("\n")
    return item
