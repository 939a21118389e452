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
from resokit_desktop.reports.figure_texts import CLIENT_COPY_KEYS
from resokit_desktop.reports.summary_map import map_part
from resokit_desktop.reports.talent_labels import pile_titles
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
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    plain = options.copy is SummaryCopy.CLIENT
    name = data.client_label(options)
    title = (t("Samenvatting van ons gesprek") if plain
             else t("Samenvatting van het gesprek"))
    header = [
        (t("Voor: {name}") if plain else t("Cliënt: {name}")).format(name=name),
    ]
    if data.session is not None:
        header.append(t("Gesprek van {date} ({kind})").format(
            date=texts.date(data.session.date), kind=labels.session_type(texts, data.session.type)))
    if data.header.worker_name:
        header.append(t("Hulpverlener: {name}").format(name=data.header.worker_name))
    copy_line = (t("Exemplaar voor de cliënt") if plain
                 else t("Exemplaar voor de hulpverlener"))
    header.append(t("{copy} · afgedrukt op {date}").format(
        copy=copy_line, date=texts.date(data.header.printed_on)))
    doc = Document(
        title=title, header_lines=tuple(header),
        organisation_name=data.header.organisation_name, logo_png=data.header.logo_png,
        footer_text=footer_text(texts), page_label=page_label(texts),
        document_language=texts.lang,
    )
    # Page one holds what the person takes home first: the talk, the agreements, the strengths.
    _session_part(doc, data, plain, texts)
    _agreements_part(doc, data, plain, texts)
    _talents_part(doc, data, plain, texts)
    _web_part(doc, data, plain, texts)
    map_part(doc, data, plain, texts)
    _roles_part(doc, data, plain, texts)
    return doc


def _session_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    session = data.session
    doc.add(Heading(t("Waar we over spraken") if plain else t("Het gesprek")))
    if session is None:
        doc.add(Paragraph(t("Er is nog geen gesprek genoteerd."), "muted"))
        return
    if session.worked_on.strip():
        doc.add(Paragraph(session.worked_on))
    if session.client_words.strip():
        doc.add(Paragraph(session.client_words, "quote",
                          t("Wat jij zei") if plain else t("In eigen woorden")))
    if not plain and session.worker_observations.strip():
        doc.add(Paragraph(
            session.worker_observations, "private",
            t("Observaties van de hulpverlener (niet in het exemplaar voor de cliënt)")))


def _agreements_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    session = data.session
    doc.add(Heading(t("Wat we afspraken") if plain else t("Afspraken")))
    agreements = session.agreements if session is not None else []
    if agreements:
        yes = t("ja")
        rows = tuple(
            (a.who or "–", a.what, texts.date(a.due_date) or "–", yes if a.done else "")
            for a in agreements
        )
        doc.add(Table(
            headers=(t("Wie"), t("Wat"), t("Tegen wanneer"),
                     t("Gedaan")),
            rows=rows, widths=(0.18, 0.47, 0.24, 0.11),
        ))
    else:
        doc.add(Paragraph(t("Geen afspraken genoteerd."), "muted"))
    if session is not None and session.next_appointment:
        label = (t("We zien elkaar terug op") if plain
                 else t("Volgende afspraak"))
        doc.add(Facts(((label, texts.date(session.next_appointment)),)))


def _web_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    if data.web is None and not data.indicators and data.change is None:
        return
    doc.add(PageBreak())
    doc.add(Heading(t("Jouw netwerk") if plain else t("Inclusieweb")))
    if data.web_date:
        doc.add(Paragraph(t("Zoals getekend op {date}").format(
            date=texts.date(data.web_date)), "muted"))
    if data.web is not None:
        doc.add(Picture(data.web, t("Legende")))
    shown = [f for f in data.indicators if not plain or f.key in CLIENT_COPY_KEYS]
    if shown:
        pairs = tuple((f.label or f.key, f"{f.value} ({f.detail})" if f.detail else f.value)
                      for f in shown)
        # The figures stay together on one page: a split list leaves a few orphan lines.
        keep = 14 + sum(11.5 for _ in shown) + 9 * len(data.figure_notes)
        doc.add(Heading(t("Je netwerk in cijfers") if plain
                        else t("Kerncijfers"), 2, keep=min(keep, 230)))
        doc.add(Facts(pairs, tuple(f.explanation for f in shown)))
        for note in data.figure_notes:
            doc.add(Paragraph(note, "muted"))
    if data.change is not None:
        _change_part(doc, data.change, plain, texts)
    if data.charts:
        doc.add(Heading(t("Je netwerk in beeld") if plain else t("Grafieken"), 2))
        for title, image, caption in data.charts:
            # Title, caption and picture stay on one page (the page is 174 mm wide).
            doc.add(Heading(title, 2, keep=min(174 * image.aspect + 22, 200)))
            if caption:
                doc.add(Paragraph(caption, "muted"))
            doc.add(Picture(image))


