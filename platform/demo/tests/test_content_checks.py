"""The content loader's checks for seeds: required fields name the file, and
plain text keeps the paragraphs an editor split with an empty line."""

import pytest

from demo.content import join_paragraphs, load


def test_an_item_without_a_required_field_names_its_file(tmp_path):
    (tmp_path / "posts.yaml").write_text("- title: Een\n  body: tekst\n- title: Twee\n")

    with pytest.raises(ValueError, match=r"posts\.yaml: item 2 has no body"):
        load(tmp_path, required=["title", "body"])


def test_required_fields_need_mappings_and_no_requirement_takes_any_list(tmp_path):
    (tmp_path / "wijken.yaml").write_text("- Meerzicht\n- Palenstein\n")

    assert load(tmp_path / "wijken.yaml") == ["Meerzicht", "Palenstein"]
    with pytest.raises(ValueError, match="item 1 is not a mapping"):
        load(tmp_path / "wijken.yaml", required=["name"])


def test_paragraphs_are_joined_lines_split_by_the_separator():
    text = "Eerste alinea,\n  over twee regels.\n\n  \nTweede <b>alinea</b>.\n"

    assert join_paragraphs(text) == "Eerste alinea, over twee regels.\n\nTweede <b>alinea</b>."
    assert join_paragraphs(text, "\n") == "Eerste alinea, over twee regels.\nTweede <b>alinea</b>."
    assert join_paragraphs("Eén regel") == "Eén regel"
