"""Lay out the session summary (worker copy or plain-language client copy) as report blocks."""

from __future__ import annotations

from resokit_desktop.domain.summary import (
    RolePlanLine,
    SummaryCopy,
    SummaryData,
    SummaryOptions,
    WebChange,
)
from resokit_desktop.reports import labels
from resokit_desktop.reports.blocks import (
    Bullets,
    Document,
    Facts,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Table,
)
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "SummaryReport"
MAX_NEXT_STEPS = 4


def footer_text(texts: ReportTexts) -> str:
    return texts.translate(
        CONTEXT, "Vertrouwelijk – bevat persoonsgegevens; niet doorgeven zonder toestemming.")


def page_label(texts: ReportTexts) -> str:
    return texts.translate(CONTEXT, "Pagina {page} van {pages}")


def summary_document(data: SummaryData, options: SummaryOptions, texts: ReportTexts) -> Document:
    """Build the summary's blocks; the client copy never contains the worker's observations."""
    plain = options.copy is SummaryCopy.CLIENT
    t = texts.translate
    name = data.client_label(options)
    title = (t(CONTEXT, "Samenvatting van ons gesprek") if plain
             else t(CONTEXT, "Samenvatting van het gesprek"))
    header = [
        (t(CONTEXT, "Voor: {name}") if plain else t(CONTEXT, "Cliënt: {name}")).format(name=name),
    ]
    if data.session is not None:
        header.append(t(CONTEXT, "Gesprek van {date} ({kind})").format(
            date=texts.date(data.session.date), kind=labels.session_type(texts, data.session.type)))
    if data.header.worker_name:
        header.append(t(CONTEXT, "Hulpverlener: {name}").format(name=data.header.worker_name))
    copy_line = (t(CONTEXT, "Exemplaar voor de cliënt") if plain
                 else t(CONTEXT, "Exemplaar voor de hulpverlener"))
    header.append(t(CONTEXT, "{copy} · afgedrukt op {date}").format(
        copy=copy_line, date=texts.date(data.header.printed_on)))
    doc = Document(
        title=title, header_lines=tuple(header),
        organisation_name=data.header.organisation_name, logo_png=data.header.logo_png,
        footer_text=footer_text(texts), page_label=page_label(texts),
        document_language=texts.lang,
    )
    _session_part(doc, data, plain, texts)
    _agreements_part(doc, data, plain, texts)
    _web_part(doc, data, plain, texts)
    _talents_part(doc, data, plain, texts)
    _roles_part(doc, data, plain, texts)
    return doc


def _session_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    t = texts.translate
    session = data.session
    doc.add(Heading(t(CONTEXT, "Waar we over spraken") if plain else t(CONTEXT, "Het gesprek")))
    if session is None:
        doc.add(Paragraph(t(CONTEXT, "Er is nog geen gesprek genoteerd."), "muted"))
        return
    if session.worked_on.strip():
        doc.add(Paragraph(session.worked_on))
    if session.client_words.strip():
        doc.add(Paragraph(session.client_words, "quote",
                          t(CONTEXT, "Wat jij zei") if plain else t(CONTEXT, "In eigen woorden")))
    if not plain and session.worker_observations.strip():
        doc.add(Paragraph(
            session.worker_observations, "private",
            t(CONTEXT, "Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)")))


def _agreements_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    t = texts.translate
    session = data.session
    doc.add(Heading(t(CONTEXT, "Wat we afspraken") if plain else t(CONTEXT, "Afspraken")))
    agreements = session.agreements if session is not None else []
    if agreements:
        yes = t(CONTEXT, "ja")
        rows = tuple(
            (a.who or "–", a.what, texts.date(a.due_date) or "–", yes if a.done else "")
            for a in agreements
        )
        doc.add(Table(
            headers=(t(CONTEXT, "Wie"), t(CONTEXT, "Wat"), t(CONTEXT, "Tegen wanneer"),
                     t(CONTEXT, "Gedaan")),
            rows=rows, widths=(0.18, 0.47, 0.24, 0.11),
        ))
    else:
        doc.add(Paragraph(t(CONTEXT, "Geen afspraken genoteerd."), "muted"))
    if session is not None and session.next_appointment:
        label = (t(CONTEXT, "We zien elkaar terug op") if plain
                 else t(CONTEXT, "Volgende afspraak"))
        doc.add(Facts(((label, texts.date(session.next_appointment)),)))


def _web_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    t = texts.translate
    if data.web is None and not data.indicators and data.change is None:
        return
    doc.add(PageBreak())
    doc.add(Heading(t(CONTEXT, "Jouw netwerk") if plain else t(CONTEXT, "Inclusieweb")))
    if data.web_date:
        doc.add(Paragraph(t(CONTEXT, "Zoals getekend op {date}").format(
            date=texts.date(data.web_date)), "muted"))
    if data.web is not None:
        doc.add(Picture(data.web, t(CONTEXT, "Legende")))
    pairs = []
    for figure in data.indicators:
        label = labels.indicator(texts, figure.key, plain)
        if label is None:
            continue
        value = f"{figure.value} ({figure.detail})" if figure.detail else figure.value
        pairs.append((label, value))
    if pairs:
        doc.add(Heading(t(CONTEXT, "Je netwerk in cijfers") if plain
                        else t(CONTEXT, "Kerncijfers"), 2))
        doc.add(Facts(tuple(pairs)))
    if data.change is not None:
        _change_part(doc, data.change, plain, texts)


