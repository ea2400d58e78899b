"""The printed briefing's page as Qt rich text (issue 6): ``briefing_html`` lays a
``Briefing`` out as a header, a boxed "one thing I can do for them", then two columns, at
one of the ``LEVELS`` of detail. Every piece of contact text goes through ``esc``
(``html.escape``), so a name such as ``<b>x</b>`` prints literally. ``briefing_pdf``
typesets it on a page."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services.briefing import Briefing, BriefingInteraction
from desktop.ui.common import formatting, kinds

translate = QCoreApplication.translate

PHOTO_URL = "rapport-briefing:photo"  # the photo, added to the document by briefing_pdf
ELLIPSIS = "…"

# Ink: near-black text, greys that survive a black-and-white laser printer.
INK = "#111827"
MUTED = "#4b5563"
FAINT = "#6b7280"
RULE = "#9ca3af"
TINT = "#f3f4f6"
SERIF = "'Source Serif 4', 'Source Serif Pro', Georgia, 'DejaVu Serif', serif"
SANS = "'Source Sans 3', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"


class PageTexts(QObject):
    """The page's strings with a count (``self.tr``: lupdate sees the plurals)."""

    def earlier(self, n: int) -> str:
        return self.tr("and %Ln earlier interaction(s)", "", n)

    def more(self, n: int) -> str:
        return self.tr("and %Ln more", "", n)


# --- text helpers ------------------------------------------------------------------------

def clip(text: str, limit: int) -> str:
    """*text* cut to at most *limit* characters at a word boundary, with a visible "…"."""
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + ELLIPSIS


def esc(text: str, limit: int | None = None) -> str:
    """Contact text made safe for rich text: clipped, escaped, line breaks kept."""
    if limit is not None:
        text = clip(text, limit)
    return html.escape(text, quote=True).replace("\n", "<br>")


def _day(value: dt.date, today: dt.date) -> str:
    return formatting.short_date(value, today)


def _when(value: dt.datetime) -> str:
    return formatting.date_time_text(value, value.date())


# --- layout ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Detail:
    """How much of the content a layout attempt prints (level 0: everything it can)."""

    notes: int  # characters of each interaction's notes
    note: int  # characters of the contact's own note
    items: int  # follow-ups, people in the network
    text: int  # any one-line value (how we met, reasons...)
    scale: float  # type size relative to the normal


LEVELS: tuple[Detail, ...] = (
    Detail(notes=420, note=700, items=4, text=300, scale=1.0),
    Detail(notes=240, note=360, items=4, text=200, scale=1.0),
    Detail(notes=140, note=200, items=3, text=140, scale=1.0),
    Detail(notes=90, note=120, items=3, text=110, scale=0.92),
    Detail(notes=60, note=80, items=2, text=80, scale=0.85),
)

CSS = f"""
body {{ color: {INK}; }}
p {{ margin-top: 0px; margin-bottom: 0px; }}
.kicker {{ font-family: {SANS}; color: {FAINT}; }}
.name {{ font-family: {SERIF}; font-weight: 600; color: {INK}; }}
.job {{ font-family: {SERIF}; color: {MUTED}; }}
.meta {{ font-family: {SANS}; color: {MUTED}; }}
.head {{ font-family: {SANS}; color: {INK}; font-weight: 700; }}
.text {{ font-family: {SERIF}; color: {INK}; }}
.small {{ font-family: {SANS}; color: {MUTED}; }}
.label {{ font-family: {SANS}; color: {FAINT}; }}
.strong {{ font-weight: 700; }}
"""


