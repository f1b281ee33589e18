# SPDX-License-Identifier: GPL-3.0-or-later
# The database comes from the environment: GODWIT_DJANGO_ENGINE (sqlite, postgresql or mysql), and for the
# servers GODWIT_DJANGO_NAME, _USER, _PASSWORD, _HOST, _PORT; for SQLite GODWIT_DJANGO_NAME is the file.
import os

SECRET_KEY = "godwit-tests-only"
DEBUG = False
USE_TZ = True
TIME_ZONE = "UTC"
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "inventory"]
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

_engine = os.environ.get("GODWIT_DJANGO_ENGINE", "sqlite")
if _engine == "mysql":
    import pymysql
    pymysql.version_info = (1, 4, 6, "final", 0)
    pymysql.install_as_MySQLdb()
DATABASES = {
    "default": {
        "ENGINE": {"sqlite": "django.db.backends.sqlite3", "postgresql": "django.db.backends.postgresql",
                   "mysql": "django.db.backends.mysql"}[_engine],
        "NAME": os.environ["GODWIT_DJANGO_NAME"],
        "USER": os.environ.get("GODWIT_DJANGO_USER", ""),
        "PASSWORD": os.environ.get("GODWIT_DJANGO_PASSWORD", ""),
        "HOST": os.environ.get("GODWIT_DJANGO_HOST", ""),
        "PORT": os.environ.get("GODWIT_DJANGO_PORT", ""),
    }
}
if _engine == "mysql":
    DATABASES["default"]["OPTIONS"] = {"charset": "utf8mb4"}