def _change_part(doc: Document, change: WebChange, plain: bool, texts: ReportTexts) -> None:
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    # Keep the section together: its heading, each non-empty row and the client's words.
    rows = sum(1 for names in (change.added, change.lost, change.closer, change.further) if names)
    keep = 12 + 6.5 * max(rows, 1) + (18 if change.client_words.strip() else 0)
    doc.add(Heading(t("Wat is er veranderd sinds {date}?").format(
        date=texts.date(change.earlier_date)), 2, keep=min(keep, 90)))
    if change.is_empty:
        doc.add(Paragraph(t("Geen verschillen met de vorige versie."), "muted"))
    else:
        rows = (
            (t("Nieuw erbij"), change.added),
            (t("Niet meer in het web"), change.lost),
            (t("Dichterbij gekomen"), change.closer),
            (t("Verder weg"), change.further),
        )
        doc.add(Facts(tuple((label, ", ".join(names)) for label, names in rows if names)))
    if change.client_words.strip():
        doc.add(Paragraph(change.client_words, "quote",
                          t("Wat jij erover zegt") if plain
                          else t("Wat de cliënt erover zegt")))


def _talents_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    if not data.talents and not data.talent_piles:
        return
    doc.add(Heading(t("Waar je sterk in bent") if plain
                    else t("Focustalenten")))
    if data.talents:
        doc.add(Bullets(tuple(
            f"{talent.label} – {talent.example}" if talent.example else talent.label
            for talent in data.talents
        )))
    if data.talent_piles:
        titles = pile_titles(texts)
        doc.add(Facts(tuple((titles.get(pile, pile), ", ".join(labels))
                            for pile, labels in data.talent_piles)))


def _roles_part(doc: Document, data: SummaryData, plain: bool, texts: ReportTexts) -> None:
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    if not data.role_plans:
        return
    doc.add(Heading(t("Rollen waar je aan werkt") if plain
                    else t("Actieve rolplannen")))
    for plan in data.role_plans:
        role_plan_blocks(doc, plan, plain, texts)


def role_plan_blocks(doc: Document, plan: RolePlanLine, plain: bool, texts: ReportTexts,
                     all_steps: bool = False) -> None:
    """One role plan: title, where and with whom, and the next small steps."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    status = labels.role_status(texts, plan.status) if plan.status else ""
    pairs: list[tuple[str, str]] = []
    if plain and status:
        since = (t("sinds {date}").format(date=texts.date(plan.status_since))
                 if plan.status_since else "")
        pairs.append((t("Hoe ver het staat"), ", ".join(p for p in (status, since) if p)))
    where = ", ".join(p for p in (plan.place, labels.role_setting(texts, plan.setting)
                                  if plan.setting else "") if p)
    if where:
        pairs.append((t("Waar"), where))
    if plan.key_person:
        pairs.append((t("Wie opent de deur") if plain
                      else t("Sleutelpersoon"), plan.key_person))
    if plan.register_entry:
        pairs.append((t("Uit het buurtregister"), plan.register_entry))
    if plan.talents:
        pairs.append((t("Wat je er goed in maakt") if plain
                      else t("Talenten"), ", ".join(plan.talents)))
    if plan.need:
        pairs.append((t("Waarom het de buurt helpt") if plain
                      else t("Nood in de buurt"), plan.need))
    if plan.brings:
        brings = ", ".join(labels.good_thing(texts, b) for b in plan.brings)
        pairs.append((t("Wat het je geeft") if plain
                      else t("Wat het oplevert"), brings))
    if plan.barriers:
        barriers = ", ".join(labels.barrier(texts, b) for b in plan.barriers)
        pairs.append((t("Wat het moeilijk maakt") if plain
                      else t("Drempels"), barriers))
    if plan.support:
        pairs.append((t("Hulp die je krijgt") if plain
                      else t("Nodige ondersteuning"), plan.support))
    steps = plan.next_steps if all_steps else plan.next_steps[:MAX_NEXT_STEPS]
    # Keep a plan on one page when it fits: title, facts and steps belong together.
    keep = 10 + 5.8 * len(pairs) + (12 + 6.2 * len(steps) if steps else 0)
    title = f"{plan.title} ({status})" if status and not plain else plan.title
    doc.add(Heading(title, 2, keep=min(keep, 120)))
    if pairs:
        doc.add(Facts(tuple(pairs)))
    if steps:
        doc.add(Paragraph("", "body", t("Kleine stappen") if all_steps
                          else t("Volgende stappen")))
        doc.add(Table(
            headers=(t("Wie"), t("Wat"), t("Tegen wanneer")),
            rows=tuple((s.who or "–", s.what + (f" ({t('gedaan')})" if s.done else ""),
                        texts.date(s.due_date) or "–") for s in steps),
            widths=(0.22, 0.56, 0.22),
        ))
    if plan.evaluation.strip():
        doc.add(Paragraph(plan.evaluation, "quote", t("In eigen woorden")))