class _Html:
    """Builds the page's rich text; font sizes in points scaled by the detail level."""

    def __init__(self, detail: Detail) -> None:
        self.d = detail

    def pt(self, size: float) -> str:
        return f"font-size: {size * self.d.scale:.2f}pt;"

    def section(self, title: str, body: str, first: bool = False) -> str:
        space = 0 if first else round(13 * self.d.scale)
        # A heading with a hairline under it: a one-cell table (Qt draws cell borders).
        return (
            f'<table width="100%" cellspacing="0" cellpadding="0" '
            f'style="margin-top: {space}px; margin-bottom: 5px; border-collapse: collapse;">'
            f'<tr><td style="border-bottom: 0.6px solid {RULE}; padding-bottom: 2px;">'
            f'<p class="head" style="{self.pt(7.4)}">{html.escape(title.upper())}</p>'
            f"</td></tr></table>{body}"
        )

    def para(self, inner: str, cls: str = "text", size: float = 9.6, space: int = 3) -> str:
        return (f'<p class="{cls}" style="{self.pt(size)} margin-bottom: {space}px; '
                f'line-height: 125%;">{inner}</p>')


def _left_column(b: Briefing, h: _Html) -> list[str]:
    d = h.d
    out: list[str] = []
    if b.facts:
        # Pinned facts first (issue 15): what to have in mind before anything else.
        lines = [h.para(f'<span class="label">{esc(label, 30)}</span> {esc(text, d.text)}')
                 for label, text in b.facts[: max(3, d.items * 2)]]
        out.append(h.section(translate("BriefingPdf", "Pinned"), "".join(lines), first=True))
    story = []
    if b.how_we_met:
        story.append(h.para(esc(b.how_we_met, d.text)))
    if b.introduced_by:
        who = ", ".join(esc(n, 60) for n in b.introduced_by[:3])
        label = esc(translate("BriefingPdf", "Introduced by"))
        story.append(h.para(f'<span class="label">{label}</span> {who}', "text"))
    if b.met_on_text:
        story.append(h.para(esc(b.met_on_text), "small", 8.4))
    if story:
        out.append(h.section(translate("BriefingPdf", "How we met"), "".join(story),
                             first=not out))
    if b.note:
        out.append(h.section(translate("BriefingPdf", "About them"), h.para(esc(b.note, d.note)),
                             first=not out))
    if b.interactions:
        rows = []
        for item in b.interactions:
            kind_label = kinds.interaction_kind(item.kind)
            title = esc(item.summary, 90) if item.summary else esc(kind_label)
            kind = (f'<span class="small" style="{h.pt(8.2)}"> · {esc(kind_label)}</span>'
                    if item.summary and kind_label.lower() not in item.summary.lower()
                    else "")
            body = h.para(f'<span class="strong">{title}</span>{kind}', space=1)
            if item.notes:
                body += h.para(esc(item.notes, d.notes), "text", 9.2, space=0)
            rows.append(
                '<tr><td width="19%" valign="top" '
                'style="padding-bottom: 6px; padding-right: 6px;">'
                f'<p class="small" style="{h.pt(8.2)} line-height: 140%; white-space: nowrap;">'
                f"{_day(item.when.date(), b.today)}</p></td>"
                f'<td valign="top" style="padding-bottom: 6px;">{body}</td></tr>'
            )
        table = ('<table width="100%" cellspacing="0" cellpadding="0">'
                 + "".join(rows) + "</table>")
        more = b.interaction_count - len(b.interactions)
        if more > 0:
            table += h.para(esc(PageTexts().earlier(more)), "small", 8.0)
        out.append(h.section(translate("BriefingPdf", "Last conversations"), table,
                             first=not out))
    if b.followups:
        rows = []
        for f in b.followups[: d.items]:
            due = _day(f.due_on, b.today)
            if f.is_promise:
                state = (translate("BriefingPdf", "Promise, overdue since %1") if f.overdue
                         else translate("BriefingPdf", "Promise, due %1"))
            else:
                state = (translate("BriefingPdf", "Follow up, overdue since %1") if f.overdue
                         else translate("BriefingPdf", "Follow up, due %1"))
            state = esc(state.replace("%1", due))
            reason = (esc(f.reason, d.text) if f.reason
                      else esc(translate("BriefingPdf", "Get in touch")))
            weight = ' class="strong"' if f.overdue else ""
            rows.append(h.para(
                f'☐&nbsp; <span{weight}>{reason}</span> '
                f'<span class="small" style="{h.pt(8.2)}">— {state}</span>', space=3))
        hidden = b.more_followups + max(0, len(b.followups) - d.items)
        if hidden:
            rows.append(h.para(esc(PageTexts().more(hidden)), "small", 8.0))
        out.append(h.section(translate("BriefingPdf", "Open follow-ups and promises"),
                             "".join(rows), first=not out))
    return out


