"""Peewee models: the data model of DESIGN.md, normalised.

No Qt here. Every model is bound to ``db``, a ``DatabaseProxy`` that
``desktop.models.database.open_database`` initialises.

Refinements over DESIGN.md's starting point, and why:
- The photo lives in its own table (``ContactPhoto``) so that list queries over
  100,000 contacts never drag image bytes through memory.
- ``Contact.last_interaction_at`` and ``Contact.next_followup_on`` are kept
  denormalised (maintained by the services) so the list can sort on them with an
  index instead of an aggregate over every interaction.
- Birthday and anniversary are ISO text: ``YYYY-MM-DD`` or ``--MM-DD`` when the
  year is unknown (RFC 6350 section 4.3.1 reduced-accuracy date), so the month and
  day are always ``substr(x, -5)``.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

db = DatabaseProxy()

STAGES: tuple[str, ...] = ("connected", "acquainted", "relationship", "trusted")
# "needs" and "offers" (issue 16): what someone is looking for and what they can give;
# a need and an offer with matching names make an introduction worth suggesting.
TAG_CATEGORIES: tuple[str, ...] = ("interest", "group", "avoid", "needs", "offers")
INTERACTION_KINDS: tuple[str, ...] = ("meeting", "call", "message", "email", "event", "note")
INTERACTION_STATUSES: tuple[str, ...] = ("planned", "held", "cancelled")
FACT_KINDS: tuple[str, ...] = ("family", "pets", "goals", "cares", "other")
FOLLOWUP_ORIGINS: tuple[str, ...] = ("cadence", "promise", "manual", "birthday", "anniversary")
FAVOR_DIRECTIONS: tuple[str, ...] = ("given", "received")
FAVOR_KINDS: tuple[str, ...] = ("referral", "introduction", "advice", "help", "gift")
INTRODUCTION_STATUSES: tuple[str, ...] = ("proposed", "made", "met", "declined")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per applied migration."""

    version = IntegerField(primary_key=True)
    applied_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])


class ImportBatch(BaseModel):
    source = TextField()
    imported_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])
    new_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    merged_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    rejected_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    undone = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


class Contact(BaseModel):
    uid = CharField(null=True, index=True)
    full_name = TextField(default="", constraints=[SQL("DEFAULT ''")])
    # Accent-free, case-folded name (or organisation) for ordering: "Émile" sorts with "E".
    sort_key = TextField(default="", constraints=[SQL("DEFAULT ''")])
    given_name = TextField(default="", constraints=[SQL("DEFAULT ''")])
    family_name = TextField(default="", constraints=[SQL("DEFAULT ''")])
    additional_names = TextField(default="", constraints=[SQL("DEFAULT ''")])
    prefix = TextField(default="", constraints=[SQL("DEFAULT ''")])
    suffix = TextField(default="", constraints=[SQL("DEFAULT ''")])
    nickname = TextField(default="", constraints=[SQL("DEFAULT ''")])
    organization = TextField(default="", constraints=[SQL("DEFAULT ''")])
    department = TextField(default="", constraints=[SQL("DEFAULT ''")])
    title = TextField(default="", constraints=[SQL("DEFAULT ''")])
    birthday = CharField(null=True)  # "YYYY-MM-DD" or "--MM-DD"
    anniversary = CharField(null=True)
    note = TextField(null=True)
    how_we_met = TextField(default="", constraints=[SQL("DEFAULT ''")])
    # "One thing I can do for them", typed by the user (the briefing prints it).
    one_thing = TextField(default="", constraints=[SQL("DEFAULT ''")])
    one_thing_on = DateField(null=True)  # typed or renewed on; it expires after a week
    met_on = DateField(null=True)
    stage = CharField(default="connected", constraints=[SQL("DEFAULT 'connected'")])
    keep_in_touch_days = IntegerField(null=True)
    is_me = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    last_interaction_at = DateTimeField(null=True)
    next_followup_on = DateField(null=True)
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    # JSON: what the vCard carried that the model does not (verbatim extra lines, further
    # ORG units, RELATED...), kept so that export loses nothing.
    vcard_extra = TextField(null=True)
    # The alphabetically first tag name, kept by SQLite triggers (migration 10): what the
    # list's Tags column sorts by. Read-only for the services.
    first_tag = TextField(null=True, collation="NOCASE")
    created_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])
    updated_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])



