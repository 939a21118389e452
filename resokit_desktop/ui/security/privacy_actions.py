"""Menu entries for the duties to the client: access, handover, retention review, audit log."""

from __future__ import annotations

from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.modal import exec_and_free

_tr = translator("PrivacyActions")


def add_actions(registry, window) -> None:
    registry.add("access_export", _tr("&Inzage geven (PDF en JSON)…"), None, "dossier",
                 lambda: open_access_export(window), order=400, needs_client=True)
    registry.add("transfer_export", _tr("&Overdragen aan een collega…"), None, "dossier",
                 lambda: open_transfer_export(window), order=410, needs_client=True)
    registry.add("transfer_import", _tr("Overdracht van een &collega inlezen…"), None, "dossier",
                 lambda: open_transfer_import(window), order=420)
    registry.add("retention_review", _tr("&Bewaartermijn nakijken…"), None, "dossier",
                 lambda: open_retention(window), order=500)
    registry.add("audit_log", _tr("&Logboek bekijken…"), None, "dossier",
                 lambda: open_audit(window), order=510)


def open_access_export(window) -> None:
    # lazy: the dialog's module loads when it is first opened, not at start-up
    from resokit_desktop.ui.security.access_export_dialog import AccessExportDialog

    client_id = window.current_client_id()
    if client_id is None or not window.flush_pending():
        return
    exec_and_free(AccessExportDialog(window.dossier, client_id, window))


def open_transfer_export(window) -> None:
    # lazy: the dialog's module loads when it is first opened, not at start-up
    from resokit_desktop.ui.security.transfer_export_dialog import TransferExportDialog

    client_id = window.current_client_id()
    if client_id is None or not window.flush_pending():
        return
    exec_and_free(TransferExportDialog(window.dossier, client_id, window))


def open_transfer_import(window) -> None:
    # lazy: the dialog's module loads when it is first opened, not at start-up
    from resokit_desktop.ui.security.transfer_import_dialog import TransferImportDialog

    if not window.flush_pending():
        return
    dialog = TransferImportDialog(window.dossier, window)
    exec_and_free(dialog)
    if dialog.imported_id is not None:
        window.refresh_clients()


def open_retention(window) -> None:
    # lazy: the dialog's module loads when it is first opened, not at start-up
    from resokit_desktop.ui.security.retention_dialog import RetentionDialog

    exec_and_free(RetentionDialog(window.dossier, window))


def open_audit(window) -> None:
    # lazy: the dialog's module loads when it is first opened, not at start-up
    from resokit_desktop.ui.security.audit_view import AuditDialog

    exec_and_free(AuditDialog(window.dossier, window))