def _right_column(b: Briefing, h: _Html) -> list[str]:
    d = h.d
    out: list[str] = []
    if b.interests:
        names = []
        for t in b.interests:
            if t.shared:
                names.append(f'<span class="strong">★&nbsp;{esc(t.name, 40)}</span>')
            else:
                names.append(esc(t.name, 40))
        body = h.para(" &nbsp;·&nbsp; ".join(names))
        if b.shared_interests:
            body += h.para(esc(translate("BriefingPdf", "★ shared with you")), "small", 7.6)
        out.append(h.section(translate("BriefingPdf", "Interests"), body, first=not out))
    if b.avoid:
        items = ", ".join(esc(a, 40) for a in b.avoid)
        steer = esc(translate("BriefingPdf", "Steer clear of:"))
        box = (
            f'<table width="100%" cellspacing="0" cellpadding="5" '
            f'style="border: 1px solid {INK}; border-collapse: collapse;"><tr><td>'
            f'<p class="text" style="{h.pt(9.6)}"><span class="strong">{steer}</span> '
            f"{items}</p></td></tr></table>"
        )
        out.append(h.section(translate("BriefingPdf", "Topics to avoid"), box, first=not out))
    if b.favours is not None:
        f = b.favours
        gave = esc(translate("BriefingPdf", "You gave %1 · they gave %2").replace(
            "%1", str(f.given)).replace("%2", str(f.received)))
        body = h.para(f'<span class="strong">{gave}</span>')
        body += h.para(esc(f.summary), "small", 8.4)
        if f.last_given:
            label = esc(translate("BriefingPdf", "Last from you:"))
            body += h.para(f'<span class="label">{label}</span> '
                           f"{esc(f.last_given, d.text)}", "small", 8.4, space=1)
        if f.last_received:
            label = esc(translate("BriefingPdf", "Last from them:"))
            body += h.para(f'<span class="label">{label}</span> '
                           f"{esc(f.last_received, d.text)}", "small", 8.4, space=1)
        out.append(h.section(translate("BriefingPdf", "Favours"), body, first=not out))
    if b.knows:
        rows = [
            h.para(f'<span class="strong">{esc(p.name, 60)}</span>'
                   f'<span class="small" style="{h.pt(8.2)}"> — {esc(p.reason, d.text)}</span>',
                   space=2)
            for p in b.knows[: d.items]
        ]
        hidden = b.more_knows + max(0, len(b.knows) - d.items)
        if hidden:
            rows.append(h.para(esc(PageTexts().more(hidden)), "small", 8.0))
        out.append(h.section(translate("BriefingPdf", "People you both know"), "".join(rows),
                             first=not out))
    if b.introduce_to:
        rows = [
            h.para(f'<span class="strong">{esc(p.name, 60)}</span>'
                   + (f'<span class="small" style="{h.pt(8.2)}">, {esc(p.organization, 50)}'
                      "</span>" if p.organization and p.organization != p.name else "")
                   + f'<br><span class="small" style="{h.pt(8.2)}">{esc(p.reason, d.text)}'
                     "</span>", space=3)
            for p in b.introduce_to[: max(1, d.items - 1)]
        ]
        out.append(h.section(translate("BriefingPdf", "Worth introducing to"), "".join(rows),
                             first=not out))
    details = []
    for label, value in ((translate("BriefingPdf", "Email"), b.email),
                         (translate("BriefingPdf", "Phone"), b.phone),
                         (translate("BriefingPdf", "Birthday"), b.birthday),
                         (translate("BriefingPdf", "Groups"), ", ".join(b.groups))):
        if value:
            details.append(h.para(f'<span class="label">{esc(label)}</span>&nbsp; '
                                  f"{esc(value, 70)}", "small", 8.6, space=2))
    if details:
        out.append(h.section(translate("BriefingPdf", "Details"), "".join(details),
                             first=not out))
    return out


