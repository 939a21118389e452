"""Shared test set-up: Qt offscreen, a private per-user folder, and a fresh dossier file."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

# Set before anything imports Qt. Tests never touch the real user's folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The caller's environment must not change what a test sees: no passphrase or other Resokit
# setting leaks in from the shell, and time zone and locale are pinned.
for _name in [name for name in os.environ if name.startswith("RESOKIT_")]:
    del os.environ[_name]
os.environ["TZ"] = "Europe/Brussels"
time.tzset()
for _name in ("LANG", "LC_ALL", "LC_TIME", "LC_NUMERIC", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LC_ALL"] = "C.UTF-8"
_HOME = tempfile.mkdtemp(prefix="resokit-test-home-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, "cache")
os.environ.setdefault("XDG_RUNTIME_DIR", os.path.join(_HOME, "runtime"))
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

import sys  # noqa: E402

import pytest  # noqa: E402

# tests/reports/rich_client.py (one client with everything a summary can show) is shared by the
# report, service, command-line and printing tests: importable from all of them.
sys.path.insert(0, str(Path(__file__).resolve().parent / "reports"))

from rich_client import make_rich_client  # noqa: E402

from resokit_desktop.storage.connection import open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "dossiers.resokit"


@pytest.fixture
def db(db_path: Path):
    database = open_database(db_path)
    yield database
    database.conn.close()


@pytest.fixture
def rich_db(tmp_path: Path):
    """A dossier file with one rich client (its id in ``rich_db.rich_client_id``)."""
    database = open_database(tmp_path / "rich.resokit")
    database.rich_client_id = make_rich_client(database)
    yield database
    database.conn.close()


# Tests whose data or verdicts are built from today's date (relative dates, daily backups,
# retention, demo data, printed dates). .ci/run runs them once more under a fixed clock on another
# weekday and near midnight (faketime), so a test that holds only on some days is caught.
DATE_SENSITIVE = {
    "cli/test_demo_command.py", "cli/test_summary_command.py", "reports/test_summary_pdf.py",
    "security/test_backups.py", "security/test_erase_backups_rotate.py",
    "security/test_instance_lock.py", "security/test_retention_review.py",
    "services/test_demo_talents_roles.py", "services/test_summary_service.py",
    "services/test_web_demo.py", "ui/charts/test_aggregate_export_responsive.py",
    "ui/dossiers/test_client_bad_input.py",
    "ui/security/test_lock.py", "ui/security/test_unlock_dialogs.py",
}


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "date_sensitive: built from today's date (see conftest)")
    config.addinivalue_line(
        "markers", "demo_dossier: the UI fixture 'dossier' holds the demo clients (tests/ui)")
    config.addinivalue_line(
        "markers", "slow: SIGKILL loops and package builds; the everyday run is "
        "`./test.sh -m \"not slow\"`, CI runs everything")


def pytest_collection_modifyitems(config, items) -> None:
    tests_dir = Path(__file__).parent
    for item in items:
        if Path(item.fspath).relative_to(tests_dir).as_posix() in DATE_SENSITIVE:
            item.add_marker(pytest.mark.date_sensitive)
