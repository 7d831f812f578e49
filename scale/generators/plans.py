"""How much data each scale generates. Votes, comments, follows and notifications follow
from these (and from the skewed distributions) and are reported after the run."""

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Plan:
    name: str
    members: int
    groups: int
    memberships: int
    questions: int
    answers: int
    question_votes: int
    answer_votes: int
    question_comments: int
    answer_comments: int
    events: int
    rsvps: int
    # Questions with 50 or more answers (the thread pages the benchmark reads).
    hot_questions: int
    # bench-member-1@example.test … with home country DE (odd) and PL (even).
    bench_members: int
    years: int = 5

    def scaled(self, **counts):
        return replace(self, **counts)


SCALES = {
    "tiny": Plan(
        name="tiny",
        members=90,
        groups=14,
        memberships=260,
        questions=160,
        answers=330,
        question_votes=160,
        answer_votes=330,
        question_comments=50,
        answer_comments=80,
        events=14,
        rsvps=140,
        hot_questions=1,
        bench_members=4,
    ),
    "small": Plan(
        name="small",
        members=2_000,
        groups=200,
        memberships=6_000,
        questions=10_000,
        answers=20_000,
        question_votes=10_000,
        answer_votes=20_000,
        question_comments=3_000,
        answer_comments=5_000,
        events=200,
        rsvps=3_000,
        hot_questions=6,
        bench_members=10,
    ),
    "full": Plan(
        name="full",
        members=200_000,
        groups=20_000,
        memberships=600_000,
        questions=1_000_000,
        answers=2_000_000,
        question_votes=1_000_000,
        answer_votes=2_000_000,
        question_comments=300_000,
        answer_comments=500_000,
        events=20_000,
        rsvps=300_000,
        hot_questions=200,
        bench_members=10,
    ),
}

BENCH_EMAIL = "bench-member-{number}@example.test"
BENCH_USERNAME = "bench-member-{number}"
EMAIL_DOMAIN = "example.test"
# Every generated member signs in with this password (one hash, computed once per run).
PASSWORD = "scale-password-2026"
