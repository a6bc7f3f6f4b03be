"""Demo content is content: readable files an editor can change, not Python.

Each pillar keeps its demo pages, posts and events under `<app>/content/`.
`load(path)` reads one file or every file in a folder (sorted by name, so a
number in front of a file name sets the order):

- `.yaml`: a mapping is one item, a list is several;
- `.md`: YAML front matter between `---` lines, then the text, which
  becomes the item's `body`.

Values come back as YAML gives them (strings, numbers, lists, mappings);
turning them into models is the seed's job. `load(path, required=[...])`
stops with the file's name when an item lacks one of those fields, so an
editor's typo is not a KeyError deep in a seed. `join_lines` undoes the line
breaks an editor typed to keep a long one-line text readable.
"""

import re
from pathlib import Path

import yaml

SUFFIXES = (".yaml", ".yml", ".md")


def load(path, *, required=()):
    """The items in the file or folder at `path`, in file-name order."""
    path = Path(path)
    files = sorted(p for p in path.iterdir() if p.suffix in SUFFIXES) if path.is_dir() else [path]
    items = []
    for file in files:
        items.extend(_checked(file, _read(file), required))
    return items


def _checked(file, items, required):
    """The items, if each is a mapping with every `required` field."""
    for number, item in enumerate(items if required else [], start=1):
        if not isinstance(item, dict):
            raise ValueError(f"{file}: item {number} is not a mapping")
        missing = [field for field in required if field not in item]
        if missing:
            raise ValueError(f"{file}: item {number} has no {', '.join(missing)}")
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


def join_lines(value):
    """`value` with the line breaks of wrapped one-line texts taken out.

    A title, an intro or a piece of HTML is one line when stored, but in a
    file it reads better wrapped over several (a `|` block, one `<p>` or
    `<li>` a line). A line break between two tags (`</p>` and `<p>`) goes, any
    other becomes a space; indenting and empty lines go too. Mappings and
    lists are walked; other values come back as they are.
    """
    if isinstance(value, dict):
        return {key: join_lines(item) for key, item in value.items()}
    if isinstance(value, list):
        return [join_lines(item) for item in value]
    if not isinstance(value, str) or "\n" not in value:
        return value
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text += ("" if text.endswith(">") and line.startswith("<") else " ") + line
    return text


def join_paragraphs(text, separator="\n\n"):
    """A plain text whose paragraphs an editor split with an empty line.

    Each paragraph may be wrapped for reading and becomes one line (see
    `join_lines`); the paragraphs are joined by `separator`: an empty line
    for text that becomes `<p>`s, a single line break for text shown with
    its line breaks kept.
    """
    paragraphs = re.split(r"\n[ \t]*\n", text.strip())
    return separator.join(join_lines(paragraph) for paragraph in paragraphs if paragraph.strip())
