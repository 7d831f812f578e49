from django.core.management.base import BaseCommand

from questions.models import Answer, Question
from questions.search import reindex_answers, reindex_questions


class Command(BaseCommand):
    help = "Rebuild the full-text search vectors of every question and answer, in batches."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size", type=int, default=500, help="Rows per UPDATE (default 500)."
        )

    def handle(self, *args, batch_size, **options):
        questions = reindex_questions(Question.objects.all(), batch_size=batch_size)
        answers = reindex_answers(Answer.objects.all(), batch_size=batch_size)
        self.stdout.write(f"Indexed {questions} questions and {answers} answers.")
