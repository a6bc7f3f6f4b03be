"""The shared form includes: error summary and labelled fields with their help and errors."""

from bs4 import BeautifulSoup
from django import forms
from django.template import engines

PAGE = engines["django"].from_string(
    '{% include "includes/form_errors.html" %}'
    "{% for field in form %}{% include 'includes/field.html' with field=field %}{% endfor %}"
)


class ExampleForm(forms.Form):
    """One field of each kind the include handles differently."""

    name = forms.CharField(label="Naam", help_text="Zoals collega's u kennen.")
    email = forms.EmailField(label="E-mailadres", required=False)
    wijk = forms.ChoiceField(
        label="Wijk", choices=[("meerzicht", "Meerzicht"), ("palenstein", "Palenstein")],
        widget=forms.RadioSelect,
    )
    agree = forms.BooleanField(label="Ik ga akkoord")
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        raise forms.ValidationError("Het formulier is niet compleet.")


def render(form):
    return BeautifulSoup(PAGE.render({"form": form}), "html.parser")


def test_valid_or_unbound_form_has_no_summary():
    soup = render(ExampleForm())

    assert soup.find(attrs={"role": "alert"}) is None


def test_summary_lists_every_error_linking_to_an_existing_element():
    soup = render(ExampleForm(data={"email": "geen-adres"}))
    summary = soup.find(attrs={"role": "alert"})

    assert summary.find("h2").get_text(strip=True) == "Er ging iets mis"
    assert summary["aria-labelledby"] == summary.find("h2")["id"]
    items = [li.get_text(" ", strip=True) for li in summary.find_all("li")]
    assert items[0] == "Het formulier is niet compleet."
    links = summary.find_all("a")
    assert len(links) == 4
    for link in links:
        assert soup.find(id=link["href"][1:]), link["href"]


def test_every_visible_field_has_a_label_or_legend():
    soup = render(ExampleForm())

    for field_id in ["id_name", "id_email", "id_agree"]:
        assert soup.find("label", attrs={"for": field_id}), field_id
    assert soup.find("fieldset").find("legend").get_text(strip=True) == "Wijk"
    assert "(niet verplicht)" in soup.find("label", attrs={"for": "id_email"}).get_text()


def test_help_text_and_error_are_linked_to_the_input():
    soup = render(ExampleForm(data={}))
    name = soup.find("input", id="id_name")

    described_by = name["aria-describedby"].split()
    assert described_by == ["id_name_helptext", "id_name_error"]
    assert soup.find(id="id_name_helptext").get_text(strip=True) == "Zoals collega's u kennen."
    assert "verplicht" in soup.find(id="id_name_error").get_text()
    assert name["aria-invalid"] == "true"


def test_group_of_choices_describes_its_error_on_the_fieldset():
    soup = render(ExampleForm(data={}))

    assert soup.find("fieldset")["aria-describedby"] == "id_wijk_error"
    assert soup.find(id="id_wijk_error")
