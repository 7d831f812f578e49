"""Full-text search over questions and answers, in every language the community writes.

Each post is indexed twice, in one ``tsvector``:

* with the text-search configuration of its language (``english`` stems "salaries" to
  ``salari``), or ``simple`` for languages PostgreSQL has no stemmer for (Polish, Hebrew,
  Estonian…);
* with ``simple`` over the *accent-folded* text ("Łódź" → ``lodz``), so that a search typed
  without diacritics finds the post. Folding happens here in Python: the databases we run on
  (including the embedded one for tests) have no ``unaccent`` extension.

A search is turned into a ``tsquery`` built only from lexemes we produce ourselves; user text
never reaches ``to_tsquery`` unescaped. For each word of the search we ask PostgreSQL once
for its stems in every stemming configuration, then match any of those stems, or a prefix
of the folded word (``wynagrodzen:*``), which finds inflected forms in languages without a
stemmer. Words that are stop words in any of those languages are left out.
"""

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import django_filters
from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, connections
from django.db.models import F, FloatField, OuterRef, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Greatest
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from recruitcommunity.filters import CountryFilter, LanguageFilter

from .models import Answer, Question, Topic

# ISO 639-1 code → PostgreSQL text-search configuration (all shipped with core PostgreSQL).
# Every other language is indexed with ``simple``: lowercased words, no stemming.
STEMMING_CONFIGS = {
    "da": "danish",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nb": "norwegian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}
SIMPLE = "simple"

# Bounds on what one search costs, whatever is typed.
MAX_QUERY_LENGTH = 300
MAX_TERMS = 10
MAX_TERM_LENGTH = 40
# Long bodies are cut before ts_headline reads them: the snippet comes from the beginning.
MAX_HEADLINE_DOCUMENT = 5000
SIMILAR_MIN_WORDS = 3
SIMILAR_LIMIT = 5
# The similar questions are the closest among this many candidates (see _candidate_sql).
SIMILAR_CANDIDATES = 500

# Letters that Unicode does not decompose into a base letter plus a combining mark.
_UNDECOMPOSABLE = {
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
    "ŧ": "t",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
}
# Private-use characters mark highlights in ts_headline's output; they and angle brackets
# (which ts_headline would take for HTML tags and drop) never reach it from a document.
_START, _STOP, _FRAGMENT = "\ue000", "\ue001", "\ue002"
_NOT_FOR_HEADLINE = {_START, _STOP, _FRAGMENT, "<", ">"}


def config_for(language_code):
    """The text-search configuration posts in that language are indexed with."""
    return STEMMING_CONFIGS.get(language_code, SIMPLE)


@lru_cache(maxsize=8192)
def _fold_char(char):
    folded = []
    for part in unicodedata.normalize("NFKD", char.lower()):
        if unicodedata.combining(part):
            continue
        folded.append(_UNDECOMPOSABLE.get(part, part))
    return "".join(folded)


def fold(text):
    """Lowercase text without diacritics: "Łódź" → "lodz", "Kündigung" → "kundigung".
    Other scripts keep their letters (Hebrew loses only its vowel points)."""
    return "".join(_fold_char(char) for char in text)


def _fold_with_positions(text):
    """The folded text, and for each of its characters the index of the original one."""
    folded, positions = [], []
    for index, char in enumerate(text):
        part = " " if char in _NOT_FOR_HEADLINE else _fold_char(char)
        folded.append(part)
        positions.extend([index] * len(part))
    return "".join(folded), positions


def words(text):
    """Runs of letters, digits and combining marks, as PostgreSQL's parser reads words."""
    found, current = [], []
    for char in unicodedata.normalize("NFC", text) + " ":
        if unicodedata.category(char)[0] in "LNM":
            current.append(char)
            continue
        # A run of combining marks alone is not a word.
        if any(unicodedata.category(part)[0] in "LN" for part in current):
            found.append("".join(current))
        current = []
    return found


# Indexing ----------------------------------------------------------------------------------

