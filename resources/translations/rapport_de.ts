<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add CardDAV Account</source>
        <translation>CardDAV-Konto hinzufügen</translation>
    </message>
    <message>
        <source>https://dav.example.com/  (Nextcloud, Fastmail, …)</source>
        <translation>https://dav.example.com/  (Nextcloud, Fastmail, …)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Send the password unencrypted (this server uses plain http)</source>
        <translation>Passwort unverschlüsselt senden (dieser Server verwendet einfaches http)</translation>
    </message>
    <message>
        <source>Self-hosted server (optional)</source>
        <translation>Selbst betriebener Server (optional)</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed it</source>
        <translation>PEM-Datei der Zertifizierungsstelle, die es signiert hat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>SHA-256 of its certificate (self-signed)</source>
        <translation>SHA-256 seines Zertifikats (selbst signiert)</translation>
    </message>
    <message>
        <source>Pinned &amp;certificate:</source>
        <translation>Festgelegtes &amp;Zertifikat:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Find Address Books</source>
        <translation>Adressbücher &amp;suchen</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>Adressbücher</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Address books to sync (the server&apos;s default one is chosen):</source>
        <translation>Abzugleichende Adressbücher (das Standardadressbuch des Servers ist ausgewählt):</translation>
    </message>
    <message>
        <source>The password is kept in your system keyring.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is kept in a file beside your data that only you can read.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Das Passwort wird in einer Datei neben Ihren Daten aufbewahrt, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle (*)</translation>
    </message>
    <message>
        <source>Looking for address books…</source>
        <translation>Adressbücher werden gesucht…</translation>
    </message>
    <message>
        <source>Found 1 address book.</source>
        <translation>1 Adressbuch gefunden.</translation>
    </message>
    <message>
        <source>Found %1 address books.</source>
        <translation>%1 Adressbücher gefunden.</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <source>+ Add address</source>
        <translation>+ Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>Held It — Add Notes…</source>
        <translation>Hat stattgefunden – Notizen hinzufügen…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Remind Me…</source>
        <translation>Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <source>In This Week&apos;s Focus</source>
        <translation>Im Fokus dieser Woche</translation>
    </message>
    <message>
        <source>Add to This Week&apos;s Focus</source>
        <translation>Zum Fokus dieser Woche hinzufügen</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Ask for an introduction</source>
        <translation>Um eine Vorstellung bitten</translation>
    </message>
    <message>
        <source>No e-mail address known: type one</source>
        <translation>Keine E-Mail-Adresse bekannt: Geben Sie eine ein</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy the message to paste it anywhere (Ctrl+Shift+C)</source>
        <translation>Die Nachricht kopieren, um sie überall einzufügen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Start this e-mail in your mail program (Ctrl+Return)</source>
        <translation>Diese E-Mail in Ihrem E-Mail-Programm beginnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>%1: cannot open the backup (%2)</source>
        <translation>%1: die Sicherung lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rapport backup (%2)</source>
        <translation>%1: keine Rapport-Sicherung (%2)</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (%2)</source>
        <translation>%1: die Sicherung ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: made by a newer Rapport (schema %2)</source>
        <translation>%1: von einer neueren Rapport-Version erstellt (Schema %2)</translation>
    </message>
    <message>
        <source>%1: the restore failed and nothing was changed (%2)</source>
        <translation>%1: die Wiederherstellung ist fehlgeschlagen, es wurde nichts geändert (%2)</translation>
    </message>
    <message>
        <source>%1: the restore failed and your data could not be put back; what you had is saved in %2 (%3)</source>
        <translation>%1: die Wiederherstellung ist fehlgeschlagen und Ihre Daten konnten nicht zurückgelegt werden; Ihr vorheriger Stand ist in %2 gesichert (%3)</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExtrasRow</name>
    <message>
        <source>e.g. Web Summit 2026</source>
        <translation>z. B. Web Summit 2026</translation>
    </message>
    <message>
        <source>Tag everyone with</source>
        <translation>Alle taggen mit</translation>
    </message>
    <message>
        <source>an event, a place</source>
        <translation>eine Veranstaltung, ein Ort</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Kennengelernt bei</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>·  Met at</source>
        <translation>·  Kennengelernt bei</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <source>No meetings this week</source>
        <translation>Keine Treffen in dieser Woche</translation>
    </message>
    <message>
        <source>There are no meetings planned for the rest of this week. Plan one from a contact&apos;s timeline or the calendar, then print its briefing here.</source>
        <translation>Für den Rest dieser Woche sind keine Treffen geplant. Planen Sie eines in der Chronik eines Kontakts oder im Kalender und drucken Sie dann hier das Briefing dazu.</translation>
    </message>
</context>
<context>
    <name>BriefingPdf</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennengelernt haben</translation>
    </message>
    <message>
        <source>About them</source>
        <translation>Über die Person</translation>
    </message>
    <message>
        <source>Last conversations</source>
        <translation>Letzte Gespräche</translation>
    </message>
    <message>
        <source>Promise, overdue since %1</source>
        <translation>Versprechen, überfällig seit %1</translation>
    </message>
    <message>
        <source>Promise, due %1</source>
        <translation>Versprechen, fällig %1</translation>
    </message>
    <message>
        <source>Follow up, overdue since %1</source>
        <translation>Wiedervorlage, überfällig seit %1</translation>
    </message>
    <message>
        <source>Follow up, due %1</source>
        <translation>Wiedervorlage, fällig %1</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>Melden Sie sich</translation>
    </message>
    <message>
        <source>Open follow-ups and promises</source>
        <translation>Offene Wiedervorlagen und Versprechen</translation>
    </message>
    <message>
        <source>★ shared with you</source>
        <translation>★ haben Sie gemeinsam</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Steer clear of:</source>
        <translation>Besser meiden:</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>Zu meidende Themen</translation>
    </message>
    <message>
        <source>You gave %1 · they gave %2</source>
        <translation>Sie gaben %1 · die Person gab %2</translation>
    </message>
    <message>
        <source>Last from you:</source>
        <translation>Zuletzt von Ihnen:</translation>
    </message>
    <message>
        <source>Last from them:</source>
        <translation>Zuletzt von der Person:</translation>
    </message>
    <message>
        <source>Favours</source>
        <translation>Gefälligkeiten</translation>
    </message>
    <message>
        <source>People you both know</source>
        <translation>Gemeinsame Bekannte</translation>
    </message>
    <message>
        <source>Worth introducing to</source>
        <translation>Lohnt sich vorzustellen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>BRIEFING · %1</source>
        <translation>BRIEFING · %1</translation>
    </message>
    <message>
        <source>ONE THING I CAN DO FOR THEM  ·  SUGGESTED</source>
        <translation>WAS ICH FÜR DIE PERSON TUN KANN  ·  VORSCHLAG</translation>
    </message>
    <message>
        <source>ONE THING I CAN DO FOR THEM</source>
        <translation>WAS ICH FÜR DIE PERSON TUN KANN</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>Rapport · confidential notes on %1</source>
        <translation>Rapport · vertrauliche Notizen zu %1</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Briefing: %1</translation>
    </message>
</context>
<context>
    <name>BriefingPreviewDialog</name>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Briefing - %1.pdf</source>
        <translation>Briefing - %1.pdf</translation>
    </message>
    <message>
        <source>One thing I can do for them:</source>
        <translation>Was ich für die Person tun kann:</translation>
    </message>
    <message>
        <source>Typed here, it is printed and kept with the contact (Ctrl+Z undoes it). Left empty, the briefing prints Rapport&apos;s suggestion.</source>
        <translation>Was Sie hier eingeben, wird gedruckt und beim Kontakt gespeichert (Strg+Z macht es rückgängig). Bleibt das Feld leer, druckt das Briefing den Vorschlag von Rapport.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save these briefings as a PDF file (Ctrl+S)</source>
        <translation>Diese Briefings als PDF-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Print these briefings (Ctrl+P)</source>
        <translation>Diese Briefings drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>One thing I can do for %1:</source>
        <translation>Was ich für %1 tun kann:</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>e.g. introduce them to someone, send an article, offer advice</source>
        <translation>z. B. jemandem vorstellen, einen Artikel schicken, einen Rat anbieten</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Briefing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Briefings: %Ln people</source>
        <translation>
            <numerusform>Briefings: %Ln Person</numerusform>
            <numerusform>Briefings: %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Briefing as PDF</source>
        <translation>Briefing als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing briefings…</source>
        <translation>Briefings werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Briefing not saved</source>
        <translation>Briefing nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>BriefingText</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <source>we exchanged details</source>
        <translation>wir haben Kontaktdaten ausgetauscht</translation>
    </message>
    <message>
        <source>we talked and found common ground</source>
        <translation>wir haben geredet und Gemeinsamkeiten gefunden</translation>
    </message>
    <message>
        <source>we know and like each other</source>
        <translation>wir kennen und mögen uns</translation>
    </message>
    <message>
        <source>we refer and vouch for each other</source>
        <translation>wir empfehlen einander und bürgen füreinander</translation>
    </message>
    <message>
        <source>Even: you have each done as much for the other.</source>
        <translation>Ausgeglichen: Sie haben gleich viel füreinander getan.</translation>
    </message>
    <message>
        <source>You have given more than you received.</source>
        <translation>Sie haben mehr gegeben als erhalten.</translation>
    </message>
    <message>
        <source>You owe them: they have done %1 more for you than you for them.</source>
        <translation>Sie schulden dieser Person etwas: Sie hat %1 Gefallen mehr für Sie getan als Sie für sie.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year: March 2022</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a day, its month and year: 4 March 2022</comment>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>In your contacts since %1</source>
        <translation>In Ihren Kontakten seit %1</translation>
    </message>
    <message>
        <source>a few days</source>
        <comment>known for …</comment>
        <translation>ein paar Tagen</translation>
    </message>
    <message>
        <source>a day</source>
        <comment>known for …</comment>
        <translation>einem Tag</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <comment>known for …; two or more</comment>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 months</source>
        <comment>known for …; two or more</comment>
        <translation>%1 Monaten</translation>
    </message>
    <message>
        <source>a year</source>
        <comment>known for …</comment>
        <translation>einem Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>known for …; two or more</comment>
        <translation>%1 Jahren</translation>
    </message>
    <message>
        <source>Known for %1 (since %2)</source>
        <translation>Seit %1 bekannt (seit %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day and its month: 4 March</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a favour and its month</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>you introduced them</source>
        <translation>von Ihnen vorgestellt</translation>
    </message>
    <message>
        <source>they were introduced by this contact</source>
        <translation>von dieser Person vorgestellt</translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation>vorgestellt von %1</translation>
    </message>
    <message>
        <source>they know each other</source>
        <translation>sie kennen sich</translation>
    </message>
    <message>
        <source>introduction proposed</source>
        <translation>Vorstellung vorgeschlagen</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>how they are linked; the introduction&apos;s context</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>both into %1</source>
        <comment>shared interests: a, b and c</comment>
        <translation>beide interessieren sich für %1</translation>
    </message>
    <message>
        <source>Keep your promise: %1.</source>
        <translation>Halten Sie Ihr Versprechen: %1.</translation>
    </message>
    <message>
        <source>Offer to introduce them to %1 (%2).</source>
        <translation>Bieten Sie an, sie mit %1 bekannt zu machen (%2).</translation>
    </message>
    <message>
        <source>Return a favour: ask what they are working on and how you could help.</source>
        <translation>Revanchieren Sie sich: Fragen Sie, woran die Person arbeitet und wie Sie helfen könnten.</translation>
    </message>
    <message>
        <source>Share something about %1: you are both into it.</source>
        <translation>Teilen Sie etwas zu %1: Sie interessieren sich beide dafür.</translation>
    </message>
    <message>
        <source>Ask about %1 and send something useful on it afterwards.</source>
        <translation>Fragen Sie nach %1 und schicken Sie danach etwas Nützliches dazu.</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>kein Kontakt mit der ID %1</translation>
    </message>
    <message>
        <source>Met on %1</source>
        <translation>Kennengelernt am %1</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Dieser Kontakt existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Keep it short: at most %n characters.</source>
        <translation>
            <numerusform>Fassen Sie sich kurz: höchstens %n Zeichen.</numerusform>
            <numerusform>Fassen Sie sich kurz: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message numerus="yes">
        <source>every %Ln week(s)</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln week(s)</source>
        <translation>
            <numerusform>Jede Woche</numerusform>
            <numerusform>Alle %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln year(s)</source>
        <translation>
            <numerusform>jedes Jahr</numerusform>
            <numerusform>alle %Ln Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln year(s)</source>
        <translation>
            <numerusform>Jedes Jahr</numerusform>
            <numerusform>Alle %Ln Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Follow-ups (overdue ones on today), planned meetings and birthdays, for Google, Apple or Thunderbird calendars. Titles read “Name: what to do”.</source>
        <translation>Wiedervorlagen (überfällige auf heute), geplante Treffen und Geburtstage für Google-, Apple- oder Thunderbird-Kalender. Die Titel lauten „Name: was zu tun ist“.</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries, every year</source>
        <translation>Geburtstage und Jahrestage, jedes Jahr</translation>
    </message>
    <message>
        <source>Alarms: 9:00 on the day, 15 minutes before a meeting</source>
        <translation>Erinnerungen: 9:00 Uhr am Tag, 15 Minuten vor einem Treffen</translation>
    </message>
    <message>
        <source>Save Calendar File…</source>
        <translation>Kalenderdatei speichern…</translation>
    </message>
    <message>
        <source>Push to a calendar on your sync server</source>
        <translation>In einen Kalender auf Ihrem Sync-Server übertragen</translation>
    </message>
    <message>
        <source>Keeps a calendar named “Rapport follow-ups” up to date on the server of a sync account, so your phone shows them. It sends names, follow-up texts and dates, meeting titles and times; never notes, favours or introductions.</source>
        <translation>Hält einen Kalender namens „Rapport follow-ups“ auf dem Server eines Sync-Kontos aktuell, damit Ihr Telefon die Termine anzeigt. Übertragen werden Namen, Texte und Daten der Wiedervorlagen, Titel und Zeiten von Treffen – niemals Notizen, Gefälligkeiten oder Vorstellungen.</translation>
    </message>
    <message>
        <source>No sync account yet: add one in Tools &gt; Sync Accounts…</source>
        <translation>Noch kein Sync-Konto: Fügen Sie eines unter Extras &gt; Sync-Konten… hinzu</translation>
    </message>
    <message>
        <source>Push Now</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation>Übertragung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not pushed yet</source>
        <translation>Noch nicht übertragen</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>Übertragen: %1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Wird übertragen…</translation>
    </message>
</context>
<context>
    <name>CalendarLists</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>%1 weitere anzeigen</translation>
    </message>
    <message>
        <source>Agenda · week of %1 · %2</source>
        <translation>Agenda · Woche vom %1 · %2</translation>
    </message>
    <message>
        <source>Agenda · %1 · %2</source>
        <translation>Agenda · %1 · %2</translation>
    </message>
    <message>
        <source>Overdue · %1 · showing the oldest %2</source>
        <translation>Überfällig · %1 · die ältesten %2 werden angezeigt</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Überfällig · %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Zu heute springen (Strg+T)</translation>
    </message>
    <message>
        <source>Remind Me…</source>
        <translation>Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <source>A follow-up for someone on the selected day (Ctrl+R)</source>
        <translation>Eine Wiedervorlage für jemanden am ausgewählten Tag (Strg+R)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Geburtstage</translation>
    </message>
    <message>
        <source>Catch Up…</source>
        <translation>Aufholen…</translation>
    </message>
    <message>
        <source>Spread stale keep-in-touch reminders over the next days, or reset their cadence</source>
        <translation>Liegengebliebene Kontaktpflege-Erinnerungen auf die nächsten Tage verteilen oder ihren Rhythmus zurücksetzen</translation>
    </message>
    <message>
        <source>This week&apos;s focus</source>
        <translation>Fokus dieser Woche</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>%1  Met</source>
        <translation>%1  Getroffen</translation>
    </message>
    <message>
        <source>%1  Held?</source>
        <translation>%1  Stattgefunden?</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>%1 d late</source>
        <translation>%1 T. überfällig</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture Meetings</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Einlesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird eingelesen…</translation>
    </message>
    <message>
        <source>{0} sources</source>
        <translation>{0} Quellen</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird eingelesen…</translation>
    </message>
    <message>
        <source>Nothing was logged: {0}</source>
        <translation>Es wurde nichts eingetragen: {0}</translation>
    </message>
    <message>
        <source>Could not read: {0}</source>
        <translation>Konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was logged.</source>
        <translation>Abgebrochen: Es wurde nichts eingetragen.</translation>
    </message>
    <message>
        <source>Capture cancelled: nothing was changed</source>
        <translation>Erfassung abgebrochen: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>What will be logged, per person</source>
        <translation>Was eingetragen wird, pro Person</translation>
    </message>
    <message>
        <source>&amp;Never capture this address</source>
        <translation>Diese Adresse &amp;nie erfassen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Met, not in your contacts</source>
        <translation>Getroffen, nicht in Ihren Kontakten</translation>
    </message>
    <message>
        <source>People met who are not contacts</source>
        <translation>Getroffene Personen, die keine Kontakte sind</translation>
    </message>
    <message>
        <source>&amp;Add as contact</source>
        <translation>Als Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>Events and messages that could not be read</source>
        <translation>Termine und Nachrichten, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source> — met {0}×, last {1}</source>
        <translation> – {0}× getroffen, zuletzt {1}</translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation>{0} Treffen</translation>
    </message>
    <message>
        <source>{0} planned meetings</source>
        <translation>{0} geplante Treffen</translation>
    </message>
    <message>
        <source>{0} message days</source>
        <translation>{0} Nachrichtentage</translation>
    </message>
    <message>
        <source>{0} moved</source>
        <translation>{0} verschoben</translation>
    </message>
    <message>
        <source>{0} cancelled</source>
        <translation>{0} abgesagt</translation>
    </message>
    <message>
        <source>Log {0} with {1} people</source>
        <translation>{0} mit {1} Personen eintragen</translation>
    </message>
    <message>
        <source>Nothing new to log</source>
        <translation>Nichts Neues einzutragen</translation>
    </message>
    <message>
        <source>{0} captured before</source>
        <translation>{0} bereits erfasst</translation>
    </message>
    <message>
        <source>{0} with nobody in your contacts</source>
        <translation>{0} ohne jemanden aus Ihren Kontakten</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Log. Untick a person or an entry to skip it.</source>
        <translation>Nichts wird gespeichert, bevor Sie auf „Eintragen“ klicken. Entfernen Sie das Häkchen bei einer Person oder einem Eintrag, um sie auszulassen.</translation>
    </message>
    <message>
        <source>Log {0} entries</source>
        <translation>{0} Einträge eintragen</translation>
    </message>
    <message>
        <source>Capture this address again</source>
        <translation>Diese Adresse wieder erfassen</translation>
    </message>
    <message>
        <source>Added {0}; looking again…</source>
        <translation>{0} hinzugefügt; es wird erneut gesucht…</translation>
    </message>
    <message>
        <source>Logging…</source>
        <translation>Wird eingetragen…</translation>
    </message>
</context>
<context>
    <name>CaptureReviewModel</name>
    <message>
        <source>Person / what</source>
        <translation>Person / was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Erkannt an</translation>
    </message>
    <message>
        <source>never captured: {0}</source>
        <translation>nie erfasst: {0}</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 Treffen</translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation>{0} Treffen</translation>
    </message>
    <message>
        <source>{0} planned</source>
        <translation>{0} geplant</translation>
    </message>
    <message>
        <source>1 message day</source>
        <translation>1 Nachrichtentag</translation>
    </message>
    <message>
        <source>{0} message days</source>
        <translation>{0} Nachrichtentage</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} geändert</translation>
    </message>
    <message>
        <source>Moved from {0}</source>
        <translation>Verschoben von {0}</translation>
    </message>
    <message>
        <source>Cancelled: remove</source>
        <translation>Abgesagt: entfernen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation>Geplantes Treffen</translation>
    </message>
