"""Settings shared by every environment; each value comes from the environment with a safe embedded default."""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
# Base settings never carry a usable secret: dev and test set their own, production demands one.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # First, so its notification e-mail templates take precedence over Wagtail's.
    "editorial",
    "home",
    "taxonomy",
    "partners",
    "offers",
    "events",
    "news",
    "search",
    "searchstats",
    "submissions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware, which has checked the host name against ALLOWED_HOSTS.
    "home.chrome.SiteChromeMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses locked-out logins before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "mitmenschen.urls"
WSGI_APPLICATION = "mitmenschen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: an embedded SQLite file unless DATABASE_URL names another (e.g. postgres://…).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer writes; IMMEDIATE transactions take the write lock up
    # front so concurrent writers queue on the busy timeout instead of failing with "database is locked".
    # Connections persist as on PostgreSQL: reopening one per request costs ~3.5 ms CPU (docs/benchmarks.md).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000; "
            "PRAGMA foreign_keys=ON;"
        ),
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's database search backend uses PostgreSQL's full-text fields and indexes there.
    INSTALLED_APPS.append("django.contrib.postgres")
    if env_bool("DB_PREPARED_STATEMENTS", True):
        # Planning, not running, was most of PostgreSQL's work per page (1.6 ms to plan an offer page's main
        # query, 0.2 ms to run it). psycopg prepares a statement the second time a connection sends it, and
        # PostgreSQL then reuses the plan (docs/benchmarks.md). A connection pooler in transaction mode
        # that cannot keep prepared statements needs DB_PREPARED_STATEMENTS=0. Added to what DATABASE_URL's
        # query string set (sslmode and the like), not in its place.
        DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=2)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
        if os.environ.get("REDIS_URL")
        # A file cache, not a per-process memory cache: gunicorn's workers must share what they cache (the
        # site chrome they drop on publish, the rate limits of the public forms).
        else {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
              "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache"))}
    ),
    # Wagtail keeps image renditions in a cache named "renditions" if there is one, else in "default", and
    # writes to it on every image it shows: with the file cache that is a file written per image. Renditions
    # are looked up by image, filter and focal point, so a per-process cache is safe; the timeout bounds how
    # long a worker may still point at a rendition deleted by another one.
    "renditions": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"],
         "KEY_PREFIX": "renditions"}
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions",
              "TIMEOUT": 600, "OPTIONS": {"MAX_ENTRIES": 5000}}
    ),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German first; a second language stays possible through Django's i18n.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German"))]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Serve uploaded media from Django itself; only for local use (production has a web server for that).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def mailer(backend):
    """Django 6.1's MAILERS entry; the SMTP options come from the environment."""
    if backend != SMTP_BACKEND:
        return {"BACKEND": backend}
    return {
        "BACKEND": backend,
        "OPTIONS": {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("EMAIL_PORT", "25")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
            "timeout": 10,
        },
    }


def after_commit(config, background=True):
    """Wrap a mailer in the database outbox (editorial.mail): queued with the transaction, sent after the commit
    off the request, failures logged and retried (`manage.py send_queued_mail`)."""
    return {"BACKEND": "editorial.mail.AfterCommitEmailBackend",
            "OPTIONS": {"mailer": config, "background": background}}


MAILERS = {"default": after_commit(mailer(os.environ.get("EMAIL_BACKEND", SMTP_BACKEND)))}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "MitMenschen <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Wagtail
WAGTAIL_SITE_NAME = "MitMenschen – Netzwerk für Gemeinschaft"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Search (docs/search.md): the database backend with German analysis by default; ELASTICSEARCH_URL or
# OPENSEARCH_URL switch to that engine, and the database index is kept as well so the search page can
# fall back to it while the engine is down.
SEARCH_ENGINE_URL = os.environ.get("ELASTICSEARCH_URL") or os.environ.get("OPENSEARCH_URL") or ""
WAGTAILSEARCH_BACKENDS = {"database": {"BACKEND": "search.backends.database"}}
if SEARCH_ENGINE_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": (
            "search.backends.elasticsearch" if os.environ.get("ELASTICSEARCH_URL") else "search.backends.opensearch"
        ),
        "URLS": [SEARCH_ENGINE_URL],
        "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "mitmenschen_"),
        "TIMEOUT": int(os.environ.get("SEARCH_ENGINE_TIMEOUT", "5")),
        # A failed connection must not hang the request for long: one try, then the database fallback.
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    }
else:
    WAGTAILSEARCH_BACKENDS["default"] = WAGTAILSEARCH_BACKENDS.pop("database")
# Longest query the search page accepts (characters); longer input is cut, with a notice.
SEARCH_MAX_QUERY_LENGTH = 200
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Moderation mails go to the moderation group; superusers would otherwise get every submission twice.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name from one
# address, that pair is locked out for AXES_COOLOFF_MINUTES. Behind a reverse proxy set AXES_PROXY_COUNT=1.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "editorial.throttling.lockout_response"
AXES_USERNAME_FORM_FIELD = "username"
AXES_IPWARE_PROXY_COUNT = int(os.environ["AXES_PROXY_COUNT"]) if os.environ.get("AXES_PROXY_COUNT") else None
AXES_COOLOFF_MESSAGE = _("Too many failed logins. Please wait a few minutes and try again.")
AXES_PERMALOCK_MESSAGE = _("Too many failed logins. Please ask the coordination office to unlock your account.")
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
