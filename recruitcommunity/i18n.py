from django.utils.translation import get_language


def interface_language_code():
    """The two-letter code of the language the interface is shown in right now."""
    return (get_language() or "en").split("-")[0]
