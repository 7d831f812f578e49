from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """The place to shape allauth's flows for the community (kept thin on purpose)."""
