from django.core.management.base import BaseCommand

from events.tasks import send_event_reminders


class Command(BaseCommand):
    help = (
        "Email everyone going to an event that starts within 24 hours and has not been "
        "reminded yet. Safe to run often, and several at once: each person is reminded once."
    )

    def handle(self, *args, **options):
        # Runs here, in this process, whether or not a Celery broker is configured.
        sent = send_event_reminders()
        self.stdout.write(f"Sent {sent} event reminders.")