class ContactPhoto(BaseModel):
    contact = ForeignKeyField(Contact, primary_key=True, on_delete="CASCADE", backref="photo")
    data = BlobField()
    mime = CharField(default="image/jpeg", constraints=[SQL("DEFAULT 'image/jpeg'")])


class _ContactItem(BaseModel):
    """Shared columns of the many-per-contact values, kept in order."""

    kind = CharField(default="", constraints=[SQL("DEFAULT ''")])  # home / work / cell / ...
    label = TextField(null=True)  # a free label (Apple X-ABLabel)
    pref = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    position = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    # What the vCard said about this value that the columns do not hold (item group,
    # source property, unknown parameters), JSON, so export writes it back unchanged.
    vcard_meta = TextField(null=True)


class Email(_ContactItem):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="emails")
    address = TextField()

    class Meta:
        indexes = ((("address",), False),)


class Phone(_ContactItem):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="phones")
    number = TextField()  # as written
    e164 = CharField(null=True, index=True)  # normalised for matching


class Address(_ContactItem):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="addresses")
    po_box = TextField(default="", constraints=[SQL("DEFAULT ''")])
    extended = TextField(default="", constraints=[SQL("DEFAULT ''")])
    street = TextField(default="", constraints=[SQL("DEFAULT ''")])
    locality = TextField(default="", constraints=[SQL("DEFAULT ''")])
    region = TextField(default="", constraints=[SQL("DEFAULT ''")])
    postal_code = TextField(default="", constraints=[SQL("DEFAULT ''")])
    country = TextField(default="", constraints=[SQL("DEFAULT ''")])


class Url(_ContactItem):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="urls")
    url = TextField()


class Tag(BaseModel):
    name = TextField(constraints=[SQL("UNIQUE COLLATE NOCASE")])
    colour = CharField(default="", constraints=[SQL("DEFAULT ''")])
    category = CharField(default="interest", constraints=[SQL("DEFAULT 'interest'")])
    keep_in_touch_days = IntegerField(null=True)


class ContactTag(BaseModel):
    # By contact: the primary key (migration 17 dropped the second index on it).
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="contact_tags",
                              index=False)
    # Indexed by (tag_id, contact_id): migration 2.
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="contact_tags", index=False)

    class Meta:
        primary_key = CompositeKey("contact", "tag")


class Interaction(BaseModel):
    kind = CharField(default="meeting", constraints=[SQL("DEFAULT 'meeting'")])
    happened_at = DateTimeField(index=True)
    summary = TextField(default="", constraints=[SQL("DEFAULT ''")])
    notes = TextField(default="", constraints=[SQL("DEFAULT ''")])
    created_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])
    # planned / held / cancelled (migration 5): a planned meeting whose time has passed
    # stays planned until the user holds (or cancels) it.
    status = CharField(default="held", constraints=[SQL("DEFAULT 'held'")])


class InteractionParticipant(BaseModel):
    interaction = ForeignKeyField(Interaction, on_delete="CASCADE", backref="participants")
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="participations")

    class Meta:
        primary_key = CompositeKey("interaction", "contact")
        indexes = ((("contact", "interaction"), False),)


class FollowUp(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="followups")
    due_on = DateField(index=True)
    reason = TextField(default="", constraints=[SQL("DEFAULT ''")])  # as the user typed it
    # A reason Rapport wrote: its parts as JSON, composed when shown (migration 13;
    # desktop/services/reasons.py). NULL: ``reason`` is shown as written.
    reason_parts = TextField(null=True)
    origin = CharField(default="manual", constraints=[SQL("DEFAULT 'manual'")])
    done = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    done_at = DateTimeField(null=True)
    snoozed_until = DateField(null=True)
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])
    # The reminder to make a proposed introduction (closed when it is made). A deferred
    # foreign key to introduction (ON DELETE CASCADE), declared in migration 5.
    introduction_id = IntegerField(null=True)


class Favor(BaseModel):
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="favors")
    direction = CharField()  # given / received
    kind = CharField(default="help", constraints=[SQL("DEFAULT 'help'")])
    description = TextField(default="", constraints=[SQL("DEFAULT ''")])
    happened_on = DateField()


