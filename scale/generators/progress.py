"""A small progress display: one bar per table being loaded, redrawn in place on a
terminal, or a line now and then when the output goes to a file."""

import sys
import time

BAR_WIDTH = 28


def _bar(done, total):
    fraction = min(done / total, 1.0) if total else 1.0
    filled = int(fraction * BAR_WIDTH)
    return "█" * filled + "·" * (BAR_WIDTH - filled), fraction


class PhaseProgress:
    def __init__(self, out, name, total, streams, expected):
        self.out = out
        self.name = name
        self.total = total
        self.streams = streams
        self.expected = expected  # table → rows expected (for the bars; may be estimates)
        self.tty = out.isatty()
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.lines_drawn = 0
        self.done = 0

    def tick(self, done):
        self.done = done
        now = time.monotonic()
        interval = 0.25 if self.tty else 15.0
        if now - self.last_draw >= interval or done >= self.total:
            self.last_draw = now
            self.draw()

    def _lines(self):
        elapsed = time.monotonic() - self.started
        lines = []
        for table, stream in self.streams.items():
            expected = max(self.expected.get(table, stream.rows), stream.rows, 1)
            bar, fraction = _bar(stream.rows, expected)
            rate = stream.rows / elapsed if elapsed > 0 else 0
            lines.append(
                f"  {table:<18} {bar} {fraction:4.0%} {stream.rows:>11,} rows {rate:>9,.0f}/s"
            )
        return lines

    def draw(self):
        state = (self.done, *(stream.rows for stream in self.streams.values()))
        if state == getattr(self, "_drawn", None):
            return
        self._drawn = state
        elapsed = time.monotonic() - self.started
        if self.tty:
            if self.lines_drawn:
                self.out.write(f"\x1b[{self.lines_drawn}F")
            lines = [f"{self.name}: {self.done:,}/{self.total:,} · {elapsed:.0f} s", *self._lines()]
            self.out.write("".join(f"{line}\x1b[K\n" for line in lines))
            self.lines_drawn = len(lines)
        else:
            rows = ", ".join(f"{table} {stream.rows:,}" for table, stream in self.streams.items())
            self.out.write(f"{self.name}: {self.done:,}/{self.total:,} ({elapsed:.0f} s) {rows}\n")
        self.out.flush()

    def finish(self):
        self.done = self.total
        self.draw()


class Progress:
    def __init__(self, out=None, enabled=True):
        self.out = out or sys.stderr
        self.enabled = enabled

    def phase(self, name, total, streams, expected):
        if not self.enabled:
            return _Silent()
        return PhaseProgress(self.out, name, total, streams, expected)

    def note(self, text):
        if self.enabled:
            self.out.write(text + "\n")
            self.out.flush()


class _Silent:
    def tick(self, done):
        pass

    def finish(self):
        pass