_QUESTION_UPDATE = """
    UPDATE {table} AS post SET {vector} =
        setweight(to_tsvector(row.config::regconfig, row.title), 'A')
        || setweight(to_tsvector('simple'::regconfig, row.folded_title), 'A')
        || setweight(to_tsvector(row.config::regconfig, row.body), 'B')
        || setweight(to_tsvector('simple'::regconfig, row.folded_body), 'B')
    FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])
        AS row(id, config, title, folded_title, body, folded_body)
    WHERE post.{pk} = row.id
"""
_ANSWER_UPDATE = """
    UPDATE {table} AS post SET {vector} =
        setweight(to_tsvector(row.config::regconfig, row.body), 'C')
        || setweight(to_tsvector('simple'::regconfig, row.folded_body), 'C')
    FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[])
        AS row(id, config, body, folded_body)
    WHERE post.{pk} = row.id
"""


def _update_sql(template, model, database):
    quote = connections[database].ops.quote_name
    return template.format(
        table=quote(model._meta.db_table),
        vector=quote(model._meta.get_field("search_vector").column),
        pk=quote(model._meta.pk.column),
    )


def _in_batches(queryset, fields, batch_size):
    """Rows as tuples (pk first), walking the primary key so memory stays bounded."""
    last_pk = None
    while True:
        batch = queryset.order_by("pk")
        if last_pk is not None:
            batch = batch.filter(pk__gt=last_pk)
        rows = list(batch.values_list("pk", *fields)[:batch_size])
        if not rows:
            return
        yield rows
        last_pk = rows[-1][0]


def reindex_questions(queryset, *, batch_size=500):
    """Rebuild the search vector of every question in the queryset; returns how many.
    Works with historical models too (the data migration uses it)."""
    sql = _update_sql(_QUESTION_UPDATE, queryset.model, queryset.db)
    count = 0
    for rows in _in_batches(queryset, ["language_id", "title", "body"], batch_size):
        ids, configs, titles, folded_titles, bodies, folded_bodies = [], [], [], [], [], []
        for pk, language_code, title, body in rows:
            ids.append(pk)
            configs.append(config_for(language_code))
            titles.append(title.lower())
            folded_titles.append(fold(title))
            bodies.append(body.lower())
            folded_bodies.append(fold(body))
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, [ids, configs, titles, folded_titles, bodies, folded_bodies])
        count += len(rows)
    return count


def reindex_answers(queryset, *, batch_size=500):
    """Rebuild the search vector of every answer in the queryset; returns how many."""
    sql = _update_sql(_ANSWER_UPDATE, queryset.model, queryset.db)
    count = 0
    for rows in _in_batches(queryset, ["language_id", "body"], batch_size):
        ids = [pk for pk, _code, _body in rows]
        configs = [config_for(code) for _pk, code, _body in rows]
        bodies = [body.lower() for _pk, _code, body in rows]
        folded_bodies = [fold(body) for _pk, _code, body in rows]
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, [ids, configs, bodies, folded_bodies])
        count += len(rows)
    return count


def index_question(question):
    """Index a question as stored (call after every write to its title, body or language)."""
    reindex_questions(Question.objects.filter(pk=question.pk))


def index_answer(answer):
    """Index an answer as stored (call after every write to its body or language)."""
    reindex_answers(Answer.objects.filter(pk=answer.pk))


# Parsing what people type ------------------------------------------------------------------

_STEMS_SQL = """
    SELECT term.position, cfg.name, tsvector_to_array(to_tsvector(cfg.name::regconfig, term.text))
    FROM unnest(%s::text[]) WITH ORDINALITY AS term(text, position)
    CROSS JOIN unnest(%s::text[]) AS cfg(name)
"""


def _prefix(folded_term):
    """The part of a word that its inflected forms share, give or take: "wynagrodzenie"
    and "wynagrodzenia" both start with "wynagrodzen". Short words are matched whole."""
    if len(folded_term) < 3:
        return None
    if len(folded_term) < 6:
        return folded_term
    return folded_term[: max(5, len(folded_term) - 2)]


def _quoted(lexeme):
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


