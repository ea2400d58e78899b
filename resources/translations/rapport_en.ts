<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingPreviewDialog</name>
    <message numerus="yes">
        <source>Briefings: %n people</source>
        <translation>
            <numerusform>Briefings: %n person</numerusform>
            <numerusform>Briefings: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Every year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorList</name>
    <message numerus="yes">
        <source>%1 knows %n people you do not know yet; %2</source>
        <translation>
            <numerusform>%1 knows %n person you do not know yet; %2</numerusform>
            <numerusform>%1 knows %n people you do not know yet; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exporting %n selected contact(s)…</source>
        <translation>
            <numerusform>Exporting %n selected contact…</numerusform>
            <numerusform>Exporting %n selected contacts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message numerus="yes">
        <source>Briefings - %n people.pdf</source>
        <translation>
            <numerusform>Briefings - %n person.pdf</numerusform>
            <numerusform>Briefings - %n people.pdf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message numerus="yes">
        <source>%1 and the people within %n hop(s). Esc shows everyone.</source>
        <translation>
            <numerusform>%1 and the people within %n hop. Esc shows everyone.</numerusform>
            <numerusform>%1 and the people within %n hops. Esc shows everyone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Reading %n files…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n card(s) from %1</source>
        <translation>
            <numerusform>Import %n card from %1</numerusform>
            <numerusform>Import %n cards from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n card(s) from %1 files</source>
        <translation>
            <numerusform>Import %n card from %1 files</numerusform>
            <numerusform>Import %n cards from %1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Card(s)</source>
        <translation>
            <numerusform>Import %n Card</numerusform>
            <numerusform>Import %n Cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>Overdue by %n day (due %1)</numerusform>
            <numerusform>Overdue by %n days (due %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s) — Undo with %2</source>
        <translation>
            <numerusform>Deleted %Ln contact — Undo with %2</numerusform>
            <numerusform>Deleted %Ln contacts — Undo with %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: %1 is not a vCard or CSV file</source>
        <translation>
            <numerusform>%Ln file skipped: %1 is not a vCard or CSV file</numerusform>
            <numerusform>%Ln files skipped: %1 are not vCard or CSV files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln contact(s) imported from %1?</source>
        <translation>
            <numerusform>Remove the %Ln contact imported from %1?</numerusform>
            <numerusform>Remove the %Ln contacts imported from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo network ready: %Ln people</source>
        <translation>
            <numerusform>Demo network ready: %Ln person</numerusform>
            <numerusform>Demo network ready: %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s)</source>
        <translation>
            <numerusform>%n birthday</numerusform>
            <numerusform>%n birthdays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeTexts</name>
    <message numerus="yes">
        <source>%1
%2 · knows %n people</source>
        <translation>
            <numerusform>%1
%2 · knows %n person</numerusform>
            <numerusform>%1
%2 · knows %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · knows %n people · your tie: %3</source>
        <translation>
            <numerusform>%1
%2 · knows %n person · your tie: %3</numerusform>
            <numerusform>%1
%2 · knows %n people · your tie: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <source>Tag %n contact(s) with %1</source>
        <translation>
            <numerusform>Tag %n contact with %1</numerusform>
            <numerusform>Tag %n contacts with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %1 from %n contact(s)</source>
        <translation>
            <numerusform>Untag %1 from %n contact</numerusform>
            <numerusform>Untag %1 from %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tags of %n contact(s)</source>
        <translation>
            <numerusform>Change tags of %n contact</numerusform>
            <numerusform>Change tags of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with tag %1 every %n day(s)</source>
        <translation>
            <numerusform>Keep in touch with tag %1 every day</numerusform>
            <numerusform>Keep in touch with tag %1 every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n contacts into %1</source>
        <translation>
            <numerusform>Merge %n contact into %1</numerusform>
            <numerusform>Merge %n contacts into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n promise(s)</source>
        <translation>
            <numerusform>Close promise</numerusform>
            <numerusform>Close %n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread %n reminder(s) over %1 days</source>
        <translation>
            <numerusform>Spread %n reminder over %1 days</numerusform>
            <numerusform>Spread %n reminders over %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n keep-in-touch reminder(s)</source>
        <translation>
            <numerusform>Reset %n keep-in-touch reminder</numerusform>
            <numerusform>Reset %n keep-in-touch reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %1 %n day(s)</source>
        <translation>
            <numerusform>Snooze %1 %n day</numerusform>
            <numerusform>Snooze %1 %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n people to this week&apos;s focus</source>
        <translation>
            <numerusform>Add %n person to this week&apos;s focus</numerusform>
            <numerusform>Add %n people to this week&apos;s focus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %n contact(s) to %1</source>
        <translation>
            <numerusform>Set stage of %n contact to %1</numerusform>
            <numerusform>Set stage of %n contacts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTexts</name>
    <message numerus="yes">
        <source>and %n earlier interaction(s)</source>
        <translation>
            <numerusform>and %n earlier interaction</numerusform>
            <numerusform>and %n earlier interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>%n follow-up(s) (%1 overdue)</source>
        <translation>
            <numerusform>%n follow-up (%1 overdue)</numerusform>
            <numerusform>%n follow-ups (%1 overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s)</source>
        <translation>
            <numerusform>a birthday</numerusform>
            <numerusform>%n birthdays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>%1  (%n contacts)  — new contacts go here</source>
        <translation>
            <numerusform>%1  (%n contact)  — new contacts go here</numerusform>
            <numerusform>%1  (%n contacts)  — new contacts go here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n contacts)</source>
        <translation>
            <numerusform>%1  (%n contact)</numerusform>
            <numerusform>%1  (%n contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <source>Move the %n people tagged “%1” onto:</source>
        <translation>
            <numerusform>Move the %n person tagged “%1” onto:</numerusform>
            <numerusform>Move the %n people tagged “%1” onto:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” from %n people. Undo puts it back.</source>
        <translation>
            <numerusform>Deleted “%1” from %n person. Undo puts it back.</numerusform>
            <numerusform>Deleted “%1” from %n people. Undo puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with the %n people tagged “%1”: %2. Undo puts it back.</source>
        <translation>
            <numerusform>Keep in touch with the %n person tagged “%1”: %2. Undo puts it back.</numerusform>
            <numerusform>Keep in touch with the %n people tagged “%1”: %2. Undo puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No keep-in-touch cadence for the %n people tagged “%1”. Undo puts it back.</source>
        <translation>
            <numerusform>No keep-in-touch cadence for the %n person tagged “%1”. Undo puts it back.</numerusform>
            <numerusform>No keep-in-touch cadence for the %n people tagged “%1”. Undo puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagPickDialog</name>
    <message numerus="yes">
        <source>Tag the %n contact(s) with:</source>
        <translation>
            <numerusform>Tag the %n contact with:</numerusform>
            <numerusform>Tag the %n contacts with:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a tag off the %n contact(s):</source>
        <translation>
            <numerusform>Take a tag off the %n contact:</numerusform>
            <numerusform>Take a tag off the %n contacts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message numerus="yes">
        <source>%1: %n people. Double-click or press F2 to rename.</source>
        <translation>
            <numerusform>%1: %n person. Double-click or press F2 to rename.</numerusform>
            <numerusform>%1: %n people. Double-click or press F2 to rename.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineEntryWidget</name>
    <message numerus="yes">
        <source>%1 · with %2 and %n more</source>
        <translation>
            <numerusform>%1 · with %2 and %n more</numerusform>
            <numerusform>%1 · with %2 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
