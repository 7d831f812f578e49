"""Search vectors computed by PostgreSQL as the rows arrive.

``questions.search`` builds a post's vector from its text (through the language's stemmer)
and from its accent-folded text (through ``simple``); the folding is Python's
(``questions.search.fold``). For the load, the generator folds each text as it composes it
(every phrase of the banks is folded once) and streams the folded text in a temporary
column; a temporary ``BEFORE INSERT`` trigger turns both into the stored vector and empties
the temporary column. Afterwards trigger, function and columns are dropped. The vector is
the one ``questions.search.index_question``/``index_answer`` would store (the tests compare
them).
"""

from questions.models import Answer, Question
from questions.search import SIMPLE, STEMMING_CONFIGS

FUNCTION_PREFIX = "scale_load_search_vector_"
TRIGGER_NAME = "scale_load_search_vector"
FOLDED_PREFIX = "scale_load_folded_"

# (model, [(field, weight)]) as questions.search indexes them.
INDEXED = [
    (Question, [("title", "A"), ("body", "B")]),
    (Answer, [("body", "C")]),
]


def folded_columns(model):
    """The temporary columns a load of this model streams (after its own columns)."""
    for indexed, parts in INDEXED:
        if indexed is model:
            return [f"{FOLDED_PREFIX}{name}" for name, _weight in parts]
    return []


def _literal(text):
    return "'" + text.replace("'", "''") + "'"


def _config_sql(column):
    cases = " ".join(
        f"WHEN {_literal(code)} THEN {_literal(config)}"
        for code, config in sorted(STEMMING_CONFIGS.items())
    )
    return f"(CASE NEW.{column} {cases} ELSE {_literal(SIMPLE)} END)::regconfig"


def _function_sql(model, parts):
    table = model._meta.db_table
    language = model._meta.get_field("language").column
    vector = model._meta.get_field("search_vector").column
    pieces, clears = [], []
    for name, weight in parts:
        column = model._meta.get_field(name).column
        folded = f"{FOLDED_PREFIX}{name}"
        pieces.append(
            f"setweight(to_tsvector(config, lower(NEW.{column})), {_literal(weight)}) || "
            f"setweight(to_tsvector('simple'::regconfig, NEW.{folded}), {_literal(weight)})"
        )
        clears.append(f"NEW.{folded} := NULL;")
    return f"""
        CREATE OR REPLACE FUNCTION {FUNCTION_PREFIX}{table}() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        DECLARE config regconfig := {_config_sql(language)};
        BEGIN
            NEW.{vector} := {" || ".join(pieces)};
            {" ".join(clears)}
            RETURN NEW;
        END
        $body$
    """


def install(cursor):
    for model, parts in INDEXED:
        table = model._meta.db_table
        for column in folded_columns(model):
            cursor.execute(f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS {column} text')
        cursor.execute(_function_sql(model, parts))
        cursor.execute(f'DROP TRIGGER IF EXISTS {TRIGGER_NAME} ON "{table}"')
        cursor.execute(
            f'CREATE TRIGGER {TRIGGER_NAME} BEFORE INSERT ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION_PREFIX}{table}()"
        )


def remove(cursor):
    for model, _parts in INDEXED:
        table = model._meta.db_table
        cursor.execute(f'DROP TRIGGER IF EXISTS {TRIGGER_NAME} ON "{table}"')
        cursor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION_PREFIX}{table}()")
        for column in folded_columns(model):
            cursor.execute(f'ALTER TABLE "{table}" DROP COLUMN IF EXISTS {column}')