@dataclass(frozen=True)
class ParsedSearch:
    """What was typed, reduced to the words that are searched for."""

    words: tuple = ()
    stop_words: tuple = ()
    # Per searched word, its alternatives in tsquery syntax ("'salari' | 'salar':*").
    alternatives: tuple = field(default=(), repr=False)

    def __bool__(self):
        return bool(self.alternatives)

    @property
    def only_stop_words(self):
        return bool(self.stop_words) and not self.alternatives

    def tsquery(self, operator="&"):
        """The query in tsquery syntax: every word must match (``&``) or any (``|``)."""
        return f" {operator} ".join(f"( {choice} )" for choice in self.alternatives)

    def search_query(self, operator="&"):
        # raw: our lexemes are already normalised; 'simple' only lowercases them again.
        return SearchQuery(self.tsquery(operator), search_type="raw", config=SIMPLE)


def parse_search(text):
    """Turn typed text into searchable words; one query to PostgreSQL for the stems.
    Quotes, operators and anything else that is not a letter or digit only separate words."""
    terms = []
    for word in words((text or "")[:MAX_QUERY_LENGTH].lower()):
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
    terms = terms[:MAX_TERMS]
    if not terms:
        return ParsedSearch()

    folded_terms = ["".join(words(fold(term))) for term in terms]
    configs = sorted(set(STEMMING_CONFIGS.values()))
    with connection.cursor() as cursor:
        cursor.execute(_STEMS_SQL, [terms + folded_terms, configs])
        rows = cursor.fetchall()

    stems = [set() for _term in terms]
    is_stop_word = [False for _term in terms]
    for position, _config, lexemes in rows:
        index = (position - 1) % len(terms)
        if position <= len(terms) and not lexemes:
            is_stop_word[index] = True
        stems[index].update(lexemes)

    kept, dropped, alternatives = [], [], []
    for index, term in enumerate(terms):
        if is_stop_word[index]:
            dropped.append(term)
            continue
        folded = folded_terms[index]
        exact = sorted(stems[index] | {term, folded} - {""})
        choices = [_quoted(lexeme) for lexeme in exact]
        prefix = _prefix(folded)
        if prefix:
            choices.append(_quoted(prefix) + ":*")
        if choices:
            kept.append(term)
            alternatives.append(" | ".join(choices))
    return ParsedSearch(
        words=tuple(kept), stop_words=tuple(dropped), alternatives=tuple(alternatives)
    )


# Finding questions -------------------------------------------------------------------------


def _topic_choices():
    return [(topic.slug, gettext(topic.name)) for topic in Topic.objects.all()]


class QuestionSearchFilter(django_filters.FilterSet):
    """Narrows a search to a region, a language and a topic."""

    country = CountryFilter(method="filter_country", label=_("Country"))
    language = LanguageFilter(label=_("Language"))
    topic = django_filters.ChoiceFilter(
        choices=_topic_choices,
        method="filter_topic",
        label=_("Topic"),
        empty_label=_("Any topic"),
    )

    class Meta:
        model = Question
        fields = []

    def filter_country(self, queryset, name, value):
        return queryset.to_country(value)

    def filter_topic(self, queryset, name, value):
        # By the topic's id, which the planner can estimate (see QuestionQuerySet.about_topic).
        topic_id = Topic.objects.filter(slug=value).values_list("pk", flat=True).first()
        return queryset.about_topic(topic_id) if topic_id else queryset.none()


# What one search may cost (see search_questions) -------------------------------------------

RECENT_QUESTIONS = 10_000
RECENT_ANSWERS = 20_000
# A search of several words looks further back only when the product of its words' shares
# among the recent posts (PostgreSQL's own way of estimating them) stays below this.
MATCH_SHARE_ESTIMATE = 0.001


def _sql(queryset):
    sql, params = queryset.query.sql_with_params()
    return sql, list(params)


def _words_seldom_meet(window_sql, window_params, parsed, operator):
    """SQL that is true when the words of a several-word search, each counted alone among the
    window's rows, make a product of shares below MATCH_SHARE_ESTIMATE (always true for one
    word or an any-word search)."""
    if len(parsed.alternatives) < 2 or operator != "&":
        return "TRUE", []
    shares = " * ".join(
        "(count(*) FILTER (WHERE recent.search_vector @@ to_tsquery('simple', %s)))::float"
        " / greatest(count(*), 1)"
        for _word in parsed.alternatives
    )
    words = [f"( {choice} )" for choice in parsed.alternatives]
    return (
        f"(SELECT {shares} < %s FROM ({window_sql}) AS recent)",
        [*words, MATCH_SHARE_ESTIMATE, *window_params],
    )


