"""The Celery app. It reads every ``CELERY_*`` Django setting and finds ``tasks.py`` in the
installed apps.

Without ``CELERY_BROKER_URL`` tasks run inline, in the process that queues them (how
``make run`` and the tests work, with nothing else to start). With a broker, start a worker
and, for the daily digest, the beat scheduler::

    CELERY_BROKER_URL=redis://127.0.0.1:6379/0 celery -A recruitcommunity worker -l info
    CELERY_BROKER_URL=redis://127.0.0.1:6379/0 celery -A recruitcommunity beat -l info

The schedule is ``CELERY_BEAT_SCHEDULE`` in the settings.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruitcommunity.settings.dev")

app = Celery("recruitcommunity")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
