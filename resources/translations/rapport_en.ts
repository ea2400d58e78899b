<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingPreviewDialog</name>
    <message numerus="yes">
        <source>Briefings: %Ln people</source>
        <translation>
            <numerusform>Briefings: %Ln person</numerusform>
            <numerusform>Briefings: %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingText</name>
    <message numerus="yes">
        <source>Keep it short: at most %n characters.</source>
        <translation>
            <numerusform>Keep it short: at most %n character.</numerusform>
            <numerusform>Keep it short: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message numerus="yes">
        <source>every %Ln week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln year(s)</source>
        <translation>
            <numerusform>every year</numerusform>
            <numerusform>every %Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln year(s)</source>
        <translation>
            <numerusform>Every year</numerusform>
            <numerusform>Every %Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureText</name>
    <message numerus="yes">
        <source>logged %Ln interaction(s)</source>
        <translation>
            <numerusform>logged %Ln interaction</numerusform>
            <numerusform>logged %Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned %Ln meeting(s)</source>
        <translation>
            <numerusform>planned %Ln meeting</numerusform>
            <numerusform>planned %Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %Ln</source>
        <translation>
            <numerusform>moved %Ln</numerusform>
            <numerusform>moved %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln cancelled</source>
        <translation>
            <numerusform>removed %Ln cancelled</numerusform>
            <numerusform>removed %Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %Ln contact(s)</source>
        <translation>
            <numerusform>%1 with %Ln contact</numerusform>
            <numerusform>%1 with %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorList</name>
    <message numerus="yes">
        <source>%1 knows %Ln people you do not know yet; %2</source>
        <translation>
            <numerusform>%1 knows %Ln person you do not know yet; %2</numerusform>
            <numerusform>%1 knows %Ln people you do not know yet; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactListController</name>
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
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s) — Undo with %2</source>
        <translation>
            <numerusform>Deleted %Ln contact — Undo with %2</numerusform>
            <numerusform>Deleted %Ln contacts — Undo with %2</numerusform>
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
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exporting %Ln selected contact(s)…</source>
        <translation>
            <numerusform>Exporting %Ln selected contact…</numerusform>
            <numerusform>Exporting %Ln selected contacts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>exported %n contact(s) to %1 (vCard %2)</source>
        <translation>
            <numerusform>exported %n contact to %1 (vCard %2)</numerusform>
            <numerusform>exported %n contacts to %1 (vCard %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactText</name>
    <message numerus="yes">
        <source>a pinned fact is at most %n characters</source>
        <translation>
            <numerusform>a pinned fact is at most %n character</numerusform>
            <numerusform>a pinned fact is at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n pinned facts per person: keep the ones that matter</source>
        <translation>
            <numerusform>at most %n pinned fact per person: keep the ones that matter</numerusform>
            <numerusform>at most %n pinned facts per person: keep the ones that matter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
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
</context>
<context>
    <name>FileNames</name>
    <message numerus="yes">
        <source>Briefings - %Ln people.pdf</source>
        <translation>
            <numerusform>Briefings - %Ln person.pdf</numerusform>
            <numerusform>Briefings - %Ln people.pdf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusText</name>
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
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message numerus="yes">
        <source>Keep in touch (every %n week(s))</source>
        <translation>
            <numerusform>Keep in touch (every week)</numerusform>
            <numerusform>Keep in touch (every %n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch (every %Ln days)</source>
        <translation>
            <numerusform>Keep in touch (every %Ln day)</numerusform>
            <numerusform>Keep in touch (every %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday (turns %n)</source>
        <translation>
            <numerusform>Birthday (turns %n)</numerusform>
            <numerusform>Birthday (turns %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anniversary (%n year(s))</source>
        <translation>
            <numerusform>Anniversary (%n year)</numerusform>
            <numerusform>Anniversary (%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message numerus="yes">
        <source>%1 and the people within %Ln hop(s). Esc shows everyone.</source>
        <translation>
            <numerusform>%1 and the people within %Ln hop. Esc shows everyone.</numerusform>
            <numerusform>%1 and the people within %Ln hops. Esc shows everyone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message numerus="yes">
        <source>group “%1”: %2 of %n member(s) not found</source>
        <translation>
            <numerusform>group “%1”: %2 of %n member not found</numerusform>
            <numerusform>group “%1”: %2 of %n members not found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupUpgradeText</name>
    <message numerus="yes">
        <source>Group tags made of %n group card(s)</source>
        <translation>
            <numerusform>Group tags made of %n group card</numerusform>
            <numerusform>Group tags made of %n group cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) tagged</source>
        <translation>
            <numerusform>%n contact tagged</numerusform>
            <numerusform>%n contacts tagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) kept for notes or history of yours: %1</source>
        <translation>
            <numerusform>%n contact kept for notes or history of yours: %1</numerusform>
            <numerusform>%n contacts kept for notes or history of yours: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryLabel</name>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Set stage of %Ln contact to %1</numerusform>
            <numerusform>Set stage of %Ln contacts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo network of %Ln people</source>
        <translation>
            <numerusform>Demo network of %Ln person</numerusform>
            <numerusform>Demo network of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s) from %1</source>
        <translation>
            <numerusform>Import %Ln contact from %1</numerusform>
            <numerusform>Import %Ln contacts from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tags of %Ln contact(s)</source>
        <translation>
            <numerusform>Change tags of %Ln contact</numerusform>
            <numerusform>Change tags of %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message numerus="yes">
        <source>%1 of %n contact(s) were %2 and were kept</source>
        <translation>
            <numerusform>%1 of %n contact were %2 and were kept</numerusform>
            <numerusform>%1 of %n contacts were %2 and were kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts %1 were kept</source>
        <translation>
            <numerusform>%n contact %1 was kept</numerusform>
            <numerusform>%n contacts %1 were kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Reading %Ln files…</source>
        <translation>
            <numerusform>Reading %Ln file…</numerusform>
            <numerusform>Reading %Ln files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln card(s) from %1</source>
        <translation>
            <numerusform>Import %Ln card from %1</numerusform>
            <numerusform>Import %Ln cards from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln card(s) from %1 files</source>
        <translation>
            <numerusform>Import %Ln card from %1 files</numerusform>
            <numerusform>Import %Ln cards from %1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln Card(s)</source>
        <translation>
            <numerusform>Import %Ln Card</numerusform>
            <numerusform>Import %Ln Cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>imported %1 new, merged %2, rejected %3 from %n file(s)</source>
        <translation>
            <numerusform>imported %1 new, merged %2, rejected %3 from %n file</numerusform>
            <numerusform>imported %1 new, merged %2, rejected %3 from %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) as tags</source>
        <translation>
            <numerusform>%n group as tags</numerusform>
            <numerusform>%n groups as tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message numerus="yes">
        <source>at most %Ln people in one interaction</source>
        <translation>
            <numerusform>at most %Ln person in one interaction</numerusform>
            <numerusform>at most %Ln people in one interaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the summary is at most %n characters</source>
        <translation>
            <numerusform>the summary is at most %n character</numerusform>
            <numerusform>the summary is at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes are at most %Ln characters</source>
        <translation>
            <numerusform>notes are at most %Ln character</numerusform>
            <numerusform>notes are at most %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardWalk</name>
    <message numerus="yes">
        <source>knows %Ln people</source>
        <translation>
            <numerusform>knows %Ln person</numerusform>
            <numerusform>knows %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) (due %1)</source>
        <translation>
            <numerusform>Overdue by %Ln day (due %1)</numerusform>
            <numerusform>Overdue by %Ln days (due %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>%Ln birthday</numerusform>
            <numerusform>%Ln birthdays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeTexts</name>
    <message numerus="yes">
        <source>%1
%2 · knows %Ln people</source>
        <translation>
            <numerusform>%1
%2 · knows %Ln person</numerusform>
            <numerusform>%1
%2 · knows %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · knows %Ln people · your tie: %3</source>
        <translation>
            <numerusform>%1
%2 · knows %Ln person · your tie: %3</numerusform>
            <numerusform>%1
%2 · knows %Ln people · your tie: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationCounts</name>
    <message numerus="yes">
        <source>Tag %Ln contact(s) with %1</source>
        <translation>
            <numerusform>Tag %Ln contact with %1</numerusform>
            <numerusform>Tag %Ln contacts with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %1 from %Ln contact(s)</source>
        <translation>
            <numerusform>Untag %1 from %Ln contact</numerusform>
            <numerusform>Untag %1 from %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tags of %Ln contact(s)</source>
        <translation>
            <numerusform>Change tags of %Ln contact</numerusform>
            <numerusform>Change tags of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Set stage of %Ln contact to %1</numerusform>
            <numerusform>Set stage of %Ln contacts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into %1</source>
        <translation>
            <numerusform>Merge %Ln contact into %1</numerusform>
            <numerusform>Merge %Ln contacts into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with tag %1 every %Ln day(s)</source>
        <translation>
            <numerusform>Keep in touch with tag %1 every day</numerusform>
            <numerusform>Keep in touch with tag %1 every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %Ln promise(s)</source>
        <translation>
            <numerusform>Close promise</numerusform>
            <numerusform>Close %Ln promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread %Ln reminder(s) over %1 days</source>
        <translation>
            <numerusform>Spread %Ln reminder over %1 days</numerusform>
            <numerusform>Spread %Ln reminders over %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %Ln keep-in-touch reminder(s)</source>
        <translation>
            <numerusform>Reset %Ln keep-in-touch reminder</numerusform>
            <numerusform>Reset %Ln keep-in-touch reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %1 %Ln day(s)</source>
        <translation>
            <numerusform>Snooze %1 %Ln day</numerusform>
            <numerusform>Snooze %1 %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln people to this week&apos;s focus</source>
        <translation>
            <numerusform>Add %Ln person to this week&apos;s focus</numerusform>
            <numerusform>Add %Ln people to this week&apos;s focus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTexts</name>
    <message numerus="yes">
        <source>and %Ln earlier interaction(s)</source>
        <translation>
            <numerusform>and %Ln earlier interaction</numerusform>
            <numerusform>and %Ln earlier interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathText</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>%1  (%Ln contacts)  — new contacts go here</source>
        <translation>
            <numerusform>%1  (%Ln contact)  — new contacts go here</numerusform>
            <numerusform>%1  (%Ln contacts)  — new contacts go here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln contacts)</source>
        <translation>
            <numerusform>%1  (%Ln contact)</numerusform>
            <numerusform>%1  (%Ln contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review (the server&apos;s value applied; yours kept)</source>
        <translation>
            <numerusform>%n conflict to review (the server&apos;s value applied; yours kept)</numerusform>
            <numerusform>%n conflicts to review (the server&apos;s value applied; yours kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server kept here (they have history)</source>
        <translation>
            <numerusform>%n deleted on the server kept here (they have history)</numerusform>
            <numerusform>%n deleted on the server kept here (they have history)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable card(s) skipped</source>
        <translation>
            <numerusform>%n unreadable card skipped</numerusform>
            <numerusform>%n unreadable cards skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not synced (refused by the server)</source>
        <translation>
            <numerusform>%n not synced (refused by the server)</numerusform>
            <numerusform>%n not synced (refused by the server)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group card(s) with members not found</source>
        <translation>
            <numerusform>%n group card with members not found</numerusform>
            <numerusform>%n group cards with members not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be uploaded</source>
        <translation>
            <numerusform>%n contact will be uploaded</numerusform>
            <numerusform>%n contacts will be uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) brought in</source>
        <translation>
            <numerusform>%n card brought in</numerusform>
            <numerusform>%n cards brought in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <source>Move the %Ln people tagged “%1” onto:</source>
        <translation>
            <numerusform>Move the %Ln person tagged “%1” onto:</numerusform>
            <numerusform>Move the %Ln people tagged “%1” onto:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” from %Ln people. Undo puts it back.</source>
        <translation>
            <numerusform>Deleted “%1” from %Ln person. Undo puts it back.</numerusform>
            <numerusform>Deleted “%1” from %Ln people. Undo puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with the %Ln people tagged “%1”: %2. Undo puts it back.</source>
        <translation>
            <numerusform>Keep in touch with the %Ln person tagged “%1”: %2. Undo puts it back.</numerusform>
            <numerusform>Keep in touch with the %Ln people tagged “%1”: %2. Undo puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No keep-in-touch cadence for the %Ln people tagged “%1”. Undo puts it back.</source>
        <translation>
            <numerusform>No keep-in-touch cadence for the %Ln person tagged “%1”. Undo puts it back.</numerusform>
            <numerusform>No keep-in-touch cadence for the %Ln people tagged “%1”. Undo puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagPickDialog</name>
    <message numerus="yes">
        <source>Tag the %Ln contact(s) with:</source>
        <translation>
            <numerusform>Tag the %Ln contact with:</numerusform>
            <numerusform>Tag the %Ln contacts with:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a tag off the %Ln contact(s):</source>
        <translation>
            <numerusform>Take a tag off the %Ln contact:</numerusform>
            <numerusform>Take a tag off the %Ln contacts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message numerus="yes">
        <source>%1: %Ln people. Double-click or press F2 to rename.</source>
        <translation>
            <numerusform>%1: %Ln person. Double-click or press F2 to rename.</numerusform>
            <numerusform>%1: %Ln people. Double-click or press F2 to rename.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineEntryWidget</name>
    <message numerus="yes">
        <source>%1 · with %2 and %Ln more</source>
        <translation>
            <numerusform>%1 · with %2 and %Ln more</numerusform>
            <numerusform>%1 · with %2 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayText</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) (%1 overdue)</source>
        <translation>
            <numerusform>%Ln follow-up (%1 overdue)</numerusform>
            <numerusform>%Ln follow-ups (%1 overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>a birthday</numerusform>
            <numerusform>%Ln birthdays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWatch</name>
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
</context>
<context>
    <name>ToolDialogs</name>
    <message numerus="yes">
        <source>Demo network ready: %Ln people</source>
        <translation>
            <numerusform>Demo network ready: %Ln person</numerusform>
            <numerusform>Demo network ready: %Ln people</numerusform>
        </translation>
    </message>
</context>
</TS>
