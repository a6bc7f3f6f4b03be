"""Guessing passwords is throttled per account and per address.

allauth counts in the default cache (the database or Redis), so the limits
hold across worker processes.
"""

import pytest

pytestmark = pytest.mark.django_db

TOO_MANY = "Te veel inlogpogingen"


def log_in(client, email, password):
    return client.post("/account/login/", {"login": email, "password": password})


def test_wrong_passwords_lock_the_account_even_for_the_right_one(client, visitor, password):
    for _attempt in range(5):
        response = log_in(client, visitor.email, "geraden-wachtwoord")
        assert TOO_MANY not in response.content.decode()

    response = log_in(client, visitor.email, password)

    assert response.status_code == 200
    assert TOO_MANY in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_account(client, visitor, professional, password):
    for _attempt in range(5):
        log_in(client, visitor.email, "geraden-wachtwoord")

    log_in(client, professional.email, password)

    assert client.session["_auth_user_id"] == str(professional.pk)


def test_a_flood_of_logins_from_one_address_gets_429(client):
    statuses = [log_in(client, f"iemand{n}@example.nl", "x").status_code for n in range(31)]

    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429


def test_the_counters_live_in_the_shared_cache_not_in_process_memory(client, visitor, settings):
    """Every worker process must see the same counters: they are rows in the
    database cache table, or keys in Redis when REDIS_URL is set."""
    for _attempt in range(3):
        log_in(client, visitor.email, "geraden-wachtwoord")

    backend = settings.CACHES["default"]["BACKEND"]
    if settings.REDIS_URL:
        import redis

        assert backend.endswith("RedisCache")
        keys = redis.Redis.from_url(settings.REDIS_URL).keys("*allauth:rl:*")
        assert keys, "no rate-limit counter in Redis"
    else:
        from django.db import connection

        assert backend.endswith("DatabaseCache")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT COUNT(*) FROM cache_table WHERE cache_key LIKE %s", ["%allauth:rl:%"]
            )
            assert cursor.fetchone()[0] > 0, "no rate-limit counter in the cache table"


def test_a_flood_of_sign_ups_from_one_address_gets_429(client):
    password = "Lang-genoeg-2026"
    statuses = [
        client.post(
            "/account/signup/",
            {"first_name": "Sam", "last_name": "de Vries", "email": f"nieuw{n}@example.nl",
             "password1": password, "password2": password},
        ).status_code
        for n in range(21)
    ]

    assert statuses[:20] == [302] * 20
    assert statuses[20] == 429