</context>
<context>
    <name>CaptureSourcePage</name>
    <message>
        <source>Capture meetings and messages</source>
        <translation>Treffen und Nachrichten erfassen</translation>
    </message>
    <message>
        <source>Rapport reads the title, time and people of calendar events, and the date, subject and addresses of e-mail messages: never a message&apos;s text. Past events with your contacts become meetings, future ones planned meetings, e-mails one message entry per conversation per day. You review everything before it is saved.</source>
        <translation>Rapport liest Titel, Zeit und Teilnehmende von Kalenderterminen sowie Datum, Betreff und Adressen von E-Mails – niemals den Text einer Nachricht. Vergangene Termine mit Ihren Kontakten werden zu Treffen, künftige zu geplanten Treffen, E-Mails zu einem Nachrichteneintrag pro Unterhaltung und Tag. Sie sehen alles durch, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Files: calendar (.ics), mbox or Maildir</source>
        <translation>&amp;Dateien: Kalender (.ics), mbox oder Maildir</translation>
    </message>
    <message>
        <source>&amp;Calendar of a sync account</source>
        <translation>&amp;Kalender eines Sync-Kontos</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <source>Choose Maildir folder…</source>
        <translation>Maildir-Ordner wählen…</translation>
    </message>
    <message>
        <source>No files chosen</source>
        <translation>Keine Dateien gewählt</translation>
    </message>
    <message>
        <source>Sync account</source>
        <translation>Sync-Konto</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation>Kalender suchen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>No sync account yet: add one in Tools → Sync Accounts…</source>
        <translation>Noch kein Sync-Konto: Fügen Sie eines unter Extras → Sync-Konten… hinzu</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>Capture from files</source>
        <translation>Aus Dateien erfassen</translation>
    </message>
    <message>
        <source>Calendars and mailboxes (*.ics *.mbox *);;Calendars (*.ics)</source>
        <translation>Kalender und Postfächer (*.ics *.mbox *);;Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Capture from a Maildir folder</source>
        <translation>Aus einem Maildir-Ordner erfassen</translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation>Kalender werden gesucht…</translation>
    </message>
    <message>
        <source>This account has no calendars.</source>
        <translation>Dieses Konto hat keine Kalender.</translation>
    </message>
    <message>
        <source>Rapport only reads the calendar, never changes it.</source>
        <translation>Rapport liest den Kalender nur und ändert ihn nie.</translation>
    </message>
    <message>
        <source>Could not list calendars: {0}</source>
        <translation>Kalender konnten nicht aufgelistet werden: {0}</translation>
    </message>
</context>
<context>
    <name>CaptureText</name>
    <message numerus="yes">
        <source>logged %Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Interaktion erfasst</numerusform>
            <numerusform>%Ln Interaktionen erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned %Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln Treffen geplant</numerusform>
            <numerusform>%Ln Treffen geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %Ln</source>
        <translation>
            <numerusform>%Ln verschoben</numerusform>
            <numerusform>%Ln verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln cancelled</source>
        <translation>
            <numerusform>%Ln abgesagtes entfernt</numerusform>
            <numerusform>%Ln abgesagte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %Ln contact(s)</source>
        <translation>
            <numerusform>%1 mit %Ln Kontakt</numerusform>
            <numerusform>%1 mit %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: no such file or folder</source>
        <translation>%1:1: Datei oder Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>%1:1: not a calendar (.ics), an mbox file nor a Maildir folder</source>
        <translation>%1:1: weder ein Kalender (.ics) noch eine mbox-Datei noch ein Maildir-Ordner</translation>
    </message>
    <message>
        <source>Rapport never writes to a calendar</source>
        <translation>Rapport schreibt nie in einen Kalender</translation>
    </message>
    <message>
        <source>looking for calendars</source>
        <translation>Suche nach Kalendern</translation>
    </message>
    <message>
        <source>listing calendars</source>
        <translation>Auflisten der Kalender</translation>
    </message>
    <message>
        <source>reading the calendar</source>
        <translation>Lesen des Kalenders</translation>
    </message>
    <message>
        <source>that sync account no longer exists</source>
        <translation>dieses Synchronisierungskonto existiert nicht mehr</translation>
    </message>
    <message>
        <source>no password is kept for %1: add the account again</source>
        <translation>für %1 ist kein Passwort gespeichert: fügen Sie das Konto erneut hinzu</translation>
    </message>
    <message>
        <source>no calendars are chosen for capture: choose one in File → Capture Meetings…</source>
        <translation>kein Kalender zum Erfassen gewählt: Wählen Sie einen unter Datei → Treffen erfassen…</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Catch Up</source>
        <translation>Aufholen</translation>
    </message>
    <message>
        <source>%1 keep-in-touch reminders are overdue, the oldest since %2. Rather than all of them at once:</source>
        <translation>%1 Kontaktpflege-Erinnerungen sind überfällig, die älteste seit %2. Statt alle auf einmal:</translation>
    </message>
    <message>
        <source>Spread them over the next</source>
        <translation>Verteilen auf die nächsten</translation>
    </message>
    <message>
        <source>Days to spread them over</source>
        <translation>Anzahl der Tage zum Verteilen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Reset their cadence: count each one afresh from today</source>
        <translation>Rhythmus zurücksetzen: jede ab heute neu zählen</translation>
    </message>
    <message>
        <source>(at most %1 a day, from tomorrow)</source>
        <translation>(höchstens %1 pro Tag, ab morgen)</translation>
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
    <name>ConflictsPanel</name>
    <message>
        <source>Kept versions to review</source>
        <translation>Aufbewahrte Fassungen zum Prüfen</translation>
    </message>
    <message>
        <source>Restore your version to send it to the server at the next sync, or dismiss it to keep the contact as it is now.</source>
        <translation>Stellen Sie Ihre Fassung wieder her, um sie beim nächsten Abgleich an den Server zu senden, oder verwerfen Sie sie, um den Kontakt so zu lassen, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Restore My Version</source>
        <translation>Meine Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Put your kept version back (Ctrl+Z undoes it)</source>
        <translation>Ihre aufbewahrte Fassung zurückholen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Keep the contact as it is now</source>
        <translation>Den Kontakt so lassen, wie er jetzt ist</translation>
    </message>
    <message>
        <source>Your kept version matches the contact as it is now.</source>
        <translation>Ihre aufbewahrte Fassung stimmt mit dem aktuellen Kontakt überein.</translation>
    </message>
    <message>
        <source>Your version differs from the contact now:</source>
        <translation>Ihre Fassung weicht vom aktuellen Kontakt ab:</translation>
    </message>
    <message>
        <source>%1: yours “%2”, now “%3”</source>
        <translation>%1: Ihre „%2“, jetzt „%3“</translation>
    </message>
