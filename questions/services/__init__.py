"""Every write to questions, answers, votes and comments goes through these functions."""

from .asking import answer_post, question_ask

__all__ = ["answer_post", "question_ask"]
