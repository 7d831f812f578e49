"""Streaming rows into PostgreSQL with COPY, one table per connection and thread.

The generating thread formats rows into COPY text and hands chunks to a bounded queue; a
loader thread per table feeds them to ``copy_expert`` through a file-like reader, so a
table is never held in memory and PostgreSQL parses one chunk while Python writes the
next. Each table is loaded in one transaction that first truncates it, which lets the
rows be written already frozen (``COPY … FREEZE``): no hint-bit rewrite, no vacuum needed
before index-only scans work.

Columns come from the model at run time: the generator names the fields it fills, and
every other concrete field gets its Django default (computed once, or per row for unique
callables such as tokens), or is left to the database when it has a ``db_default`` or is
nullable. A NOT NULL column without any default stops the run with a clear message.
"""

import contextlib
import os
import queue
import threading
import uuid
from datetime import UTC, datetime

import psycopg2
from django.db import connections
from django.db.models import NOT_PROVIDED

CHUNK_ROWS = 2000
QUEUE_CHUNKS = 8
PUT_TIMEOUT = 0.5


class GenerationError(Exception):
    pass


def _escape(text):
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if "\t" in text:
        text = text.replace("\t", "\\t")
    if "\n" in text:
        text = text.replace("\n", "\\n")
    if "\r" in text:
        text = text.replace("\r", "\\r")
    return text


def copy_text(value):
    """COPY text for a string (None is NULL)."""
    return "\\N" if value is None else _escape(value)


_HOURS = {}
_MINUTES_SECONDS = [
    f"{minutes:02d}:{seconds:02d}+00" for minutes in range(60) for seconds in range(60)
]


def _hour_text(hour):
    text = _HOURS[hour] = datetime.fromtimestamp(hour * 3600, UTC).strftime("%Y-%m-%d %H:")
    return text


def timestamp_text(epoch):
    """COPY text for a UTC timestamp given as seconds since 1970 (None is NULL)."""
    if epoch is None:
        return "\\N"
    hour, rest = divmod(int(epoch), 3600)
    prefix = _HOURS.get(hour) or _hour_text(hour)
    return prefix + _MINUTES_SECONDS[rest]


def _array_element(value):
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def array_text(values):
    if values is None:
        return "\\N"
    return _escape("{" + ",".join(_array_element(value) for value in values) + "}")


def _int_text(value):
    return "\\N" if value is None else str(value)


def _bool_text(value):
    if value is None:
        return "\\N"
    return "t" if value else "f"


def _uuid_text(value):
    return "\\N" if value is None else str(value)


_INTEGER_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "PositiveBigIntegerField",
}
# Python expressions turning the value of column i (``r[i]``) into COPY text, by the
# column's type and whether it may be NULL.
_EXPRESSIONS = {
    ("int", False): "str(r[{i}])",
    ("int", True): "_int(r[{i}])",
    ("bool", False): "('t' if r[{i}] else 'f')",
    ("bool", True): "_bool(r[{i}])",
    ("timestamp", False): "_timestamp(r[{i}])",
    ("timestamp", True): "_timestamp(r[{i}])",
    ("array", False): "_array(r[{i}])",
    ("array", True): "_array(r[{i}])",
    ("uuid", False): "str(r[{i}])",
    ("uuid", True): "_uuid(r[{i}])",
    ("text", False): "_escape(r[{i}])",
    ("text", True): "_text(r[{i}])",
}
_NAMESPACE = {
    "_int": _int_text,
    "_bool": _bool_text,
    "_timestamp": timestamp_text,
    "_array": array_text,
    "_uuid": _uuid_text,
    "_escape": _escape,
    "_text": copy_text,
}


def value_kind(field):
    """How a generated value of this field is given: integers, booleans, epoch seconds for
    timestamps, lists for arrays, UUIDs, and text (foreign keys to a text key are text)."""
    target = field.target_field if field.is_relation else field
    kind = target.get_internal_type()
    if kind in _INTEGER_TYPES:
        return "int"
    return {
        "BooleanField": "bool",
        "DateTimeField": "timestamp",
        "ArrayField": "array",
        "UUIDField": "uuid",
    }.get(kind, "text")


def _compile_line(kinds, suffix):
    """A function formatting a row tuple into one COPY line (compiled once per table: the
    loop over columns would cost more than the formatting itself)."""
    expressions = [_EXPRESSIONS[kind].format(i=i) for i, kind in enumerate(kinds)]
    source = (
        f"def line(r):\n"
        f"    if len(r) != {len(kinds)}:\n"
        f"        raise ValueError(f'expected {len(kinds)} values, got {{len(r)}}')\n"
        f"    return '\\t'.join(({', '.join(expressions)},)) + SUFFIX\n"
    )
    namespace = dict(_NAMESPACE, SUFFIX=suffix)
    exec(compile(source, "<copy line>", "exec"), namespace)
    return namespace["line"]


def _default_text(field, connection):
    """The COPY text of a field's Django default, cast by PostgreSQL to the column's type,
    so whatever the type (JSON, arrays, dates) the text is what COPY expects."""
    value = field.get_db_prep_save(field.get_default(), connection)
    if value is None:
        return "\\N"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT (%s::{field.db_type(connection)})::text", [value])
        return _escape(cursor.fetchone()[0])


