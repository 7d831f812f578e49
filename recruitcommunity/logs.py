"""Structured logs for production: one JSON object per line, for the application (Django's
loggers) and for gunicorn (its access log and its own messages). gunicorn.conf.py and
settings/production.py use them."""

from django.http import HttpRequest
from gunicorn.glogging import Logger as GunicornLogger
from pythonjsonlogger.json import JsonFormatter

LOG_FIELDS = ["asctime", "levelname", "name", "message"]


class RequestJsonFormatter(JsonFormatter):
    """JSON lines with the timestamp, level, logger and message, plus whatever extra a
    record carries. Django's request loggers attach the request object itself; it is
    written as its method and path (never its headers or cookies)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("rename_fields", {"asctime": "time", "levelname": "level"})
        super().__init__(LOG_FIELDS, *args, **kwargs)

    def process_log_record(self, log_data):
        request = log_data.pop("request", None)
        if isinstance(request, HttpRequest):
            log_data["method"] = request.method
            log_data["path"] = request.path
        return super().process_log_record(log_data)


class JsonAccessLogger(GunicornLogger):
    """gunicorn's logger writing JSON lines: its own messages, and each request as fields
    (method, path, status, duration in milliseconds, size) rather than a formatted line.
    Where the lines go stays gunicorn's business (--access-logfile, --error-logfile)."""

    def setup(self, cfg):
        super().setup(cfg)
        formatter = RequestJsonFormatter()
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(formatter)

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        fields = {
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "query": environ.get("QUERY_STRING") or None,
            "status": resp.status_code,
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "bytes": getattr(resp, "sent", None),
            "remote_addr": environ.get("REMOTE_ADDR"),
            "user_agent": environ.get("HTTP_USER_AGENT"),
        }
        self.access_log.info("%(method)s %(path)s %(status)s", fields, extra=fields)
