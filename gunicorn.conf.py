"""gunicorn's settings for every way we start it (make run, bin/stack, the image, make bench);
gunicorn reads this file from the working directory. Command-line flags (--bind, --workers)
still win.

gthread workers with one thread: a streamed CSV export of millions of rows takes minutes, and a
sync worker busy that long misses its heartbeat and is killed by the master after `timeout`,
cutting the download short. A gthread worker's main loop keeps reporting while its thread
streams, so the timeout still catches a stuck process but never a long download. One thread a
worker, because requests are CPU-bound: more threads in a process only queue on its GIL (at
4 threads the API's p99 latency under load rose from about 40 to 370 ms). Scale with workers.
"""

worker_class = "gthread"
threads = 1
timeout = 60
