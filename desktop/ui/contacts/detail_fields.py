"""The detail pane's grids of facts: how to reach someone (e-mails, phones, addresses,
websites, the first ``SHOWN_VALUES`` of each), their dates, and how we met. Each
``fill_*`` clears its grid and fills it from a ``ContactDetail``; the texts are the detail
pane's (translation context ``DetailPane``). "Keeping in touch" the pane fills itself: it
has a plural, which only a class's ``tr`` gives."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import contacts, phones
from desktop.services.types import ContactDetail
from desktop.ui.common.formatting import date_text as format_date
from desktop.ui.common.formatting import relative_days
from desktop.ui.contacts.detail_parts import (
    FieldGrid,
    TextRow,
    age_on,
    data_label,
    format_partial_date,
    kind_label,
    safe_web_href,
)

# What the pane draws of a contact that has very much (issue 13: 50,000 e-mails took 339 s
# to select): the first of each, and how many more there are.
SHOWN_VALUES = 50  # e-mails, phones, addresses, URLs: each

translate = QCoreApplication.translate


def fill_contact(grid: FieldGrid, detail: ContactDetail) -> None:
    f = detail.fields
    grid.clear()
    counts: dict[str, int] = {}

    def more(kind: str, shown: int, noun: str) -> None:
        if shown <= SHOWN_VALUES:
            return
        if not counts:
            counts.update(contacts.count_values(detail.id))
        grid.add_row("", data_label(translate("DetailPane", "and {count} more {noun}").format(
            count=f"{counts[kind] - SHOWN_VALUES:,}", noun=noun), "hint"))

    for email in f.emails[:SHOWN_VALUES]:
        href = "mailto:" + quote(email.value.strip(), safe="@+._-")
        grid.add_row(kind_label(email, translate("DetailPane", "Email"),
                                translate("DetailPane", "email", "Home email")),
                     grid.link_value(href, email.value))
    more("emails", len(f.emails), translate("DetailPane", "e-mail addresses"))
    shown_phones = f.phones[:SHOWN_VALUES]
    shown = phones.display_numbers([p.value for p in shown_phones],
                                   [a.country for a in f.addresses])
    for phone, (text, href) in zip(shown_phones, shown, strict=True):
        # As the user's region writes it (issue 11); the link dials the E.164 form.
        grid.add_row(kind_label(phone, translate("DetailPane", "Phone"),
                                translate("DetailPane", "phone", "Mobile phone")),
                     grid.link_value(href, text))
    more("phones", len(f.phones), translate("DetailPane", "phone numbers"))
    for address in f.addresses[:SHOWN_VALUES]:
        lines = [address.po_box, address.extended, address.street,
                 " ".join(p for p in (address.postal_code, address.locality) if p),
                 address.region, address.country]
        text = "\n".join(line.strip() for line in lines if line and line.strip())
        grid.add_row(kind_label(address, translate("DetailPane", "Address"),
                                translate("DetailPane", "address", "Home address")),
                     grid.text_value(text))
    more("addresses", len(f.addresses), translate("DetailPane", "addresses"))
    for url in f.urls[:SHOWN_VALUES]:
        web = safe_web_href(url.value)
        value: QWidget = (grid.link_value(web, url.value) if web
                          else grid.text_value(url.value))
        grid.add_row(kind_label(url, translate("DetailPane", "Website"),
                                translate("DetailPane", "website", "Work website"))
                     if url.kind else translate("DetailPane", "Website"), value)
    more("urls", len(f.urls), translate("DetailPane", "websites"))


def fill_dates(grid: FieldGrid, detail: ContactDetail, today: dt.date) -> None:
    f = detail.fields
    rows: list[TextRow] = []
    for birthday, value in ((True, f.birthday), (False, f.anniversary)):
        if not value:
            continue
        text = format_partial_date(value)
        age = age_on(value, today)
        if birthday and age is not None:
            text = translate("DetailPane", "%1  (age %2)").replace("%1", text).replace(
                "%2", str(age))
        rows.append((translate("DetailPane", "Birthday") if birthday
                     else translate("DetailPane", "Anniversary"), text, ""))
    # Another contact with a birthday keeps the labels (issue 18: select all, a move).
    grid.set_text_rows(rows)


def fill_story(grid: FieldGrid, detail: ContactDetail) -> None:
    f = detail.fields
    rows: list[TextRow] = []
    if f.how_we_met.strip():
        rows.append((translate("DetailPane", "Story"), f.how_we_met.strip(), ""))
    if f.met_on is not None:
        days = (f.met_on - dt.date.today()).days
        rows.append((translate("DetailPane", "Met on"),
                     f"{format_date(f.met_on)} · {relative_days(days)}", ""))
    grid.set_text_rows(rows)