def briefing_html(b: Briefing, detail: Detail = LEVELS[0], has_photo: bool = True,
                  printed_on: dt.date | None = None) -> str:
    """The page as Qt rich text. Everything from the contact is escaped."""
    h = _Html(detail)
    today = printed_on or b.today
    photo_cell = (
        f'<td width="92" valign="top"><img src="{PHOTO_URL}" width="80" height="80"></td>'
        if has_photo else ""
    )
    kicker = translate("BriefingPdf", "BRIEFING · %1").replace("%1", formatting.date_text(today))
    name_lines = [
        f'<p class="kicker" style="{h.pt(7.2)} margin-bottom: 3px;">{esc(kicker)}</p>',
        f'<p class="name" style="{h.pt(21)} margin-bottom: 2px;">{esc(b.name, 90)}'
        + (f' <span class="job" style="{h.pt(12)}">“{esc(b.nickname, 40)}”</span>'
           if b.nickname else "")
        + "</p>",
    ]
    if b.job:
        name_lines.append(f'<p class="job" style="{h.pt(11.5)} margin-bottom: 4px;">'
                          f"{esc(b.job, 140)}</p>")
    stage = f'<span class="strong" style="color: {INK};">{esc(b.stage_label)}</span>'
    if b.stage_hint:
        stage += f" — {esc(b.stage_hint)}"
    meta = [stage]
    if b.known_for:
        meta.append(esc(b.known_for))
    name_lines.append(f'<p class="meta" style="{h.pt(8.6)}">{" · ".join(meta)}</p>')
    if b.next_meeting is not None:
        name_lines.append(_next_meeting(b.next_meeting, h))
    header = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'{photo_cell}<td valign="middle">{"".join(name_lines)}</td></tr></table>'
    )
    parts = [header]
    if b.one_thing:
        label = esc(translate("BriefingPdf", "ONE THING I CAN DO FOR THEM  ·  SUGGESTED")
                    if b.one_thing_suggested
                    else translate("BriefingPdf", "ONE THING I CAN DO FOR THEM"))
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="9" bgcolor="{TINT}" '
            f'style="margin-top: 12px; border-left: 3px solid {INK};"><tr><td>'
            f'<p class="head" style="{h.pt(7.2)} margin-bottom: 3px;">{label}</p>'
            f'<p class="text" style="{h.pt(11.5)}">{esc(b.one_thing, 2 * detail.text)}</p>'
            "</td></tr></table>"
        )
    left = _left_column(b, h)
    right = _right_column(b, h)
    if left or right:
        if left and right:
            parts.append(
                '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 6px;">'
                f'<tr><td width="57%" valign="top">{"".join(left)}</td>'
                '<td width="5%"></td>'
                f'<td width="38%" valign="top">{"".join(right)}</td></tr></table>'
            )
        else:
            parts.append(f'<div style="margin-top: 6px;">{"".join(left or right)}</div>')
    return f"<html><head><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"


def _next_meeting(item: BriefingInteraction, h: _Html) -> str:
    what = esc(item.summary, 80) if item.summary else esc(kinds.interaction_kind(item.kind))
    label = esc(translate("BriefingPdf", "Next:"))
    return (f'<p class="meta" style="{h.pt(8.6)} margin-top: 2px;">'
            f'<span class="strong" style="color: {INK};">{label}</span> '
            f"{what}, {esc(_when(item.when))}</p>")
