"""Every write to questions, answers, votes and comments goes through these functions."""

from .asking import AnswerError, answer_post, question_ask, refuse_closed_thread
from .comments import CommentError, comment_delete, comment_post, may_delete_comment
from .editing import (
    AcceptError,
    EditError,
    answer_accept,
    answer_acceptance_withdraw,
    answer_delete,
    answer_edit,
    may_accept,
    may_delete_post,
    may_edit_post,
    may_see_history,
    post_history,
    question_delete,
    question_edit,
)
from .voting import VoteError, VoteOutcome, post_kind, vote_cast

__all__ = [
    "AcceptError",
    "AnswerError",
    "CommentError",
    "EditError",
    "VoteError",
    "VoteOutcome",
    "answer_accept",
    "answer_acceptance_withdraw",
    "answer_delete",
    "answer_edit",
    "answer_post",
    "comment_delete",
    "comment_post",
    "may_accept",
    "may_delete_comment",
    "may_delete_post",
    "may_edit_post",
    "may_see_history",
    "post_history",
    "post_kind",
    "question_ask",
    "question_delete",
    "question_edit",
    "refuse_closed_thread",
    "vote_cast",
]
