"""Schema version 1, frozen: the exact DDL the first release created.

Migration 1 runs these statements and nothing else, so a database made by version 1 is
the same whatever later versions of ``schema.py`` say; every later change is a numbered
migration in ``migrations.py``. Never edit this file.
"""

from __future__ import annotations

# fmt: off
V1_STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE "import_batch" ("id" INTEGER NOT NULL PRIMARY KEY, "source" TEXT NOT NULL, "imported_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "new_count" INTEGER NOT NULL DEFAULT 0, "merged_count" INTEGER NOT NULL DEFAULT 0, "rejected_count" INTEGER NOT NULL DEFAULT 0, "undone" INTEGER NOT NULL DEFAULT 0)',
    'CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255), "full_name" TEXT NOT NULL DEFAULT \'\', "sort_key" TEXT NOT NULL DEFAULT \'\', "given_name" TEXT NOT NULL DEFAULT \'\', "family_name" TEXT NOT NULL DEFAULT \'\', "additional_names" TEXT NOT NULL DEFAULT \'\', "prefix" TEXT NOT NULL DEFAULT \'\', "suffix" TEXT NOT NULL DEFAULT \'\', "nickname" TEXT NOT NULL DEFAULT \'\', "organization" TEXT NOT NULL DEFAULT \'\', "department" TEXT NOT NULL DEFAULT \'\', "title" TEXT NOT NULL DEFAULT \'\', "birthday" VARCHAR(255), "anniversary" VARCHAR(255), "note" TEXT, "how_we_met" TEXT NOT NULL DEFAULT \'\', "one_thing" TEXT NOT NULL DEFAULT \'\', "met_on" DATE, "stage" VARCHAR(255) NOT NULL DEFAULT \'connected\', "keep_in_touch_days" INTEGER, "is_me" INTEGER NOT NULL DEFAULT 0, "last_interaction_at" DATETIME, "next_followup_on" DATE, "import_batch_id" INTEGER, "vcard_extra" TEXT, "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, FOREIGN KEY ("import_batch_id") REFERENCES "import_batch" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "address" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL DEFAULT \'\', "label" TEXT, "pref" INTEGER NOT NULL DEFAULT 0, "position" INTEGER NOT NULL DEFAULT 0, "vcard_meta" TEXT, "contact_id" INTEGER NOT NULL, "po_box" TEXT NOT NULL DEFAULT \'\', "extended" TEXT NOT NULL DEFAULT \'\', "street" TEXT NOT NULL DEFAULT \'\', "locality" TEXT NOT NULL DEFAULT \'\', "region" TEXT NOT NULL DEFAULT \'\', "postal_code" TEXT NOT NULL DEFAULT \'\', "country" TEXT NOT NULL DEFAULT \'\', FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "contact_photo" ("contact_id" INTEGER NOT NULL PRIMARY KEY, "data" BLOB NOT NULL, "mime" VARCHAR(255) NOT NULL DEFAULT \'image/jpeg\', FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL UNIQUE COLLATE NOCASE, "colour" VARCHAR(255) NOT NULL DEFAULT \'\', "category" VARCHAR(255) NOT NULL DEFAULT \'interest\', "keep_in_touch_days" INTEGER)',
    'CREATE TABLE "contact_tag" ("contact_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, PRIMARY KEY ("contact_id", "tag_id"), FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "email" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL DEFAULT \'\', "label" TEXT, "pref" INTEGER NOT NULL DEFAULT 0, "position" INTEGER NOT NULL DEFAULT 0, "vcard_meta" TEXT, "contact_id" INTEGER NOT NULL, "address" TEXT NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "favor" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "direction" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL DEFAULT \'help\', "description" TEXT NOT NULL DEFAULT \'\', "happened_on" DATE NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "focus_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "week_start" DATE NOT NULL, "contact_id" INTEGER NOT NULL, "reason" TEXT NOT NULL DEFAULT \'\', "action" TEXT NOT NULL DEFAULT \'\', "pinned" INTEGER NOT NULL DEFAULT 0, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL DEFAULT \'meeting\', "happened_at" DATETIME NOT NULL, "summary" TEXT NOT NULL DEFAULT \'\', "notes" TEXT NOT NULL DEFAULT \'\', "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)',
    'CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "due_on" DATE NOT NULL, "reason" TEXT NOT NULL DEFAULT \'\', "origin" VARCHAR(255) NOT NULL DEFAULT \'manual\', "done" INTEGER NOT NULL DEFAULT 0, "done_at" DATETIME, "snoozed_until" DATE, "interaction_id" INTEGER, "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "interaction_participant" ("interaction_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, PRIMARY KEY ("interaction_id", "contact_id"), FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "introduction" ("id" INTEGER NOT NULL PRIMARY KEY, "introducer_id" INTEGER, "person_a_id" INTEGER NOT NULL, "person_b_id" INTEGER NOT NULL, "introduced_on" DATE, "context" TEXT NOT NULL DEFAULT \'\', "status" VARCHAR(255) NOT NULL DEFAULT \'made\', "outcome" TEXT NOT NULL DEFAULT \'\', FOREIGN KEY ("introducer_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("person_a_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_b_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "node_position" ("contact_id" INTEGER NOT NULL PRIMARY KEY, "x" REAL NOT NULL, "y" REAL NOT NULL, "pinned" INTEGER NOT NULL DEFAULT 0, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "phone" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL DEFAULT \'\', "label" TEXT, "pref" INTEGER NOT NULL DEFAULT 0, "position" INTEGER NOT NULL DEFAULT 0, "vcard_meta" TEXT, "contact_id" INTEGER NOT NULL, "number" TEXT NOT NULL, "e164" VARCHAR(255), FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "schema_version" ("version" INTEGER NOT NULL PRIMARY KEY, "applied_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)',
    'CREATE TABLE "url" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL DEFAULT \'\', "label" TEXT, "pref" INTEGER NOT NULL DEFAULT 0, "position" INTEGER NOT NULL DEFAULT 0, "vcard_meta" TEXT, "contact_id" INTEGER NOT NULL, "url" TEXT NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    "CREATE VIRTUAL TABLE contact_fts USING fts5(name, organization, emails, phones, tags, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    'CREATE INDEX "contact_uid" ON "contact" ("uid")',
    'CREATE INDEX "contact_import_batch_id" ON "contact" ("import_batch_id")',
    'CREATE INDEX "address_contact_id" ON "address" ("contact_id")',
    'CREATE INDEX "contact_tag_contact_id" ON "contact_tag" ("contact_id")',
    'CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id")',
    'CREATE INDEX "email_contact_id" ON "email" ("contact_id")',
    'CREATE INDEX "email_address" ON "email" ("address")',
    'CREATE INDEX "favor_contact_id" ON "favor" ("contact_id")',
    'CREATE INDEX "focus_entry_week_start" ON "focus_entry" ("week_start")',
    'CREATE INDEX "focus_entry_contact_id" ON "focus_entry" ("contact_id")',
    'CREATE INDEX "interaction_happened_at" ON "interaction" ("happened_at")',
    'CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id")',
    'CREATE INDEX "follow_up_due_on" ON "follow_up" ("due_on")',
    'CREATE INDEX "follow_up_interaction_id" ON "follow_up" ("interaction_id")',
    'CREATE INDEX "interaction_participant_interaction_id" ON "interaction_participant" ("interaction_id")',
    'CREATE INDEX "interaction_participant_contact_id" ON "interaction_participant" ("contact_id")',
    'CREATE INDEX "interaction_participant_contact_id_interaction_id" ON "interaction_participant" ("contact_id", "interaction_id")',
    'CREATE INDEX "introduction_introducer_id" ON "introduction" ("introducer_id")',
    'CREATE INDEX "introduction_person_a_id" ON "introduction" ("person_a_id")',
    'CREATE INDEX "introduction_person_b_id" ON "introduction" ("person_b_id")',
    'CREATE INDEX "phone_contact_id" ON "phone" ("contact_id")',
    'CREATE INDEX "phone_e164" ON "phone" ("e164")',
    'CREATE INDEX "url_contact_id" ON "url" ("contact_id")',
    'CREATE INDEX contact_by_name ON contact (sort_key, is_me)',
    "CREATE INDEX contact_by_organization ON contact (organization = '', organization COLLATE NOCASE, sort_key, is_me)",
    'CREATE INDEX contact_by_stage ON contact (stage, sort_key, is_me)',
    'CREATE INDEX contact_by_last_interaction ON contact (last_interaction_at, sort_key, is_me)',
    'CREATE INDEX contact_by_next_followup ON contact (next_followup_on, sort_key, is_me)',
)
