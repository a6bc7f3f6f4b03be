"""demo.content.load: editors' YAML and Markdown files become plain items,
in file-name order; a broken file stops the seed with its name."""

import pytest

from demo.content import load


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_yaml_mapping_is_one_item(tmp_path):
    path = write(tmp_path, "groep.yaml", "naam: Leesgroep\nleden: 12\nthema's: [taal, lezen]\n")

    assert load(path) == [{"naam": "Leesgroep", "leden": 12, "thema's": ["taal", "lezen"]}]


def test_a_yaml_list_is_several_items(tmp_path):
    path = write(tmp_path, "begrippen.yml", "- term: VVE\n- term: IKC\n")

    assert load(path) == [{"term": "VVE"}, {"term": "IKC"}]


def test_an_empty_file_holds_no_items(tmp_path):
    assert load(write(tmp_path, "leeg.yaml", "# nog niets\n")) == []


def test_markdown_front_matter_becomes_the_item_and_the_text_its_body(tmp_path):
    path = write(tmp_path, "nieuws.md", (
        "---\ntitel: Nieuwe voorleesochtend\ndatum: 2026-03-04\n---\n\n"
        "Elke woensdag lezen vrijwilligers voor.\n\n- in het Turks\n- in het Arabisch\n\n"
    ))

    [item] = load(path)

    assert item["titel"] == "Nieuwe voorleesochtend"
    assert str(item["datum"]) == "2026-03-04"
    assert item["body"] == (
        "Elke woensdag lezen vrijwilligers voor.\n\n- in het Turks\n- in het Arabisch")


def test_a_folder_is_read_in_file_name_order_and_other_files_are_left_alone(tmp_path):
    write(tmp_path, "20-tweede.md", "---\ntitel: Tweede\n---\nTekst")
    write(tmp_path, "10-eerste.yaml", "- titel: Eerste\n- titel: Eerste b\n")
    write(tmp_path, "30-derde.yml", "titel: Derde\n")
    write(tmp_path, "05-notities.txt", "titel: geen inhoud\n")

    titles = [item["titel"] for item in load(tmp_path)]

    assert titles == ["Eerste", "Eerste b", "Tweede", "Derde"]


@pytest.mark.parametrize(("name", "text", "problem"), [
    ("los.yaml", "alleen een zin\n", "expected a mapping or a list of mappings"),
    ("zonder.md", "Titel\n\nTekst zonder kop.\n", "starts with '---' front matter"),
    ("open.md", "---\ntitel: Open\nTekst zonder sluitstreep.\n", "no closing '---' line"),
])
def test_a_broken_file_is_refused_with_its_name_and_what_is_wrong(tmp_path, name, text, problem):
    path = write(tmp_path, name, text)

    with pytest.raises(ValueError, match=problem) as refused:
        load(path)

    assert str(path) in str(refused.value)


def test_required_fields_are_checked_per_item_with_the_file_name(tmp_path):
    path = write(tmp_path, "groepen.yaml", "- naam: Leesgroep\n  slug: leesgroep\n- naam: Taal\n")

    assert load(path, required=["naam"])[1] == {"naam": "Taal"}
    with pytest.raises(ValueError, match=r"groepen\.yaml: item 2 has no slug"):
        load(path, required=["naam", "slug"])


def test_with_required_fields_a_list_of_loose_values_is_refused(tmp_path):
    path = write(tmp_path, "losse.yaml", "- Leesgroep\n- Taalgroep\n")

    with pytest.raises(ValueError, match=r"losse\.yaml: item 1 is not a mapping"):
        load(path, required=["naam"])
