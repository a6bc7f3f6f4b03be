import pytest
from accounts import roles

@pytest.mark.django_db
def test_probe(client, user_with_role):
    client.force_login(user_with_role(roles.REDACTEUR))
    response = client.get("/cms/", follow=True)
    print(response.redirect_chain)
    import re
    print(re.sub(r"\n\s*\n", "\n", response.content.decode()))
