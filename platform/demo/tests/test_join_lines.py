"""`demo.content.join_lines`: texts wrapped in a content file come back on one line."""

import yaml

from demo.content import join_lines

WRAPPED = """\
text: |
  <p>Hulp begint
  bij <b>mensen</b>
  <i>dichtbij</i>.</p>
  <ul>
    <li>Een</li>
  </ul>
"""


def test_a_line_break_between_two_tags_goes_and_any_other_becomes_a_space():
    text = join_lines(yaml.safe_load(WRAPPED)["text"])

    assert text == "<p>Hulp begint bij <b>mensen</b><i>dichtbij</i>.</p><ul><li>Een</li></ul>"


def test_plain_text_loses_its_empty_lines_and_indenting():
    assert join_lines("Een zin die\n\n   verder gaat.\n") == "Een zin die verder gaat."


def test_mappings_and_lists_are_walked_and_other_values_kept():
    value = {"body": [{"text": "a\nb"}], "level": 2, "date": None, "title": "Al kort"}

    assert join_lines(value) == {"body": [{"text": "a b"}], "level": 2, "date": None,
                                 "title": "Al kort"}
