"""Labels for codes in printed documents: the one catalogue, in the document's language."""

from __future__ import annotations

from resokit_desktop.domain import labels
from resokit_desktop.domain.roles import Barrier, GoodThing, RoleSetting, RoleStatus
from resokit_desktop.domain.session import SessionType
from resokit_desktop.domain.web.model import Function
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = labels.CONTEXT


def session_type(texts: ReportTexts, code: str) -> str:
    return labels.label_of(SessionType, code, texts.translate)


def role_status(texts: ReportTexts, code: str) -> str:
    return labels.label_of(RoleStatus, code, texts.translate)


def role_setting(texts: ReportTexts, code: str) -> str:
    return labels.label_of(RoleSetting, code, texts.translate)


def function_name(texts: ReportTexts, code: str) -> str:
    return labels.label_of(Function, code, texts.translate)


def good_thing(texts: ReportTexts, code: str) -> str:
    return labels.label_of(GoodThing, code, texts.translate)


def barrier(texts: ReportTexts, code: str) -> str:
    return labels.label_of(Barrier, code, texts.translate)
