"""A realistic demo network: the user's profile and N people with organisations,
interests, photos, interactions, follow-ups, favours and introductions.

Deterministic for a seed, and fast enough for 100,000 people (the benchmark data
set): the contacts go in through the contact store's bulk path (one ``executemany`` per
table, one change set for the lot), the rest with ``executemany``, all inside one
transaction, and the search index is rebuilt once at the end. ``progress(done, total)``
returning False cancels and rolls everything back.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models import db
from desktop.services import contacts, focus, followups, reasons, store
from desktop.services.avatars import avatar_png
from desktop.services.contact_rows import ContactRecord
from desktop.services.contacts import ensure_me
from desktop.services.history import HistoryLabel
from desktop.services.types import ContactId
from desktop.text import sort_key

Progress = Callable[[int, int], bool]

GIVEN = (
    "Ana", "Bo", "Chloé", "Daniel", "Emeka", "Farah", "Gabriel", "Hana", "Ivan", "Jasmine",
    "Kenji", "Lucía", "Mateo", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Samuel",
    "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Amara", "Björn", "Camille",
    "Dmitri", "Elif", "Finn", "Grace", "Hugo", "Ingrid", "João", "Kofi", "Leila", "Marta",
    "Niamh", "Omar", "Paula", "Rafael", "Sofia", "Thomas", "Valentina", "William", "Yara",
    "Aiko", "Ben", "Clara", "Diego", "Esther", "Felix", "Giulia", "Hamid", "Isabel", "Jonas",
    "Katarzyna", "Liam", "Mei", "Noah", "Olga", "Pedro", "Ruth", "Santiago", "Tomás", "Aisha",
)
FAMILY = (
    "Silva", "Chen", "Müller", "Okafor", "Haddad", "Nakamura", "García", "Kowalski", "Novak",
    "Andersson", "Rossi", "Dubois", "O'Brien", "Patel", "Kim", "Nguyen", "Ivanova", "Costa",
    "Fischer", "Mendes", "Yilmaz", "Larsen", "Moreau", "Schmidt", "Santos", "Ahmed", "Tanaka",
    "Jensen", "Romero", "Byrne", "Walker", "Hughes", "Lindqvist", "Horvat", "Dimitrov",
    "Fernández", "Zhang", "Kaur", "Mensah", "Eriksen", "Bianchi", "Laurent", "Popescu",
    "Petrov", "Nowak", "Sato", "Ito", "Reyes", "Cruz", "Murphy", "Kelly", "Ali", "Khan",
)
ORG_WORDS = (
    "Lumen", "Harbor", "Northwind", "Atlas", "Juniper", "Meridian", "Cobalt", "Fennel",
    "Granite", "Halcyon", "Ironbark", "Kestrel", "Larkspur", "Mosaic", "Orchid", "Pioneer",
    "Quarry", "Riverstone", "Saffron", "Tidewater", "Umber", "Vantage", "Willow", "Zephyr",
)
ORG_KINDS = (
    "Labs", "& Co", "Studio", "Partners", "Ventures", "Consulting", "Health", "Foods",
    "Analytics", "Design", "Logistics", "Capital", "Robotics", "Media", "Legal", "Energy",
)
TITLES = (
    "Founder", "CEO", "CTO", "Head of Sales", "Product Manager", "Designer", "Engineer",
    "Marketing Director", "Recruiter", "Investor", "Consultant", "Account Executive",
    "Operations Lead", "Freelance Writer", "Photographer", "Architect", "Data Scientist",
    "Community Manager", "Partner", "Head of People",
)
INTERESTS = (
    "Running", "Cycling", "Climbing", "Sailing", "Yoga", "Tennis", "Football", "Chess",
    "Jazz", "Classical music", "Photography", "Cooking", "Wine", "Coffee", "Gardening",
    "Sci-fi books", "History", "Travel", "Japan", "Italy", "Hiking", "Skiing", "Startups",
    "AI", "Design", "Podcasts", "Board games", "Film", "Theatre", "Dogs", "Parenting",
    "Volunteering", "Marathons", "Surfing", "Golf", "Architecture", "Fintech", "Climate",
)
GROUPS = ("Clients", "Founders circle", "Alumni", "Investors", "Mentors", "Conference friends")
AVOID = ("Politics", "Religion", "Brexit", "Divorce")
TAG_COLOURS = (
    "#3b82f6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6", "#64748b",
)
PLACES = (
    ("12 Harbour Street", "Bristol", "", "BS1 5TT", "United Kingdom"),
    ("Rua Augusta 44", "Lisbon", "", "1100-053", "Portugal"),
    ("Torstraße 140", "Berlin", "", "10119", "Germany"),
    ("221 Market St", "San Francisco", "CA", "94105", "United States"),
    ("5 Rue Oberkampf", "Paris", "", "75011", "France"),
    ("Calle de Alcalá 21", "Madrid", "", "28014", "Spain"),
    ("88 Queen St W", "Toronto", "ON", "M5H 2M9", "Canada"),
    ("3-1 Marunouchi", "Tokyo", "", "100-0005", "Japan"),
)
EVENTS = (
    "a founders' breakfast", "the Web Summit", "a friend's wedding", "a LinkedIn message",
    "a climbing gym", "a product meetup", "a conference panel", "the school gate",
    "a client workshop", "a coworking space", "an alumni dinner", "a hackathon",
)
PERSONAL = (
    "Two kids, loves weekend hikes.", "Training for a marathon.", "Just moved house.",
    "Big fan of old jazz records.", "Learning Japanese.", "New puppy called Biscuit.",
    "Looking for a new role in the spring.", "Grows tomatoes on the balcony.",
)
SUMMARIES = {
    "meeting": ("Coffee 1-2-1", "Lunch catch-up", "Walk and talk", "Breakfast meeting"),
    "call": ("Quick call", "Intro call", "Catch-up call"),
    "message": ("WhatsApp chat", "Sent congratulations", "Shared an article"),
    "email": ("Sent proposal", "Thank-you email", "Followed up on intro"),
    "event": ("Met at meetup", "Saw at conference", "Dinner party"),
    "note": ("Note", "Reminder"),
}
FAVOUR_TEXT = {
    "referral": "Referred a client", "introduction": "Made an introduction",
    "advice": "Advice on hiring", "help": "Helped with a pitch deck", "gift": "Sent a book",
}


@dataclass(frozen=True)
class DemoSummary:
    people: int
    tags: int
    interactions: int
    followups: int
    favors: int
    introductions: int


class DemoCancelled(Exception):
    """The user cancelled: the transaction rolled back, the database is as it was."""


def _iso(d: dt.date | dt.datetime) -> str:
    return d.isoformat(sep=" ") if isinstance(d, dt.datetime) else d.isoformat()


def generate_demo(
    people: int = 300,
    *,
    seed: int = 7,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Add a demo network of *people* contacts (plus the user's profile) to the database."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    total_steps = people * 2 + 1
    done = 0

    def tick(step: int) -> None:
        nonlocal done
        done += step
        if progress is not None and not progress(min(done, total_steps), total_steps):
            raise DemoCancelled

    avatars = [avatar_png(f"demo-{i}") for i in range(48)]
    with store.session("demo", HistoryLabel.tr("Demo network of %Ln people", "", people)
                       ) as writes:
        me_id, _ = ensure_me()
        cur = db.cursor()
        me_now = contacts.get_contact(me_id)
        if me_now is not None and me_now.fields.full_name == "Me":
            writes.update(me_id, {"full_name": "Sam Rivera", "given_name": "Sam",
                                  "family_name": "Rivera", "title": "Independent consultant",
                                  "how_we_met": ""})

        # Tags: interests, groups, topics to avoid; some carry a cadence.
        tag_rows: list[tuple[str, str, str, int | None]] = [
            (name, TAG_COLOURS[i % len(TAG_COLOURS)], "interest", None)
            for i, name in enumerate(INTERESTS)
        ]
        tag_rows += [(name, TAG_COLOURS[(i + 3) % len(TAG_COLOURS)], "group",
                      30 if name == "Clients" else None)
                     for i, name in enumerate(GROUPS)]
        tag_rows += [(name, "#ef4444", "avoid", None) for name in AVOID]
        cur.executemany(
            "INSERT OR IGNORE INTO tag (name, colour, category, keep_in_touch_days) "
            "VALUES (?, ?, ?, ?)",
            tag_rows,
        )
        tag_ids = {name.lower(): tid for tid, name in db.execute_sql("SELECT id, name FROM tag")}
        interest_ids = [tag_ids[n.lower()] for n in INTERESTS]
        group_ids = [tag_ids[n.lower()] for n in GROUPS]
        avoid_ids = [tag_ids[n.lower()] for n in AVOID]
        tag_name = {tid: name for tid, name in db.execute_sql("SELECT id, name FROM tag")}
        me_interests = rng.sample(interest_ids, 6)
        writes.update(me_id, {"tags_add": [tag_name[t] for t in me_interests]})

        orgs = [f"{w} {k}" for w in ORG_WORDS for k in ORG_KINDS]
        rng.shuffle(orgs)
        orgs = orgs[: max(8, min(len(orgs), people // 6 + 8))]
        first_id = int(store.next_contact_id())
        stages = ("connected", "acquainted", "relationship", "trusted")
        stage_weights = (45, 30, 18, 7)

        records: list[ContactRecord] = []
        contact_rows: list[tuple[int, str, int | None]] = []  # id, stage, own cadence
        ids: list[int] = []
        block = max(1, people // 50)
        for i in range(people):
            cid = first_id + i
            ids.append(cid)
            given = rng.choice(GIVEN)
            family = rng.choice(FAMILY)
            org = rng.choice(orgs) if rng.random() < 0.85 else ""
            title = rng.choice(TITLES) if org or rng.random() < 0.3 else ""
            stage = rng.choices(stages, stage_weights)[0]
            met_on = today - dt.timedelta(days=rng.randint(20, 3000))
            year = rng.randint(1960, 2000)
            birthday = None
            if rng.random() < 0.45:
                month_day = f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                birthday = f"{year}-{month_day}" if rng.random() < 0.7 else f"--{month_day}"
            note = (
                f"Met at {rng.choice(EVENTS)}. {rng.choice(PERSONAL)}"
                if rng.random() < 0.6 else None
            )
            # A keep-in-touch cadence is for the people who matter most: most of the
            # trusted and close relationships, a few acquaintances (a networker with
            # 100,000 contacts keeps a rhythm with thousands, not tens of thousands).
            cadence_odds = {"trusted": 0.8, "relationship": 0.4, "acquainted": 0.05}
            cadence = (
                rng.choice((14, 30, 30, 60, 90))
                if rng.random() < cadence_odds.get(stage, 0.0) else None
            )
            contact_rows.append((cid, stage, cadence))
            rec = ContactRecord({
                "uid": f"demo-{seed}-{cid}", "full_name": f"{given} {family}",
                "given_name": given, "family_name": family, "organization": org,
                "title": title, "birthday": birthday, "note": note,
                "how_we_met": f"Met at {rng.choice(EVENTS)}", "met_on": _iso(met_on),
                "stage": stage, "keep_in_touch_days": cadence,
            })
            slug = sort_key(given + "." + family).encode("ascii", "ignore").decode()
            slug = slug.replace("'", "")
            domain = (org.split(" ")[0].lower() + ".example") if org else "mail.example"
            rec.emails.append({"value": f"{slug}@{domain}", "kind": "work" if org else "home",
                               "pref": True})
            if rng.random() < 0.35:
                rec.emails.append({"value": f"{slug}{rng.randint(1, 99)}@mail.example",
                                   "kind": "home"})
            if rng.random() < 0.8:
                number = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
                rec.phones.append({"value": number, "kind": "cell", "pref": True})
            if rng.random() < 0.4:
                street, city, region, postcode, country = rng.choice(PLACES)
                rec.addresses.append({"street": street, "locality": city, "region": region,
                                      "postal_code": postcode, "country": country,
                                      "kind": "work"})
            if rng.random() < 0.3:
                rec.urls.append({"value": f"https://www.linkedin.com/in/{slug}",
                                 "kind": "linkedin"})
            for tid in rng.sample(interest_ids, rng.randint(1, 4)):
                rec.tags.append(tag_name[tid])
            if rng.random() < 0.25:
                rec.tags.append(tag_name[rng.choice(group_ids)])
            if rng.random() < 0.05:
                rec.tags.append(tag_name[rng.choice(avoid_ids)])
            if rng.random() < 0.2:
                rec.photo = (avatars[i % len(avatars)], "image/png")
            records.append(rec)
            if i % block == 0:
                tick(block)
        made = writes.create(records, record=False)
        assert [int(c) for c in made] == ids, "the store allocated other ids than announced"

        # Interactions: the closer the stage, the more of them.
        per_stage = {"connected": 0.6, "acquainted": 1.5, "relationship": 3.0, "trusted": 4.5}
        first_interaction = int(db.execute_sql(
            "SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0]) + 1
        interaction_rows: list[tuple[object, ...]] = []
        participant_rows: list[tuple[int, int]] = []
        last_seen: dict[int, dt.datetime] = {}
        followup_rows: list[tuple[object, ...]] = []
        next_due: dict[int, dt.date] = {}
        kinds = tuple(SUMMARIES)
        # The demo's promised and manual reminders are Rapport's sample sentences, not words
        # the user typed: kept as reason parts and worded in the language of whatever shows
        # them (issue 14), so a demo made on the command line reads German in the German
        # window. The notes, summaries and favours stand for what the user wrote, and stay.
        samples = {origin: reasons.encode(reasons.demo_reminder(which))
                   for origin, which in (("promise", "article"), ("manual", "new-job"))}
        for n, (cid, stage, own_cadence) in enumerate(contact_rows):
            count = int(per_stage[stage] + rng.random())
            days_back = [rng.randint(1, 700) for _ in range(count)]
            if isinstance(own_cadence, int) and own_cadence > 0:
                # People the user keeps in touch with were mostly seen within their
                # cadence, so their follow-ups spread over the coming weeks (a quarter
                # or so overdue) instead of piling up long overdue.
                days_back.append(rng.randint(1, max(2, int(own_cadence * 1.3))))
            for back in days_back:
                kind = rng.choices(kinds, (40, 20, 15, 15, 8, 2))[0]
                # During working hours, not at 3 a.m.
                when = dt.datetime.combine(
                    today - dt.timedelta(days=back),
                    dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))),
                )
                iid = first_interaction + len(interaction_rows)
                notes = (
                    f"Talked about {rng.choice(INTERESTS).lower()}. {rng.choice(PERSONAL)}"
                    if kind in ("meeting", "call") else ""
                )
                interaction_rows.append((iid, kind, _iso(when), rng.choice(SUMMARIES[kind]),
                                         notes, _iso(now), "held"))
                participant_rows.append((iid, cid))
                if rng.random() < 0.08 and n > 0:  # a group meeting
                    other = contact_rows[rng.randrange(n)][0]
                    participant_rows.append((iid, other))
                if cid not in last_seen or when > last_seen[cid]:
                    last_seen[cid] = when
            if rng.random() < 0.05:  # a planned 1-2-1 next week
                when = now + dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 6))
                iid = first_interaction + len(interaction_rows)
                interaction_rows.append((iid, "meeting", _iso(when), "Planned 1-2-1 coffee",
                                         "", _iso(now), "planned"))
                participant_rows.append((iid, cid))
            if stage != "connected" and rng.random() < 0.25:
                # Promised and manual follow-ups; keep-in-touch ones come from the
                # cadences below, by the same rules as the app's (issue 4).
                due = today + dt.timedelta(days=rng.randint(-20, 40))
                origin = rng.choice(("promise", "manual"))
                text, parts = samples[origin]
                followup_rows.append((cid, _iso(due), text, parts, origin, _iso(now)))
                if cid not in next_due or due < next_due[cid]:
                    next_due[cid] = due
            if n % block == 0:
                tick(block)
        cur.executemany(
            "INSERT INTO interaction (id, kind, happened_at, summary, notes, created_at, status) "
            "VALUES (?,?,?,?,?,?,?)",
            interaction_rows,
        )
        cur.executemany(
            "INSERT OR IGNORE INTO interaction_participant (interaction_id, contact_id) "
            "VALUES (?, ?)",
            participant_rows,
        )
        cur.executemany(
            "INSERT INTO follow_up (contact_id, due_on, reason, reason_parts, origin, "
            "created_at) VALUES (?,?,?,?,?,?)",
            followup_rows,
        )
        store.set_derived("last_interaction_at", [(_iso(w), c) for c, w in last_seen.items()])
        store.set_derived("next_followup_on", [(_iso(d), c) for c, d in next_due.items()])
        # Every cadence (own or a tag's) gets its keep-in-touch follow-up, and
        # next_followup_on is set for everyone, so "Next follow-up" and "Due for
        # follow-up" are true from the start.
        cadence_changes = followups.sync_cadence_bulk([ContactId(c) for c in ids])

        # Favours: some people we only ever asked from.
        favor_rows: list[tuple[object, ...]] = []
        for cid in rng.sample(ids, min(len(ids), max(1, people // 3))):
            for _ in range(rng.randint(1, 3)):
                kind = rng.choice(tuple(FAVOUR_TEXT))
                direction = rng.choices(("given", "received"), (55, 45))[0]
                on = today - dt.timedelta(days=rng.randint(1, 900))
                favor_rows.append((cid, direction, kind, FAVOUR_TEXT[kind], _iso(on)))
        cur.executemany(
            "INSERT INTO favor (contact_id, direction, kind, description, happened_on) "
            "VALUES (?,?,?,?,?)",
            favor_rows,
        )

        # Introductions: a graph with hubs (connectors) and a few chains from me.
        intro_rows: list[tuple[object, ...]] = []
        hubs = rng.sample(ids, max(1, min(len(ids), people // 40 + 1)))
        if len(ids) >= 2:
            for cid in rng.sample(hubs, max(1, len(hubs) // 2)):
                # People the user knows directly: no introducer.
                intro_rows.append((None, me_id, cid, _iso(today - dt.timedelta(days=400)),
                                   "Old friends", "met"))
            for _ in range(int(people * 1.2)):
                a = rng.choice(hubs) if rng.random() < 0.5 else rng.choice(ids)
                b = rng.choice(ids)
                if a == b:
                    continue
                introducer = rng.choice((me_id, rng.choice(hubs), None))
                status = rng.choices(("proposed", "made", "met", "declined"), (10, 35, 50, 5))[0]
                on = today - dt.timedelta(days=rng.randint(1, 1500))
                intro_rows.append((introducer, a, b, _iso(on),
                                   f"Both into {rng.choice(INTERESTS).lower()}", status))
        cur.executemany(
            "INSERT INTO introduction (introducer_id, person_a_id, person_b_id, introduced_on, "
            "context, status) VALUES (?,?,?,?,?,?)",
            intro_rows,
        )

        # This week's focus: proposed by the same rules as the app's (issue 15), unless
        # the week already has people.
        focus.propose_week(today, now)
        writes.rebuild_index()
        tick(1)
    tags_count = int(db.execute_sql("SELECT count(*) FROM tag").fetchone()[0])
    return DemoSummary(
        people=people,
        tags=tags_count,
        interactions=len(interaction_rows),
        followups=len(followup_rows) + len(cadence_changes.contacts),
        favors=len(favor_rows),
        introductions=len(intro_rows),
    )
