"""Settings for a developer's machine and the demo: debug on, files next to the code."""

from __future__ import annotations

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
