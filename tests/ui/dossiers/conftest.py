"""Fixtures for the dossier UI tests: an open DossierFile and a main window on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from resokit_desktop.services.dossier_file import DossierFile


@pytest.fixture
def dossier(db_path: Path):
    opened = DossierFile.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, dossier):
    from resokit_desktop.ui.main_window import MainWindow

    main = MainWindow(dossier)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.overview.saver.stop()
