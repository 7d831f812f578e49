"""Read replicas: with DATABASE_REPLICA_URL set, anonymous visitors' pages read from the
replica and everything else (writes, and every signed-in request, which must see its own
writes at once) uses the primary.

The router cannot see the request, so a middleware marks the anonymous GETs in a context
variable; the router reads it. A replica that lags a little behind is harmless for
anonymous pages: they are cached for PAGE_CACHE_SECONDS anyway."""

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"

_reads_from_replica = ContextVar("reads_from_replica", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _reads_from_replica.get() and REPLICA in settings.DATABASES:
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class AnonymousReadsFromReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        anonymous_read = (
            bool(settings.DATABASE_REPLICA_URL)
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )
        token = _reads_from_replica.set(anonymous_read)
        try:
            return self.get_response(request)
        finally:
            _reads_from_replica.reset(token)
