"""Let newly verified professionals into the groups that invited them.

Someone invited before they had an account (or before they were verified)
lands in the group as soon as they are verified, when the invitation went to
one of their confirmed addresses. Imported from CommunityConfig.ready().
"""

from django.dispatch import receiver

from accounts.signals import professional_verified

from .services.groups import accept_invitations_for


@receiver(professional_verified, dispatch_uid="community.accept_open_invitations")
def accept_open_invitations(sender, user, **kwargs):
    accept_invitations_for(user)
