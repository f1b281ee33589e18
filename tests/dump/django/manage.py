#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small Django project the dump tests run as the reference peer (Debian's python3-django)."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "djproject.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
