"""Where the warehouse file lives: one DuckDB file in the user's data directory.

The order of precedence lets a trust keep the warehouse on a shared or encrypted drive
(``CSCMONITOR_DATA_DIR``) and lets a single command point elsewhere (``--data-dir``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "CSCMONITOR_DATA_DIR"
DATABASE_FILE = "cscmonitor.duckdb"


def data_dir(override: Path | None = None) -> Path:
    """``override`` (the CLI's ``--data-dir``), else ``$CSCMONITOR_DATA_DIR``, else the
    platform's per-user data directory."""
    if override is not None:
        return override.expanduser()
    from_environment = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_environment:
        return Path(from_environment).expanduser()
    return Path(platformdirs.user_data_dir("cscmonitor", appauthor=False))


def database_path(directory: Path | None = None) -> Path:
    """The warehouse file inside the chosen data directory."""
    return data_dir(directory) / DATABASE_FILE
