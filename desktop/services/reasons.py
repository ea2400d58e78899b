"""Why a follow-up or a week's focus is there, and the one way to show it (issue 14).

A reason Rapport writes itself (a keep-in-touch cadence, a birthday, a chase reminder, the
reason of a week's focus) is stored as its parts -- a kind and its figures, as a small
JSON object in the row's ``reason_parts`` column -- and composed into a sentence in the
user's language each time it is shown, by :func:`reason_text`. The command line has no
translator, so it shows English; the desktop app shows the language it runs in, whatever
language the row was written in.

A reason the user typed (a manual follow-up, a promise) is kept as written in the row's
``reason`` column and shown exactly so, never translated. So is an old sentence that
migration 13 did not recognise as one Rapport wrote in English.

No Qt here: the sentences go through ``desktop.text`` (English unless the app installed
its translator).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.text import Phrase, Translatable, fill, join_and, weekday_name

TEXT = "text"  # the kind of a reason kept as written


class FocusText(Translatable):
    """Translation context of the week's focus: reasons, things to do, refusals."""


class FollowUpText(Translatable):
    """Translation context of follow-ups: the reasons Rapport writes, refusals."""


@dataclass(frozen=True)
class Reason:
    """A reason as stored: ``kind`` "text" is ``text`` as the user typed it (shown as is);
    any other kind is composed from ``args`` ((name, value) pairs; a JSON list becomes a
    tuple, a JSON object with a "kind" a nested ``Reason``) when shown. Compare and store
    it; show it only through :func:`reason_text`."""

    kind: str
    args: tuple[tuple[str, Any], ...] = ()
    text: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        return next((value for key, value in self.args if key == name), default)

    @property
    def typed(self) -> bool:
        """Kept as written (typed by the user, or an old sentence kept as it was)."""
        return self.kind == TEXT


def typed(text: str) -> Reason:
    """A reason shown exactly as *text* (what the user typed)."""
    return Reason(TEXT, text=text)


def made(kind: str, **args: Any) -> Reason:
    """A reason Rapport composes: *kind* and its figures (JSON values; None left out)."""
    return Reason(kind, tuple((k, _frozen(v)) for k, v in sorted(args.items())
                              if v is not None))


def _frozen(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict) and isinstance(value.get("kind"), str):
        inner = dict(value)
        return made(inner.pop("kind"), **inner)
    return value


def _json(value: Any) -> Any:
    if isinstance(value, Reason):  # a reason inside another (a promise in a focus reason)
        return value.text if value.typed else {"kind": value.kind, **dict(value.args)}
    raise TypeError(type(value).__name__)


def encode(reason: Reason) -> tuple[str, str | None]:
    """The row's (``reason``, ``reason_parts``) for *reason*."""
    if reason.typed:
        return reason.text, None
    return "", json.dumps({"kind": reason.kind, **dict(reason.args)}, ensure_ascii=False,
                          sort_keys=True, separators=(",", ":"), default=_json)


def decode(text: object, parts: object) -> Reason:
    """The reason a row holds: its parts when it has them, else its text as written."""
    if parts:
        try:
            value = json.loads(str(parts))
        except ValueError:
            value = None
        if isinstance(value, dict) and isinstance(value.get("kind"), str):
            kind = value.pop("kind")
            return made(kind, **value)
    return typed(str(text or ""))


# --- composing ------------------------------------------------------------------------

def reason_text(reason: Reason) -> str:
    """*reason* as a sentence in the user's language (typed text exactly as written). Every
    view of a follow-up's or a focus entry's reason shows it through this function."""
    if reason.typed:
        return reason.text
    compose = _COMPOSERS.get(reason.kind)
    return compose(reason) if compose is not None else ""


def _int(reason: Reason, name: str) -> int:
    value = reason.get(name, 0)
    return int(value) if isinstance(value, int | float | str) and str(value).isdigit() else 0


def cadence(days: int) -> Reason:
    return made("cadence", days=days)


