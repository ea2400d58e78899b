"""Building small hand-made networks for the network tests: people, meetings,
introductions, through the same services the app uses."""

from __future__ import annotations

import datetime as dt

from desktop.services import contacts, graph, interactions
from desktop.services.graph import IntroductionFields
from desktop.services.types import ContactFields, ContactId, LabeledValue


def me(name: str = "Sam Rivera") -> ContactId:
    cid, _ = contacts.create_contact(ContactFields(full_name=name, given_name=name.split()[0]),
                                     is_me=True)
    return cid


def person(name: str, *tags: str, stage: str = "connected", org: str = "",
           email: str = "") -> ContactId:
    emails = (LabeledValue(email, "work"),) if email else ()
    cid, _ = contacts.create_contact(ContactFields(
        full_name=name, given_name=name.split()[0], tags=tags, stage=stage, organization=org,
        emails=emails))
    return cid


def intro(a: ContactId, b: ContactId, by: ContactId | None = None, status: str = "made",
          on: dt.date | None = None) -> int:
    intro_id, changes = graph.record_introduction(
        IntroductionFields(person_a=a, person_b=b, introducer=by, status=status,
                           introduced_on=on))
    assert changes.graph
    return intro_id


def meet(*people: ContactId, days_ago: int = 10, kind: str = "meeting") -> int:
    """A held interaction with *people* (the user is always there) *days_ago* days ago;
    negative: planned in the future."""
    when = (dt.datetime.now() - dt.timedelta(days=days_ago)).replace(microsecond=0)
    iid, _ = interactions.log_interaction(interactions.InteractionDraft(
        kind=kind, happened_at=when, participants=tuple(people), summary="Coffee"))
    return iid