def _candidate_sql(queryset, parsed, *, operator="&", limit, answers=True):
    """The ids of the questions a search ranks (see search_questions), as SQL and parameters:
    one statement, in which the look further back is a branch PostgreSQL runs only when the
    recent matches leave it wanted (a one-time filter)."""
    tsquery = parsed.tsquery(operator)
    search_query = parsed.search_query(operator)
    match = "recent.search_vector @@ to_tsquery('simple', %s)"
    windows = [
        (
            Question.objects.visible()
            .order_by("-created_at", "-id")
            .values("id", "search_vector")[:RECENT_QUESTIONS],
            "id",
            queryset.visible().filter(search_vector=search_query).order_by().values("id")[:limit],
        )
    ]
    if answers:
        older_answers = (
            Answer.objects.visible()
            .filter(search_vector=search_query)
            .order_by()
            .values("question_id")[:limit]
        )
        windows.append(
            (
                Answer.objects.visible()
                .order_by("-id")
                .values("question_id", "search_vector")[:RECENT_ANSWERS],
                "question_id",
                queryset.visible().filter(pk__in=older_answers).order_by().values("id"),
            )
        )
    recent, recent_params, older, older_params = [], [], [], []
    for window, column, older_queryset in windows:
        window_sql, window_params = _sql(window)
        recent.append(
            f"(SELECT recent.{column} AS id FROM ({window_sql}) AS recent WHERE {match} LIMIT %s)"
        )
        recent_params += [*window_params, tsquery, limit]
        guard_sql, guard_params = _words_seldom_meet(window_sql, window_params, parsed, operator)
        older_sql, older_sql_params = _sql(older_queryset)
        older.append(
            f"SELECT older.id FROM ({older_sql}) AS older "
            f"WHERE (SELECT wanted FROM more_wanted) AND {guard_sql}"
        )
        older_params += [*older_sql_params, *guard_params]
    found_sql, found_params = _sql(
        queryset.visible().filter(pk__in=RawSQL("SELECT id FROM recent_matches", ())).values("pk")
    )
    sql = (
        f"WITH recent_matches AS ({' UNION '.join(recent)}), "
        f"more_wanted AS (SELECT NOT EXISTS (SELECT FROM ({found_sql}) AS found OFFSET %s) "
        "AS wanted) "
        f"SELECT id FROM recent_matches UNION {' UNION '.join(older)}"
    )
    return sql, [*recent_params, *found_params, limit - 1, *older_params]


def _candidate_limit():
    """One more than the pages show, so that a capped list can say "more than"."""
    return settings.PAGE_SIZE * settings.PAGINATION_MAX_PAGES + 1


