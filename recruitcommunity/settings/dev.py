from .base import *  # noqa: F403
from .base import env

# Serve static files straight from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = env.bool("DEBUG", default=False)
