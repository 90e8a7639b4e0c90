"""Local use (`make run`): DEBUG off as in production, but a fixed dev key and media served by Django."""

from .base import *  # noqa: F403
from .base import after_commit, env_bool, mailer

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: F405
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
MAILERS = {
    "default": after_commit(mailer(os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")))  # noqa: F405
}