def search_questions(queryset, parsed):
    """Visible questions from the queryset that match the search in their own text or in a
    visible answer, best first. Each carries its ``rank`` and ``question_rank`` (the rank of
    its own text): a higher ``rank`` means an answer matched better than the question.

    Ranking every match does not scale: a common word ("salary") matches a fifth of a million
    questions, which PostgreSQL would read and rank to show twenty. Only a bounded set of
    candidates is ranked, at most a page cap's worth (PAGE_SIZE × PAGINATION_MAX_PAGES, plus
    one so the count can say "more than") from each source:

    1. the matches among the RECENT_QUESTIONS newest questions and the RECENT_ANSWERS newest
       answers, read newest first through the ``question_newest`` index and the answers'
       primary key. The cost does not depend on the word or on how much the site holds: a
       common word fills its quota after a few thousand rows, a rare one reads the window.
    2. When those leave the pages short, up to the same cap of older matches, found through
       the GIN indexes (``question_search``, ``answer_search``) in no particular order: a rare
       word has few matches, and the index finds them all cheaply; a word of middling
       frequency fills the pages, and the count says "more than".

    A search of several words takes step 2 only if at least one of them is rare among the
    recent posts (the product of the words' shares there stays below MATCH_SHARE_ESTIMATE).
    PostgreSQL estimates several words by multiplying their frequencies: two common words
    that seldom appear together look common to it, and it would read the table hoping to stop
    early, which it never could. Such a search finds its matches among the recent posts.

    The trade-off: for common words the best matches are chosen among the recent posts and a
    sample of older ones, not among every post of the archive, so an old post that would rank
    first can be missing. Rare words, the searches that most need the archive, still search
    all of it. A search of common words costs the same at ten thousand questions and at a
    million; one with a rare word costs what the GIN index takes to read its words' lists
    (tens of milliseconds at a million questions)."""
    query = parsed.search_query()
    matching_answers = Answer.objects.visible().filter(search_vector=query)
    candidates = RawSQL(*_candidate_sql(queryset, parsed, limit=_candidate_limit()))
    best_answer_rank = (
        matching_answers.filter(question=OuterRef("pk"))
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank")
        .values("rank")[:1]
    )
    return (
        queryset.visible()
        .filter(pk__in=candidates)
        .annotate(question_rank=SearchRank(F("search_vector"), query))
        .annotate(
            rank=Greatest(
                F("question_rank"),
                Coalesce(Subquery(best_answer_rank), Value(0.0), output_field=FloatField()),
            )
        )
        .order_by("-rank", "-created_at", "-id")
    )


@dataclass(frozen=True)
class RankedResult:
    pk: int
    question_rank: float
    rank: float


def ranked_results(queryset, parsed):
    """The search's results as ids with their ranks, best first, as many as the pages can
    show and one more (so a capped list can say "more than"): one query, however many match,
    so the pages are counted and cut from this list rather than by ranking again."""
    rows = search_questions(queryset, parsed).values_list("pk", "question_rank", "rank")
    return [RankedResult(*row) for row in rows[: _candidate_limit()]]


def page_questions(queryset, results):
    """The questions of a page of ranked results, in their order, each carrying its ranks
    (as search_questions annotates them); one query."""
    found = queryset.in_bulk([result.pk for result in results])
    questions = []
    for result in results:
        question = found.get(result.pk)
        if question is not None:
            question.question_rank, question.rank = result.question_rank, result.rank
            questions.append(question)
    return questions


def similar_questions(title, *, limit=SIMILAR_LIMIT):
    """Visible questions most like a title being written; none for fewer than three words."""
    if len(words(title or "")) < SIMILAR_MIN_WORDS:
        return []
    parsed = parse_search(title)
    if not parsed:
        return []
    # Any word may match: a new question rarely repeats every word of an old one.
    query = parsed.search_query(operator="|")
    candidates = RawSQL(
        *_candidate_sql(
            Question.objects.all(), parsed, operator="|", limit=SIMILAR_CANDIDATES, answers=False
        )
    )
    return list(
        Question.objects.visible()
        .filter(pk__in=candidates)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .select_related("language")
        .order_by("-rank", "-created_at", "-id")[:limit]
    )


# Showing where they matched ----------------------------------------------------------------

_TITLE_OPTIONS = f'HighlightAll=true, StartSel="{_START}", StopSel="{_STOP}"'
_BODY_OPTIONS = (
    f'StartSel="{_START}", StopSel="{_STOP}", FragmentDelimiter="{_FRAGMENT}", '
    "MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2"
)
_HEADLINES_SQL = """
    SELECT ts_headline(document.config::regconfig, document.text, to_tsquery('simple', %s),
                       document.options)
    FROM unnest(%s::text[], %s::text[], %s::text[]) WITH ORDINALITY
        AS document(text, config, options, position)
    ORDER BY document.position
"""


def _has_words(text):
    return any(char.isalnum() for char in text)


