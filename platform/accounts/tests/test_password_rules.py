"""Password rules answer in Dutch, also the minimum length."""

import pytest
from django.contrib.auth.password_validation import password_validators_help_texts
from django.utils import translation

SHORT = "kort1"


@pytest.mark.django_db
def test_signup_with_a_short_password_says_so_in_dutch(client):
    response = client.post(
        "/account/signup/",
        {"first_name": "Sam", "last_name": "de Vries", "email": "nieuw@example.nl",
         "password1": SHORT, "password2": SHORT},
    )
    assert response.status_code == 200
    assert "Dit wachtwoord is te kort. Gebruik minstens 10 tekens." in response.content.decode()
    assert "too short" not in response.content.decode()
    # What was typed is kept.
    assert 'value="nieuw@example.nl"' in response.content.decode()


@pytest.mark.django_db
def test_help_text_is_dutch():
    with translation.override("nl"):
        assert "Uw wachtwoord heeft minstens 10 tekens." in password_validators_help_texts()
