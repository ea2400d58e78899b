"""The real-world corpus (shared/vcards/real): every file reads, asserted values come out.

Expected values are those of EXPECTED.md (asserted by ez-vcard, AOSP, DAVx5 and khard's own
tests), written as the decoded values a user sees in Rapport.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop.vcard import CardData, VCardError, parse_file
from tests.vcard.corpus import REAL, corpus_files

# files that hold no vCard at all: the whole file is refused with one clear message
NOT_VCARD = {
    "ccs-calendarserver/CardDAV-vcarderrors/4.vcf",  # "--BEGIN:VCARD" garbage prefixes
    "evolution-data-server/7.vcf",  # no BEGIN:VCARD line
}
# cards refused (reported with file and line, the rest of the file still imports)
REJECTED = {
    "ccs-calendarserver/home_bad/1.vcf": "empty card",
    "android-vcard/v21_android_custom_prop.vcf": "no name",  # only X-ANDROID-CUSTOM junk
    "kcontacts/vcard7.vcf": "no name",  # only an empty N and a LABEL
    "node-vcf/photo-base64.vcf": "no name",  # only a (truncated) PHOTO
}


def _card(path: str, index: int = 0) -> CardData:
    return parse_file(REAL / path).cards[index]


def pick(card: CardData, key: str) -> Any:
    """What a user sees of ``key`` on ``card``."""
    if key in ("emails", "phones", "urls", "related"):
        return [v.value for v in getattr(card, key)]
    if key.endswith("_kinds"):
        return [v.kind for v in getattr(card, key[:-6])]
    if key.endswith("_labels"):
        return [v.label for v in getattr(card, key[:-7])]
    if key.endswith("_prefs"):
        return [v.pref for v in getattr(card, key[:-6])]
    if key == "addresses":
        return [
            (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
            for a in card.addresses
        ]
    if key in ("birthday", "anniversary"):
        date = getattr(card, key)
        return None if date is None else date.iso()
    if key == "photo_len":
        return None if card.photo is None else len(card.photo)
    if key == "photo_magic":
        return None if card.photo is None else card.photo[:3]
    if key == "name":
        return (card.family_name, card.given_name, card.additional_names, card.prefix,
                card.suffix)
    if key == "extra_has":
        return card.extra
    return getattr(card, key)


N = "Ñ"
JPEG = b"\xff\xd8\xff"

# (file, card index, {key: expected}); "extra_has" lists lines that must be in extra.
EXPECTED: list[tuple[str, int, dict[str, Any]]] = [
    ("ez-vcard/John_Doe_ANDROID.vcf", 0, {"full_name": "john.doe@company.com",
                                          "emails": ["john.doe@company.com"],
                                          "emails_prefs": [True], "categories": ["My Contacts"]}),
    ("ez-vcard/John_Doe_ANDROID.vcf", 2, {"family_name": "Ñ Ñ Ñ Ñ", "full_name": "Ñ Ñ Ñ Ñ Ñ",
                                          "phones": ["123456789"], "phones_kinds": ["cell"],
                                          "phones_prefs": [True]}),
    ("ez-vcard/John_Doe_ANDROID.vcf", 3, {"family_name": " ".join([N] * 11),
                                          "phones": ["123456", "234567", "3456789", "45678901"],
                                          "note": "\n\n".join(
                                              ["Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ "] * 2)}),
    ("ez-vcard/John_Doe_ANDROID.vcf", 4, {"name": ("Ñ Ñ", "Ñ Ñ Ñ", "", "", ""),
                                          "full_name": "Ñ Ñ Ñ Ñ",
                                          "phones_kinds": ["cell", "work", "work,fax"],
                                          "emails": ["bob@company.com", N * 14],
                                          "organization": N * 12,
                                          "urls": ["www.company.com", "http://www.company.com"],
                                          "photo_len": 876, "photo_magic": JPEG}),
    ("ez-vcard/John_Doe_ANDROID.vcf", 5, {"family_name": N * 4, "organization": N * 44,
                                          "phones": ["55556666"]}),
    ("ez-vcard/John_Doe_BLACK_BERRY.vcf", 0, {"full_name": "John Doe", "family_name": "Doe",
                                              "given_name": "john", "phones": ["+96123456789"],
                                              "phones_kinds": ["cell"],
                                              "organization": "Acme Solutions", "note": None,
                                              "photo_len": 1674}),
    ("ez-vcard/John_Doe_EVOLUTION.vcf", 0, {
        "full_name": "Mr. John Richter, James Doe Sr.",
        "name": ("Doe", "John", "Richter, James", "Mr.", "Sr."),
        "phones": ["905-666-1234", "905-555-1234"], "phones_kinds": ["cell", "work"],
        "emails": ["john.doe@ibm.com"], "organization": "IBM", "department": "Accounting",
        "org_units": ["Dungeon"], "title": "Money Counter", "nickname": "Johny",
        "categories": ["VIP"], "birthday": "1980-03-22",
        "uid": "477343c8e6bf375a9bac1f96a5000837",
        "addresses": [("ASB-123", "", "15 Crescent moon drive", "Albaney", "New York", "12345",
                       "United States of America")]}),
    ("ez-vcard/John_Doe_GMAIL.vcf", 0, {
        "full_name": "Mr. John Richter, James Doe Sr.",
        "emails": ["john.doe@ibm.com"], "emails_kinds": ["home"],
        "phones": ["905-555-1234", "905-666-1234"],
        "addresses": [("", "Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\n"
                       "United States of America", "", "", "", "", "")],
        "urls": ["http://www.ibm.com"], "urls_kinds": ["work"], "birthday": "1980-03-22",
        "related": ["Jenny"], "related_labels": ["Spouse"],
        "extra_has": ["item1.X-ABDATE:1975-03-01", "item1.X-ABLabel:_$!<Anniversary>!$_",
                      "X-PHONETIC-FIRST-NAME:Jon"]}),
    ("ez-vcard/John_Doe_IPHONE.vcf", 0, {
        "full_name": "Mr. John Richter James Doe Sr.",
        "name": ("Doe", "John", "Richter,James", "Mr.", "Sr."), "nickname": "Johny",
        "organization": "IBM", "department": "Accounting", "title": "Money Counter",
        "emails": ["john.doe@ibm.com"], "emails_prefs": [True],
        "phones": ["905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234",
                   "905-999-1234", "905-111-1234", "905-222-1234"],
        "phones_labels": [None] * 6 + ["AssistantPhone"],
        "urls": ["http://www.ibm.com"], "urls_labels": ["HomePage"],
        "birthday": "2012-06-06", "photo_len": 32531, "photo_magic": JPEG,
        "photo_mime": "image/jpeg"}),
    ("ez-vcard/John_Doe_LOTUS_NOTES.vcf", 0, {
        "full_name": "Mr. Doe John I Johny", "nickname": "Johny,JayJay",
        "organization": "IBM", "department": "SUN", "title": "Generic Accountant",
        "emails": ["john.doe@ibm.com", "billy_bob@gmail.com"], "emails_prefs": [True, False],
        "phones": ["+1 (212) 204-34456", "00-1-212-555-7777"], "birthday": "1980-05-21",
        "photo_len": 7957, "uid": "0e7602cc-443e-4b82-b4b1-90f62f99a199",
        "urls": ["http://www.sun.com"]}),
    ("ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf", 0, {
        "full_name": "Mr. John Richter,James Doe Sr.",
        "name": ("Doe", "John", "Richter,James", "Mr.", "Sr."), "photo_len": 18242,
        "phones": ["905-777-1234", "905-666-1234", "905-555-1234", "905-888-1234",
                   "905-999-1234", "905-111-1234", "905-222-1234"],
        "related": ["Jenny"], "related_prefs": [True], "birthday": "2012-06-06"}),
    ("ez-vcard/John_Doe_MS_OUTLOOK.vcf", 0, {
        "full_name": "Mr. John Richter James Doe Sr.",
        "name": ("Doe", "John", "Richter,James", "Mr.", "Sr."), "birthday": "1980-03-22",
        "phones": ["(905) 555-1234", "(905) 666-1234"], "emails": ["john.doe@ibm.cm"],
        "photo_len": 860, "urls": ["http://www.ibm.com"],
        "addresses": [("", "", "Cresent moon drive", "Albaney", "New York", "12345",
                       "United States of America"),
                      ("", "", "Silicon Alley 5,", "New York", "New York", "12345",
                       "United States of America")]}),
    ("ez-vcard/outlook-2003.vcf", 0, {
        "full_name": "John Doe III", "nickname": "Joey", "organization": "Company, The",
        "department": "TheDepartment", "title": "The Job Title", "birthday": "1980-03-21",
        "note": "This is the note field!!\nSecond line\n\nThird line is empty\n",
        "phones": ["BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"]}),
    ("ez-vcard/outlook-2007.vcf", 0, {
        "full_name": "Mr. Michael Angstadt Jr.", "birthday": "1922-03-10",
        "note": "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard "
                "type.\nBut I'm not sure because there's text formatting going on here.\n"
                "It does not preserve the formatting",
        "photo_len": 2324, "urls": ["http://mikeangstadt.name", "http://mikeangstadt.name"]}),
    ("ez-vcard/fullcontact.vcf", 0, {
        "full_name": "Prefix FirstName MiddleName LastName Suffix",
        "phones": [f"555-555-111{i}" for i in range(1, 10)],
        "emails": ["home@example.com", "work@example.com", "school@example.com",
                   "other@example.com", "custom@example.com"],
        "emails_kinds": ["home", "work", "school", "other", "customtype"],
        "birthday": "2016-08-01", "note": "Notes line 1\nNotes line 2", "nickname": "NickName",
        "categories": ["Tag"], "organization": "Organization1"}),
    ("ez-vcard/gmail-list.vcf", 2, {"full_name": "Doug White", "emails": ["dwhite@gmail.com"]}),
    ("ez-vcard/gmail-single.vcf", 0, {
        "full_name": "Greg Dartmouth", "nickname": "Gman", "birthday": "1960-09-10",
        "phones": ["555 555 1111", "555 555 2222"], "phones_labels": [None, "GRAND_CENTRAL"],
        "note": "This is GMail's note field.\nIt should be added as a NOTE type.\n"
                "ACustomField: CustomField",
        "urls": ["http://TheProfile.com"], "urls_labels": ["PROFILE"],
        "related": ["MySpouse", "MyCustom"]}),
    ("ez-vcard/gmail-single2.vcf", 0, {"full_name": "VCard Test", "birthday": "1912-06-23",
                                       "related": [f"Name{i}" for i in range(1, 17)]}),
    ("ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf", 0, {
        "full_name": "John Doe", "categories": ["category1, category2, category3"],
        "birthday": "1970-09-21", "anniversary": "1990-04-30", "photo_len": 8940,
        "note": 'This is the notes field.\nSecond Line\n\nFourth Line\nYou can put anything '
                'in the "note" field; even curse words.'}),
    ("ez-vcard/rfc6350-example.vcf", 0, {"full_name": "Simon Perreault", "birthday": "--02-03",
                                         "anniversary": "2009-08-08",
                                         "phones": ["tel:+1-418-656-9254;ext=102",
                                                    "tel:+1-418-262-6501"]}),
    ("ez-vcard/rfc2426-example.vcf", 1, {"full_name": "Tim Howes",
                                         "organization": "Netscape Communications Corp.",
                                         "emails": ["howes@netscape.com"]}),
    ("android-vcard/v21_simple_1.vcf", 0, {"name": ("Ando", "Roid", "", "", ""),
                                           "full_name": "Roid Ando", "version": ""}),
    ("android-vcard/v21_backslash.vcf", 0, {"name": ("", "A;B\\", "C\\;", "D", ":E")}),
    ("android-vcard/v21_pref_handling.vcf", 0, {
        "full_name": "Smith", "phones": ["1", "2", "3"], "phones_prefs": [False, True, False],
        "emails": ["test@example.com", "test2@examination.com"],
        "organization": "Company", "title": "Engineer"}),
    ("android-vcard/v21_complicated.vcf", 0, {
        "name": ("Gump", "Forrest", "Hoge", "Pos", "Tao"), "full_name": "Joe Due",
        "organization": "Gump Shrimp Co.", "department": "Sales Dept.;Manager",
        "org_units": ["Fish keeper"], "title": "Shrimp Man", "birthday": "1980-01-01",
        "note": "The following note is the example from RFC 2045.\n\n"
                "Now's the time for all folk to come to the aid of their country.",
        "photo_magic": JPEG}),
    ("android-vcard/v21_invalid_multiple_line.vcf", 0, {"full_name": "Omega"}),
    ("android-vcard/v21_adr_multiple_line.vcf", 0, {
        "full_name": "bogus", "birthday": "2008-12-03", "urls": ["http://bogus.com/"],
        "addresses": [("", "", "Grindelberg 999", "Hamburg", "", "99999", "Deutschland"),
                      ("", "", "Hermann v. Brevern\n9999999\nPackstation 999", "Hamburg", "",
                       "99999", "Deutschland")]}),
    ("android-vcard/v30_simple.vcf", 0, {"full_name": "And Roid", "organization": "Open",
                                         "department": "Handset",
                                         "org_units": ["Alliance"], "phones": ["0300000000"]}),
    ("android-vcard/v21_japanese_1.vcf", 0, {"family_name": "安藤ロイド",
                                             "full_name": "安藤ロイド"}),
    ("android-vcard/v21_japanese_2.vcf", 0, {
        "name": ("安藤", "ロイド1", "", "", ""), "full_name": "安藤 ロイド 1", "note": "メモ",
        "addresses": [("", "東京都渋谷区桜丘町26-1セルリアンタワー6階", "", "", "",
                       "150-8512", "")]}),
    # Shift_JIS 0x5C trail bytes are not backslash escapes
    ("android-vcard/v21_japanese_3.vcf", 0, {"name": ("伊能", "圭一", "伊予", "", ""),
                                             "full_name": "伊能 圭一 伊予"}),
    ("android-vcard/v30_japanese.vcf", 0, {"name": ("伊能", "圭一", "伊予", "", ""),
                                           "full_name": "伊能 圭一 伊予"}),
    ("android-vcard/v21_multiple_entry.vcf", 2, {"family_name": "安藤ロイド5",
                                                 "phones": ["17", "18", "19", "20"]}),
    ("android-vcard/v21_nest.vcf", 0, {"full_name": "nest1"}),
    ("android-vcard/v21_nest.vcf", 2, {"full_name": "parent", "phones": ["1"]}),
    ("android-vcard/v21_winmo_65.vcf", 0, {"full_name": "Example",
                                           "anniversary": "2009-10-10"}),
    ("android-vcard/v21_invalid_comment_line.vcf", 0, {
        "full_name": "Conference Call",
        "note": "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."}),
    ("android-vcard/v30_multibyte_param.vcf", 0, {"phones": ["1"], "phones_kinds": ["费"]}),
    ("android-vcard/v30_comma_separated.vcf", 0, {
        "phones": ["1"], "phones_kinds": ["comma,separated:inside.dquote"],
        "phones_prefs": [True]}),
    ("android-vcard/v40_sort_as.vcf", 0, {"full_name": "安藤 ロイド", "organization": "グーグル",
                                          "department": "検索部門"}),
    ("android-vcard/v40_sip.vcf", 0, {"full_name": "安藤 ロイド",
                                      "phones": ["tel:1", "sip:example@example.com"]}),
    ("android-vcard/v21_im.vcf", 0, {"nickname": "Nick", "full_name": "Nick",
                                     "extra_has": ["X-GOOGLE-TALK:hhh@gmail.com"]}),
    ("android-vcard/v21_x_param.vcf", 0, {
        "phones_kinds": ["x-customprop", "custompropertywithoutx"],
        "emails_kinds": ["x-customproperty", "custompropertywithoutx"]}),
    ("android-vcard/v21_base64_no_2_crlf.vcf", 0, {"full_name": "fullname",
                                                   "photo_magic": JPEG}),
    ("android-vcard/v21_blackberry_photo.vcf", 0, {
        "full_name": "boogie", "photo_magic": b"\x89PN", "phones": ["+5555555", "+5555556"],
        "emails": ["forrestgump@walladalla.com"]}),
    # invalid base64: the card is kept, without a photo, the PHOTO line kept as written
    ("android-vcard/v21_malformed_photo.vcf", 0, {
        "full_name": "fullname", "photo": None,
        "extra_has": ["PHOTO;ENCODING=BASE64;TYPE=JPEG:qgEPAAIAAAAHAAAAugEQAAIAAAAG:ASDF=="]}),
    ("android-vcard/v30_pause_wait.vcf", 0, {"full_name": "Pause Wait",
                                             "phones": ["p1234p5678w9"]}),
    ("android-vcard/v21_x_android_custom_after_photo.vcf", 0, {
        "photo_magic": b"\x89PN", "birthday": "1975-08-20",
        "extra_has": ["X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;1999-07-10;1;;;;;;"
                      ";;;;;;;"]}),
    ("android-vcard/v30_ios_613_multiline.vcf", 0, {"photo_magic": JPEG}),
    ("vcard4android/allfields-vcard3.vcf", 0, {
        "uid": "mostfields1@at.bitfire.vcard4android", "full_name": "Ämi Display",
        "given_name": "Firstname", "additional_names": "Middlename1 Middlename2",
        "family_name": "Lastname", "phones": ["+49 1234 56788", "+1-800-MYFAX"],
        "phones_labels": ["Useless", None],
        "emails": ["private@example.com", "work@example.com"],
        "emails_labels": [None, "@work"], "organization": "ABC, Inc.",
        "department": "North American Division", "org_units": ["Marketing"],
        "title": "Director, Research and Development", "categories": ["A", "B'C"],
        "birthday": "1996-04-15", "anniversary": "2014-08-12",
        "related": ["Ägidius", "muuum@example.com"]}),
    ("vcard4android/vcard4.vcf", 0, {"birthday": "--04-16"}),
    ("khard/korean-c.vcf", 0, {"full_name": "최유림"}),
    ("khard/korean-j.vcf", 0, {"full_name": "전도훈"}),
    ("khard/text-bday.vcf", 0, {"birthday": None, "extra_has": ["BDAY;VALUE=text:circa 1800"]}),
    ("khard/org.vcf", 0, {"organization": "ACME Inc.", "full_name": "ACME Inc."}),
    ("khard/photov4.vcf", 0, {"photo_mime": "image/png"}),
    # no FN (invalid in 3.0): built from N, not from the nickname
    ("khard/nickname.vcf", 0, {"nickname": "Mike", "full_name": "Michael Smith"}),
    ("radicale/contact4-with-bday-no-year.vcf", 0, {"birthday": "--01-01"}),
    ("radicale/broken-vcard.vcf", 0, {"full_name": "test-misses-N-or-FN@example.com"}),
    ("radicale/contact_photo_with_data_uri.vcf", 0, {"photo_mime": "image/png",
                                                     "photo_magic": b"\x89PN"}),
    ("thunderbird/v3-binary-jpeg.vcf", 0, {"photo_magic": JPEG}),
    ("thunderbird/v3-uri-uri-jpeg.vcf", 0, {"photo_magic": JPEG, "photo_mime": "image/jpeg"}),
    ("thunderbird/v4-uri-jpeg.vcf", 0, {"photo_magic": JPEG}),
    ("thunderbird/export.vcf", 1, {"note": "here's some unicode text…", "title": '"worker"',
                                   "extra_has": ["X-CUSTOM3;VALUE=TEXT:custom\\n3"]}),
    ("thunderbird/legacy-2.1-export/export.vcf", 1, {"full_name": "contact number two",
                                                     "note": "here's some unicode text…"}),
    ("kcontacts/vcard8.vcf", 0, {}),
    ("kcontacts/vcard3.vcf", 0, {"version": "2.1"}),
    ("ccs-calendarserver/44EE78BF-8814-4471-899C-92280CEFB098.vcf", 0, {}),
    ("ccs-calendarserver/934731C6-1C95-4C40-BE1F-FA4215B2307B.vcf", 0, {"photo_magic": JPEG}),
    ("ccs-calendarserver/CardDAV-vcarderrors/8.vcf", 0, {}),
    ("evolution-data-server/12.vcf", 0, {"name": ("Brüning", "Michael", "", "", ""),
                                         "full_name": "Michael Brüning"}),
    ("evolution-data-server/13.vcf", 0, {
        "emails": ["Frank_Dawson@Lotus.com", "semicolon;@points.net"],
        "emails_prefs": [True, False], "phones_kinds": ["msg,work", "fax,work"]}),
    ("evolution-data-server/8.vcf", 0, {"full_name": "Frank Dawson"}),
    ("opensync/evo2-umlaute.vcf", 0, {}),
    ("syncevolution/Google-CardDAV.vcf", 0, {"photo_magic": JPEG}),
]


@pytest.mark.parametrize("path", corpus_files())
def test_every_corpus_file_reads_or_is_refused_cleanly(path: str) -> None:
    if path in NOT_VCARD:
        with pytest.raises(VCardError) as err:
            parse_file(REAL / path)
        assert str(err.value).startswith(f"{REAL / path}:1: not a vCard file")
        return
    result = parse_file(REAL / path)
    for error in result.errors:
        assert str(error).startswith(f"{REAL / path}:{error.line}: ")
        assert REJECTED.get(path, "?") in error.reason, (path, error.reason)
    if path not in REJECTED:
        assert result.cards and not result.errors, (path, result.errors)
    for card in result.cards:
        assert card.full_name.strip(), path
        assert card.line >= 1


def _expected_ids() -> list[str]:
    return [f"{p}#{i}" for p, i, _ in EXPECTED]


@pytest.mark.parametrize(("path", "index", "want"), EXPECTED, ids=_expected_ids())
def test_asserted_values(path: str, index: int, want: dict[str, Any]) -> None:
    card = _card(path, index)
    for key, value in want.items():
        got = pick(card, key)
        if key == "extra_has":
            for line in value:
                assert line in got, (key, line, got)
        else:
            assert got == value, (key, got)


CARD_COUNTS = {
    "ez-vcard/John_Doe_ANDROID.vcf": 6,
    "ez-vcard/gmail-list.vcf": 3,
    "ez-vcard/rfc2426-example.vcf": 2,
    "android-vcard/v21_multiple_entry.vcf": 3,
    "android-vcard/v21_nest.vcf": 3,
    "syncevolution/eds_contact.vcf": 17,
    "syncevolution/vcard21.vcf": 16,
    "syncevolution/yahoo_contact.vcf": 8,
    "node-vcf/multiple.vcf": 3,
    "kcontacts/vcard10.vcf": 5,
    "thunderbird/emptylines_vcard_addressbook.vcf": 2,
    "radicale/broken-vcards.vcf": 2,
}


@pytest.mark.parametrize(("path", "count"), sorted(CARD_COUNTS.items()))
def test_every_card_of_multi_card_files(path: str, count: int) -> None:
    assert len(parse_file(REAL / path).cards) == count


def test_nested_cards_come_before_their_parent() -> None:
    names = [c.full_name for c in parse_file(REAL / "android-vcard/v21_nest.vcf").cards]
    assert names == ["nest1", "nest2", "parent"]


def test_card_line_points_at_its_begin() -> None:
    cards = parse_file(REAL / "ez-vcard/gmail-list.vcf").cards
    lines = (REAL / "ez-vcard/gmail-list.vcf").read_bytes().split(b"\n")
    for card in cards:
        assert lines[card.line - 1].strip().upper() == b"BEGIN:VCARD"


def test_versions_as_read() -> None:
    cards = parse_file(REAL / "node-vcf/multiple.vcf").cards
    assert [c.version for c in cards] == ["4.0", "2.1", "3.0"]


def test_missing_end_is_a_warning_and_the_card_is_kept() -> None:
    result = parse_file(REAL / "khard/unparsable.vcf")
    assert len(result.cards) == 1
    assert any("no END:VCARD" in w.reason for w in result.warnings)


def test_line_without_colon_is_reported_with_its_line() -> None:
    result = parse_file(REAL / "kcontacts/vcard4.vcf")
    assert [c.full_name for c in result.cards] == ["Ximian, Inc."]
    assert any(w.line == 3 and "no ':'" in w.reason for w in result.warnings)


def test_folding_that_splits_utf8_sequences_is_undone_before_decoding() -> None:
    # kcontacts/vcard9.vcf: the raw file is not valid UTF-8 until unfolded
    card = _card("kcontacts/vcard9.vcf")
    assert "\ufffd" not in card.full_name + (card.note or "") + card.family_name
    assert card.full_name.startswith("\u03b2\u03b3\u03b4\u03b5\u03b1")  # Greek beta..alpha
    assert "русском" in (card.note or "")