def _highlighted(original, folded, positions, headline):
    """HTML for a ts_headline result over the folded text (of the first ``len(positions)``
    characters), shown in the original spelling. The text is escaped here; the only markup
    added is <mark>, and an ellipsis where text was left out."""
    folded_end = positions[-1] + 1 if positions else 0

    def boundary(folded_offset):
        # Where a folded offset falls in the original; marks that folded to nothing stay
        # with the character before them.
        return positions[folded_offset] if folded_offset < len(positions) else folded_end

    spans, cursor = [], 0
    for fragment in headline.split(_FRAGMENT):
        plain = fragment.replace(_START, "").replace(_STOP, "")
        if not plain.strip():
            continue
        start = folded.find(plain, cursor)
        if start < 0:
            return None
        end = cursor = start + len(plain)
        html, offset = [], start
        for index, part in enumerate(fragment.replace(_STOP, _START).split(_START)):
            if not part:
                continue
            text = original[boundary(offset) : boundary(offset + len(part))]
            offset += len(part)
            # The split alternates between text outside and inside a highlight.
            html.append(f"<mark>{escape(text)}</mark>" if index % 2 else escape(text))
        spans.append((boundary(start), boundary(end), "".join(html)))
    if not spans:
        return None
    pieces, shown_until = [], 0
    for start, end, fragment_html in spans:
        left_out = original[shown_until:start]
        if _has_words(left_out):
            pieces.append(" … " if pieces else "… ")
        else:
            pieces.append(escape(left_out))
        pieces.append(fragment_html)
        shown_until = end
    rest = original[shown_until:]
    pieces.append(" …" if _has_words(rest) else escape(rest))
    return mark_safe("".join(pieces))


def _plain_excerpt(text, *, whole):
    if whole:
        return escape(text)
    excerpt = " ".join(text.split()[:30])
    return escape(excerpt + (" …" if len(excerpt) < len(text.strip()) else ""))


def headlines(parsed, documents):
    """Highlighted HTML for each (text, language code, whole) document, in one query.
    ``whole`` documents (titles) are shown entirely, others as fragments around the matches.
    ts_headline reads the folded text so that "Lodz" highlights "Łódź"."""
    if not documents:
        return []
    prepared = []
    for text, language_code, whole in documents:
        folded, positions = _fold_with_positions(text if whole else text[:MAX_HEADLINE_DOCUMENT])
        prepared.append((text, folded, positions, config_for(language_code), whole))
    with connection.cursor() as cursor:
        cursor.execute(
            _HEADLINES_SQL,
            [
                parsed.tsquery("|"),
                [folded for _text, folded, *_rest in prepared],
                [config for *_start, config, _whole in prepared],
                [_TITLE_OPTIONS if whole else _BODY_OPTIONS for *_start, whole in prepared],
            ],
        )
        results = [headline for (headline,) in cursor.fetchall()]
    return [
        _highlighted(text, folded, positions, headline or "") or _plain_excerpt(text, whole=whole)
        for (text, folded, positions, _config, whole), headline in zip(
            prepared, results, strict=True
        )
    ]


@dataclass
class SearchHit:
    question: Question
    title_html: str
    snippet_html: str
    answer: Answer | None = None
    answer_snippet_html: str = ""


def search_hits(questions, parsed):
    """The page's questions with highlighted titles and snippets; when an answer matched
    better than the question itself, that answer and its snippet too. Two queries."""
    questions = list(questions)
    answer_first = [q.pk for q in questions if q.rank > q.question_rank]
    best_answers = {}
    if answer_first:
        query = parsed.search_query()
        best_answers = {
            answer.question_id: answer
            for answer in Answer.objects.visible()
            .filter(question_id__in=answer_first, search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by("question_id", "-rank", "id")
            .distinct("question_id")
            .select_related("language")
        }
    documents = []
    for question in questions:
        documents.append((question.title, question.language_id, True))
        documents.append((question.body, question.language_id, False))
        answer = best_answers.get(question.pk)
        if answer is not None:
            documents.append((answer.body, answer.language_id, False))
    highlighted = iter(headlines(parsed, documents))
    hits = []
    for question in questions:
        hit = SearchHit(question, next(highlighted), next(highlighted))
        answer = best_answers.get(question.pk)
        if answer is not None:
            answer.question = question
            hit.answer, hit.answer_snippet_html = answer, next(highlighted)
        hits.append(hit)
    return hits
