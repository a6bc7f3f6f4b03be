"""Steps the browser tests share."""


def log_in(page, user, password):
    """Log a user in through the login form, as a person would."""
    page.goto("/account/login/")
    page.get_by_label("E-mailadres").fill(user.email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    assert "/account/login/" not in page.url, "login failed"