def _change_part(doc: Document, change: WebChange, plain: bool, texts: ReportTexts) -> None:
    t = texts.translate
    doc.add(Heading(t(CONTEXT, "Wat is er veranderd sinds {date}?").format(
        date=texts.date(change.earlier_date)), 2))
    if change.is_empty:
        doc.add(Paragraph(t(CONTEXT, "Geen verschillen met de vorige versie."), "muted"))
    else:
        rows = (
            (t(CONTEXT, "Nieuw erbij"), change.added),
            (t(CONTEXT, "Niet meer in het web"), change.lost),
            (t(CONTEXT, "Dichterbij gekomen"), change.closer),
            (t(CONTEXT, "Verder weg"), change.further),
        )
        doc.add(Facts(tuple((label, ", ".join(names)) for label, names in rows if names)))
    if change.client_words.strip():
        doc.add(Paragraph(change.client_words, "quote",
                          t(CONTEXT, "Wat jij erover zegt") if plain
                          else t(CONTEXT, "Wat de cliënt erover zegt")))


def _talents_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    if not data.talents:
        return
    t = texts.translate
    doc.add(Heading(t(CONTEXT, "Waar je sterk in bent") if plain
                    else t(CONTEXT, "Focustalenten")))
    doc.add(Bullets(tuple(
        f"{talent.label} – {talent.example}" if talent.example else talent.label
        for talent in data.talents
    )))


def _roles_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    if not data.role_plans:
        return
    t = texts.translate
    doc.add(Heading(t(CONTEXT, "Rollen waar je aan werkt") if plain
                    else t(CONTEXT, "Actieve rolplannen")))
    for plan in data.role_plans:
        role_plan_blocks(doc, plan, plain, texts)


def role_plan_blocks(doc: Document, plan: RolePlanLine, plain: bool, texts: ReportTexts,
                     all_steps: bool = False) -> None:
    """One role plan: title, where and with whom, and the next small steps."""
    t = texts.translate
    status = labels.role_status(texts, plan.status) if plan.status else ""
    pairs: list[tuple[str, str]] = []
    where = ", ".join(p for p in (plan.place, labels.role_setting(texts, plan.setting)
                                  if plan.setting else "") if p)
    if where:
        pairs.append((t(CONTEXT, "Waar"), where))
    if plan.key_person:
        pairs.append((t(CONTEXT, "Wie opent de deur") if plain
                      else t(CONTEXT, "Sleutelpersoon"), plan.key_person))
    if plan.talents:
        pairs.append((t(CONTEXT, "Wat je er goed in maakt") if plain
                      else t(CONTEXT, "Talenten"), ", ".join(plan.talents)))
    if plan.need:
        pairs.append((t(CONTEXT, "Waarom het de buurt helpt") if plain
                      else t(CONTEXT, "Nood in de buurt"), plan.need))
    if plan.brings:
        brings = ", ".join(labels.good_thing(texts, b) for b in plan.brings)
        pairs.append((t(CONTEXT, "Wat het je geeft") if plain
                      else t(CONTEXT, "Wat het oplevert"), brings))
    if plan.barriers:
        barriers = ", ".join(labels.barrier(texts, b) for b in plan.barriers)
        pairs.append((t(CONTEXT, "Wat het moeilijk maakt") if plain
                      else t(CONTEXT, "Drempels"), barriers))
    if plan.support:
        pairs.append((t(CONTEXT, "Hulp die je krijgt") if plain
                      else t(CONTEXT, "Nodige ondersteuning"), plan.support))
    steps = plan.next_steps if all_steps else plan.next_steps[:MAX_NEXT_STEPS]
    # Keep a plan on one page when it fits: title, facts and steps belong together.
    keep = 10 + 5.8 * len(pairs) + (12 + 6.2 * len(steps) if steps else 0)
    title = f"{plan.title} ({status})" if status and not plain else plan.title
    doc.add(Heading(title, 2, keep=min(keep, 120)))
    if pairs:
        doc.add(Facts(tuple(pairs)))
    if steps:
        doc.add(Paragraph("", "body", t(CONTEXT, "Volgende stappen")))
        doc.add(Table(
            headers=(t(CONTEXT, "Wie"), t(CONTEXT, "Wat"), t(CONTEXT, "Tegen wanneer")),
            rows=tuple((s.who or "–", s.what, texts.date(s.due_date) or "–") for s in steps),
            widths=(0.22, 0.56, 0.22),
        ))
    if plan.evaluation.strip():
        doc.add(Paragraph(plan.evaluation, "quote", t(CONTEXT, "In eigen woorden")))