</context>
<context>
    <name>ConnectorList</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Vermittler</translation>
    </message>
    <message>
        <source>Ranked by how many people you can reach through them (people they know and you do not), weighted by how well you know them</source>
        <translation>Geordnet danach, wie viele Personen Sie über sie erreichen (Personen, die sie kennen und Sie nicht), gewichtet danach, wie gut Sie sie kennen</translation>
    </message>
    <message>
        <source>How many people they know whom you do not know yet</source>
        <translation>Wie viele Personen sie kennen, die Sie noch nicht kennen</translation>
    </message>
    <message numerus="yes">
        <source>%1 knows %Ln people you do not know yet; %2</source>
        <translation>
            <numerusform>%1 kennt %Ln Person, die Sie noch nicht kennen; %2</numerusform>
            <numerusform>%1 kennt %Ln Personen, die Sie noch nicht kennen; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>you know them</source>
        <translation>Sie kennen die Person</translation>
    </message>
    <message>
        <source>Nobody yet: log who you meet and record introductions.</source>
        <translation>Noch niemand: Tragen Sie ein, wen Sie treffen, und erfassen Sie Vorstellungen.</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>Connected — we exchanged details</source>
        <translation>Verbunden – wir haben Kontaktdaten ausgetauscht</translation>
    </message>
    <message>
        <source>Acquainted — we talked, found common ground</source>
        <translation>Bekannt – wir haben gesprochen und Gemeinsamkeiten gefunden</translation>
    </message>
    <message>
        <source>Relationship — we know and like each other</source>
        <translation>Beziehung – wir kennen und mögen uns</translation>
    </message>
    <message>
        <source>Trusted — we refer and vouch for each other</source>
        <translation>Vertraut – wir empfehlen einander und bürgen füreinander</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>%1 (year unknown)</source>
        <translation>%1 (Jahr unbekannt)</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Telefon hinzufügen</translation>
    </message>
    <message>
        <source>+ Add website</source>
        <translation>+ Website hinzufügen</translation>
    </message>
    <message>
        <source>Remove this email</source>
        <translation>Diese E-Mail entfernen</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation>Diese Website entfernen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Art der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Kind of phone</source>
        <translation>Art der Telefonnummer</translation>
    </message>
    <message>
        <source>Kind of website</source>
        <translation>Art der Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Region / Bundesland</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Kind of address</source>
        <translation>Art der Adresse</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+Return saves · Esc cancels</source>
        <translation>Strg+Eingabe speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>At the PyCon sprint, via Bo…</source>
        <translation>Beim PyCon-Sprint, über Bo…</translation>
    </message>
    <message>
        <source>leave empty for no reminder</source>
        <translation>leer lassen für keine Erinnerung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennengelernt haben</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Keep in touch every so many days</source>
        <translation>Kontaktintervall in Tagen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Family, hobbies, what they are working on, what you promised…</source>
        <translation>Familie, Hobbys, woran die Person arbeitet, was Sie versprochen haben…</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Keep in touch: 0 to %1 days</source>
        <translation>In Kontakt bleiben: 0 bis %1 Tage</translation>
    </message>
    <message>
        <source>Give this contact a name, an organisation, an email or a phone.</source>
        <translation>Geben Sie diesem Kontakt einen Namen, eine Organisation, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Der Kontakt konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ContactListController</name>
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
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
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
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Heute fällig (%1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Last interaction %1</source>
        <translation>Letzter Kontakt %1</translation>
    </message>
    <message>
        <source>No interactions yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>No follow-up planned</source>
        <translation>Keine Wiedervorlage geplant</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>No contacts</source>
        <translation>Keine Kontakte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
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
</context>
<context>
    <name>ContactText</name>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>date %1 is not YYYY-MM-DD or --MM-DD</source>
        <translation>Datum %1 ist nicht JJJJ-MM-TT oder --MM-TT</translation>
    </message>
    <message>
        <source>date %1 does not exist</source>
        <translation>Datum %1 existiert nicht</translation>
    </message>
    <message>
        <source>stage must be one of %1, not %2</source>
        <translation>die Stufe muss eine von %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>keep-in-touch cadence must be 0 to %1 days</source>
        <translation>der Kontaktrhythmus muss 0 bis %1 Tage betragen</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>Kontakt %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>not a contact field: %1</source>
        <translation>kein Kontaktfeld: %1</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Dieser Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>how you met is at most 500 characters</source>
        <translation>„Wie wir uns kennen“ hat höchstens 500 Zeichen</translation>
    </message>
</context>
<context>
    <name>DatabaseGuard</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>{path} can only be read: {what}; changes cannot be saved</source>
        <translation>{path} kann nur gelesen werden: {what}; Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This database is read-only: you can look, but not change anything.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Something went wrong: {line}</source>
        <translation>Etwas ist schiefgegangen: {line}</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
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
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>We exchanged details</source>
        <translation>Wir haben Kontaktdaten ausgetauscht</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>We talked and found common ground</source>
        <translation>Wir haben gesprochen und Gemeinsamkeiten gefunden</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>We know and like each other</source>
        <translation>Wir kennen und mögen uns</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <source>We refer and vouch for each other</source>
        <translation>Wir empfehlen einander und bürgen füreinander</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a kind, then a noun: Mobile phone</comment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stage: its meaning</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a contact</source>
        <translation>Wählen Sie einen Kontakt aus</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this contact (Ctrl+E)</source>
        <translation>Diesen Kontakt bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <source>Briefing…</source>
        <translation>Briefing…</translation>
    </message>
    <message>
        <source>Preview, print or save a one-page briefing on this person (Ctrl+Shift+B)</source>
        <translation>Ein einseitiges Briefing zu dieser Person ansehen, drucken oder speichern (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Beziehungsstufe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Rapport matches these against each contact&apos;s tags to show what you share.</source>
        <translation>Rapport vergleicht diese mit den Tags jedes Kontakts, um zu zeigen, was Sie gemeinsam haben.</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Gemeinsamkeiten</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>Zu meidende Themen</translation>
    </message>
    <message>
        <source>Steer clear of these in conversation:</source>
        <translation>Diese Themen im Gespräch besser meiden:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennengelernt haben</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Kontaktpflege</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>MY INTERESTS</source>
        <translation>MEINE INTERESSEN</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>and {count} more tags</source>
        <translation>und {count} weitere Tags</translation>
    </message>
    <message>
        <source>… and {count} more characters (Edit shows the whole note)</source>
        <translation>… und {count} weitere Zeichen („Bearbeiten“ zeigt die ganze Notiz)</translation>
    </message>
    <message>
        <source>Nothing shared yet. Ask what they enjoy outside work, and tag it here.</source>
        <translation>Noch keine Gemeinsamkeiten. Fragen Sie, was die Person außerhalb der Arbeit gern macht, und taggen Sie es hier.</translation>
    </message>
    <message>
        <source>Add your own interests in My profile to see what you share.</source>
        <translation>Tragen Sie Ihre eigenen Interessen unter „Mein Profil“ ein, um zu sehen, was Sie gemeinsam haben.</translation>
    </message>
    <message>
        <source>and {count} more {noun}</source>
        <translation>und {count} weitere {noun}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>email</source>
        <comment>Home email</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>Mobile phone</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <comment>Home address</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>website</source>
        <comment>Work website</comment>
        <translation>Website</translation>
    </message>
    <message>
        <source>websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>%1  (age %2)</source>
        <translation>%1  (%2 Jahre alt)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <source>No reminders (0 days)</source>
        <translation>Keine Erinnerungen (0 Tage)</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>%1 · overdue by %2</source>
        <translation>%1 · seit %2 überfällig</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · fällig %2</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>Looking for contacts that are one person…</source>
        <translation>Kontakte, die dieselbe Person sind, werden gesucht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Kein Duplikat</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the checked contacts into the kept one (Ctrl+M; undo with Ctrl+Z)</source>
        <translation>Die angehakten Kontakte in den behaltenen zusammenführen (Strg+M; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>They are different people: do not offer them again (Ctrl+D)</source>
        <translation>Es sind verschiedene Personen: nicht mehr vorschlagen (Strg+D)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>1 group of contacts looks like one person.</source>
        <translation>1 Gruppe von Kontakten scheint eine einzige Person zu sein.</translation>
    </message>
    <message>
        <source>{n} groups of contacts look like one person.</source>
        <translation>{n} Gruppen von Kontakten scheinen jeweils eine einzige Person zu sein.</translation>
    </message>
    <message>
        <source>Merge them, or say they are different people: Rapport remembers.</source>
        <translation>Führen Sie sie zusammen oder geben Sie an, dass es verschiedene Personen sind: Rapport merkt es sich.</translation>
    </message>
    <message>
        <source>No duplicates: every contact looks like a different person.</source>
        <translation>Keine Duplikate: Jeder Kontakt scheint eine andere Person zu sein.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export vCards</source>
        <translation>vCards exportieren</translation>
    </message>
    <message>
        <source>Export contacts as vCards</source>
        <translation>Kontakte als vCards exportieren</translation>
    </message>
    <message>
        <source>One .vcf file that phones, mail apps and other address books can import. Tags are written as categories.</source>
        <translation>Eine .vcf-Datei, die Telefone, E-Mail-Programme und andere Adressbücher importieren können. Tags werden als Kategorien geschrieben.</translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation>Alle Kontakte (%1)</translation>
    </message>
    <message>
        <source>The selected contacts (%1)</source>
        <translation>Die ausgewählten Kontakte (%1)</translation>
    </message>
    <message>
        <source>Contacts tagged</source>
        <translation>Kontakte mit dem Tag</translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Zu exportierender Tag</translation>
    </message>
    <message>
        <source>vCard 3.0 — works everywhere</source>
        <translation>vCard 3.0 – funktioniert überall</translation>
    </message>
    <message>
        <source>vCard 4.0 — newer, keeps introductions</source>
        <translation>vCard 4.0 – neuer, behält Vorstellungen</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>vCard-Version</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln selected contact(s)…</source>
        <translation>
            <numerusform>%Ln ausgewählter Kontakt wird exportiert…</numerusform>
            <numerusform>%Ln ausgewählte Kontakte werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting contacts tagged %1…</source>
        <translation>Kontakte mit dem Tag %1 werden exportiert…</translation>
    </message>
    <message>
        <source>Exporting all contacts…</source>
        <translation>Alle Kontakte werden exportiert…</translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>exported %n contact(s) to %1 (vCard %2)</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert (vCard %2)</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert (vCard %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>no tag named %1</source>
        <translation>kein Tag namens %1</translation>
    </message>
    <message>
        <source>vCard version must be 3.0 or 4.0, not %1</source>
        <translation>die vCard-Version muss 3.0 oder 4.0 sein, nicht %1</translation>
    </message>
    <message>
        <source>export either some contacts or a tag, not both</source>
        <translation>exportieren Sie entweder Kontakte oder einen Tag, nicht beides</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>e.g. Two kids, Maya (8) and Leo (5)</source>
        <translation>z. B. Zwei Kinder, Maya (8) und Leo (5)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
</context>
<context>
    <name>FactText</name>
    <message>
        <source>kind must be one of %1</source>
        <translation>die Art muss eine von %1 sein</translation>
    </message>
    <message>
        <source>write the fact, e.g. “two kids, Maya and Leo”</source>
        <translation>schreiben Sie den Fakt, z. B. „zwei Kinder, Maya und Leo“</translation>
    </message>
    <message numerus="yes">
        <source>a pinned fact is at most %n characters</source>
        <translation>
            <numerusform>ein angehefteter Fakt hat höchstens %n Zeichen</numerusform>
            <numerusform>ein angehefteter Fakt hat höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>dieser Kontakt existiert nicht mehr</translation>
    </message>
    <message numerus="yes">
        <source>at most %n pinned facts per person: keep the ones that matter</source>
        <translation>
            <numerusform>höchstens %n angehefteter Fakt pro Person: behalten Sie die wichtigen</numerusform>
            <numerusform>höchstens %n angeheftete Fakten pro Person: behalten Sie die wichtigen</numerusform>
        </translation>
    </message>
    <message>
        <source>that fact no longer exists</source>
        <translation>dieser Fakt existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>FactsSection</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Pin a Fact…</source>
        <translation>Fakt anheften…</translation>
    </message>
    <message>
        <source>Family, pets, goals, what they care about: shown here and on the briefing</source>
        <translation>Familie, Haustiere, Ziele, was der Person wichtig ist: hier und im Briefing angezeigt</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>It still holds: keep it for another week</source>
        <translation>Gilt noch: für eine weitere Woche behalten</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Unpin this fact (undo with Ctrl+Z)</source>
        <translation>Diesen Fakt lösen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Unpin this fact</source>
        <translation>Diesen Fakt lösen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>One thing I can do for them: not chosen yet</source>
        <translation>Was ich für die Person tun kann: noch nicht gewählt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>One thing I can do: %1 (until %2)</source>
        <translation>Was ich tun kann: %1 (bis %2)</translation>
    </message>
    <message>
        <source>One thing I can do: %1 (expired %2)</source>
        <translation>Was ich tun kann: %1 (abgelaufen %2)</translation>
    </message>
    <message>
        <source>One thing I can do: %1</source>
        <translation>Was ich tun kann: %1</translation>
    </message>
    <message>
        <source>Pin a Fact about %1</source>
        <translation>Fakt über %1 anheften</translation>
    </message>
    <message>
        <source>Edit Pinned Fact</source>
        <translation>Angehefteten Fakt bearbeiten</translation>
    </message>
</context>
<context>
    <name>FavorDialog</name>
    <message>
        <source>Add Favour</source>
        <translation>Gefälligkeit hinzufügen</translation>
    </message>
    <message>
        <source>I did something for %1</source>
        <translation>Ich habe etwas für %1 getan</translation>
    </message>
    <message>
        <source>%1 did something for me</source>
        <translation>%1 hat etwas für mich getan</translation>
    </message>
    <message>
        <source>e.g. Introduced her to a recruiter</source>
        <translation>z. B. Ihr einen Personalvermittler vorgestellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>FavourText</name>
    <message>
        <source>a favour is either given or received</source>
        <translation>eine Gefälligkeit ist entweder gegeben oder erhalten</translation>
    </message>
    <message>
        <source>kind must be one of %1</source>
        <translation>die Art muss eine von %1 sein</translation>
    </message>
    <message>
        <source>a favour&apos;s description is at most 500 characters</source>
        <translation>die Beschreibung einer Gefälligkeit hat höchstens 500 Zeichen</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>dieser Kontakt existiert nicht mehr</translation>
    </message>
    <message>
        <source>that favour no longer exists</source>
        <translation>diese Gefälligkeit existiert nicht mehr</translation>
    </message>
    <message>
        <source>an introduction is restored from the introductions section</source>
        <translation>eine Vorstellung wird im Abschnitt „Vorstellungen“ wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
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
        <source>Captured: {0}</source>
        <translation>Erfasst: {0}</translation>
    </message>
    <message>
        <source>Nothing new to capture</source>
        <translation>Nichts Neues zu erfassen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
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
</context>
<context>
    <name>FileNames</name>
    <message numerus="yes">
        <source>Briefings - %Ln people.pdf</source>
        <translation>
            <numerusform>Briefings - %Ln Person.pdf</numerusform>
            <numerusform>Briefings - %Ln Personen.pdf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>the file is read-only; it was left as it was</source>
        <translation>die Datei ist schreibgeschützt; sie wurde gelassen, wie sie war</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written (the old file, if any, is unchanged)</source>
        <translation>der Datenträger ist voll; nichts wurde geschrieben (die alte Datei, falls vorhanden, ist unverändert)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>FocusBox</name>
    <message>
        <source>Weekly Review…</source>
        <translation>Wochenrückblick…</translation>
    </message>
    <message>
        <source>Who you saw, promises kept and open, and next week&apos;s people (Ctrl+Shift+W)</source>
        <translation>Wen Sie getroffen haben, gehaltene und offene Versprechen und die Personen der nächsten Woche (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>No one yet. Each week Rapport proposes 2–3 people: someone to reconnect with, someone to deepen a relationship with, someone to give to. Add someone with “Add to Focus” on their page.</source>
        <translation>Noch niemand. Jede Woche schlägt Rapport 2–3 Personen vor: jemanden, mit dem Sie wieder Kontakt aufnehmen, jemanden, mit dem Sie eine Beziehung vertiefen, und jemanden, dem Sie etwas geben. Fügen Sie jemanden mit „Zum Fokus hinzufügen“ auf der Seite der Person hinzu.</translation>
    </message>
    <message>
        <source>%1 of %2 done this week</source>
        <translation>%1 von %2 diese Woche erledigt</translation>
    </message>
</context>
<context>
    <name>FocusCard</name>
    <message>
        <source>Done: you did the one thing for them this week</source>
        <translation>Erledigt: Sie haben diese Woche das eine für die Person getan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Keep them in this week&apos;s focus</source>
        <translation>Im Fokus dieser Woche behalten</translation>
    </message>
    <message>
        <source>Unpin: let Rapport replace them</source>
        <translation>Lösen: Rapport darf die Person ersetzen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Propose someone else instead</source>
        <translation>Stattdessen jemand anderen vorschlagen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>FocusText</name>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <source>due %1</source>
        <comment>a weekday</comment>
        <translation>fällig am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
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
    <message>
        <source>%1 late</source>
        <translation>%1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Wieder melden</translation>
    </message>
    <message>
        <source>Deepen</source>
        <translation>Vertiefen</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Geben</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>stage</comment>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>acquainted</source>
        <comment>stage</comment>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>relationship</source>
        <comment>stage</comment>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>trusted</source>
        <comment>stage</comment>
        <translation>vertraut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a reason&apos;s heading and its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>you keep in touch %1, last talked %2 ago</source>
        <translation>Sie melden sich %1, zuletzt gesprochen vor %2</translation>
    </message>
    <message>
        <source>you keep in touch %1 and have not talked yet</source>
        <translation>Sie melden sich %1 und haben noch nicht gesprochen</translation>
    </message>
    <message>
        <source>time to get in touch</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message>
        <source>Get in touch: ask how %1 is going</source>
        <translation>Melden Sie sich: fragen Sie, wie es mit %1 läuft</translation>
    </message>
    <message>
        <source>Get in touch: a short message or a call</source>
        <translation>Melden Sie sich: eine kurze Nachricht oder ein Anruf</translation>
    </message>
    <message>
        <source>what you promised</source>
        <translation>was Sie versprochen haben</translation>
    </message>
    <message>
        <source>you promised to %1 (%2)</source>
        <translation>Sie haben versprochen: %1 (%2)</translation>
    </message>
    <message>
        <source>Keep your promise: %1</source>
        <translation>Halten Sie Ihr Versprechen: %1</translation>
    </message>
    <message>
        <source>get in touch</source>
        <translation>sich melden</translation>
    </message>
    <message>
        <source>you meant to %1 (%2)</source>
        <translation>Sie wollten %1 (%2)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>you offered to introduce them to %1</source>
        <translation>Sie haben angeboten, die Person %1 vorzustellen</translation>
    </message>
    <message>
        <source>Make the introduction to %1</source>
        <translation>Stellen Sie %1 vor</translation>
    </message>
    <message>
        <source>they did %1 more for you than you for them (you gave %2, received %3)</source>
        <translation>die Person hat %1 Mal mehr für Sie getan als Sie für sie (Sie gaben %2, erhielten %3)</translation>
    </message>
    <message>
        <source>Return the favour: an introduction, a referral or some advice</source>
        <translation>Revanchieren Sie sich: eine Vorstellung, eine Empfehlung oder ein Rat</translation>
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
        <source>birthday %1</source>
        <translation>Geburtstag %1</translation>
    </message>
    <message>
        <source>Send a birthday message</source>
        <translation>Schicken Sie einen Geburtstagsgruß</translation>
    </message>
    <message>
        <source>Send a birthday message on %1</source>
        <translation>Schicken Sie am %1 einen Geburtstagsgruß</translation>
    </message>
    <message>
        <source>you both like %1; %2, ready to become %3</source>
        <translation>Sie beide mögen %1; %2, bereit für %3</translation>
    </message>
    <message>
        <source>you both like %1</source>
        <translation>Sie beide mögen %1</translation>
    </message>
    <message>
        <source>Invite them to a 1-2-1 and talk about %1</source>
        <translation>Laden Sie die Person zu einem 1:1 ein und sprechen Sie über %1</translation>
    </message>
    <message>
        <source>Share something about %1</source>
        <translation>Teilen Sie etwas über %1</translation>
    </message>
    <message>
        <source>Invite them to a 1-2-1</source>
        <translation>Laden Sie die Person zu einem 1:1 ein</translation>
    </message>
    <message>
        <source>that person is not in this week&apos;s focus</source>
        <translation>diese Person ist nicht im Fokus dieser Woche</translation>
    </message>
    <message>
        <source>unpin them first to replace them</source>
        <translation>lösen Sie die Anheftung zuerst, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>dieser Kontakt existiert nicht mehr</translation>
    </message>
    <message>
        <source>none of these contacts can be added</source>
        <translation>keiner dieser Kontakte kann hinzugefügt werden</translation>
    </message>
    <message>
        <source>You chose them this week</source>
        <translation>Von Ihnen für diese Woche gewählt</translation>
    </message>
    <message>
        <source>Find one thing you can do for them</source>
        <translation>Finden Sie eine Sache, die Sie für die Person tun können</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Die ausgewählte Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <source>Snooze 1 Day</source>
        <translation>1 Tag zurückstellen</translation>
    </message>
    <message>
        <source>Remind me again tomorrow</source>
        <translation>Morgen erneut erinnern</translation>
    </message>
    <message>
        <source>Snooze 1 Week</source>
        <translation>1 Woche zurückstellen</translation>
    </message>
    <message>
        <source>Remind me again in a week</source>
        <translation>In einer Woche erneut erinnern</translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <source>Snooze until a date you choose</source>
        <translation>Bis zu einem gewählten Datum zurückstellen</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Change the follow-up&apos;s due date</source>
        <translation>Das Fälligkeitsdatum der Wiedervorlage ändern</translation>
    </message>
    <message>
        <source>Select a follow-up to mark it done, snooze or reschedule it.</source>
        <translation>Wählen Sie eine Wiedervorlage aus, um sie als erledigt zu markieren, zurückzustellen oder zu verschieben.</translation>
    </message>
    <message>
        <source>Snooze %1 until</source>
        <translation>%1 zurückstellen bis</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>Keep in touch (every day)</source>
        <translation>In Kontakt bleiben (jeden Tag)</translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch (every %n week(s))</source>
        <translation>
            <numerusform>In Kontakt bleiben (jede Woche)</numerusform>
            <numerusform>In Kontakt bleiben (alle %n Wochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch (every %Ln days)</source>
        <translation>
            <numerusform>In Kontakt bleiben (alle %Ln Tage)</numerusform>
            <numerusform>In Kontakt bleiben (alle %Ln Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday (turns %n)</source>
        <translation>
            <numerusform>Geburtstag (wird %n)</numerusform>
            <numerusform>Geburtstag (wird %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message numerus="yes">
        <source>Anniversary (%n year(s))</source>
        <translation>
            <numerusform>Jahrestag (%n Jahr)</numerusform>
            <numerusform>Jahrestag (%n Jahre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Chase %1 about the introduction to %2</source>
        <translation>Bei %1 wegen der Vorstellung bei %2 nachfragen</translation>
    </message>
    <message>
        <source>Introduce %1 to %2</source>
        <comment>the reminder to make an introduction</comment>
        <translation>%1 mit %2 bekannt machen</translation>
    </message>
    <message>
        <source>Send the article I promised</source>
        <translation>Den versprochenen Artikel schicken</translation>
    </message>
    <message>
        <source>Ask how the new job is going</source>
        <translation>Fragen, wie es im neuen Job läuft</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>origin must be one of %1</source>
        <translation>die Herkunft muss eine von %1 sein</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>dieser Kontakt existiert nicht mehr</translation>
    </message>
    <message>
        <source>say what to do</source>
        <translation>sagen Sie, was zu tun ist</translation>
    </message>
    <message>
        <source>a follow-up reason is at most 500 characters</source>
        <translation>ein Wiedervorlage-Grund hat höchstens 500 Zeichen</translation>
    </message>
    <message>
        <source>that follow-up no longer exists</source>
        <translation>diese Wiedervorlage existiert nicht mehr</translation>
    </message>
    <message>
        <source>snooze to today or a later date</source>
        <translation>verschieben Sie auf heute oder später</translation>
    </message>
    <message>
        <source>spread them from today or a later date</source>
        <translation>verteilen Sie sie ab heute oder später</translation>
    </message>
    <message>
        <source>a birthday reminder cannot be deleted: mark it done instead</source>
        <translation>eine Geburtstagserinnerung lässt sich nicht löschen: markieren Sie sie stattdessen als erledigt</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>How do I reach…?</source>
        <translation>Wie erreiche ich…?</translation>
    </message>
    <message>
        <source>Top connectors</source>
        <translation>Wichtigste Vermittler</translation>
    </message>
    <message>
        <source>The people through whom you reach the most people you do not know yet.</source>
        <translation>Die Personen, über die Sie die meisten Menschen erreichen, die Sie noch nicht kennen.</translation>
    </message>
    <message>
        <source>Introductions to make</source>
        <translation>Mögliche Vorstellungen</translation>
    </message>
    <message>
        <source>People you know who do not know each other yet, and share interests or need what the other offers.</source>
        <translation>Personen, die Sie kennen, die sich noch nicht kennen und gemeinsame Interessen haben oder brauchen, was der andere anbietet.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>Showing the {0:,} people closest to {1}, of {2:,}. Double-click someone to explore around them.</source>
        <translation>Angezeigt werden die {0:,} Personen, die {1} am nächsten stehen, von {2:,}. Doppelklicken Sie auf jemanden, um das Umfeld zu erkunden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and the people within %Ln hop(s). Esc shows everyone.</source>
        <translation>
            <numerusform>%1 und die Personen im Umkreis von %Ln Schritt. Esc zeigt alle.</numerusform>
            <numerusform>%1 und die Personen im Umkreis von %Ln Schritten. Esc zeigt alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message numerus="yes">
        <source>group “%1”: %2 of %n member(s) not found</source>
        <translation>
            <numerusform>Gruppe „%1“: %2 von %n Mitglied nicht gefunden</numerusform>
            <numerusform>Gruppe „%1“: %2 von %n Mitgliedern nicht gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupUpgradeText</name>
    <message numerus="yes">
        <source>Group tags made of %n group card(s)</source>
        <translation>
            <numerusform>Schlagwörter aus %n Gruppenkarte gemacht</numerusform>
            <numerusform>Schlagwörter aus %n Gruppenkarten gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) tagged</source>
        <translation>
            <numerusform>%n Kontakt markiert</numerusform>
            <numerusform>%n Kontakte markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) kept for notes or history of yours: %1</source>
        <translation>
            <numerusform>%n Kontakt wegen Ihrer Notizen oder Ihres Verlaufs behalten: %1</numerusform>
            <numerusform>%n Kontakte wegen Ihrer Notizen oder Ihres Verlaufs behalten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryLabel</name>
    <message>
        <source>Restore of %1</source>
        <translation>Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>Change “one thing I can do”</source>
        <translation>„Was ich tun kann“ ändern</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Tags ändern</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Foto ändern</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt löschen</numerusform>
            <numerusform>%Ln Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Stufe von %Ln Kontakt auf %1 setzen</numerusform>
            <numerusform>Stufe von %Ln Kontakten auf %1 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Kennengelernt bei</translation>
    </message>
    <message numerus="yes">
        <source>Demo network of %Ln people</source>
        <translation>
            <numerusform>Demo-Netzwerk mit %Ln Person</numerusform>
            <numerusform>Demo-Netzwerk mit %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 contacts into %2</source>
        <translation>%1 Kontakte in %2 zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s) from %1</source>
        <translation>
            <numerusform>%Ln Kontakt aus %1 importieren</numerusform>
            <numerusform>%Ln Kontakte aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Restore your version</source>
        <translation>Ihre Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Restore tag</source>
        <translation>Tag wiederherstellen</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message>
        <source>Unmerge tags</source>
        <translation>Zusammenführung der Tags aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Change tags of %Ln contact(s)</source>
        <translation>
            <numerusform>Tags von %Ln Kontakt ändern</numerusform>
            <numerusform>Tags von %Ln Kontakten ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 for %2</source>
        <translation>Stufe %1 für %2</translation>
    </message>
    <message>
        <source>Group cards made tags</source>
        <translation>Gruppenkarten zu Schlagwörtern gemacht</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>zweiter Vorname</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>how we met</source>
        <translation>wie wir uns kennen</translation>
    </message>
    <message>
        <source>met on</source>
        <translation>kennengelernt am</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>keep-in-touch cadence</source>
        <translation>Kontaktrhythmus</translation>
    </message>
    <message>
        <source>one thing I can do</source>
        <translation>eine Sache, die ich tun kann</translation>
    </message>
    <message>
        <source>when one thing was typed</source>
        <translation>wann die eine Sache eingegeben wurde</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>vCard extras</source>
        <translation>vCard-Extras</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>changed by sync since</source>
        <translation>seitdem durch die Synchronisierung geändert</translation>
    </message>
    <message>
        <source>changed by an import since</source>
        <translation>seitdem durch einen Import geändert</translation>
    </message>
    <message>
        <source>changed by a restore since</source>
        <translation>seitdem durch eine Wiederherstellung geändert</translation>
    </message>
    <message>
        <source>changed by the demo since</source>
        <translation>seitdem durch die Demo geändert</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>seitdem geändert</translation>
    </message>
    <message>
        <source>Redid “%1”</source>
        <translation>„%1“ wiederhergestellt</translation>
    </message>
    <message>
        <source>Undid “%1”</source>
        <translation>„%1“ rückgängig gemacht</translation>
    </message>
    <message>
        <source>Redid</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Undid</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>changed by %1 since</source>
        <translation>seitdem durch %1 geändert</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>seitdem gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) were %2 and were kept</source>
        <translation>
            <numerusform>%1 von %n Kontakt: %2, beibehalten</numerusform>
            <numerusform>%1 von %n Kontakten: %2, beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was %2 and was kept</source>
        <translation>%1: %2, beibehalten</translation>
    </message>
    <message>
        <source>%1 were %2 and were kept</source>
        <translation>%1: %2, beibehalten</translation>
    </message>
    <message>
        <source>in the way</source>
        <translation>im Weg</translation>
    </message>
    <message>
        <source>1 contact %1 was kept</source>
        <translation>1 Kontakt (%1) wurde beibehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts %1 were kept</source>
        <translation>
            <numerusform>%n Kontakt (%1) wurde beibehalten</numerusform>
            <numerusform>%n Kontakte (%1) wurden beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>that change is no longer in the history (it is too old to undo)</source>
        <translation>diese Änderung ist nicht mehr im Verlauf (zu alt zum Rückgängigmachen)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import vCards</source>
        <translation>vCards importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln files…</source>
        <translation>
            <numerusform>%Ln Datei wird gelesen…</numerusform>
            <numerusform>%Ln Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln card(s) from %1</source>
        <translation>
            <numerusform>%Ln Karte aus %1 importieren</numerusform>
            <numerusform>%Ln Karten aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln card(s) from %1 files</source>
        <translation>
            <numerusform>%Ln Karte aus %1 Dateien importieren</numerusform>
            <numerusform>%Ln Karten aus %1 Dateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you click Import. Cards that match a contact you have are merged into it unless you choose otherwise.</source>
        <translation>Nichts wird gespeichert, bevor Sie auf „Importieren“ klicken. Karten, die zu einem vorhandenen Kontakt passen, werden mit ihm zusammengeführt, sofern Sie nichts anderes wählen.</translation>
    </message>
    <message>
        <source>to merge</source>
        <translation>zum Zusammenführen</translation>
    </message>
    <message>
        <source>unreadable files</source>
        <translation>unlesbare Dateien</translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation>Zu importierende Karten</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>What to do with every card that matches</source>
        <translation>Was mit jeder passenden Karte geschehen soll</translation>
    </message>
    <message>
        <source>Every match:</source>
        <translation>Jede Übereinstimmung:</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Rejected cards and unreadable files</source>
        <translation>Abgelehnte Karten und unlesbare Dateien</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The files could not be read: %1</source>
        <translation>Die Dateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Kontakte werden importiert…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln Card(s)</source>
        <translation>
            <numerusform>%Ln Karte importieren</numerusform>
            <numerusform>%Ln Karten importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProcessText</name>
    <message>
        <source>the import process ended unexpectedly (exit code %1)</source>
        <translation>der Importprozess wurde unerwartet beendet (Exit-Code %1)</translation>
    </message>
    <message>
        <source>the import&apos;s reading process ended unexpectedly (exit code %1)</source>
        <translation>der Leseprozess des Imports wurde unerwartet beendet (Exit-Code %1)</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>imported %1 new, merged %2, rejected %3 from %n file(s)</source>
        <translation>
            <numerusform>%1 neu importiert, %2 zusammengeführt, %3 abgelehnt aus %n Datei</numerusform>
            <numerusform>%1 neu importiert, %2 zusammengeführt, %3 abgelehnt aus %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) as tags</source>
        <translation>
            <numerusform>%n Gruppe als Schlagwort</numerusform>
            <numerusform>%n Gruppen als Schlagwörter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 unlesbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a summary and its notes</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the file changed after it was read; import it again</source>
        <translation>%1: die Datei hat sich nach dem Lesen geändert; importieren Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Held It — Add Notes</source>
        <translation>Hat stattgefunden – Notizen hinzufügen</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Plan a 1-2-1</source>
        <translation>Ein Treffen unter vier Augen planen</translation>
    </message>
    <message>
        <source>Log Interaction</source>
        <translation>Kontakt eintragen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Add someone: type a name…</source>
        <translation>Jemanden hinzufügen: Namen eingeben…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>e.g. Coffee at the Lumen office</source>
        <translation>z. B. Kaffee im Lumen-Büro</translation>
    </message>
    <message>
        <source>Personal things as well as business: family, plans, what they care about…</source>
        <translation>Persönliches wie Geschäftliches: Familie, Pläne, was der Person wichtig ist…</translation>
    </message>
    <message>
        <source>Add a Promised Follow-up</source>
        <translation>Versprochene Wiedervorlage hinzufügen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Versprochen</translation>
    </message>
    <message>
        <source>What was said: personal things as well as business, what you promised…</source>
        <translation>Was gesagt wurde: Persönliches wie Geschäftliches, was Sie versprochen haben…</translation>
    </message>
    <message>
        <source>Notes so far: %1</source>
        <translation>Bisherige Notizen: %1</translation>
    </message>
    <message>
        <source>Already promised: %1</source>
        <translation>Bereits versprochen: %1</translation>
    </message>
    <message>
        <source>Add this to the %1 planned at %2 with %3 (it took place: one entry, not two)</source>
        <translation>Zu „%1“ um %2 mit %3 hinzufügen (es hat stattgefunden: ein Eintrag, nicht zwei)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Abhalten</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>choose at least one person</source>
        <translation>wählen Sie mindestens eine Person</translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message>
        <source>kind must be one of %1</source>
        <translation>die Art muss eine von %1 sein</translation>
    </message>
    <message>
        <source>choose at least one person</source>
        <translation>wählen Sie mindestens eine Person</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln people in one interaction</source>
        <translation>
            <numerusform>höchstens %Ln Person in einer Interaktion</numerusform>
            <numerusform>höchstens %Ln Personen in einer Interaktion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the summary is at most %n characters</source>
        <translation>
            <numerusform>die Zusammenfassung hat höchstens %n Zeichen</numerusform>
            <numerusform>die Zusammenfassung hat höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes are at most %Ln characters</source>
        <translation>
            <numerusform>Notizen haben höchstens %Ln Zeichen</numerusform>
            <numerusform>Notizen haben höchstens %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>status must be one of %1</source>
        <translation>der Status muss einer von %1 sein</translation>
    </message>
    <message>
        <source>say what was promised</source>
        <translation>sagen Sie, was versprochen wurde</translation>
    </message>
    <message>
        <source>a promise is at most 500 characters</source>
        <translation>ein Versprechen hat höchstens 500 Zeichen</translation>
    </message>
    <message>
        <source>a promise must be to someone who took part</source>
        <translation>ein Versprechen muss an jemanden gehen, der teilgenommen hat</translation>
    </message>
    <message>
        <source>someone in this interaction no longer exists</source>
        <translation>jemand in dieser Interaktion existiert nicht mehr</translation>
    </message>
    <message>
        <source>that interaction no longer exists</source>
        <translation>diese Interaktion existiert nicht mehr</translation>
    </message>
    <message>
        <source>that meeting is already marked as held: edit it instead</source>
        <translation>dieses Treffen ist schon als stattgefunden markiert: bearbeiten Sie es stattdessen</translation>
    </message>
    <message>
        <source>a meeting can be held only once its time has come: reschedule it instead</source>
        <translation>ein Treffen kann erst stattfinden, wenn seine Zeit gekommen ist: verschieben Sie es stattdessen</translation>
    </message>
    <message>
        <source>that meeting took place: edit it to change its time</source>
        <translation>dieses Treffen hat stattgefunden: bearbeiten Sie es, um die Zeit zu ändern</translation>
    </message>
    <message>
        <source>that meeting took place: delete it instead of cancelling</source>
        <translation>dieses Treffen hat stattgefunden: löschen Sie es, statt es abzusagen</translation>
    </message>
    <message>
        <source>someone in these interactions no longer exists</source>
        <translation>jemand in diesen Interaktionen existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Record an Introduction</source>
        <translation>Vorstellung erfassen</translation>
    </message>
    <message>
        <source>Nobody: they met directly</source>
        <translation>Niemand: Sie haben sich direkt kennengelernt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why: “both into sailing”, “needs a designer”…</source>
        <translation>Warum: „beide segeln gern“, „sucht eine Designerin“…</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Vorgestellt</translation>
    </message>
    <message>
        <source>to</source>
        <comment>Introduced [Ana] to [Bo]</comment>
        <translation>mit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Wählen Sie %1.</translation>
    </message>
    <message>
        <source>Nobody called “%1”: pick %2 from the list.</source>
        <translation>Niemand heißt „%1“: Wählen Sie %2 aus der Liste.</translation>
    </message>
    <message>
        <source>the introducer</source>
        <translation>die vermittelnde Person</translation>
    </message>
    <message>
        <source>the first person</source>
        <translation>die erste Person</translation>
    </message>
    <message>
        <source>the second person</source>
        <translation>die zweite Person</translation>
    </message>
</context>
<context>
    <name>IntroductionText</name>
    <message>
        <source>status must be one of %1, not %2</source>
        <translation>der Status muss einer von %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>Someone cannot be introduced to themselves: choose two people</source>
        <translation>Niemand kann sich selbst vorgestellt werden: wählen Sie zwei Personen</translation>
    </message>
    <message>
        <source>The introducer cannot be one of the two people introduced (leave the introducer empty if they met directly)</source>
        <translation>Wer vorstellt, kann nicht eine der beiden vorgestellten Personen sein (lassen Sie das Feld leer, wenn sie sich direkt kennengelernt haben)</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>Kontakt %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>An introduction of %1 and %2 is already proposed</source>
        <translation>Eine Vorstellung von %1 und %2 ist schon vorgeschlagen</translation>
    </message>
    <message>
        <source>%1 and %2 were already introduced</source>
        <translation>%1 und %2 wurden einander schon vorgestellt</translation>
    </message>
    <message>
        <source>%1 and %2 were already introduced by %3</source>
        <translation>%1 und %2 wurden einander schon von %3 vorgestellt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an introduction and its date</comment>
        <translation>%1 (am %2)</translation>
    </message>
    <message>
        <source>That introduction no longer exists</source>
        <translation>Diese Vorstellung existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>IntroductionsSection</name>
    <message>
        <source>you</source>
        <comment>the user, in “Introduced to you by Ana”</comment>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>Introduced %1 to %2</source>
        <translation>%1 mit %2 bekannt gemacht</translation>
    </message>
    <message>
        <source>Met %1 directly</source>
        <translation>Direkt mit %1 bekannt geworden</translation>
    </message>
    <message>
        <source>Introduced to %1 by %2</source>
        <translation>Mit %1 bekannt gemacht von %2</translation>
    </message>
    <message>
        <source>Introduce to…</source>
        <translation>Vorstellen…</translation>
    </message>
    <message>
        <source>Record that you introduced this person to someone</source>
        <translation>Erfassen, dass Sie diese Person jemandem vorgestellt haben</translation>
    </message>
    <message>
        <source>Introduced by…</source>
        <translation>Vorgestellt von…</translation>
    </message>
    <message>
        <source>Record who introduced you to this person</source>
        <translation>Erfassen, wer Ihnen diese Person vorgestellt hat</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
    <message>
        <source>No introductions recorded. Who introduced you? Who could they meet?</source>
        <translation>Keine Vorstellungen erfasst. Wer hat Sie bekannt gemacht? Wen könnte die Person kennenlernen?</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>How the introduction went</source>
        <translation>Wie die Vorstellung lief</translation>
    </message>
    <message>
        <source>Delete this introduction (undo with Ctrl+Z)</source>
        <translation>Diese Vorstellung löschen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Delete this introduction</source>
        <translation>Diese Vorstellung löschen</translation>
    </message>
    <message>
        <source>the introduction of %1 to %2</source>
        <translation>die Vorstellung von %1 bei %2</translation>
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
    <name>KeyboardWalk</name>
    <message>
        <source>Network picture</source>
        <translation>Netzwerkbild</translation>
    </message>
    <message>
        <source>Your contacts and who introduced whom. Arrow keys move between people, Home goes to you, End to the most connected, Page Down and Page Up from the most connected down, Enter selects</source>
        <translation>Ihre Kontakte und wer wen wem vorgestellt hat. Die Pfeiltasten wechseln zwischen Personen, Pos1 springt zu Ihnen, Ende zur Person mit den meisten Verbindungen, Bild ab und Bild auf gehen von ihr abwärts, die Eingabetaste wählt aus</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation>vorgestellt von %1</translation>
    </message>
    <message numerus="yes">
        <source>knows %Ln people</source>
        <translation>
            <numerusform>kennt %Ln Person</numerusform>
            <numerusform>kennt %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>your tie: %1</source>
        <translation>Ihre Verbindung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>1-2-1 meeting</source>
        <translation>Treffen unter vier Augen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>Wichtig ist</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erfolgt</translation>
    </message>
    <message>
        <source>They met</source>
        <translation>Haben sich getroffen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Remind Me…</source>
        <translation>Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <source>Add to This Week&apos;s Focus</source>
        <translation>Zum Fokus dieser Woche hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to This Week&apos;s Focus</source>
        <translation>%1 zum Fokus dieser Woche hinzufügen</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>Tag entfernen…</translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Stufe festlegen</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 Contacts</source>
        <translation>%1 Kontakte löschen</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Reading the selection&apos;s tags…</source>
        <translation>Die Tags der Auswahl werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) (due %1)</source>
        <translation>
            <numerusform>Seit %Ln Tag überfällig (fällig %1)</numerusform>
            <numerusform>Seit %Ln Tagen überfällig (fällig %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search names, organisations, emails, phones, tags, notes…</source>
        <translation>Namen, Organisationen, E-Mails, Telefonnummern, Tags, Notizen durchsuchen…</translation>
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
        <source>Select a contact</source>
        <translation>Wählen Sie einen Kontakt aus</translation>
    </message>
    <message>
        <source>Couldn&apos;t do that: %1</source>
        <translation>Das ging nicht: %1</translation>
    </message>
</context>
<context>
    <name>MatchText</name>
    <message>
        <source>same e-mail %1</source>
        <translation>gleiche E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation>gleicher Name und gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <source>different names</source>
        <translation>verschiedene Namen</translation>
    </message>
    <message>
        <source>shares %1 (%2)</source>
        <translation>teilt %1 (%2)</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>shares %1 with %2; not merged: %3</source>
        <translation>teilt %1 mit %2; nicht zusammengeführt: %3</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>einem Kontakt</translation>
    </message>
    <message>
        <source>%1 as the card at %2</source>
        <translation>%1 wie die Karte in %2</translation>
    </message>
    <message>
        <source>different given names</source>
        <translation>verschiedene Vornamen</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>verschiedene Organisationen</translation>
    </message>
    <message>
        <source>different birthdays</source>
        <translation>verschiedene Geburtstage</translation>
    </message>
    <message>
        <source>different e-mail addresses</source>
        <translation>verschiedene E-Mail-Adressen</translation>
    </message>
    <message>
        <source>same UID</source>
        <translation>gleiche UID</translation>
    </message>
    <message>
        <source>same card</source>
        <translation>gleiche Karte</translation>
    </message>
    <message>
        <source>two entries of one address book</source>
        <translation>zwei Einträge eines Adressbuchs</translation>
    </message>
</context>
<context>
    <name>MeetingTimeDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>Contact to keep</source>
        <translation>Zu behaltender Kontakt</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation>Hineinführen:</translation>
    </message>
    <message>
        <source>Where they differ, keep:</source>
        <translation>Wo sie sich unterscheiden, behalten:</translation>
    </message>
    <message>
        <source>Choose at least one contact to merge.</source>
        <translation>Wählen Sie mindestens einen Kontakt zum Zusammenführen.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Moves to the kept contact: %1</source>
        <translation>Geht auf den behaltenen Kontakt über: %1</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>one of these contacts no longer exists</source>
        <translation>einer dieser Kontakte existiert nicht mehr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Melden alle (Tage)</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>Kontakt %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>your own profile cannot be merged</source>
        <translation>Ihr eigenes Profil kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>choose the contact to keep and at least one other</source>
        <translation>wählen Sie den Kontakt, der bleibt, und mindestens einen weiteren</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>%1 · arrow keys move the day, Enter opens its agenda</source>
        <translation>%1 · Pfeiltasten wechseln den Tag, Eingabetaste öffnet seine Agenda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln Wiedervorlage</numerusform>
            <numerusform>%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>%Ln Geburtstag</numerusform>
            <numerusform>%Ln Geburtstage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>%1 due</source>
        <comment>a narrow calendar pill: follow-ups due</comment>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>a narrow calendar pill: overdue follow-ups</comment>
        <translation>%1 überf.</translation>
    </message>
    <message>
        <source>%1 mtg</source>
        <comment>a narrow calendar pill: meetings</comment>
        <translation>%1 Treffen</translation>
    </message>
    <message>
        <source>%1 bday</source>
        <comment>a narrow calendar pill: birthdays</comment>
        <translation>%1 Geb.</translation>
    </message>
</context>
<context>
    <name>NameHeader</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose an image file for this contact&apos;s photo</source>
        <translation>Eine Bilddatei für das Foto dieses Kontakts auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Dr, Ms…</source>
        <translation>Dr., Frau…</translation>
    </message>
    <message>
        <source>Jr, PhD…</source>
        <translation>Jr., M.A.…</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Composed from the names above</source>
        <translation>Aus den Namen oben zusammengesetzt</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto auswählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>%1: not an image Rapport can read (%2)</source>
        <translation>%1: kein Bild, das Rapport lesen kann (%2)</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <source>%1 needs %2, %3 offers it</source>
        <translation>%1 braucht %2, %3 bietet es an</translation>
    </message>
    <message>
        <source>both into %1</source>
        <translation>beide mögen %1</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <source>close</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>light</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>Arranging the network…</source>
        <translation>Netzwerk wird angeordnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>vorgestellt</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Weg</translation>
    </message>
</context>
<context>
    <name>NodeTexts</name>
    <message numerus="yes">
        <source>%1
%2 · knows %Ln people</source>
        <translation>
            <numerusform>%1
%2 · kennt %Ln Person</numerusform>
            <numerusform>%1
%2 · kennt %Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · knows %Ln people · your tie: %3</source>
        <translation>
            <numerusform>%1
%2 · kennt %Ln Person · Ihre Verbindung: %3</numerusform>
            <numerusform>%1
%2 · kennt %Ln Personen · Ihre Verbindung: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneThingDialog</name>
    <message>
        <source>One Thing I Can Do for %1</source>
        <translation>Was ich für %1 tun kann</translation>
    </message>
    <message>
        <source>e.g. Introduce her to a recruiter</source>
        <translation>z. B. Ihr einen Personalvermittler vorstellen</translation>
    </message>
    <message>
        <source>One thing I can do</source>
        <translation>Was ich tun kann</translation>
    </message>
    <message>
        <source>It counts for a week; renew it if it still holds.</source>
        <translation>Es gilt eine Woche; erneuern Sie es, wenn es noch zutrifft.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Arranging the network…</source>
        <translation>Netzwerk wird angeordnet…</translation>
    </message>
    <message>
        <source>Layout cancelled. Use Re-arrange to try again.</source>
        <translation>Anordnung abgebrochen. Mit „Neu anordnen“ erneut versuchen.</translation>
    </message>
    <message>
        <source>The network could not be drawn: {0}</source>
        <translation>Das Netzwerk konnte nicht gezeichnet werden: {0}</translation>
    </message>
    <message>
        <source>Nobody yet. Log who you meet, mark how well you know people, and record who introduced you to whom: the network appears here.</source>
        <translation>Noch niemand. Tragen Sie ein, wen Sie treffen, wie gut Sie die Leute kennen und wer Sie wem vorgestellt hat: Hier erscheint dann das Netzwerk.</translation>
    </message>
</context>
<context>
    <name>OperationCounts</name>
    <message numerus="yes">
        <source>Tag %Ln contact(s) with %1</source>
        <translation>
            <numerusform>%Ln Kontakt mit %1 taggen</numerusform>
            <numerusform>%Ln Kontakte mit %1 taggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %1 from %Ln contact(s)</source>
        <translation>
            <numerusform>%1 von %Ln Kontakt entfernen</numerusform>
            <numerusform>%1 von %Ln Kontakten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tags of %Ln contact(s)</source>
        <translation>
            <numerusform>Tags von %Ln Kontakt ändern</numerusform>
            <numerusform>Tags von %Ln Kontakten ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt löschen</numerusform>
            <numerusform>%Ln Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Stufe von %Ln Kontakt auf %1 setzen</numerusform>
            <numerusform>Stufe von %Ln Kontakten auf %1 setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into %1</source>
        <translation>
            <numerusform>%Ln Kontakt in %1 zusammenführen</numerusform>
            <numerusform>%Ln Kontakte in %1 zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with tag %1 every %Ln day(s)</source>
        <translation>
            <numerusform>Mit Tag %1 jeden Tag in Kontakt bleiben</numerusform>
            <numerusform>Mit Tag %1 alle %Ln Tage in Kontakt bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %Ln promise(s)</source>
        <translation>
            <numerusform>%Ln Versprechen abschließen</numerusform>
            <numerusform>%Ln Versprechen abschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread %Ln reminder(s) over %1 days</source>
        <translation>
            <numerusform>%Ln Erinnerung auf %1 Tage verteilen</numerusform>
            <numerusform>%Ln Erinnerungen auf %1 Tage verteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %Ln keep-in-touch reminder(s)</source>
        <translation>
            <numerusform>%Ln Kontaktpflege-Erinnerung zurücksetzen</numerusform>
            <numerusform>%Ln Kontaktpflege-Erinnerungen zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %1 %Ln day(s)</source>
        <translation>
            <numerusform>%1 um %Ln Tag zurückstellen</numerusform>
            <numerusform>%1 um %Ln Tage zurückstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln people to this week&apos;s focus</source>
        <translation>
            <numerusform>%Ln Person zum Fokus dieser Woche hinzufügen</numerusform>
            <numerusform>%Ln Personen zum Fokus dieser Woche hinzufügen</numerusform>
        </translation>
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
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Saving your current data first…</source>
        <translation>Ihre aktuellen Daten werden zuerst gesichert…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
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
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Tags ändern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Foto ändern</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Renew “one thing I can do”</source>
        <translation>„Was ich tun kann“ erneuern</translation>
    </message>
    <message>
        <source>Change “one thing I can do”</source>
        <translation>„Was ich tun kann“ ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation>Neuer Tag %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>Tag %1 umbenennen</translation>
    </message>
    <message>
        <source>Edit tag %1</source>
        <translation>Tag %1 bearbeiten</translation>
    </message>
    <message>
        <source>Stop keeping in touch with tag %1</source>
        <translation>Kontaktpflege für Tag %1 beenden</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>Tag %1 löschen</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>Tag %1 in %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message>
        <source>Propose introduction</source>
        <translation>Vorstellung vorschlagen</translation>
    </message>
    <message>
        <source>Record introduction</source>
        <translation>Vorstellung erfassen</translation>
    </message>
    <message>
        <source>Ask %1 for an introduction to %2</source>
        <translation>%1 bitten, Sie mit %2 bekannt zu machen</translation>
    </message>
    <message>
        <source>Ask for an introduction</source>
        <translation>Um eine Vorstellung bitten</translation>
    </message>
    <message>
        <source>Mark introduction %1</source>
        <translation>Vorstellung als „%1“ markieren</translation>
    </message>
    <message>
        <source>Delete introduction</source>
        <translation>Vorstellung löschen</translation>
    </message>
    <message>
        <source>Tag the imported contacts</source>
        <translation>Die importierten Kontakte taggen</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>Import von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>Not duplicates: %1</source>
        <translation>Keine Duplikate: %1</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>%1 erfassen</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>%1 planen</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>%1 eintragen</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Hold meeting</source>
        <translation>Treffen abhalten</translation>
    </message>
    <message>
        <source>Reschedule meeting</source>
        <translation>Treffen verschieben</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>%1 zurückstellen</translation>
    </message>
    <message>
        <source>Snooze %1 1 week</source>
        <translation>%1 um 1 Woche zurückstellen</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Record favour given</source>
        <translation>Erwiesene Gefälligkeit erfassen</translation>
    </message>
    <message>
        <source>Record favour received</source>
        <translation>Erhaltene Gefälligkeit erfassen</translation>
    </message>
    <message>
        <source>Delete favour</source>
        <translation>Gefälligkeit löschen</translation>
    </message>
    <message>
        <source>Pin in focus</source>
        <translation>Im Fokus anheften</translation>
    </message>
    <message>
        <source>Unpin from focus</source>
        <translation>Im Fokus lösen</translation>
    </message>
    <message>
        <source>Done in this week&apos;s focus</source>
        <translation>Im Fokus dieser Woche erledigt</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>Replace in focus</source>
        <translation>Im Fokus ersetzen</translation>
    </message>
    <message>
        <source>Add to this week&apos;s focus</source>
        <translation>Zum Fokus dieser Woche hinzufügen</translation>
    </message>
    <message>
        <source>Remove from this week&apos;s focus</source>
        <translation>Aus dem Fokus dieser Woche entfernen</translation>
    </message>
    <message>
        <source>Choose next week&apos;s focus</source>
        <translation>Fokus der nächsten Woche wählen</translation>
    </message>
    <message>
        <source>Pin a fact</source>
        <translation>Fakt anheften</translation>
    </message>
    <message>
        <source>That fact no longer exists.</source>
        <translation>Diesen Fakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit pinned fact</source>
        <translation>Angehefteten Fakt bearbeiten</translation>
    </message>
    <message>
        <source>Unpin fact</source>
        <translation>Fakt lösen</translation>
    </message>
    <message>
        <source>Restore your version of %1</source>
        <translation>Ihre Fassung von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Dismiss the sync conflict of %1</source>
        <translation>Sync-Konflikt von %1 verwerfen</translation>
    </message>
</context>
<context>
    <name>PageTexts</name>
    <message numerus="yes">
        <source>and %Ln earlier interaction(s)</source>
        <translation>
            <numerusform>und %Ln früherer Kontakt</numerusform>
            <numerusform>und %Ln frühere Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathText</name>
    <message>
        <source>someone at %1</source>
        <translation>jemanden bei %1</translation>
    </message>
    <message>
        <source>someone tagged %1</source>
        <translation>jemanden mit dem Tag %1</translation>
    </message>
    <message>
        <source>anyone at %1</source>
        <translation>irgendwen bei %1</translation>
    </message>
    <message>
        <source>anyone tagged %1</source>
        <translation>irgendwen mit dem Tag %1</translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation>Bei %1 (%2)</translation>
    </message>
    <message>
        <source>Tagged %1 (%2)</source>
        <translation>Tag %1 (%2)</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no profile of your own yet: open My Profile first</source>
        <translation>Sie haben noch kein eigenes Profil: öffnen Sie zuerst „Mein Profil“</translation>
    </message>
    <message>
        <source>This is you.</source>
        <translation>Das sind Sie.</translation>
    </message>
    <message>
        <source>contact %1 does not exist</source>
        <translation>Kontakt %1 existiert nicht</translation>
    </message>
    <message>
        <source>Nobody %1 is in your contacts</source>
        <translation>Niemand %1 ist in Ihren Kontakten</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>mit dem Tag %1</translation>
    </message>
    <message>
        <source>No path to %1: nobody you know is recorded as knowing them</source>
        <translation>Kein Weg zu %1: niemand, den Sie kennen, kennt die Person laut Ihren Daten</translation>
    </message>
    <message>
        <source>No path to %1: nobody in your network knows them, even through friends of friends</source>
        <translation>Kein Weg zu %1: niemand in Ihrem Netzwerk kennt die Person, auch nicht über Freunde von Freunden</translation>
    </message>
    <message>
        <source>You already know %1: get in touch directly</source>
        <translation>Sie kennen %1 bereits: melden Sie sich direkt</translation>
    </message>
    <message>
        <source>Ask %1 to introduce you to %2</source>
        <translation>Bitten Sie %1, Sie %2 vorzustellen</translation>
    </message>
    <message>
        <source>you are acquainted</source>
        <translation>Sie sind bekannt</translation>
    </message>
    <message>
        <source>you have a relationship</source>
        <translation>Sie haben eine Beziehung</translation>
    </message>
    <message>
        <source>you trust each other</source>
        <translation>Sie vertrauen einander</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>your card lists %1</source>
        <translation>Ihre Karte nennt %1</translation>
    </message>
    <message>
        <source>%1&apos;s card lists %2</source>
        <translation>die Karte von %1 nennt %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a card&apos;s link and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>you met %1 %2, last in %3</source>
        <translation>Sie haben %1 %2 getroffen, zuletzt im %3</translation>
    </message>
    <message>
        <source>you were in touch with %1 %2, last in %3</source>
        <translation>Sie hatten %2 Kontakt mit %1, zuletzt im %3</translation>
    </message>
    <message>
        <source>%1 and %2 were at a meeting with you in %3</source>
        <translation>%1 und %2 waren im %3 bei einem Treffen mit Ihnen</translation>
    </message>
    <message>
        <source>%1 and %2 were at %3 meetings with you, last in %4</source>
        <translation>%1 und %2 waren bei %3 Treffen mit Ihnen, zuletzt im %4</translation>
    </message>
    <message>
        <source>%1 and %2 met directly</source>
        <translation>%1 und %2 haben sich direkt kennengelernt</translation>
    </message>
    <message>
        <source>you introduced %1 to %2</source>
        <translation>Sie haben %1 und %2 einander vorgestellt</translation>
    </message>
    <message>
        <source>%1 introduced you to %2</source>
        <translation>%1 hat Sie %2 vorgestellt</translation>
    </message>
    <message>
        <source>%1 introduced %2 to %3</source>
        <translation>%1 hat %2 und %3 einander vorgestellt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>an introduction and its year</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You know %1 already: no introduction needed</source>
        <translation>Sie kennen %1 bereits: keine Vorstellung nötig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person and their organisation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>I hope you&apos;re well. Would you be happy to introduce me to %1?</source>
        <translation>Ich hoffe, es geht Ihnen gut. Würden Sie mich %1 vorstellen?</translation>
    </message>
    <message>
        <source>I&apos;m hoping to reach %1, and %2 knows them.</source>
        <translation>Ich möchte %1 erreichen, und %2 kennt die Person.</translation>
    </message>
    <message>
        <source>I&apos;m looking to connect with %1.</source>
        <translation>Ich suche Kontakt zu %1.</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>A short e-mail to both of us would be perfect, and I&apos;m glad to send you a few lines to forward if that&apos;s easier.</source>
        <translation>Eine kurze E-Mail an uns beide wäre perfekt, und gern schicke ich Ihnen ein paar Zeilen zum Weiterleiten, falls das einfacher ist.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Introduction to %1?</source>
        <translation>Vorstellung bei %1?</translation>
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
    <name>PolicyDelegate</name>
    <message>
        <source>What to do with this card</source>
        <translation>Was mit dieser Karte geschehen soll</translation>
    </message>
</context>
<context>
    <name>PreviewCardModel</name>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New contact — %1</source>
        <translation>Neuer Kontakt – %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Matches %1: %2</source>
        <translation>Passt zu %1: %2</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>einem Kontakt</translation>
    </message>
</context>
<context>
    <name>PromiseOfferDialog</name>
    <message>
        <source>Close a Promise?</source>
        <translation>Ein Versprechen abschließen?</translation>
    </message>
    <message>
        <source>You recorded %1. Did it keep one of these promises?</source>
        <translation>Sie haben %1 erfasst. Wurde damit eines dieser Versprechen gehalten?</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (fällig %3)</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>ReachBox</name>
    <message>
        <source>A name, an organisation or a tag</source>
        <translation>Ein Name, eine Organisation oder ein Tag</translation>
    </message>
    <message>
        <source>How do I reach</source>
        <translation>Wie erreiche ich</translation>
    </message>
    <message>
        <source>Nobody and nothing called “{0}”.</source>
        <translation>Niemand und nichts heißt „{0}“.</translation>
    </message>
    <message>
        <source>The network is still being read…</source>
        <translation>Das Netzwerk wird noch gelesen…</translation>
    </message>
    <message>
        <source>{0}. To {1}</source>
        <translation>{0}. Zu {1}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Highlight this path in the picture</source>
        <translation>Diesen Weg im Bild hervorheben</translation>
    </message>
    <message>
        <source>Ask for this introduction</source>
        <translation>Um diese Vorstellung bitten</translation>
    </message>
    <message>
        <source>Record the introduction as proposed, remind you to chase it in a week, and draft the message (undo with Ctrl+Z)</source>
        <translation>Die Vorstellung als vorgeschlagen erfassen, in einer Woche ans Nachhaken erinnern und die Nachricht entwerfen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Recorded: introduction to {0} proposed; a reminder to chase {1} on {2}. Undo with Ctrl+Z.</source>
        <translation>Erfasst: Vorstellung bei {0} vorgeschlagen; eine Erinnerung, am {2} bei {1} nachzuhaken. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>To reach %1</source>
        <translation>Um %1 zu erreichen</translation>
    </message>
    <message>
        <source>Warm path to %1</source>
        <translation>Weg über Bekannte zu %1</translation>
    </message>
</context>
<context>
    <name>ReadText</name>
    <message>
        <source>message skipped: it has no readable date</source>
        <translation>Nachricht übersprungen: Sie hat kein lesbares Datum</translation>
    </message>
    <message>
        <source>not mail Rapport can read: a folder that is neither an mbox nor a Maildir</source>
        <translation>keine E-Mail, die Rapport lesen kann: ein Ordner, der weder mbox noch Maildir ist</translation>
    </message>
    <message>
        <source>not mail Rapport can read: a file that is neither an mbox nor a Maildir</source>
        <translation>keine E-Mail, die Rapport lesen kann: eine Datei, die weder mbox noch Maildir ist</translation>
    </message>
    <message>
        <source>message skipped: its header block never ends</source>
        <translation>Nachricht übersprungen: Ihr Kopfbereich endet nie</translation>
    </message>
    <message>
        <source>message skipped: it has no headers</source>
        <translation>Nachricht übersprungen: Sie hat keine Kopfzeilen</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>message skipped: cannot read it (%1)</source>
        <translation>Nachricht übersprungen: Sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not a contacts CSV file: no header row found</source>
        <translation>keine Kontakte-CSV-Datei: keine Kopfzeile gefunden</translation>
    </message>
    <message>
        <source>not a LinkedIn, Google or Outlook contacts export: its columns are %1</source>
        <translation>kein Kontakte-Export von LinkedIn, Google oder Outlook: Seine Spalten sind %1</translation>
    </message>
    <message>
        <source>row skipped: %1</source>
        <translation>Zeile übersprungen: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2: the extra ones were left out</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2: Die überzähligen wurden weggelassen</translation>
    </message>
    <message>
        <source>row skipped: it has no name, organisation, e-mail or phone</source>
        <translation>Zeile übersprungen: Sie hat weder Namen noch Organisation, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>keine iCalendar-Datei (kein BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>unreadable date %1</source>
        <translation>unlesbares Datum %1</translation>
    </message>
    <message>
        <source>event skipped: %1</source>
        <translation>Termin übersprungen: %1</translation>
    </message>
    <message>
        <source>event skipped: it has no start (DTSTART)</source>
        <translation>Termin übersprungen: Er hat keinen Beginn (DTSTART)</translation>
    </message>
    <message>
        <source>event skipped: %1 in %2</source>
        <translation>Termin übersprungen: %1 in %2</translation>
    </message>
    <message>
        <source>event not closed (END:VEVENT missing); read as far as it went</source>
        <translation>Termin nicht abgeschlossen (END:VEVENT fehlt); so weit gelesen, wie er reichte</translation>
    </message>
    <message>
        <source>recurring event %1 repeats more than %2 times in the range: the first %2 were read</source>
        <translation>der Serientermin %1 wiederholt sich im Zeitraum mehr als %2-mal: Die ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <source>unknown time zone %1: its events were read as local time</source>
        <translation>unbekannte Zeitzone %1: Ihre Termine wurden als Ortszeit gelesen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>internal error while reading (%1)</source>
        <translation>interner Fehler beim Lesen (%1)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>not a vCard file (no line break in its first %1)</source>
        <translation>keine vCard-Datei (kein Zeilenumbruch in den ersten %1)</translation>
    </message>
    <message>
        <source>not a vCard file: the file is empty</source>
        <translation>keine vCard-Datei: Die Datei ist leer</translation>
    </message>
    <message>
        <source>not a vCard file (binary data)</source>
        <translation>keine vCard-Datei (Binärdaten)</translation>
    </message>
    <message>
        <source>not a vCard file (no BEGIN:VCARD line)</source>
        <translation>keine vCard-Datei (keine Zeile BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>continuation line without a property before it; ignored</source>
        <translation>Fortsetzungszeile ohne vorangehende Eigenschaft; ignoriert</translation>
    </message>
    <message>
        <source>%1 is %2 long, over the limit of %3; skipped</source>
        <translation>%1 ist %2 lang, über der Grenze von %3; übersprungen</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>line has no &apos;:&apos; (%1); ignored</source>
        <translation>Zeile ohne „:“ (%1); ignoriert</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD; ignored</source>
        <translation>END:VCARD ohne BEGIN:VCARD; ignoriert</translation>
    </message>
    <message>
        <source>card has no END:VCARD; read to the end of the file</source>
        <translation>Karte hat kein END:VCARD; bis zum Ende der Datei gelesen</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <source>card could not be read (internal error: %1); skipped</source>
        <translation>Karte konnte nicht gelesen werden (interner Fehler: %1); übersprungen</translation>
    </message>
    <message>
        <source>value is not valid base64; kept as text</source>
        <translation>Wert ist kein gültiges Base64; als Text behalten</translation>
    </message>
    <message>
        <source>property without a name; ignored</source>
        <translation>Eigenschaft ohne Namen; ignoriert</translation>
    </message>
    <message>
        <source>card has more than %1 properties; the rest of it was skipped</source>
        <translation>Karte hat mehr als %1 Eigenschaften; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <source>the note is over %1 characters; the rest of it was skipped</source>
        <translation>die Notiz ist länger als %1 Zeichen; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <source>the note is over %1 characters; only the first %1 were kept</source>
        <translation>die Notiz ist länger als %1 Zeichen; nur die ersten %1 wurden behalten</translation>
    </message>
    <message>
        <source>PHOTO is %1, over the limit of %2; skipped</source>
        <translation>PHOTO ist %1 groß, über der Grenze von %2; übersprungen</translation>
    </message>
    <message>
        <source>PHOTO is not valid base64; kept as text, no picture</source>
        <translation>PHOTO ist kein gültiges Base64; als Text behalten, kein Bild</translation>
    </message>
    <message>
        <source>card has more than %1 categories; the rest were skipped</source>
        <translation>Karte hat mehr als %1 Kategorien; der Rest wurde übersprungen</translation>
    </message>
    <message>
        <source>empty card (nothing between BEGIN and END)</source>
        <translation>leere Karte (nichts zwischen BEGIN und END)</translation>
    </message>
    <message>
        <source>card has no name, organisation, nickname, e-mail, phone or URL; skipped</source>
        <translation>Karte hat weder Namen noch Organisation, Spitznamen, E-Mail, Telefon oder URL; übersprungen</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Remind Me</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Remind Me About %1</source>
        <translation>Erinnerung zu %1</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>e.g. Ask how the new job is going</source>
        <translation>z. B. Fragen, wie es im neuen Job läuft</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>choose someone: type a name and pick it</source>
        <translation>wählen Sie jemanden: Namen eingeben und auswählen</translation>
    </message>
    <message>
        <source>say what to do, e.g. send the article</source>
        <translation>geben Sie an, was zu tun ist, z. B. den Artikel schicken</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Your week in review</source>
        <translation>Ihr Wochenrückblick</translation>
    </message>
    <message>
        <source>Who you saw, the promises kept and open, and next week&apos;s people. Click to look back on the week.</source>
        <translation>Wen Sie getroffen haben, gehaltene und offene Versprechen und die Personen der nächsten Woche. Klicken Sie, um auf die Woche zurückzublicken.</translation>
    </message>
    <message>
        <source>Click to open the agenda.</source>
        <translation>Klicken Sie, um die Agenda zu öffnen.</translation>
    </message>
    <message>
        <source>Rapport — %1</source>
        <translation>Rapport – %1</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Rapport: damaged data</source>
        <translation>Rapport: beschädigte Daten</translation>
    </message>
    <message>
        <source>Show &amp;Backups Folder</source>
        <translation>&amp;Sicherungsordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit Rapport</source>
        <translation>Rapport &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Rapport&apos;s data is damaged</source>
        <translation>Die Daten von Rapport sind beschädigt</translation>
    </message>
    <message>
        <source>Part of the database cannot be read. A disk error, the computer stopping while it wrote, or a copy that did not finish can do this. Choose how to go on: the damaged file is kept in the backups folder either way.</source>
        <translation>Ein Teil der Datenbank kann nicht gelesen werden. Ursache kann ein Datenträgerfehler sein, ein Computer, der beim Schreiben ausging, oder eine unvollständige Kopie. Wählen Sie, wie es weitergehen soll: Die beschädigte Datei wird in jedem Fall im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore the backup from {when}</source>
        <translation>Die Sicherung vom {when} wiederherstellen</translation>
    </message>
    <message>
        <source>{contacts}. What was changed since then is not in it.</source>
        <translation>{contacts}. Was seitdem geändert wurde, ist nicht enthalten.</translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation>Keine Sicherung zum Wiederherstellen</translation>
    </message>
    <message>
        <source>Rapport has no intact backup of this database yet.</source>
        <translation>Rapport hat noch keine intakte Sicherung dieser Datenbank.</translation>
    </message>
    <message>
        <source>Recover what can still be read</source>
        <translation>Retten, was noch lesbar ist</translation>
    </message>
    <message>
        <source>Copies every record that can be read into a new database, and shows what it saved before anything is replaced.</source>
        <translation>Kopiert jeden lesbaren Datensatz in eine neue Datenbank und zeigt, was gerettet wurde, bevor etwas ersetzt wird.</translation>
    </message>
    <message>
        <source>Recovering what can still be read…</source>
        <translation>Was noch lesbar ist, wird gerettet…</translation>
    </message>
    <message>
        <source>Use the recovered data</source>
        <translation>Die geretteten Daten verwenden</translation>
    </message>
    <message>
        <source>Restoring the backup from {when}…</source>
        <translation>Die Sicherung vom {when} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup from {when}; the damaged file is kept as {name}</source>
        <translation>Sicherung vom {when} wiederhergestellt; die beschädigte Datei wird als {name} aufbewahrt</translation>
    </message>
    <message>
        <source>Recovered {contacts}</source>
        <translation>{contacts} gerettet</translation>
    </message>
    <message>
        <source>{rows:,} records in all were read.</source>
        <translation>Insgesamt wurden {rows:,} Datensätze gelesen.</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>Konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Nothing was found missing.</source>
        <translation>Es wurde nichts Fehlendes gefunden.</translation>
    </message>
    <message>
        <source>The backup from {when} holds {contacts}.</source>
        <translation>Die Sicherung vom {when} enthält {contacts}.</translation>
    </message>
    <message>
        <source>Restore the backup instead</source>
        <translation>Stattdessen die Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>From {when}: {contacts}.</source>
        <translation>Vom {when}: {contacts}.</translation>
    </message>
    <message>
        <source>The recovery failed: {message}</source>
        <translation>Die Rettung ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Putting the recovered data in place…</source>
        <translation>Die wiederhergestellten Daten werden übernommen…</translation>
    </message>
    <message>
        <source>Recovered {contacts}; the damaged file is kept as {name}</source>
        <translation>{contacts} gerettet; die beschädigte Datei wird als {name} aufbewahrt</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Rapport copies your data once a day and keeps the last %1 days. Restoring replaces everything in Rapport with the copy you choose; what you have now is saved as a backup first, so you can come back to it.</source>
        <translation>Rapport kopiert Ihre Daten einmal täglich und behält die letzten %1 Tage. Beim Wiederherstellen wird alles in Rapport durch die gewählte Kopie ersetzt; Ihr aktueller Stand wird vorher als Sicherung gespeichert, sodass Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>  Taken</source>
        <translation>  Erstellt</translation>
    </message>
    <message>
        <source>  Kind</source>
        <translation>  Art</translation>
    </message>
    <message>
        <source>Contacts  </source>
        <translation>Kontakte  </translation>
    </message>
    <message>
        <source>Size  </source>
        <translation>Größe  </translation>
    </message>
    <message>
        <source>No backups yet.
Rapport makes the first one a few seconds after it starts.</source>
        <translation>Noch keine Sicherungen.
Rapport erstellt die erste wenige Sekunden nach dem Start.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the backups</source>
        <translation>Den Ordner mit den Sicherungen öffnen</translation>
    </message>
    <message>
        <source>Replace all your data with the backup from %1 (%2)?</source>
        <translation>Alle Ihre Daten durch die Sicherung von %1 (%2) ersetzen?</translation>
    </message>
    <message>
        <source>Your current data (%1) is saved as a backup first, so you can restore it later. Undo history is cleared.</source>
        <translation>Ihre aktuellen Daten (%1) werden zuerst als Sicherung gespeichert, sodass Sie sie später wiederherstellen können. Der Verlauf für „Rückgängig“ wird geleert.</translation>
    </message>
    <message>
        <source>Your current data is saved as a backup first, so you can restore it later. Undo history is cleared.</source>
        <translation>Ihre aktuellen Daten werden zuerst als Sicherung gespeichert, sodass Sie sie später wiederherstellen können. Der Verlauf für „Rückgängig“ wird geleert.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup from %1; what you had before is in %2</source>
        <translation>Sicherung von %1 wiederhergestellt; Ihr vorheriger Stand liegt in %2</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>„{name}“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>A file with that name is already in {folder}; replacing it overwrites what it holds.</source>
        <translation>In {folder} gibt es bereits eine Datei mit diesem Namen; beim Ersetzen wird ihr Inhalt überschrieben.</translation>
    </message>
    <message>
        <source>“{name}” is read-only. Replace it anyway?</source>
        <translation>„{name}“ ist schreibgeschützt. Trotzdem ersetzen?</translation>
    </message>
    <message>
        <source>Someone made it read-only, perhaps to keep it as it is.</source>
        <translation>Jemand hat sie schreibgeschützt, vielleicht, um sie so zu erhalten, wie sie ist.</translation>
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
        <translation>Gerade keine. Taggen Sie Interessen, Bedarf und Angebote von Personen, um Vorschläge zu bekommen.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Record a proposed introduction (undo with Ctrl+Z)</source>
        <translation>Eine vorgeschlagene Vorstellung erfassen (rückgängig mit Strg+Z)</translation>
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
        <translation>Mit dem Server abgeglichen: Namen, Spitzname, Organisation, Abteilung, Position, E-Mails, Telefonnummern, Adressen, Web- und Chat-Links, Geburtstag, Jahrestag, Foto, die Notiz zum Kontakt, Tags für Interessen oder Gruppen (als Kategorien), Stufe, Kontaktpflege-Tage und das Datum des Kennenlernens. Nie gesendet: zu meidende Themen, wie Sie sich kennengelernt haben, Kontakte, Gefälligkeiten, Vorstellungen, Wiedervorlagen und Ihre Fokusliste.</translation>
    </message>
    <message>
        <source>Changed on both sides: each field is compared with the last synced version; a change on one side wins over no change on the other (a deletion too). Only a field both sides changed differently is a conflict: the server&apos;s value is used and yours is kept below for review.</source>
        <translation>Auf beiden Seiten geändert: Jedes Feld wird mit der zuletzt abgeglichenen Fassung verglichen; eine Änderung auf einer Seite gewinnt gegen keine Änderung auf der anderen (auch eine Löschung). Nur ein Feld, das beide Seiten unterschiedlich geändert haben, ist ein Konflikt: Der Wert des Servers wird verwendet, und Ihrer wird unten zur Prüfung aufbewahrt.</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Not synced (the server refused them; tried again at every sync):</source>
        <translation>Nicht abgeglichen (vom Server abgelehnt; bei jedem Abgleich erneut versucht):</translation>
    </message>
    <message>
        <source>Address books:</source>
        <translation>Adressbücher:</translation>
    </message>
    <message>
        <source>Start &amp;First Sync</source>
        <translation>&amp;Ersten Abgleich starten</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Sync Accounts</source>
        <translation>Sync-Konten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>Adressbücher</translation>
    </message>
    <message>
        <source>Sync this account now (F5)</source>
        <translation>Dieses Konto jetzt abgleichen (F5)</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Abgleich abbrechen</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht abgeglichen</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <source>No sync accounts yet</source>
        <translation>Noch keine Sync-Konten</translation>
    </message>
    <message>
        <source>Add a CardDAV account (Nextcloud, Radicale, Fastmail, iCloud…) to keep your phone and Rapport in step.</source>
        <translation>Fügen Sie ein CardDAV-Konto hinzu (Nextcloud, Radicale, Fastmail, iCloud…), damit Ihr Telefon und Rapport auf demselben Stand bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln contacts)  — new contacts go here</source>
        <translation>
            <numerusform>%1  (%Ln Kontakt)  – neue Kontakte landen hier</numerusform>
            <numerusform>%1  (%Ln Kontakte)  – neue Kontakte landen hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln contacts)</source>
        <translation>
            <numerusform>%1  (%Ln Kontakt)</numerusform>
            <numerusform>%1  (%Ln Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>New password for %1 at %2:</source>
        <translation>Neues Passwort für %1 bei %2:</translation>
    </message>
    <message>
        <source>Password changed; the next sync uses it.</source>
        <translation>Passwort geändert; der nächste Abgleich verwendet es.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Stop syncing with %1? Your contacts stay in Rapport and on the server.</source>
        <translation>Abgleich mit %1 beenden? Ihre Kontakte bleiben in Rapport und auf dem Server.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <source>Looking at what the first sync would do…</source>
        <translation>Es wird geprüft, was der erste Abgleich tun würde…</translation>
    </message>
    <message>
        <source>First sync: %1 will be uploaded and %2 brought in. Click Start First Sync to go ahead.</source>
        <translation>Erster Abgleich: %1 werden hochgeladen und %2 übernommen. Klicken Sie auf „Ersten Abgleich starten“, um fortzufahren.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 Karten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Synced just now: %1</source>
        <translation>Gerade abgeglichen: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync picks up where this one stopped.</source>
        <translation>Abgleich abgebrochen; der nächste setzt dort fort, wo dieser aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>the server refused %1 as invalid (400)</source>
        <translation>der Server lehnte %1 als ungültig ab (400)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401)</source>
        <translation>der Server lehnte Benutzernamen oder Passwort ab (401)</translation>
    </message>
    <message>
        <source>the server does not allow this: %1 (403 Forbidden)</source>
        <translation>der Server erlaubt das nicht: %1 (403 Forbidden)</translation>
    </message>
    <message>
        <source>not found on the server: %1 (404)</source>
        <translation>nicht auf dem Server gefunden: %1 (404)</translation>
    </message>
    <message>
        <source>the server does not support this request: %1 (405)</source>
        <translation>der Server unterstützt diese Anfrage nicht: %1 (405)</translation>
    </message>
    <message>
        <source>the server reported a conflict: %1 (409)</source>
        <translation>der Server meldete einen Konflikt: %1 (409)</translation>
    </message>
    <message>
        <source>changed on the server meanwhile: %1 (412)</source>
        <translation>inzwischen auf dem Server geändert: %1 (412)</translation>
    </message>
    <message>
        <source>the server refused %1 as too large (413)</source>
        <translation>der Server lehnte %1 als zu groß ab (413)</translation>
    </message>
    <message>
        <source>the server does not accept this kind of data: %1 (415)</source>
        <translation>der Server nimmt diese Art von Daten nicht an: %1 (415)</translation>
    </message>
    <message>
        <source>the server is out of storage (507)</source>
        <translation>der Server hat keinen Speicherplatz mehr (507)</translation>
    </message>
    <message>
        <source>the server failed (%1) on %2</source>
        <translation>der Server scheiterte (%1) beim %2</translation>
    </message>
    <message>
        <source>unexpected answer %1 from the server on %2</source>
        <translation>unerwartete Antwort %1 vom Server beim %2</translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation>keine Serveradresse: %1</translation>
    </message>
    <message>
        <source>%1 is reached over http://, which would send the password in clear; use https:// or confirm plain http for this account</source>
        <translation>%1 wird über http:// erreicht, was das Passwort im Klartext senden würde; verwenden Sie https:// oder bestätigen Sie unverschlüsseltes http für dieses Konto</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the server pointed to another host: %1</source>
        <translation>der Server verwies auf einen anderen Host: %1</translation>
    </message>
    <message>
        <source>the certificate of %1 is not the pinned one (SHA-256 %2…); not connecting</source>
        <translation>das Zertifikat von %1 ist nicht das festgelegte (SHA-256 %2…); keine Verbindung</translation>
    </message>
    <message>
        <source>cannot connect to %1: connection refused</source>
        <translation>keine Verbindung zu %1: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>cannot find the server %1</source>
        <translation>der Server %1 ist nicht zu finden</translation>
    </message>
    <message>
        <source>the server at %1 closed the connection</source>
        <translation>der Server %1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); give the server&apos;s CA file or pin its certificate</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut (%2); geben Sie die CA-Datei des Servers an oder legen Sie sein Zertifikat fest</translation>
    </message>
    <message>
        <source>secure connection to %1 failed: %2</source>
        <translation>sichere Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the server at %1 took longer than %2 s for %3; stopped</source>
        <translation>der Server %1 brauchte länger als %2 s für: %3; abgebrochen</translation>
    </message>
    <message>
        <source>the server at %1 did not answer within %2 s</source>
        <translation>der Server %1 antwortete nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the server&apos;s answer to %1 is larger than %2 MB; stopped</source>
        <translation>die Antwort des Servers auf %1 ist größer als %2 MB; abgebrochen</translation>
    </message>
    <message>
        <source>the server at %1 sent a broken answer (%2)</source>
        <translation>der Server %1 schickte eine fehlerhafte Antwort (%2)</translation>
    </message>
    <message>
        <source>the server already has this contact under another name: %1</source>
        <translation>der Server hat diesen Kontakt schon unter einem anderen Namen: %1</translation>
    </message>
    <message>
        <source>the server refused %1 as invalid (412)</source>
        <translation>der Server lehnte %1 als ungültig ab (412)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a refusal and what the server said</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>too many redirects from %1</source>
        <translation>zu viele Weiterleitungen von %1</translation>
    </message>
    <message>
        <source>the server sent an unreadable answer to %1</source>
        <translation>der Server schickte eine unlesbare Antwort auf %1</translation>
    </message>
    <message>
        <source>looking for address books</source>
        <translation>Suchen nach Adressbüchern</translation>
    </message>
    <message>
        <source>no address books found for this account on the server</source>
        <translation>für dieses Konto wurden auf dem Server keine Adressbücher gefunden</translation>
    </message>
    <message>
        <source>not an address book any more: %1</source>
        <translation>kein Adressbuch mehr: %1</translation>
    </message>
    <message>
        <source>listing the address book</source>
        <translation>Auflisten des Adressbuchs</translation>
    </message>
    <message>
        <source>reading changes</source>
        <translation>Lesen der Änderungen</translation>
    </message>
    <message>
        <source>reading vCards</source>
        <translation>Lesen der vCards</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>die Karte</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>dieses Konto gibt es nicht</translation>
    </message>
    <message>
        <source>no password stored for this account; enter it in Tools → Sync Accounts…</source>
        <translation>für dieses Konto ist kein Passwort gespeichert; geben Sie es unter Extras → Sync-Konten… ein</translation>
    </message>
    <message>
        <source>no address book chosen for this account</source>
        <translation>für dieses Konto ist kein Adressbuch gewählt</translation>
    </message>
    <message>
        <source>cancelled; the next sync resumes</source>
        <translation>abgebrochen; der nächste Abgleich setzt fort</translation>
    </message>
    <message>
        <source>that sync account no longer exists</source>
        <translation>dieses Sync-Konto gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the server answered %1 when %2</source>
        <translation>der Server antwortete %1 beim %2</translation>
    </message>
    <message>
        <source>the server sent an unreadable answer when %1</source>
        <translation>der Server schickte eine unlesbare Antwort beim %1</translation>
    </message>
    <message>
        <source>looking for calendars</source>
        <translation>Suchen nach Kalendern</translation>
    </message>
    <message>
        <source>listing calendars</source>
        <translation>Auflisten der Kalender</translation>
    </message>
    <message>
        <source>making the calendar</source>
        <translation>Anlegen des Kalenders</translation>
    </message>
    <message>
        <source>the server would not make a calendar (%1): turn the calendar push off, or make a calendar named “%2” there</source>
        <translation>der Server legte keinen Kalender an (%1): Schalten Sie die Kalenderübertragung aus oder legen Sie dort einen Kalender namens „%2“ an</translation>
    </message>
    <message>
        <source>no password stored for this account: add it again in Sync Accounts</source>
        <translation>für dieses Konto ist kein Passwort gespeichert: Fügen Sie es unter Sync-Konten erneut hinzu</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>the server refused an event (%1): %2</source>
        <translation>der Server lehnte einen Termin ab (%1): %2</translation>
    </message>
    <message>
        <source>removing a done follow-up</source>
        <translation>Entfernen einer erledigten Nachfassaktion</translation>
    </message>
    <message>
        <source>the server refused to remove an event (%1)</source>
        <translation>der Server lehnte es ab, einen Termin zu entfernen (%1)</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>an account needs a server address and a user name</source>
        <translation>ein Konto braucht eine Serveradresse und einen Benutzernamen</translation>
    </message>
    <message>
        <source>%1 is plain http: the password would travel in clear; use https:// or confirm plain http</source>
        <translation>%1 ist unverschlüsseltes http: Das Passwort würde im Klartext übertragen; verwenden Sie https:// oder bestätigen Sie unverschlüsseltes http</translation>
    </message>
    <message>
        <source>the timeout must be between 1 and 3600 seconds</source>
        <translation>die Wartezeit muss zwischen 1 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 matches several accounts: %2</source>
        <translation>%1 passt auf mehrere Konten: %2</translation>
    </message>
    <message>
        <source>no sync account %1 (accounts: %2)</source>
        <translation>kein Sync-Konto %1 (Konten: %2)</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie abgeglichen</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Abgeglichen %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>push failed: %1</source>
        <translation>Übertragung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>pushed to the calendar: %1 new, %2 changed, %3 removed, %4 unchanged</source>
        <translation>an den Kalender übertragen: %1 neu, %2 geändert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted here</source>
        <translation>%1 neu, %2 aktualisiert, %3 hier gelöscht</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 updated, %3 deleted on the server</source>
        <translation>%1 hochgeladen, %2 aktualisiert, %3 auf dem Server gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review (the server&apos;s value applied; yours kept)</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen (der Wert des Servers übernommen; Ihrer aufbewahrt)</numerusform>
            <numerusform>%n Konflikte zu prüfen (die Werte des Servers übernommen; Ihre aufbewahrt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server kept here (they have history)</source>
        <translation>
            <numerusform>%n auf dem Server gelöscht, hier behalten (mit Verlauf)</numerusform>
            <numerusform>%n auf dem Server gelöscht, hier behalten (mit Verlauf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable card(s) skipped</source>
        <translation>
            <numerusform>%n unlesbare Karte übersprungen</numerusform>
            <numerusform>%n unlesbare Karten übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not synced (refused by the server)</source>
        <translation>
            <numerusform>%n nicht abgeglichen (vom Server abgelehnt)</numerusform>
            <numerusform>%n nicht abgeglichen (vom Server abgelehnt)</numerusform>
        </translation>
    </message>
    <message>
        <source>everything was already in step</source>
        <translation>alles war schon auf dem gleichen Stand</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>dieses Konto gibt es nicht</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>what a first sync would do</comment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n group card(s) with members not found</source>
        <translation>
            <numerusform>%n Gruppenkarte mit nicht gefundenen Mitgliedern</numerusform>
            <numerusform>%n Gruppenkarten mit nicht gefundenen Mitgliedern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be uploaded</source>
        <translation>
            <numerusform>%n Kontakt wird hochgeladen</numerusform>
            <numerusform>%n Kontakte werden hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) brought in</source>
        <translation>
            <numerusform>%n Karte übernommen</numerusform>
            <numerusform>%n Karten übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>no password stored for this account</source>
        <translation>für dieses Konto ist kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>no vCard</source>
        <translation>keine vCard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address book and a note on one of its cards</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>ein Foto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennengelernt haben</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Keep in touch (days)</source>
        <translation>In Kontakt bleiben (Tage)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Topic to avoid: %1</source>
        <translation>Zu meidendes Thema: %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Topic to avoid</source>
        <translation>Zu meidendes Thema</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>No keep-in-touch cadence for “%1”. Double-click or use “Keep in touch…” to follow up with its people regularly.</source>
        <translation>Kein Kontaktpflege-Rhythmus für „%1“. Doppelklicken Sie oder verwenden Sie „In Kontakt bleiben…“, um sich regelmäßig bei diesen Personen zu melden.</translation>
    </message>
    <message>
        <source>%1 after the last interaction, for the people tagged “%2” who have no cadence of their own (theirs wins; with several tags, the shortest cadence applies).</source>
        <translation>%1 nach dem letzten Kontakt, für die Personen mit dem Tag „%2“ ohne eigenen Rhythmus (ein eigener Rhythmus hat Vorrang; bei mehreren Tags gilt der kürzeste).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Every </source>
        <translation>Alle </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Manage tags</source>
        <translation>Tags verwalten</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Neuer Tag…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen in…</translation>
    </message>
    <message>
        <source>Move everyone with this tag onto another tag, then delete this one</source>
        <translation>Alle mit diesem Tag auf einen anderen Tag übertragen und diesen dann löschen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Category of the selected tag</source>
        <translation>Kategorie des ausgewählten Tags</translation>
    </message>
    <message>
        <source>Keep in touch…</source>
        <translation>In Kontakt bleiben…</translation>
    </message>
    <message>
        <source>How often to follow up with the people who carry the selected tag</source>
        <translation>Wie oft Sie sich bei den Personen mit dem ausgewählten Tag melden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
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
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo puts it back.</source>
        <translation>„%1“ in „%2“ zusammengeführt. Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Es gibt keinen anderen Tag zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln people tagged “%1” onto:</source>
        <translation>
            <numerusform>Die %Ln Person mit dem Tag „%1“ übertragen auf:</numerusform>
            <numerusform>Die %Ln Personen mit dem Tag „%1“ übertragen auf:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” from %Ln people. Undo puts it back.</source>
        <translation>
            <numerusform>„%1“ bei %Ln Person gelöscht. Rückgängig stellt es wieder her.</numerusform>
            <numerusform>„%1“ bei %Ln Personen gelöscht. Rückgängig stellt es wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with the %Ln people tagged “%1”: %2. Undo puts it back.</source>
        <translation>
            <numerusform>Mit der %Ln Person mit dem Tag „%1“ in Kontakt bleiben: %2. Rückgängig stellt es wieder her.</numerusform>
            <numerusform>Mit den %Ln Personen mit dem Tag „%1“ in Kontakt bleiben: %2. Rückgängig stellt es wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No keep-in-touch cadence for the %Ln people tagged “%1”. Undo puts it back.</source>
        <translation>
            <numerusform>Kein Kontaktpflege-Rhythmus für die %Ln Person mit dem Tag „%1“. Rückgängig stellt ihn wieder her.</numerusform>
            <numerusform>Kein Kontaktpflege-Rhythmus für die %Ln Personen mit dem Tag „%1“. Rückgängig stellt ihn wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Follow up with the people tagged “%1” this many days after the last interaction (0 for none; a person&apos;s own cadence wins):</source>
        <translation>Bei den Personen mit dem Tag „%1“ so viele Tage nach dem letzten Kontakt nachfassen (0 für nie; ein eigener Rhythmus hat Vorrang):</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>TagPickDialog</name>
    <message>
        <source>Remove Tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Web Summit 2026</source>
        <translation>z. B. Web Summit 2026</translation>
    </message>
    <message numerus="yes">
        <source>Tag the %Ln contact(s) with:</source>
        <translation>
            <numerusform>Den %Ln Kontakt taggen mit:</numerusform>
            <numerusform>Die %Ln Kontakte taggen mit:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a tag off the %Ln contact(s):</source>
        <translation>
            <numerusform>Einen Tag vom %Ln Kontakt entfernen:</numerusform>
            <numerusform>Einen Tag von den %Ln Kontakten entfernen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>How often to follow up with the people who carry the tag, counted from the last interaction. A person&apos;s own cadence wins.</source>
        <translation>Wie oft Sie sich bei den Personen mit dem Tag melden, gezählt ab dem letzten Kontakt. Ein eigener Rhythmus einer Person hat Vorrang.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people. Double-click or press F2 to rename.</source>
        <translation>
            <numerusform>%1: %Ln Person. Zum Umbenennen doppelklicken oder F2 drücken.</numerusform>
            <numerusform>%1: %Ln Personen. Zum Umbenennen doppelklicken oder F2 drücken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagText</name>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Tag braucht einen Namen</translation>
    </message>
    <message>
        <source>a tag name is at most 100 characters</source>
        <translation>ein Tag-Name hat höchstens 100 Zeichen</translation>
    </message>
    <message>
        <source>category must be one of %1</source>
        <translation>die Kategorie muss eine von %1 sein</translation>
    </message>
    <message>
        <source>a tag named %1 already exists</source>
        <translation>ein Tag namens %1 existiert schon</translation>
    </message>
    <message>
        <source>a keep-in-touch cadence is 1 to %1 days</source>
        <translation>ein Kontaktrhythmus beträgt 1 bis %1 Tage</translation>
    </message>
    <message>
        <source>that tag no longer exists</source>
        <translation>dieser Tag existiert nicht mehr</translation>
    </message>
    <message>
        <source>a tag named %1 already exists: merge them instead</source>
        <translation>ein Tag namens %1 existiert schon: führen Sie sie stattdessen zusammen</translation>
    </message>
    <message>
        <source>choose two different tags to merge</source>
        <translation>wählen Sie zwei verschiedene Tags zum Zusammenführen</translation>
    </message>
    <message>
        <source>the tag to merge into no longer exists</source>
        <translation>der Ziel-Tag existiert nicht mehr</translation>
    </message>
    <message>
        <source>no tag named %1</source>
        <translation>kein Tag namens %1</translation>
    </message>
    <message>
        <source>cannot both add and remove %1</source>
        <translation>%1 kann nicht zugleich hinzugefügt und entfernt werden</translation>
    </message>
</context>
<context>
    <name>TimelineEntryWidget</name>
    <message>
        <source>Edit, reschedule, cancel or delete</source>
        <translation>Bearbeiten, verschieben, absagen oder löschen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>1 follow-up promised</source>
        <translation>1 Wiedervorlage versprochen</translation>
    </message>
    <message>
        <source>%1 follow-ups promised</source>
        <translation>%1 Wiedervorlagen versprochen</translation>
    </message>
    <message>
        <source>Held it — add notes…</source>
        <translation>Hat stattgefunden – Notizen hinzufügen…</translation>
    </message>
    <message>
        <source>It took place: add notes and promises to this meeting (no second entry)</source>
        <translation>Es hat stattgefunden: Notizen und Versprechen zu diesem Treffen hinzufügen (kein zweiter Eintrag)</translation>
    </message>
    <message>
        <source>Planned · did it take place? · </source>
        <translation>Geplant · hat es stattgefunden? · </translation>
    </message>
    <message>
        <source>Planned · </source>
        <translation>Geplant · </translation>
    </message>
    <message>
        <source>Cancelled · </source>
        <translation>Abgesagt · </translation>
    </message>
    <message numerus="yes">
        <source>%1 · with %2 and %Ln more</source>
        <translation>
            <numerusform>%1 · mit %2 und %Ln weiteren Person</numerusform>
            <numerusform>%1 · mit %2 und %Ln weiteren Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · mit %2</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Plan Again…</source>
        <translation>Erneut planen…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Held It — Add Notes…</source>
        <translation>Hat stattgefunden – Notizen hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Remind Me…</source>
        <translation>Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <source>A follow-up on a day you choose (Ctrl+R)</source>
        <translation>Eine Wiedervorlage an einem Tag Ihrer Wahl (Strg+R)</translation>
    </message>
    <message>
        <source>Add to Focus</source>
        <translation>Zum Fokus hinzufügen</translation>
    </message>
    <message>
        <source>Add them to this week&apos;s focus (Ctrl+Shift+F)</source>
        <translation>Zum Fokus dieser Woche hinzufügen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>Log Interaction…</source>
        <translation>Kontakt eintragen…</translation>
    </message>
    <message>
        <source>Record a meeting, call, message… (Ctrl+L)</source>
        <translation>Ein Treffen, einen Anruf, eine Nachricht… erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>Plan 1-2-1…</source>
        <translation>Treffen planen…</translation>
    </message>
    <message>
        <source>Put a future meeting on the calendar</source>
        <translation>Ein künftiges Treffen in den Kalender eintragen</translation>
    </message>
    <message>
        <source>Nothing logged yet. After you talk, log it here: what was said and what you promised.</source>
        <translation>Noch nichts eingetragen. Tragen Sie nach einem Gespräch hier ein, was gesagt wurde und was Sie versprochen haben.</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Favours</source>
        <translation>Gefälligkeiten</translation>
    </message>
    <message>
        <source>Add Favour…</source>
        <translation>Gefälligkeit hinzufügen…</translation>
    </message>
    <message>
        <source>Record something you gave or received</source>
        <translation>Etwas erfassen, das Sie gegeben oder erhalten haben</translation>
    </message>
    <message>
        <source>In Focus ✓</source>
        <translation>Im Fokus ✓</translation>
    </message>
    <message>
        <source>In this week&apos;s focus: click to take them out (Ctrl+Shift+F)</source>
        <translation>Im Fokus dieser Woche: zum Herausnehmen klicken (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Überfällig · %1</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark this follow-up done (undo with Ctrl+Z)</source>
        <translation>Diese Wiedervorlage als erledigt markieren (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Show %1 More (of %2)</source>
        <translation>%1 weitere anzeigen (von %2)</translation>
    </message>
    <message>
        <source>You gave %1, received %2</source>
        <translation>Sie gaben %1, erhielten %2</translation>
    </message>
    <message>
        <source>%1 · give before you ask again</source>
        <translation>%1 · geben Sie, bevor Sie wieder bitten</translation>
    </message>
    <message>
        <source>Gave · %1</source>
        <translation>Gegeben · %1</translation>
    </message>
    <message>
        <source>Received · %1</source>
        <translation>Erhalten · %1</translation>
    </message>
    <message>
        <source>Delete Favour</source>
        <translation>Gefälligkeit löschen</translation>
    </message>
    <message>
        <source>None yet. Give before you ask: an introduction, a referral, some advice.</source>
        <translation>Noch keine. Geben Sie, bevor Sie bitten: eine Vorstellung, eine Empfehlung, einen Rat.</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>a favour for %1</source>
        <translation>eine Gefälligkeit für %1</translation>
    </message>
</context>
<context>
    <name>TodayText</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) (%1 overdue)</source>
        <translation>
            <numerusform>%Ln Wiedervorlage (%1 überfällig)</numerusform>
            <numerusform>%Ln Wiedervorlagen (%1 überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln Wiedervorlage</numerusform>
            <numerusform>%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>%Ln Geburtstag</numerusform>
            <numerusform>%Ln Geburtstage</numerusform>
        </translation>
    </message>
    <message>
        <source>a 1-2-1 with %1</source>
        <translation>ein Treffen mit %1</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Heute nichts fällig</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>%1 and %2 today</source>
        <translation>Heute: %1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3 today</source>
        <translation>Heute: %1, %2 und %3</translation>
    </message>
</context>
<context>
    <name>TodayWatch</name>
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
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>ToolDialogs</name>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>A personal relationship manager: common ground, follow-ups, favours and introductions, kept on your own computer.</source>
        <translation>Ein persönlicher Beziehungsmanager: Gemeinsamkeiten, Wiedervorlagen, Gefälligkeiten und Vorstellungen, gespeichert auf Ihrem eigenen Computer.</translation>
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
    <name>Toolbar</name>
    <message>
        <source>Find a person in the network…</source>
        <translation>Eine Person im Netzwerk finden…</translation>
    </message>
    <message>
        <source>Find a person in the network</source>
        <translation>Eine Person im Netzwerk finden</translation>
    </message>
    <message>
        <source>Show only people with this tag</source>
        <translation>Nur Personen mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Show only people at this stage</source>
        <translation>Nur Personen auf dieser Stufe anzeigen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>2 hops</source>
        <translation>2 Schritte</translation>
    </message>
    <message>
        <source>How far a double-click on a person reaches</source>
        <translation>Wie weit ein Doppelklick auf eine Person reicht</translation>
    </message>
    <message>
        <source>Neighbourhood size</source>
        <translation>Größe der Nachbarschaft</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit (Ctrl+0)</source>
        <translation>Auf Fenstergröße zoomen (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Auf Fenstergröße zoomen</translation>
    </message>
    <message>
        <source>Re-arrange</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Lay the network out afresh</source>
        <translation>Das Netzwerk neu anordnen</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Leave the neighbourhood view (Esc)</source>
        <translation>Umgebungsansicht verlassen (Esc)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>Updating your address book…</source>
        <translation>Ihr Adressbuch wird aktualisiert…</translation>
    </message>
    <message>
        <source>This happens once after an update; your contacts are backed up first.</source>
        <translation>Das geschieht einmal nach einem Update; Ihre Kontakte werden zuvor gesichert.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Sicherung: {path}</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>This view is not available in this build.</source>
        <translation>Diese Ansicht ist in dieser Version nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>WeekReviewDialog</name>
    <message>
        <source>Weekly Review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Keep These for Next Week</source>
        <translation>Für nächste Woche übernehmen</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
        <source>Who you saw · %1</source>
        <translation>Wen Sie getroffen haben · %1</translation>
    </message>
    <message>
        <source>Nobody logged this week. A call or a coffee next week?</source>
        <translation>Diese Woche niemand eingetragen. Ein Anruf oder ein Kaffee nächste Woche?</translation>
    </message>
    <message>
        <source>Promises kept · %1</source>
        <translation>Gehaltene Versprechen · %1</translation>
    </message>
    <message>
        <source>None closed this week.</source>
        <translation>Diese Woche keines abgeschlossen.</translation>
    </message>
    <message>
        <source>Promises still open · %1</source>
        <translation>Noch offene Versprechen · %1</translation>
    </message>
    <message>
        <source>Late · %1 · %2: %3</source>
        <translation>Verspätet · %1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Nothing open: every promise kept.</source>
        <translation>Nichts offen: Jedes Versprechen gehalten.</translation>
    </message>
    <message>
        <source>This week&apos;s focus · %1 of %2 done</source>
        <translation>Fokus dieser Woche · %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>No focus this week.</source>
        <translation>Diese Woche kein Fokus.</translation>
    </message>
    <message>
        <source>Next week&apos;s people</source>
        <translation>Personen der nächsten Woche</translation>
    </message>
    <message>
        <source>Nobody to propose yet: set cadences, tag interests, log what you promise.</source>
        <translation>Noch niemand vorzuschlagen: Legen Sie Rhythmen fest, taggen Sie Interessen, tragen Sie ein, was Sie versprechen.</translation>
    </message>
    <message>
        <source>Already chosen for next week.</source>
        <translation>Für nächste Woche bereits gewählt.</translation>
    </message>
    <message>
        <source>Kept for Next Week</source>
        <translation>Für nächste Woche übernommen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
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
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
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
</context>
<context>
    <name>_PromiseRow</name>
    <message>
        <source>What you promised, e.g. send the article</source>
        <translation>Was Sie versprochen haben, z. B. den Artikel schicken</translation>
    </message>
    <message>
        <source>Remove this promise</source>
        <translation>Dieses Versprechen entfernen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
</TS>