class Introduction(BaseModel):
    introducer = ForeignKeyField(
        Contact, null=True, on_delete="SET NULL", backref="introductions_made"
    )
    person_a = ForeignKeyField(Contact, on_delete="CASCADE", backref="introductions_a")
    person_b = ForeignKeyField(Contact, on_delete="CASCADE", backref="introductions_b")
    introduced_on = DateField(null=True)
    context = TextField(default="", constraints=[SQL("DEFAULT ''")])
    status = CharField(default="made", constraints=[SQL("DEFAULT 'made'")])
    outcome = TextField(default="", constraints=[SQL("DEFAULT ''")])


class NodePosition(BaseModel):
    """Where a person sits in the introduction graph, so reopening it does not reshuffle."""

    contact = ForeignKeyField(Contact, primary_key=True, on_delete="CASCADE")
    x = FloatField()
    y = FloatField()
    pinned = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


class FocusEntry(BaseModel):
    """This week's focus: 2-3 people, one thing to do for each."""

    week_start = DateField(index=True)
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="focus_entries")
    reason = TextField(default="", constraints=[SQL("DEFAULT ''")])
    reason_parts = TextField(null=True)  # as follow_up.reason_parts (migration 13)
    action = TextField(default="", constraints=[SQL("DEFAULT ''")])
    action_parts = TextField(null=True)  # the same for the thing to do
    pinned = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    done_at = DateTimeField(null=True)  # the week's done tick


class ContactFact(BaseModel):
    """A pinned fact about a contact (family, pets, goals, what they care about): shown at
    the top of the detail pane and of the briefing. Rapport-only: never synced."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="facts")
    kind = CharField(default="other", constraints=[SQL("DEFAULT 'other'")])
    text = TextField(default="", constraints=[SQL("DEFAULT ''")])
    position = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


class NotDuplicate(BaseModel):
    """Two contacts the user said are different people (Find Duplicates, issue 11):
    ``contact_a`` has the smaller id."""

    contact_a = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_b = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
    decided_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])

    class Meta:
        primary_key = CompositeKey("contact_a", "contact_b")


class ChangeSet(BaseModel):
    """One write of the contact store (an edit, an import, a sync chunk, an undo): who made
    it (``source``: user / import / sync / restore / demo), what the user would call it (its
    parts, worded when shown; an old row's text as it is), the
    import it is (its new contacts are that batch's), the set it took back (``undoes``) and
    whether it has itself been taken back (``undone``)."""

    source = CharField()
    label = TextField(default="", constraints=[SQL("DEFAULT ''")])  # in English
    label_parts = TextField(null=True)  # desktop.text.Phrase as JSON (migration 14)
    made_at = DateTimeField(default=_now, constraints=[SQL("DEFAULT CURRENT_TIMESTAMP")])
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    undoes = IntegerField(null=True)
    undone = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


class Change(BaseModel):
    """One field of one contact changed by a change set: the value before and after, JSON
    (``desktop/services/store.py`` says how each field is written). No foreign key to the
    contact: the history of a deleted contact is what brings it back."""

    set = ForeignKeyField(ChangeSet, on_delete="CASCADE", backref="changes", column_name="set_id")
    contact_id = IntegerField()
    field = TextField()
    before = TextField(null=True)
    after = TextField(null=True)

    class Meta:
        indexes = ((("contact_id", "field", "set"), False),)


class StoreState(BaseModel):
    """The contact store's counters, by name (``next_contact_id``)."""

    key = TextField(primary_key=True)
    value = IntegerField()


ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    ImportBatch,
    Contact,
    ContactPhoto,
    Email,
    Phone,
    Address,
    Url,
    Tag,
    ContactTag,
    Interaction,
    InteractionParticipant,
    FollowUp,
    Favor,
    Introduction,
    FocusEntry,
    NodePosition,
    ContactFact,
    NotDuplicate,
    ChangeSet,
    Change,
    StoreState,
)

# Rows that hang off a contact but are not its card (the store owns the card's tables:
# desktop/services/store.py): deleted with it, put back by the undo of a delete.
CONTACT_DEPENDENT_MODELS: tuple[type[BaseModel], ...] = (
    InteractionParticipant,
    FollowUp,
    Favor,
    FocusEntry,
    NodePosition,
    ContactFact,
)
