"""gunicorn, the application server in production (`make serve-prod` starts it with this file;
gunicorn also reads it when started from the repository without --config).

Environment: PORT (8000), GUNICORN_BIND (127.0.0.1:$PORT; e.g. 0.0.0.0:8000 in a container
behind a proxy), WEB_CONCURRENCY (worker processes, 2), GUNICORN_TIMEOUT (seconds a request
may take, 30), FORWARDED_ALLOW_IPS (proxies whose X-Forwarded-* headers are believed,
127.0.0.1). Logs are JSON lines: each request on stdout, gunicorn's own messages on stderr."""

import os

wsgi_app = "recruitcommunity.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM, requests in progress get this long to finish before workers are stopped.
graceful_timeout = 30
# Heartbeat files in memory: a container's disk may be slow or read-only.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

accesslog = "-"
errorlog = "-"
logger_class = "recruitcommunity.logs.JsonAccessLogger"
# No runtime control socket (gunicornc): a deploy restarts the process, and several gunicorns
# on one machine would otherwise share the default socket path in the home directory.
control_socket_disable = True
