from django.utils import translation


class MemberInterfaceLanguageMiddleware:
    """A signed-in member sees the interface language saved on their profile, on every
    device; LocaleMiddleware (cookie, then Accept-Language) decides for everyone else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.interface_language:
            translation.activate(user.interface_language)
            request.LANGUAGE_CODE = user.interface_language
        return self.get_response(request)
