<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add CardDAV Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password unencrypted (this server uses plain http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted server (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the CA that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of its certificate (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Address Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address books to sync (the server&apos;s default one is chosen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: the password is kept in a file beside your data that only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for address books…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found 1 address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 address books.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>Held It — Add Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In This Week&apos;s Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to This Week&apos;s Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Ask for an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address known: type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to paste it anywhere (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this e-mail in your mail program (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExtrasRow</name>
    <message>
        <source>e.g. Web Summit 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag everyone with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event, a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>·  Met at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">Kalender exportieren</translation>
    </message>
    <message>
        <source>Follow-ups (overdue ones on today), planned meetings and birthdays, for Google, Apple or Thunderbird calendars. Titles read “Name: what to do”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays and anniversaries, every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms: 9:00 on the day, 15 minutes before a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Calendar File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to a calendar on your sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a calendar named “Rapport follow-ups” up to date on the server of a sync account, so your phone shows them. It sends names, follow-up texts and dates, meeting titles and times; never notes, favours or introductions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync account yet: add one in Tools &gt; Sync Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Remind Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up for someone on the selected day (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread stale keep-in-touch reminders over the next days, or reset their cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture cancelled: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be logged, per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never capture this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met, not in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met who are not contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and messages that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — met {0}×, last {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} planned meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} message days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {0} with {1} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} captured before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} with nobody in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved until you click Log. Untick a person or an entry to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {0} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture this address again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}; looking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureSourcePage</name>
    <message>
        <source>Capture meetings and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport reads the title, time and people of calendar events, and the date, subject and addresses of e-mail messages: never a message&apos;s text. Past events with your contacts become meetings, future ones planned meetings, e-mails one message entry per conversation per day. You review everything before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files: calendar (.ics), mbox or Maildir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar of a sync account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Maildir folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync account yet: add one in Tools → Sync Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars and mailboxes (*.ics *.mbox *);;Calendars (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from a Maildir folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport only reads the calendar, never changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list calendars: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Catch Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keep-in-touch reminders are overdue, the oldest since %2. Rather than all of them at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread them over the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset their cadence: count each one afresh from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at most %1 a day, from tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>Zu meidende Themen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Limette</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Schiefergrau</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>ConnectorList</name>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by how many people you can reach through them (people they know and you do not), weighted by how well you know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people they know whom you do not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} knows {1} you do not know yet; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet: log who you meet and record introductions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseGuard</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} can only be read: {what}; changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: you can look, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>e.g. %1, or %2 without the year</source>
        <translation>z. B. %1 oder %2 ohne Jahr</translation>
    </message>
    <message>
        <source>“%1”: give the year too</source>
        <translation>„%1“: Bitte auch das Jahr angeben</translation>
    </message>
    <message>
        <source>“%1” is not a date in the calendar</source>
        <translation>„%1“ ist kein Datum im Kalender</translation>
    </message>
    <message>
        <source>“%1” is not a date: try %2</source>
        <translation>„%1“ ist kein Datum: Versuchen Sie es mit %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>and {count} more tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more characters (Edit shows the whole note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for contacts that are one person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the checked contacts into the kept one (Ctrl+M; undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are different people: do not offer them again (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 group of contacts looks like one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} groups of contacts look like one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them, or say they are different people: Rapport remembers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates: every contact looks like a different person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Rapport helps you turn contacts into relationships: remember what you share, follow up on time, and walk into every meeting prepared.</source>
        <translation>Rapport hilft Ihnen, aus Kontakten Beziehungen zu machen: Behalten Sie Gemeinsamkeiten im Blick, melden Sie sich rechtzeitig und gehen Sie gut vorbereitet in jedes Treffen.</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>vCards importieren…</translation>
    </message>
    <message>
        <source>Read the .vcf files your phone or mail app exports</source>
        <translation>Die .vcf-Dateien einlesen, die Ihr Telefon oder Ihr E-Mail-Programm exportiert</translation>
    </message>
    <message>
        <source>Load demo network</source>
        <translation>Demo-Netzwerk laden</translation>
    </message>
    <message>
        <source>Explore Rapport with 300 made-up people</source>
        <translation>Rapport mit 300 erfundenen Personen ausprobieren</translation>
    </message>
    <message>
        <source>or &lt;a href=&quot;new&quot;&gt;add someone by hand&lt;/a&gt; · you can also drop .vcf files here</source>
        <translation>oder &lt;a href=&quot;new&quot;&gt;jemanden von Hand hinzufügen&lt;/a&gt; · Sie können auch .vcf-Dateien hierher ziehen</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>e.g. Two kids, Maya (8) and Leo (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsSection</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a Fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, pets, goals, what they care about: shown here and on the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still holds: keep it for another week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin this fact (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I can do for them: not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I can do: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a Fact about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Pinned Fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusBox</name>
    <message>
        <source>Weekly Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you saw, promises kept and open, and next week&apos;s people (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet. Each week Rapport proposes 2–3 people: someone to reconnect with, someone to deepen a relationship with, someone to give to. Add someone with “Add to Focus” on their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusCard</name>
    <message>
        <source>Done: you did the one thing for them this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them in this week&apos;s focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin: let Rapport replace them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose someone else instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>How do I reach…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people through whom you reach the most people you do not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you know who do not know each other yet, and share interests or need what the other offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout cancelled. Use Re-arrange to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be drawn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet. Log who you meet, mark how well you know people, and record who introduced you to whom: the network appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the {0:,} people closest to {1}, of {2:,}. Double-click someone to explore around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and the people within {1} hop{2}. Esc shows everyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Held It — Add Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a 1-2-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone: type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said: personal things as well as business, what you promised…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes so far: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already promised: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this to the %1 planned at %2 with %3 (it took place: one entry, not two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionsSection</name>
    <message>
        <source>Show all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the introduction of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Remind Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to This Week&apos;s Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to This Week&apos;s Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search names, organisations, emails, phones, tags, notes…</source>
        <translation>Namen, Organisationen, E-Mails, Telefonnummern, Tags, Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>The contact list</source>
        <translation>Die Kontaktliste</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>K&amp;alender</translation>
    </message>
    <message>
        <source>Follow-ups, meetings and birthdays by day</source>
        <translation>Wiedervorlagen, Treffen und Geburtstage nach Tagen</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Who knows whom: connectors and warm paths</source>
        <translation>Wer kennt wen: Vermittler und Wege über Bekannte</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Keine Kontakte</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Select a contact</source>
        <translation>Wählen Sie einen Kontakt aus</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Den ausgewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Contact</source>
        <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected contacts (undo brings them back)</source>
        <translation>Die ausgewählten Kontakte löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search contacts (in the network view: find someone in the picture)</source>
        <translation>Kontakte durchsuchen (in der Netzwerkansicht: jemanden im Bild finden)</translation>
    </message>
    <message>
        <source>Nex&amp;t Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Die Tastatureingabe in den nächsten Bereich setzen</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Die Tastatureingabe in den vorherigen Bereich setzen</translation>
    </message>
    <message>
        <source>&amp;Remind Me…</source>
        <translation>&amp;Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <source>A follow-up for the person shown (in the calendar: on the day selected)</source>
        <translation>Eine Wiedervorlage für die angezeigte Person (im Kalender: am ausgewählten Tag)</translation>
    </message>
    <message>
        <source>How Do I &amp;Reach…?</source>
        <translation>Wie er&amp;reiche ich…?</translation>
    </message>
    <message>
        <source>The best warm paths to a person, an organisation or a tag</source>
        <translation>Die besten Wege über Bekannte zu einer Person, einer Organisation oder einem Tag</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>vCards &amp;importieren…</translation>
    </message>
    <message>
        <source>Import contacts from .vcf files</source>
        <translation>Kontakte aus .vcf-Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Capture Meetings…</source>
        <translation>Treffen &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log meetings and messages from your calendar (.ics, CalDAV) and mail (mbox, Maildir), after a review</source>
        <translation>Treffen und Nachrichten aus Ihrem Kalender (.ics, CalDAV) und Ihren E-Mails (mbox, Maildir) nach einer Durchsicht eintragen</translation>
    </message>
    <message>
        <source>&amp;Export vCards…</source>
        <translation>vCards e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save all contacts, the selection or a tag as a .vcf file</source>
        <translation>Alle Kontakte, die Auswahl oder einen Tag als .vcf-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Follow-ups, meetings and birthdays for Google, Apple or Thunderbird calendars, or pushed to your sync server&apos;s calendar</source>
        <translation>Wiedervorlagen, Treffen und Geburtstage für Google-, Apple- oder Thunderbird-Kalender oder direkt in den Kalender Ihres Sync-Servers</translation>
    </message>
    <message>
        <source>Weekly &amp;Review…</source>
        <translation>&amp;Wochenrückblick…</translation>
    </message>
    <message>
        <source>Who you saw, promises kept and open, and next week&apos;s people</source>
        <translation>Wen Sie getroffen haben, gehaltene und offene Versprechen und die Personen der nächsten Woche</translation>
    </message>
    <message>
        <source>Desktop &amp;Reminders</source>
        <translation>Desktop-&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>A tray icon with today&apos;s count and a notification each morning</source>
        <translation>Ein Symbol im Infobereich mit der Zahl für heute und jeden Morgen eine Benachrichtigung</translation>
    </message>
    <message>
        <source>Undo Last &amp;Import</source>
        <translation>Letzten &amp;Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the contacts the last import added</source>
        <translation>Die Kontakte entfernen, die der letzte Import hinzugefügt hat</translation>
    </message>
    <message>
        <source>Load &amp;Demo Network…</source>
        <translation>&amp;Demo-Netzwerk laden…</translation>
    </message>
    <message>
        <source>Fill Rapport with a made-up network to explore</source>
        <translation>Rapport zum Ausprobieren mit einem erfundenen Netzwerk füllen</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Put back one of the daily copies of your data</source>
        <translation>Eine der täglichen Kopien Ihrer Daten zurückholen</translation>
    </message>
    <message>
        <source>Print This &amp;Week&apos;s Briefings…</source>
        <translation>Briefings dieser &amp;Woche drucken…</translation>
    </message>
    <message>
        <source>One briefing page per person you meet during the rest of this week</source>
        <translation>Eine Briefing-Seite für jede Person, die Sie im Rest dieser Woche treffen</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate finden…</translation>
    </message>
    <message>
        <source>Contacts that are probably one person: merge them, or say they are not</source>
        <translation>Kontakte, die wahrscheinlich dieselbe Person sind: zusammenführen oder als verschieden markieren</translation>
    </message>
    <message>
        <source>&amp;Tag Manager…</source>
        <translation>&amp;Tags verwalten…</translation>
    </message>
    <message>
        <source>Rename, colour, merge and delete tags</source>
        <translation>Tags umbenennen, einfärben, zusammenführen und löschen</translation>
    </message>
    <message>
        <source>My &amp;Profile</source>
        <translation>Mein &amp;Profil</translation>
    </message>
    <message>
        <source>Your own profile: your interests are what you share with others</source>
        <translation>Ihr eigenes Profil: Ihre Interessen sind das, was Sie mit anderen teilen</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts…</source>
        <translation>&amp;Sync-Konten…</translation>
    </message>
    <message>
        <source>Two-way sync with your CardDAV address books (phone, Nextcloud, Fastmail…)</source>
        <translation>Abgleich in beide Richtungen mit Ihren CardDAV-Adressbüchern (Telefon, Nextcloud, Fastmail…)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Ü&amp;ber Rapport</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Keine Kontakte passen zu „%1“</translation>
    </message>
    <message>
        <source>Nothing due. You&apos;re up to date with everyone.</source>
        <translation>Nichts fällig. Sie sind mit allen auf dem Laufenden.</translation>
    </message>
    <message>
        <source>No one in this week&apos;s focus yet.</source>
        <translation>Noch niemand im Fokus dieser Woche.</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>No one you have only asked from. Give before you ask.</source>
        <translation>Niemand, den Sie immer nur um etwas gebeten haben. Erst geben, dann bitten.</translation>
    </message>
    <message>
        <source>No one has this tag.</source>
        <translation>Niemand hat diesen Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 von %Ln Kontakt</numerusform>
            <numerusform>%1 von %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>This view is not available in this build.</source>
        <translation>Diese Ansicht ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Couldn&apos;t do that: %1</source>
        <translation>Das ging nicht: %1</translation>
    </message>
    <message>
        <source>Deleted %1 — Undo with %2</source>
        <translation>%1 gelöscht – rückgängig mit %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s) — Undo with %2</source>
        <translation>
            <numerusform>%Ln Kontakt gelöscht – rückgängig mit %2</numerusform>
            <numerusform>%Ln Kontakte gelöscht – rückgängig mit %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select someone first</source>
        <translation>Wählen Sie zuerst jemanden aus</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>A personal relationship manager: common ground, follow-ups, favours and introductions, kept on your own computer.</source>
        <translation>Ein persönlicher Beziehungsmanager: Gemeinsamkeiten, Wiedervorlagen, Gefälligkeiten und Vorstellungen, gespeichert auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>vCards importieren</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;LinkedIn, Google or Outlook CSV (*.csv);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv);;vCard-Dateien (*.vcf *.vcard);;CSV von LinkedIn, Google oder Outlook (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: %1 is not a vCard or CSV file</source>
        <translation>
            <numerusform>%Ln Datei übersprungen: %1 ist keine vCard- oder CSV-Datei</numerusform>
            <numerusform>%Ln Dateien übersprungen: %1 sind keine vCard- oder CSV-Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured: {0}</source>
        <translation>Erfasst: {0}</translation>
    </message>
    <message>
        <source>Nothing new to capture</source>
        <translation>Nichts Neues zu erfassen</translation>
    </message>
    <message>
        <source>%1 — Undo with %2</source>
        <translation>%1 – rückgängig mit %2</translation>
    </message>
    <message>
        <source>%1 — nothing new to add</source>
        <translation>%1 – nichts Neues hinzuzufügen</translation>
    </message>
    <message>
        <source>the last import</source>
        <translation>dem letzten Import</translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln contact(s) imported from %1?</source>
        <translation>
            <numerusform>Den aus %1 importierten Kontakt entfernen?</numerusform>
            <numerusform>Die %Ln aus %1 importierten Kontakte entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This import is older than the change history, so this cannot be undone. Values it merged into contacts you already had stay.</source>
        <translation>Dieser Import ist älter als der Änderungsverlauf, daher lässt sich das Entfernen nicht rückgängig machen. Werte, die er in vorhandene Kontakte übernommen hat, bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln heute fällig</numerusform>
            <numerusform>%Ln heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Kalenderdatei wird geschrieben…</translation>
    </message>
    <message>
        <source>Calendar export cancelled</source>
        <translation>Kalenderexport abgebrochen</translation>
    </message>
    <message>
        <source>calendar exported</source>
        <translation>Kalender exportiert</translation>
    </message>
    <message>
        <source>Load Demo Network</source>
        <translation>Demo-Netzwerk laden</translation>
    </message>
    <message>
        <source>Add a made-up network of this many people
(your own contacts are kept):</source>
        <translation>Ein erfundenes Netzwerk mit so vielen Personen hinzufügen
(Ihre eigenen Kontakte bleiben erhalten):</translation>
    </message>
    <message>
        <source>Creating the demo network…</source>
        <translation>Demo-Netzwerk wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>Demo network ready: %Ln people</source>
        <translation>
            <numerusform>Demo-Netzwerk bereit: %Ln Person</numerusform>
            <numerusform>Demo-Netzwerk bereit: %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo network could not be created: %1</source>
        <translation>Das Demo-Netzwerk konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Demo network cancelled: nothing was added</source>
        <translation>Demo-Netzwerk abgebrochen: Es wurde nichts hinzugefügt</translation>
    </message>
</context>
<context>
    <name>MeetingTimeDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>Contact to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they differ, keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one contact to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the kept contact: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneThingDialog</name>
    <message>
        <source>One Thing I Can Do for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Introduce her to a recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It counts for a week; renew it if it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>wait until the running undo or redo has finished</source>
        <translation>warten Sie, bis das laufende Rückgängigmachen oder Wiederholen beendet ist</translation>
    </message>
    <message>
        <source>Redoing</source>
        <translation>Wiederholen von</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Rückgängig machen von</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed</source>
        <translation>Abgebrochen: nichts wurde geändert</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>PromiseOfferDialog</name>
    <message>
        <source>Close a Promise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recorded %1. Did it keep one of these promises?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachBox</name>
    <message>
        <source>A name, an organisation or a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody and nothing called “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is still being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. To {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight this path in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for this introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the introduction as proposed, remind you to chase it in a week, and draft the message (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: introduction to {0} proposed; a reminder to chase {1} on {2}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Remind Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind Me About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ask how the new job is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose someone: type a name and pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do, e.g. send the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Your week in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you saw, the promises kept and open, and next week&apos;s people. Click to look back on the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Rapport: damaged data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Backups Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport&apos;s data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the database cannot be read. A disk error, the computer stopping while it wrote, or a copy that did not finish can do this. Choose how to go on: the damaged file is kept in the backups folder either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{contacts}. What was changed since then is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport has no intact backup of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover what can still be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every record that can be read into a new database, and shows what it saved before anything is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering what can still be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovered data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {when}; the damaged file is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered {contacts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} records in all were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from {when} holds {contacts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {when}: {contacts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered {contacts}; the damaged file is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>This week&apos;s focus</source>
        <translation>Fokus dieser Woche</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>Only ever asked</source>
        <translation>Immer nur gebeten</translation>
    </message>
    <message>
        <source>Lists and tags</source>
        <translation>Listen und Tags</translation>
    </message>
    <message>
        <source>Click to show or hide</source>
        <translation>Zum Ein- oder Ausblenden klicken</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>None right now. Tag people&apos;s interests, needs and offers to get suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a proposed introduction (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwatchPicker</name>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>A colour chosen from the tag&apos;s name</source>
        <translation>Eine aus dem Namen des Tags abgeleitete Farbe</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synced with the server: names, nickname, organisation, department, title, e-mails, phones, addresses, web and chat links, birthday, anniversary, photo, the contact&apos;s note, tags that are interests or groups (as categories), stage, keep-in-touch days and the date you met. Never sent: topics to avoid, how you met, interactions, favours, introductions, follow-ups and your focus list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides: each field is compared with the last synced version; a change on one side wins over no change on the other (a deletion too). Only a field both sides changed differently is a conflict: the server&apos;s value is used and yours is kept below for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced (the server refused them; tried again at every sync):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address books:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;First Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed; the next sync uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at what the first sync would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync: %1 will be uploaded and %2 brought in. Click Start First Sync to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPickDialog</name>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Web Summit 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the %1 with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a tag off the %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEntryWidget</name>
    <message>
        <source>Edit, reschedule, cancel or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held it — add notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It took place: add notes and promises to this meeting (no second entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned · did it take place? · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held It — Add Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Remind Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up on a day you choose (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them to this week&apos;s focus (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Focus ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this week&apos;s focus: click to take them out (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a favour for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Find a person in the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a double-click on a person reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the network out afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the neighbourhood view (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekReviewDialog</name>
    <message>
        <source>Weekly Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep These for Next Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you saw · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody logged this week. A call or a coffee next week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None closed this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises still open · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open: every promise kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s focus · %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focus this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to propose yet: set cadences, tag interests, log what you promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already chosen for next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for Next Week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
