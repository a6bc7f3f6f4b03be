"""allauth adapter: Dutch mails and our user model without usernames."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Hooks allauth calls; extended by the accounts package."""