def _cadence(reason: Reason) -> str:
    days = _int(reason, "days")
    if days == 1:
        return FollowUpText.tr("Keep in touch (every day)")
    if days % 7 == 0 and days < 70:
        return FollowUpText.tr("Keep in touch (every %n week(s))", "", days // 7)
    return FollowUpText.tr("Keep in touch (every %Ln days)", "", days)


def _birthday(reason: Reason) -> str:
    age = _int(reason, "age")
    if 0 < age < 150:
        return FollowUpText.tr("Birthday (turns %n)", "", age)
    return FollowUpText.tr("Birthday")


def _anniversary(reason: Reason) -> str:
    years = _int(reason, "years")
    if 0 < years < 200:
        return FollowUpText.tr("Anniversary (%n year(s))", "", years)
    return FollowUpText.tr("Anniversary")


def _meeting(reason: Reason) -> str:
    """A meeting with no title of its own, as the agenda names it."""
    return FollowUpText.tr("Meeting")


def _ask_chase(reason: Reason) -> str:
    return fill(FollowUpText.tr("Chase %1 about the introduction to %2"),
                str(reason.get("introducer", "")), str(reason.get("person", "")))


def _chase(reason: Reason) -> str:
    return fill(FollowUpText.tr("Introduce %1 to %2", "the reminder to make an introduction"),
                str(reason.get("a", "")), str(reason.get("b", "")))


# The week's focus: what is due is told as it was on the day the week was proposed
# ("due Friday", "10 days late"), so the parts keep that: ``late`` (days), else ``due``
# ("today", "tomorrow" or a weekday 0-6).

def when_parts(due: Any, today: Any) -> dict[str, Any]:
    """The parts of "due today" / "due tomorrow" / "due Friday" / "3 days late"."""
    late = (today - due).days
    if late > 0:
        return {"late": late}
    return {"due": _day_word(due, today)}


def _day_word(day: Any, today: Any) -> str | int:
    soon = (day - today).days
    return "today" if soon == 0 else "tomorrow" if soon == 1 else int(day.weekday())


# A week's focus is proposed once and read all week: its relative figures ("due
# tomorrow", "3 days late", "since 40 days", "birthday today") carry the day they count
# from (``asof``, ``dated``), and are told again as of the day they are read (``as_of``):
# "due tomorrow" proposed on Monday is "due today" on Tuesday, "1 day late" on Wednesday.
_RELATIVE = ("due", "late", "since", "on")


def dated(reason: Reason, day: dt.date) -> Reason:
    """*reason* with the day its relative figures count from (none: as it is)."""
    if reason.typed or not any(key in _RELATIVE for key, _ in reason.args):
        return reason
    return made(reason.kind, **{**dict(reason.args), "asof": day.isoformat()})


def _on_day(word: Any, then: dt.date) -> dt.date:
    """The day "today" / "tomorrow" / a weekday (0-6) meant when said on *then* (a
    weekday within the week that follows)."""
    if word == "tomorrow":
        return then + dt.timedelta(days=1)
    if isinstance(word, int) and not isinstance(word, bool):
        return then + dt.timedelta(days=(word - then.weekday()) % 7)
    return then


def as_of(reason: Reason, today: dt.date) -> Reason:
    """A ``dated`` reason's figures told as of *today* (a reason without its day, or read
    on that day or before it, as it is)."""
    try:
        then = dt.date.fromisoformat(str(reason.get("asof")))
    except ValueError:
        return reason
    shift = (today - then).days
    if shift <= 0:
        return reason
    args = dict(reason.args)
    if "due" in args or "late" in args:
        late = args.pop("late", None)
        due = then - dt.timedelta(days=int(late)) if isinstance(late, int) and late > 0 \
            else _on_day(args.pop("due", "today"), then)
        args.pop("due", None)
        args.update(when_parts(due, today))
    if "on" in args:
        day = _on_day(args["on"], then)
        word = _day_word(day, today) if day >= today else int(day.weekday())
        # A thing to do is "on Friday", never "on tomorrow" (``_birthday_message``).
        args["on"] = int(day.weekday()) if word == "tomorrow" and \
            reason.kind.startswith("action:") else word
    if isinstance(args.get("since"), int):
        args["since"] = int(args["since"]) + shift
    args["asof"] = today.isoformat()
    return made(reason.kind, **args)


def _weekday(value: Any) -> str:
    return weekday_name(int(value) % 7) if isinstance(value, int) else str(value)


def _span(days: int) -> str:
    if days < 14:
        return FocusText.tr("%n day(s)", "", days)
    if days < 70:
        return FocusText.tr("%n week(s)", "", days // 7)
    if days < 730:
        return FocusText.tr("%n month(s)", "", days // 30)
    return FocusText.tr("%n year(s)", "", days // 365)


def _when(reason: Reason) -> str:
    late = _int(reason, "late")
    if late > 0:
        return fill(FocusText.tr("%1 late"), _span(late))
    due = reason.get("due", "today")
    if due == "today":
        return FocusText.tr("due today")
    if due == "tomorrow":
        return FocusText.tr("due tomorrow")
    return fill(FocusText.tr("due %1", "a weekday"), _weekday(due))


def _every(days: int) -> str:
    if days % 7 == 0 and days < 70:
        return FocusText.tr("every %n week(s)", "", days // 7)
    return FocusText.tr("every %n day(s)", "", days)


def family_heads() -> dict[str, str]:
    """The heading of a focus reason ("Reconnect: ..."), in the user's language."""
    return {"reconnect": FocusText.tr("Reconnect"), "deepen": FocusText.tr("Deepen"),
            "give": FocusText.tr("Give")}


def stage_name(stage: str) -> str:
    """A stage as a reason names it ("acquainted"), in the user's language."""
    return {"connected": FocusText.tr("connected", "stage"),
            "acquainted": FocusText.tr("acquainted", "stage"),
            "relationship": FocusText.tr("relationship", "stage"),
            "trusted": FocusText.tr("trusted", "stage")}.get(stage, stage)


def stage_phrase(stage: str) -> Phrase | str:
    """*stage* as a part of a sentence kept as its parts (``stage_name`` when worded)."""
    if stage in ("connected", "acquainted", "relationship", "trusted"):
        return Phrase(FocusText.__name__, stage, "stage")
    return stage


def _headed(family: str, body: str) -> str:
    return fill(FocusText.tr("%1: %2", "a reason's heading and its text"),
                family_heads()[family], body)


def focus(kind: str, **args: Any) -> Reason:
    """A week's focus reason of *kind* (reconnect, reminder, promise, introduction,
    favour, birthday, deepen, chosen)."""
    return made(f"focus:{kind}", **args)


def focus_kind(reason: Reason) -> str | None:
    """The focus kind of *reason* ("reconnect"...), None when it is not one."""
    return reason.kind.removeprefix("focus:") if reason.kind.startswith("focus:") else None


def _reconnect(reason: Reason) -> str:
    every, since = _int(reason, "every"), reason.get("since")
    if every and since is not None:
        body = fill(FocusText.tr("you keep in touch %1, last talked %2 ago"), _every(every),
                    _span(_int(reason, "since")))
    elif every:
        body = fill(FocusText.tr("you keep in touch %1 and have not talked yet"),
                    _every(every))
    else:
        body = FocusText.tr("time to get in touch")
    return _headed("reconnect", body)


def _inner(reason: Reason, small: bool = True) -> str:
    """What a promise or reminder quoted in a focus reason says: as typed (its first
    letter made small when it was stored), or a reason Rapport wrote, composed now (its
    first letter made small if *small*)."""
    what = reason.get("text", "")
    if isinstance(what, Reason):
        shown = reason_text(what)
        return f"{shown[:1].lower()}{shown[1:]}" if small else shown
    return str(what)


def _promise(reason: Reason) -> str:
    text = _inner(reason) or FocusText.tr("what you promised")
    return _headed("give", fill(FocusText.tr("you promised to %1 (%2)"), text, _when(reason)))


def _reminder(reason: Reason) -> str:
    text = _inner(reason) or FocusText.tr("get in touch")
    return _headed("reconnect", fill(FocusText.tr("you meant to %1 (%2)"), text, _when(reason)))


def _introduction(reason: Reason) -> str:
    name = str(reason.get("name", "")) or FocusText.tr("someone")
    return _headed("give", fill(FocusText.tr("you offered to introduce them to %1"), name))


def _favour(reason: Reason) -> str:
    return _headed("give", fill(
        FocusText.tr("they did %1 more for you than you for them (you gave %2, received %3)"),
        _int(reason, "owed"), _int(reason, "given"), _int(reason, "received")))


def _focus_birthday(reason: Reason) -> str:
    on = reason.get("on", "today")
    when = (FocusText.tr("today") if on == "today" else FocusText.tr("tomorrow")
            if on == "tomorrow" else _weekday(on))
    return _headed("give", fill(FocusText.tr("birthday %1"), when))


def _deepen(reason: Reason) -> str:
    shared: Sequence[Any] = reason.get("shared", ())
    what = join_and([str(s) for s in shared])
    stage, grow = str(reason.get("stage", "")), str(reason.get("grow", ""))
    if grow:
        return _headed("deepen", fill(FocusText.tr("you both like %1; %2, ready to become %3"),
                                      what, stage_name(stage), stage_name(grow)))
    return _headed("deepen", fill(FocusText.tr("you both like %1"), what))


def _chosen(reason: Reason) -> str:
    return FocusText.tr("You chose them this week")


# The one thing to do for someone in the week's focus, when the user typed none.

def focus_action(kind: str, **args: Any) -> Reason:
    """A week's focus "thing to do" Rapport suggests, of *kind* (get-in-touch,
    keep-promise, reminder, introduce, return-favour, birthday-message, talk-about,
    share-about, invite, find-one-thing)."""
    return made(f"action:{kind}", **args)


def _get_in_touch(reason: Reason) -> str:
    interest = str(reason.get("interest", ""))
    if interest:
        return fill(FocusText.tr("Get in touch: ask how %1 is going"), interest)
    return FocusText.tr("Get in touch: a short message or a call")


def _keep_promise(reason: Reason) -> str:
    text = _inner(reason, small=False) or FocusText.tr("what you promised")
    return fill(FocusText.tr("Keep your promise: %1"), text)


def _do_reminder(reason: Reason) -> str:
    return _inner(reason, small=False) or FocusText.tr("get in touch")


def _introduce(reason: Reason) -> str:
    name = str(reason.get("name", "")) or FocusText.tr("someone")
    return fill(FocusText.tr("Make the introduction to %1"), name)


def _return_favour(reason: Reason) -> str:
    return FocusText.tr("Return the favour: an introduction, a referral or some advice")


def _birthday_message(reason: Reason) -> str:
    on = reason.get("on", "today")
    if on == "today":
        return FocusText.tr("Send a birthday message")
    return fill(FocusText.tr("Send a birthday message on %1"), _weekday(on))


def _talk_about(reason: Reason) -> str:
    return fill(FocusText.tr("Invite them to a 1-2-1 and talk about %1"),
                str(reason.get("topic", "")))


def _share_about(reason: Reason) -> str:
    return fill(FocusText.tr("Share something about %1"), str(reason.get("topic", "")))


def _invite(reason: Reason) -> str:
    return FocusText.tr("Invite them to a 1-2-1")


def _find_one_thing(reason: Reason) -> str:
    return FocusText.tr("Find one thing you can do for them")


# The demo network's own reminders (services/demo.py): sentences Rapport wrote, not the
# user, so kept as parts and worded in the language of whatever shows them -- a demo made
# on the command line reads German in the German window.
DEMO_REMINDERS = ("article", "new-job")


def demo_reminder(which: str) -> Reason:
    """The demo's reminder *which*: "article" (a promise) or "new-job" (a manual one)."""
    return made("demo", say=which)


def _demo(reason: Reason) -> str:
    say = reason.get("say")
    if say == "article":
        return FollowUpText.tr("Send the article I promised")
    if say == "new-job":
        return FollowUpText.tr("Ask how the new job is going")
    return ""


_COMPOSERS = {
    "cadence": _cadence, "birthday": _birthday, "anniversary": _anniversary, "chase": _chase,
    "ask-chase": _ask_chase, "meeting": _meeting, "demo": _demo,
    "focus:reconnect": _reconnect, "focus:promise": _promise, "focus:reminder": _reminder,
    "focus:introduction": _introduction, "focus:favour": _favour,
    "focus:birthday": _focus_birthday, "focus:deepen": _deepen, "focus:chosen": _chosen,
    "action:get-in-touch": _get_in_touch, "action:keep-promise": _keep_promise,
    "action:reminder": _do_reminder, "action:introduce": _introduce,
    "action:return-favour": _return_favour, "action:birthday-message": _birthday_message,
    "action:talk-about": _talk_about, "action:share-about": _share_about,
    "action:invite": _invite, "action:find-one-thing": _find_one_thing,
}
