from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction


class AtomicDatabaseCache(DatabaseCache):
    """The database cache, with an increment that cannot lose updates.

    Django's DatabaseCache increments by reading and then writing, so two requests counting
    at the same moment can both write the same number. Rate limits count with incr(); here
    the row is locked for the read-and-write, which makes the counter exact under load when
    no Redis is configured."""

    def incr(self, key, delta=1, version=None):
        cache_key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self._table)
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(f"SELECT 1 FROM {table} WHERE cache_key = %s FOR UPDATE", [cache_key])
            return super().incr(key, delta, version)