class TableLayout:
    """Which columns a COPY into the model's table lists, and how rows become lines."""

    def __init__(self, model, generated, connection, extra_columns=()):
        """``generated``: attnames of the fields the rows fill, in row order; then one text
        value per ``extra_columns`` (columns outside the model, such as the temporary
        folded texts of search_index)."""
        self.model = model
        self.table = model._meta.db_table
        fields = {field.attname: field for field in model._meta.concrete_fields}
        unknown = [name for name in generated if name not in fields]
        if unknown:
            raise GenerationError(f"{self.table} has no column(s) {', '.join(unknown)}")
        self.generated = list(generated)
        kinds = [(value_kind(fields[name]), fields[name].null) for name in generated]
        kinds += [("text", False) for _column in extra_columns]
        self.per_row = []  # (column, callable) for unique callable defaults
        constant = []
        for name, field in fields.items():
            if name in generated:
                continue
            if field.db_default is not NOT_PROVIDED:
                continue
            if field.has_default() and callable(field.default) and field.unique:
                self.per_row.append((field.column, field))
                continue
            if field.has_default() or not field.null:
                if field.get_default() is None and not field.null:
                    raise GenerationError(
                        f"{self.table}.{field.column} is NOT NULL without a default: "
                        "scale.generators must generate it"
                    )
                constant.append((field.column, _default_text(field, connection)))
        quote = connection.ops.quote_name
        columns = [fields[name].column for name in generated] + list(extra_columns)
        columns += [column for column, _value in constant]
        columns += [column for column, _field in self.per_row]
        self.column_sql = ", ".join(quote(column) for column in columns)
        suffix = "".join("\t" + text for _column, text in constant)
        if self.per_row:
            self._line = _compile_line(kinds, suffix)
            self.line = self._line_with_unique_defaults
        else:
            self.line = _compile_line(kinds, suffix + "\n")

    def _line_with_unique_defaults(self, row):
        line = self._line(row)
        for _column, field in self.per_row:
            value = field.get_default()
            line += "\t" + (str(value) if isinstance(value, uuid.UUID) else _escape(str(value)))
        return line + "\n"


class _Reader:
    """The file ``copy_expert`` reads: chunks from the queue, then end of data."""

    def __init__(self, stream):
        self.stream = stream

    def read(self, size=-1):
        chunk = self.stream.queue.get()
        if chunk is None:
            return b""
        if chunk is _ABORT:
            raise GenerationError("generation stopped")
        return chunk


_ABORT = object()


def backend_cpu_seconds(pid):
    """CPU seconds a PostgreSQL backend has used, when it runs on this machine."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def connection_params(alias="default"):
    """Keyword arguments for psycopg2.connect to the same database as Django's."""
    return connections[alias].get_connection_params()


class TableStream:
    """COPY rows into one table on a connection of its own, in a thread of its own.

    ``write(row)`` formats a row; full chunks go to the loader thread. ``close()`` ends the
    COPY and commits; ``abort()`` rolls it back."""

    def __init__(self, layout, *, params, session_sql=(), freeze=True):
        self.layout = layout
        self.params = params
        self.session_sql = session_sql
        self.freeze = freeze
        self.rows = 0
        self.backend_cpu = None
        self.queue = queue.Queue(maxsize=QUEUE_CHUNKS)
        self.error = None
        self.buffer = []
        self.thread = threading.Thread(target=self._load, name=f"copy-{layout.table}")
        self.thread.daemon = True
        self.thread.start()

    @property
    def table(self):
        return self.layout.table

    def _load(self):
        conn = None
        try:
            conn = psycopg2.connect(**self.params)
            with conn.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                backend = cursor.fetchone()[0]
                for statement in self.session_sql:
                    cursor.execute(statement)
                cursor.execute(f'TRUNCATE "{self.table}"')
                options = " WITH (FREEZE)" if self.freeze else ""
                cursor.copy_expert(
                    f'COPY "{self.table}" ({self.layout.column_sql}) FROM STDIN{options}',
                    _Reader(self),
                    size=1 << 20,
                )
            self.backend_cpu = backend_cpu_seconds(backend)
            conn.commit()
        except BaseException as error:  # reported to the generating thread
            self.error = error
            if conn is not None:
                conn.rollback()
            # Unblock a producer waiting on a full queue.
            while True:
                try:
                    self.queue.get_nowait()
                except queue.Empty:
                    break
        finally:
            if conn is not None:
                conn.close()

    def _put(self, item):
        while True:
            if self.error is not None:
                raise GenerationError(f"loading {self.table} failed: {self.error}") from (
                    self.error
                )
            try:
                self.queue.put(item, timeout=PUT_TIMEOUT)
                return
            except queue.Full:
                continue

    def write(self, row):
        self.buffer.append(self.layout.line(row))
        self.rows += 1
        if len(self.buffer) >= CHUNK_ROWS:
            self.flush()

    def flush(self):
        if self.buffer:
            chunk = "".join(self.buffer).encode()
            self.buffer = []
            self._put(chunk)

    def close(self):
        self.flush()
        self._put(None)
        self.thread.join()
        if self.error is not None:
            raise GenerationError(f"loading {self.table} failed: {self.error}") from self.error

    def abort(self):
        if self.thread.is_alive():
            with contextlib.suppress(queue.Full):
                self.queue.put(_ABORT, timeout=5)
            self.thread.join(timeout=30)
