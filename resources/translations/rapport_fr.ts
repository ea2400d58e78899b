<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add CardDAV Account</source>
        <translation>Ajouter un compte CardDAV</translation>
    </message>
    <message>
        <source>https://dav.example.com/  (Nextcloud, Fastmail, …)</source>
        <translation>https://dav.example.com/  (Nextcloud, Fastmail, …)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Send the password unencrypted (this server uses plain http)</source>
        <translation>Envoyer le mot de passe sans chiffrement (ce serveur utilise http simple)</translation>
    </message>
    <message>
        <source>Self-hosted server (optional)</source>
        <translation>Serveur auto-hébergé (facultatif)</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed it</source>
        <translation>Fichier PEM de l’autorité qui l’a signé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d’&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 of its certificate (self-signed)</source>
        <translation>SHA-256 de son certificat (auto-signé)</translation>
    </message>
    <message>
        <source>Pinned &amp;certificate:</source>
        <translation>&amp;Certificat épinglé&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d’attente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find Address Books</source>
        <translation>&amp;Chercher les carnets d’adresses</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>Carnets d’adresses</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Address books to sync (the server&apos;s default one is chosen):</source>
        <translation>Carnets d’adresses à synchroniser (celui du serveur par défaut est choisi)&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in your system keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is kept in a file beside your data that only you can read.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: le mot de passe est conservé dans un fichier à côté de vos données, lisible par vous seul.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous (*)</translation>
    </message>
    <message>
        <source>Looking for address books…</source>
        <translation>Recherche des carnets d’adresses…</translation>
    </message>
    <message>
        <source>Found 1 address book.</source>
        <translation>1 carnet d’adresses trouvé.</translation>
    </message>
    <message>
        <source>Found %1 address books.</source>
        <translation>%1 carnets d’adresses trouvés.</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <source>+ Add address</source>
        <translation>+ Ajouter une adresse</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>Held It — Add Notes…</source>
        <translation>A eu lieu — ajouter des notes…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogrammer…</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Remind Me…</source>
        <translation>Me rappeler…</translation>
    </message>
    <message>
        <source>In This Week&apos;s Focus</source>
        <translation>Dans le focus de la semaine</translation>
    </message>
    <message>
        <source>Add to This Week&apos;s Focus</source>
        <translation>Ajouter au focus de la semaine</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>Reprogrammer %1</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Ask for an introduction</source>
        <translation>Demander une mise en relation</translation>
    </message>
    <message>
        <source>No e-mail address known: type one</source>
        <translation>Aucune adresse e-mail connue&#xa0;: saisissez-en une</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Copy the message to paste it anywhere (Ctrl+Shift+C)</source>
        <translation>Copier le message pour le coller où vous voulez (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Start this e-mail in your mail program (Ctrl+Return)</source>
        <translation>Commencer cet e-mail dans votre logiciel de messagerie (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>%1: cannot open the backup (%2)</source>
        <translation>%1 : impossible d’ouvrir la sauvegarde (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rapport backup (%2)</source>
        <translation>%1 : ce n’est pas une sauvegarde Rapport (%2)</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (%2)</source>
        <translation>%1 : la sauvegarde est endommagée (%2)</translation>
    </message>
    <message>
        <source>%1: made by a newer Rapport (schema %2)</source>
        <translation>%1 : créée par une version plus récente de Rapport (schéma %2)</translation>
    </message>
    <message>
        <source>%1: the restore failed and nothing was changed (%2)</source>
        <translation>%1 : la restauration a échoué et rien n’a été modifié (%2)</translation>
    </message>
    <message>
        <source>%1: the restore failed and your data could not be put back; what you had is saved in %2 (%3)</source>
        <translation>%1 : la restauration a échoué et vos données n’ont pas pu être remises en place ; ce que vous aviez est enregistré dans %2 (%3)</translation>
    </message>
</context>
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
    <name>BatchExtrasRow</name>
    <message>
        <source>e.g. Web Summit 2026</source>
        <translation>p. ex. Web Summit 2026</translation>
    </message>
    <message>
        <source>Tag everyone with</source>
        <translation>Étiqueter tout le monde avec</translation>
    </message>
    <message>
        <source>an event, a place</source>
        <translation>un événement, un lieu</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Rencontré à</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>·  Met at</source>
        <translation>·  Rencontré à</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <source>No meetings this week</source>
        <translation>Aucun rendez-vous cette semaine</translation>
    </message>
    <message>
        <source>There are no meetings planned for the rest of this week. Plan one from a contact&apos;s timeline or the calendar, then print its briefing here.</source>
        <translation>Aucun rendez-vous n’est prévu d’ici la fin de la semaine. Planifiez-en un depuis la chronologie d’un contact ou le calendrier, puis imprimez son briefing ici.</translation>
    </message>
</context>
<context>
    <name>BriefingPdf</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Notre rencontre</translation>
    </message>
    <message>
        <source>About them</source>
        <translation>À son sujet</translation>
    </message>
    <message>
        <source>Last conversations</source>
        <translation>Dernières conversations</translation>
    </message>
    <message>
        <source>Promise, overdue since %1</source>
        <translation>Promesse, en retard depuis le %1</translation>
    </message>
    <message>
        <source>Promise, due %1</source>
        <translation>Promesse, échéance %1</translation>
    </message>
    <message>
        <source>Follow up, overdue since %1</source>
        <translation>Relance, en retard depuis le %1</translation>
    </message>
    <message>
        <source>Follow up, due %1</source>
        <translation>Relance, échéance %1</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>Prendre contact</translation>
    </message>
    <message>
        <source>Open follow-ups and promises</source>
        <translation>Relances et promesses en cours</translation>
    </message>
    <message>
        <source>★ shared with you</source>
        <translation>★ en commun avec vous</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Steer clear of:</source>
        <translation>À éviter&#xa0;:</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>Sujets à éviter</translation>
    </message>
    <message>
        <source>You gave %1 · they gave %2</source>
        <translation>Vous avez donné %1 · on vous a donné %2</translation>
    </message>
    <message>
        <source>Last from you:</source>
        <translation>Dernier de votre part&#xa0;:</translation>
    </message>
    <message>
        <source>Last from them:</source>
        <translation>Dernier de sa part&#xa0;:</translation>
    </message>
    <message>
        <source>Favours</source>
        <translation>Services rendus</translation>
    </message>
    <message>
        <source>People you both know</source>
        <translation>Connaissances communes</translation>
    </message>
    <message>
        <source>Worth introducing to</source>
        <translation>À présenter à</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>BRIEFING · %1</source>
        <translation>BRIEFING · %1</translation>
    </message>
    <message>
        <source>ONE THING I CAN DO FOR THEM  ·  SUGGESTED</source>
        <translation>CE QUE JE PEUX FAIRE POUR CETTE PERSONNE  ·  SUGGESTION</translation>
    </message>
    <message>
        <source>ONE THING I CAN DO FOR THEM</source>
        <translation>CE QUE JE PEUX FAIRE POUR CETTE PERSONNE</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Prochain&#xa0;:</translation>
    </message>
    <message>
        <source>Rapport · confidential notes on %1</source>
        <translation>Rapport · notes confidentielles sur %1</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Briefing&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BriefingPreviewDialog</name>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Briefing - %1.pdf</source>
        <translation>Briefing - %1.pdf</translation>
    </message>
    <message>
        <source>One thing I can do for them:</source>
        <translation>Ce que je peux faire pour cette personne&#xa0;:</translation>
    </message>
    <message>
        <source>Typed here, it is printed and kept with the contact (Ctrl+Z undoes it). Left empty, the briefing prints Rapport&apos;s suggestion.</source>
        <translation>Ce que vous saisissez ici est imprimé et conservé avec le contact (Ctrl+Z l’annule). Laissé vide, le briefing imprime la suggestion de Rapport.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save these briefings as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer ces briefings dans un fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print these briefings (Ctrl+P)</source>
        <translation>Imprimer ces briefings (Ctrl+P)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>One thing I can do for %1:</source>
        <translation>Ce que je peux faire pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggestion&#xa0;: %1</translation>
    </message>
    <message>
        <source>e.g. introduce them to someone, send an article, offer advice</source>
        <translation>p. ex. la présenter à quelqu’un, envoyer un article, proposer un conseil</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Briefing&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Briefings: %Ln people</source>
        <translation>
            <numerusform>Briefings&#xa0;: %Ln personne</numerusform>
            <numerusform>Briefings&#xa0;: %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Briefing as PDF</source>
        <translation>Enregistrer le briefing en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing briefings…</source>
        <translation>Écriture des briefings…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Briefing not saved</source>
        <translation>Briefing non enregistré</translation>
    </message>
</context>
<context>
    <name>BriefingText</name>
    <message>
        <source>Connected</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>we exchanged details</source>
        <translation>nous avons échangé nos coordonnées</translation>
    </message>
    <message>
        <source>we talked and found common ground</source>
        <translation>nous avons parlé et trouvé des points communs</translation>
    </message>
    <message>
        <source>we know and like each other</source>
        <translation>nous nous connaissons et nous apprécions</translation>
    </message>
    <message>
        <source>we refer and vouch for each other</source>
        <translation>nous nous recommandons et nous portons garants l’un de l’autre</translation>
    </message>
    <message>
        <source>Even: you have each done as much for the other.</source>
        <translation>Équilibre&#xa0;: chacun a fait autant pour l’autre.</translation>
    </message>
    <message>
        <source>You have given more than you received.</source>
        <translation>Vous avez donné plus que vous n’avez reçu.</translation>
    </message>
    <message>
        <source>You owe them: they have done %1 more for you than you for them.</source>
        <translation>Vous lui devez quelque chose&#xa0;: elle a fait %1 de plus pour vous que vous pour elle.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year: March 2022</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a day, its month and year: 4 March 2022</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>In your contacts since %1</source>
        <translation>Dans vos contacts depuis %1</translation>
    </message>
    <message>
        <source>a few days</source>
        <comment>known for …</comment>
        <translation>quelques jours</translation>
    </message>
    <message>
        <source>a day</source>
        <comment>known for …</comment>
        <translation>un jour</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <comment>known for …; two or more</comment>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>%1 months</source>
        <comment>known for …; two or more</comment>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>a year</source>
        <comment>known for …</comment>
        <translation>un an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>known for …; two or more</comment>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Known for %1 (since %2)</source>
        <translation>Connu depuis %1 (depuis %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day and its month: 4 March</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a favour and its month</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>you introduced them</source>
        <translation>vous les avez présentés</translation>
    </message>
    <message>
        <source>they were introduced by this contact</source>
        <translation>présentés par ce contact</translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation>présentés par %1</translation>
    </message>
    <message>
        <source>they know each other</source>
        <translation>ils se connaissent</translation>
    </message>
    <message>
        <source>introduction proposed</source>
        <translation>présentation proposée</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>how they are linked; the introduction&apos;s context</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>both into %1</source>
        <comment>shared interests: a, b and c</comment>
        <translation>tous deux intéressés par %1</translation>
    </message>
    <message>
        <source>Keep your promise: %1.</source>
        <translation>Tenez votre promesse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Offer to introduce them to %1 (%2).</source>
        <translation>Proposez de lui présenter %1 (%2).</translation>
    </message>
    <message>
        <source>Return a favour: ask what they are working on and how you could help.</source>
        <translation>Rendez la pareille&#xa0;: demandez sur quoi la personne travaille et comment vous pourriez l’aider.</translation>
    </message>
    <message>
        <source>Share something about %1: you are both into it.</source>
        <translation>Partagez quelque chose sur %1&#xa0;: cela vous intéresse tous les deux.</translation>
    </message>
    <message>
        <source>Ask about %1 and send something useful on it afterwards.</source>
        <translation>Posez des questions sur %1 et envoyez ensuite quelque chose d’utile à ce sujet.</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>aucun contact avec l’identifiant %1</translation>
    </message>
    <message>
        <source>Met on %1</source>
        <translation>Rencontré le %1</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Keep it short: at most %n characters.</source>
        <translation>
            <numerusform>Soyez bref : %n caractère au plus.</numerusform>
            <numerusform>Soyez bref : %n caractères au plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message numerus="yes">
        <source>every %Ln week(s)</source>
        <translation>
            <numerusform>chaque semaine</numerusform>
            <numerusform>toutes les %Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln week(s)</source>
        <translation>
            <numerusform>Chaque semaine</numerusform>
            <numerusform>Toutes les %Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln year(s)</source>
        <translation>
            <numerusform>chaque année</numerusform>
            <numerusform>tous les %Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln year(s)</source>
        <translation>
            <numerusform>Chaque année</numerusform>
            <numerusform>Tous les %Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln day(s)</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Chaque jour</numerusform>
            <numerusform>Tous les %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Follow-ups (overdue ones on today), planned meetings and birthdays, for Google, Apple or Thunderbird calendars. Titles read “Name: what to do”.</source>
        <translation>Relances (celles en retard ramenées à aujourd’hui), rendez-vous prévus et anniversaires, pour les agendas Google, Apple ou Thunderbird. Les titres se lisent «&#xa0;Nom&#xa0;: ce qu’il faut faire&#xa0;».</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries, every year</source>
        <translation>Anniversaires et anniversaires de mariage, chaque année</translation>
    </message>
    <message>
        <source>Alarms: 9:00 on the day, 15 minutes before a meeting</source>
        <translation>Alarmes&#xa0;: 9 h 00 le jour même, 15 minutes avant un rendez-vous</translation>
    </message>
    <message>
        <source>Save Calendar File…</source>
        <translation>Enregistrer le fichier de calendrier…</translation>
    </message>
    <message>
        <source>Push to a calendar on your sync server</source>
        <translation>Envoyer vers un calendrier de votre serveur de synchronisation</translation>
    </message>
    <message>
        <source>Keeps a calendar named “Rapport follow-ups” up to date on the server of a sync account, so your phone shows them. It sends names, follow-up texts and dates, meeting titles and times; never notes, favours or introductions.</source>
        <translation>Tient à jour un calendrier nommé «&#xa0;Rapport follow-ups&#xa0;» sur le serveur d’un compte de synchronisation, pour que votre téléphone les affiche. Sont envoyés les noms, les textes et dates des relances, les titres et heures des rendez-vous&#xa0;; jamais les notes, services rendus ou mises en relation.</translation>
    </message>
    <message>
        <source>No sync account yet: add one in Tools &gt; Sync Accounts…</source>
        <translation>Pas encore de compte de synchronisation&#xa0;: ajoutez-en un dans Outils &gt; Comptes de synchronisation…</translation>
    </message>
    <message>
        <source>Push Now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation>Échec de l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not pushed yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>Envoyé %1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Envoi…</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>Afficher %1 de plus</translation>
    </message>
    <message>
        <source>Agenda · week of %1 · %2</source>
        <translation>Agenda · semaine du %1 · %2</translation>
    </message>
    <message>
        <source>Agenda · %1 · %2</source>
        <translation>Agenda · %1 · %2</translation>
    </message>
    <message>
        <source>Overdue · %1 · showing the oldest %2</source>
        <translation>En retard · %1 · les %2 plus anciennes affichées</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>En retard · %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Aller à aujourd’hui (Ctrl+T)</translation>
    </message>
    <message>
        <source>Remind Me…</source>
        <translation>Me rappeler…</translation>
    </message>
    <message>
        <source>A follow-up for someone on the selected day (Ctrl+R)</source>
        <translation>Une relance pour quelqu’un le jour sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>Catch Up…</source>
        <translation>Rattraper…</translation>
    </message>
    <message>
        <source>Spread stale keep-in-touch reminders over the next days, or reset their cadence</source>
        <translation>Répartir les rappels de suivi en souffrance sur les prochains jours, ou remettre leur rythme à zéro</translation>
    </message>
    <message>
        <source>This week&apos;s focus</source>
        <translation>Focus de la semaine</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <source>%1  Met</source>
        <translation>%1  Vu</translation>
    </message>
    <message>
        <source>%1  Held?</source>
        <translation>%1  A eu lieu&#xa0;?</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>%1 d late</source>
        <translation>%1 j de retard</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Rien en retard</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture Meetings</source>
        <translation>Capturer les rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>{0} sources</source>
        <translation>{0} sources</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Nothing was logged: {0}</source>
        <translation>Rien n’a été consigné&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not read: {0}</source>
        <translation>Lecture impossible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled: nothing was logged.</source>
        <translation>Annulé&#xa0;: rien n’a été consigné.</translation>
    </message>
    <message>
        <source>Capture cancelled: nothing was changed</source>
        <translation>Capture annulée&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>What will be logged, per person</source>
        <translation>Ce qui sera consigné, par personne</translation>
    </message>
    <message>
        <source>&amp;Never capture this address</source>
        <translation>Ne &amp;jamais capturer cette adresse</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Met, not in your contacts</source>
        <translation>Rencontrés, absents de vos contacts</translation>
    </message>
    <message>
        <source>People met who are not contacts</source>
        <translation>Personnes rencontrées qui ne sont pas des contacts</translation>
    </message>
    <message>
        <source>&amp;Add as contact</source>
        <translation>&amp;Ajouter comme contact</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Events and messages that could not be read</source>
        <translation>Événements et messages illisibles</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source> — met {0}×, last {1}</source>
        <translation> — vu {0} fois, la dernière {1}</translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation>{0} rendez-vous</translation>
    </message>
    <message>
        <source>{0} planned meetings</source>
        <translation>{0} rendez-vous prévus</translation>
    </message>
    <message>
        <source>{0} message days</source>
        <translation>{0} jours de messages</translation>
    </message>
    <message>
        <source>{0} moved</source>
        <translation>{0} déplacés</translation>
    </message>
    <message>
        <source>{0} cancelled</source>
        <translation>{0} annulés</translation>
    </message>
    <message>
        <source>Log {0} with {1} people</source>
        <translation>Consigner {0} avec {1} personnes</translation>
    </message>
    <message>
        <source>Nothing new to log</source>
        <translation>Rien de nouveau à consigner</translation>
    </message>
    <message>
        <source>{0} captured before</source>
        <translation>{0} déjà capturés</translation>
    </message>
    <message>
        <source>{0} with nobody in your contacts</source>
        <translation>{0} sans aucun de vos contacts</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Log. Untick a person or an entry to skip it.</source>
        <translation>Rien n’est enregistré avant que vous cliquiez sur Consigner. Décochez une personne ou une entrée pour l’ignorer.</translation>
    </message>
    <message>
        <source>Log {0} entries</source>
        <translation>Consigner {0} entrées</translation>
    </message>
    <message>
        <source>Capture this address again</source>
        <translation>Capturer de nouveau cette adresse</translation>
    </message>
    <message>
        <source>Added {0}; looking again…</source>
        <translation>{0} ajouté&#xa0;; nouvelle recherche…</translation>
    </message>
    <message>
        <source>Logging…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>CaptureReviewModel</name>
    <message>
        <source>Person / what</source>
        <translation>Personne / quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Reconnu par</translation>
    </message>
    <message>
        <source>never captured: {0}</source>
        <translation>jamais capturé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <source>{0} meetings</source>
        <translation>{0} rendez-vous</translation>
    </message>
    <message>
        <source>{0} planned</source>
        <translation>{0} prévus</translation>
    </message>
    <message>
        <source>1 message day</source>
        <translation>1 jour de messages</translation>
    </message>
    <message>
        <source>{0} message days</source>
        <translation>{0} jours de messages</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} modifiés</translation>
    </message>
    <message>
        <source>Moved from {0}</source>
        <translation>Déplacé depuis le {0}</translation>
    </message>
    <message>
        <source>Cancelled: remove</source>
        <translation>Annulé&#xa0;: retirer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation>Rendez-vous prévu</translation>
    </message>
</context>
<context>
    <name>CaptureSourcePage</name>
    <message>
        <source>Capture meetings and messages</source>
        <translation>Capturer rendez-vous et messages</translation>
    </message>
    <message>
        <source>Rapport reads the title, time and people of calendar events, and the date, subject and addresses of e-mail messages: never a message&apos;s text. Past events with your contacts become meetings, future ones planned meetings, e-mails one message entry per conversation per day. You review everything before it is saved.</source>
        <translation>Rapport lit le titre, l’heure et les participants des événements d’agenda, ainsi que la date, l’objet et les adresses des e-mails&#xa0;: jamais le texte d’un message. Les événements passés avec vos contacts deviennent des rendez-vous, les futurs des rendez-vous prévus, les e-mails une entrée de message par conversation et par jour. Vous vérifiez tout avant l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Files: calendar (.ics), mbox or Maildir</source>
        <translation>&amp;Fichiers&#xa0;: calendrier (.ics), mbox ou Maildir</translation>
    </message>
    <message>
        <source>&amp;Calendar of a sync account</source>
        <translation>&amp;Calendrier d’un compte de synchronisation</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>Choose Maildir folder…</source>
        <translation>Choisir un dossier Maildir…</translation>
    </message>
    <message>
        <source>No files chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Sync account</source>
        <translation>Compte de synchronisation</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation>Chercher les calendriers</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>No sync account yet: add one in Tools → Sync Accounts…</source>
        <translation>Pas encore de compte de synchronisation&#xa0;: ajoutez-en un dans Outils → Comptes de synchronisation…</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> et {0} de plus</translation>
    </message>
    <message>
        <source>Capture from files</source>
        <translation>Capturer depuis des fichiers</translation>
    </message>
    <message>
        <source>Calendars and mailboxes (*.ics *.mbox *);;Calendars (*.ics)</source>
        <translation>Calendriers et boîtes aux lettres (*.ics *.mbox *);;Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>Capture from a Maildir folder</source>
        <translation>Capturer depuis un dossier Maildir</translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation>Recherche des calendriers…</translation>
    </message>
    <message>
        <source>This account has no calendars.</source>
        <translation>Ce compte n’a aucun calendrier.</translation>
    </message>
    <message>
        <source>Rapport only reads the calendar, never changes it.</source>
        <translation>Rapport lit seulement le calendrier, sans jamais le modifier.</translation>
    </message>
    <message>
        <source>Could not list calendars: {0}</source>
        <translation>Impossible de lister les calendriers&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CaptureText</name>
    <message numerus="yes">
        <source>logged %Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction enregistrée</numerusform>
            <numerusform>%Ln interactions enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned %Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln rendez-vous planifié</numerusform>
            <numerusform>%Ln rendez-vous planifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %Ln</source>
        <translation>
            <numerusform>%Ln déplacé</numerusform>
            <numerusform>%Ln déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulé retiré</numerusform>
            <numerusform>%Ln annulés retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %Ln contact(s)</source>
        <translation>
            <numerusform>%1 avec %Ln contact</numerusform>
            <numerusform>%1 avec %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: no such file or folder</source>
        <translation>%1:1: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1:1: not a calendar (.ics), an mbox file nor a Maildir folder</source>
        <translation>%1:1: ni un calendrier (.ics), ni un fichier mbox, ni un dossier Maildir</translation>
    </message>
    <message>
        <source>Rapport never writes to a calendar</source>
        <translation>Rapport n’écrit jamais dans un calendrier</translation>
    </message>
    <message>
        <source>looking for calendars</source>
        <translation>recherche des calendriers</translation>
    </message>
    <message>
        <source>listing calendars</source>
        <translation>liste des calendriers</translation>
    </message>
    <message>
        <source>reading the calendar</source>
        <translation>lecture du calendrier</translation>
    </message>
    <message>
        <source>that sync account no longer exists</source>
        <translation>ce compte de synchronisation n’existe plus</translation>
    </message>
    <message>
        <source>no password is kept for %1: add the account again</source>
        <translation>aucun mot de passe n’est conservé pour %1 : ajoutez à nouveau le compte</translation>
    </message>
    <message>
        <source>no calendars are chosen for capture: choose one in File → Capture Meetings…</source>
        <translation>aucun calendrier choisi pour la capture&#xa0;: choisissez-en un dans Fichier → Capturer les rendez-vous…</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Catch Up</source>
        <translation>Rattraper</translation>
    </message>
    <message>
        <source>%1 keep-in-touch reminders are overdue, the oldest since %2. Rather than all of them at once:</source>
        <translation>%1 rappels de suivi sont en retard, le plus ancien depuis le %2. Plutôt que tous à la fois&#xa0;:</translation>
    </message>
    <message>
        <source>Spread them over the next</source>
        <translation>Les répartir sur les</translation>
    </message>
    <message>
        <source>Days to spread them over</source>
        <translation>Nombre de jours pour les répartir</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Reset their cadence: count each one afresh from today</source>
        <translation>Remettre leur rythme à zéro&#xa0;: compter chacun à partir d’aujourd’hui</translation>
    </message>
    <message>
        <source>(at most %1 a day, from tomorrow)</source>
        <translation>(au plus %1 par jour, à partir de demain)</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>Sujets à éviter</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Vert citron</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambre</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Ardoise</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Kept versions to review</source>
        <translation>Versions conservées à examiner</translation>
    </message>
    <message>
        <source>Restore your version to send it to the server at the next sync, or dismiss it to keep the contact as it is now.</source>
        <translation>Restaurez votre version pour l’envoyer au serveur à la prochaine synchronisation, ou écartez-la pour garder le contact tel qu’il est.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Restore My Version</source>
        <translation>&amp;Restaurer ma version</translation>
    </message>
    <message>
        <source>Put your kept version back (Ctrl+Z undoes it)</source>
        <translation>Remettre votre version conservée (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Keep the contact as it is now</source>
        <translation>Garder le contact tel qu’il est</translation>
    </message>
    <message>
        <source>Your kept version matches the contact as it is now.</source>
        <translation>Votre version conservée correspond au contact actuel.</translation>
    </message>
    <message>
        <source>Your version differs from the contact now:</source>
        <translation>Votre version diffère du contact actuel&#xa0;:</translation>
    </message>
    <message>
        <source>%1: yours “%2”, now “%3”</source>
        <translation>%1&#xa0;: la vôtre «&#xa0;%2&#xa0;», actuelle «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConnectorList</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Intermédiaires</translation>
    </message>
    <message>
        <source>Ranked by how many people you can reach through them (people they know and you do not), weighted by how well you know them</source>
        <translation>Classés selon le nombre de personnes que vous pouvez joindre par leur intermédiaire (qu’elles connaissent et pas vous), pondéré par votre proximité avec elles</translation>
    </message>
    <message>
        <source>How many people they know whom you do not know yet</source>
        <translation>Combien de personnes elles connaissent que vous ne connaissez pas encore</translation>
    </message>
    <message numerus="yes">
        <source>%1 knows %Ln people you do not know yet; %2</source>
        <translation>
            <numerusform>%1 connaît %Ln personne que vous ne connaissez pas encore&#xa0;; %2</numerusform>
            <numerusform>%1 connaît %Ln personnes que vous ne connaissez pas encore&#xa0;; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>you know them</source>
        <translation>vous la connaissez</translation>
    </message>
    <message>
        <source>Nobody yet: log who you meet and record introductions.</source>
        <translation>Personne pour l’instant&#xa0;: consignez qui vous rencontrez et enregistrez les mises en relation.</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>Connected — we exchanged details</source>
        <translation>En contact — nous avons échangé nos coordonnées</translation>
    </message>
    <message>
        <source>Acquainted — we talked, found common ground</source>
        <translation>Connaissance — nous avons parlé, trouvé des points communs</translation>
    </message>
    <message>
        <source>Relationship — we know and like each other</source>
        <translation>Relation — nous nous connaissons et nous apprécions</translation>
    </message>
    <message>
        <source>Trusted — we refer and vouch for each other</source>
        <translation>Confiance — nous nous recommandons et nous portons garants l’un de l’autre</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>%1 (year unknown)</source>
        <translation>%1 (année inconnue)</translation>
    </message>
    <message>
        <source>+ Add email</source>
        <translation>+ Ajouter un e-mail</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Ajouter un téléphone</translation>
    </message>
    <message>
        <source>+ Add website</source>
        <translation>+ Ajouter un site web</translation>
    </message>
    <message>
        <source>Remove this email</source>
        <translation>Retirer cet e-mail</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Retirer ce téléphone</translation>
    </message>
    <message>
        <source>Remove this website</source>
        <translation>Retirer ce site web</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Type d’e-mail</translation>
    </message>
    <message>
        <source>Kind of phone</source>
        <translation>Type de téléphone</translation>
    </message>
    <message>
        <source>Kind of website</source>
        <translation>Type de site web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Région / État</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Kind of address</source>
        <translation>Type d’adresse</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ctrl+Return saves · Esc cancels</source>
        <translation>Ctrl+Entrée enregistre · Échap annule</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Dates</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>At the PyCon sprint, via Bo…</source>
        <translation>Au sprint de la PyCon, par Bo…</translation>
    </message>
    <message>
        <source>leave empty for no reminder</source>
        <translation>laisser vide pour aucun rappel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Notre rencontre</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Rencontré le</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Keep in touch every so many days</source>
        <translation>Intervalle de contact, en jours</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Family, hobbies, what they are working on, what you promised…</source>
        <translation>Famille, loisirs, ce sur quoi la personne travaille, ce que vous avez promis…</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep in touch: 0 to %1 days</source>
        <translation>Garder le contact&#xa0;: de 0 à %1 jours</translation>
    </message>
    <message>
        <source>Give this contact a name, an organisation, an email or a phone.</source>
        <translation>Donnez à ce contact un nom, une organisation, un e-mail ou un téléphone.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Le contact n’a pas pu être enregistré.</translation>
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
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 sur %Ln contact</numerusform>
            <numerusform>%1 sur %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 — Undo with %2</source>
        <translation>Supprimé&#xa0;: %1 — annuler avec %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s) — Undo with %2</source>
        <translation>
            <numerusform>%Ln contact supprimé — annuler avec %2</numerusform>
            <numerusform>%Ln contacts supprimés — annuler avec %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select someone first</source>
        <translation>Sélectionnez d’abord quelqu’un</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Connected</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>À faire aujourd’hui (%1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>Last interaction %1</source>
        <translation>Dernier échange %1</translation>
    </message>
    <message>
        <source>No interactions yet</source>
        <translation>Aucun échange pour l’instant</translation>
    </message>
    <message>
        <source>No follow-up planned</source>
        <translation>Aucune relance prévue</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>No contacts</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Aucun contact ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing due. You&apos;re up to date with everyone.</source>
        <translation>Rien à faire. Vous êtes à jour avec tout le monde.</translation>
    </message>
    <message>
        <source>No one in this week&apos;s focus yet.</source>
        <translation>Personne dans le focus de la semaine pour l’instant.</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>No one you have only asked from. Give before you ask.</source>
        <translation>Personne que vous n’ayez fait que solliciter. Donnez avant de demander.</translation>
    </message>
    <message>
        <source>No one has this tag.</source>
        <translation>Personne n’a cette étiquette.</translation>
    </message>
</context>
<context>
    <name>ContactText</name>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>date %1 is not YYYY-MM-DD or --MM-DD</source>
        <translation>la date %1 n’est ni AAAA-MM-JJ ni --MM-JJ</translation>
    </message>
    <message>
        <source>date %1 does not exist</source>
        <translation>la date %1 n’existe pas</translation>
    </message>
    <message>
        <source>stage must be one of %1, not %2</source>
        <translation>l’étape doit être l’une de %1, pas %2</translation>
    </message>
    <message>
        <source>keep-in-touch cadence must be 0 to %1 days</source>
        <translation>le rythme de contact doit être de 0 à %1 jours</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>le contact %1 n’existe plus</translation>
    </message>
    <message>
        <source>not a contact field: %1</source>
        <translation>pas un champ de contact : %1</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>how you met is at most 500 characters</source>
        <translation>« Comment nous nous sommes rencontrés » fait 500 caractères au plus</translation>
    </message>
</context>
<context>
    <name>DatabaseGuard</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>{path} can only be read: {what}; changes cannot be saved</source>
        <translation>{path} ne peut qu’être lu&#xa0;: {what}&#xa0;; les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>This database is read-only: you can look, but not change anything.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: vous pouvez consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Something went wrong: {line}</source>
        <translation>Un problème est survenu&#xa0;: {line}</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>dans %n semaine</numerusform>
            <numerusform>dans %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>il y a %n semaine</numerusform>
            <numerusform>il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>e.g. %1, or %2 without the year</source>
        <translation>p. ex. %1, ou %2 sans l’année</translation>
    </message>
    <message>
        <source>“%1”: give the year too</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez aussi l’année</translation>
    </message>
    <message>
        <source>“%1” is not a date in the calendar</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date du calendrier</translation>
    </message>
    <message>
        <source>“%1” is not a date: try %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: essayez %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Connected</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>We exchanged details</source>
        <translation>Nous avons échangé nos coordonnées</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>We talked and found common ground</source>
        <translation>Nous avons parlé et trouvé des points communs</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>We know and like each other</source>
        <translation>Nous nous connaissons et nous apprécions</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>We refer and vouch for each other</source>
        <translation>Nous nous recommandons et nous portons garants l’un de l’autre</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Bipeur</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a kind, then a noun: Mobile phone</comment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stage: its meaning</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a contact</source>
        <translation>Sélectionnez un contact</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this contact (Ctrl+E)</source>
        <translation>Modifier ce contact (Ctrl+E)</translation>
    </message>
    <message>
        <source>Briefing…</source>
        <translation>Briefing…</translation>
    </message>
    <message>
        <source>Preview, print or save a one-page briefing on this person (Ctrl+Shift+B)</source>
        <translation>Afficher, imprimer ou enregistrer un briefing d’une page sur cette personne (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Rapport matches these against each contact&apos;s tags to show what you share.</source>
        <translation>Rapport les compare aux étiquettes de chaque contact pour montrer ce que vous partagez.</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Points communs</translation>
    </message>
    <message>
        <source>Topics to avoid</source>
        <translation>Sujets à éviter</translation>
    </message>
    <message>
        <source>Steer clear of these in conversation:</source>
        <translation>Sujets à éviter dans la conversation&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Notre rencontre</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Suivi du contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>MY INTERESTS</source>
        <translation>MES CENTRES D’INTÉRÊT</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ÉTIQUETTES</translation>
    </message>
    <message>
        <source>and {count} more tags</source>
        <translation>et {count} autres étiquettes</translation>
    </message>
    <message>
        <source>… and {count} more characters (Edit shows the whole note)</source>
        <translation>… et {count} caractères de plus (Modifier affiche toute la note)</translation>
    </message>
    <message>
        <source>Nothing shared yet. Ask what they enjoy outside work, and tag it here.</source>
        <translation>Aucun point commun pour l’instant. Demandez ce qu’elle aime en dehors du travail, et ajoutez-le ici en étiquette.</translation>
    </message>
    <message>
        <source>Add your own interests in My profile to see what you share.</source>
        <translation>Ajoutez vos propres centres d’intérêt dans Mon profil pour voir ce que vous partagez.</translation>
    </message>
    <message>
        <source>and {count} more {noun}</source>
        <translation>et {count} autres {noun}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>email</source>
        <comment>Home email</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>Mobile phone</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
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
        <translation>adresses</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>website</source>
        <comment>Work website</comment>
        <translation>Site web</translation>
    </message>
    <message>
        <source>websites</source>
        <translation>sites web</translation>
    </message>
    <message>
        <source>%1  (age %2)</source>
        <translation>%1  (%2 ans)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Rencontré le</translation>
    </message>
    <message>
        <source>No reminders (0 days)</source>
        <translation>Aucun rappel (0 jour)</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Chaque jour</numerusform>
            <numerusform>Tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>%1 · overdue by %2</source>
        <translation>%1 · en retard de %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · échéance %2</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Looking for contacts that are one person…</source>
        <translation>Recherche des contacts qui sont une même personne…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <source>Not a Duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the checked contacts into the kept one (Ctrl+M; undo with Ctrl+Z)</source>
        <translation>Fusionner les contacts cochés dans celui qui est conservé (Ctrl+M&#xa0;; annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>They are different people: do not offer them again (Ctrl+D)</source>
        <translation>Ce sont des personnes différentes&#xa0;: ne plus les proposer (Ctrl+D)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 group of contacts looks like one person.</source>
        <translation>1 groupe de contacts semble être une seule personne.</translation>
    </message>
    <message>
        <source>{n} groups of contacts look like one person.</source>
        <translation>{n} groupes de contacts semblent chacun être une seule personne.</translation>
    </message>
    <message>
        <source>Merge them, or say they are different people: Rapport remembers.</source>
        <translation>Fusionnez-les, ou indiquez que ce sont des personnes différentes&#xa0;: Rapport s’en souvient.</translation>
    </message>
    <message>
        <source>No duplicates: every contact looks like a different person.</source>
        <translation>Aucun doublon&#xa0;: chaque contact semble être une personne différente.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Bienvenue dans Rapport</translation>
    </message>
    <message>
        <source>Rapport helps you turn contacts into relationships: remember what you share, follow up on time, and walk into every meeting prepared.</source>
        <translation>Rapport vous aide à transformer vos contacts en relations&#xa0;: retenez ce que vous avez en commun, relancez au bon moment et arrivez préparé à chaque rendez-vous.</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>Importer des vCards…</translation>
    </message>
    <message>
        <source>Read the .vcf files your phone or mail app exports</source>
        <translation>Lire les fichiers .vcf exportés par votre téléphone ou votre messagerie</translation>
    </message>
    <message>
        <source>Load demo network</source>
        <translation>Charger le réseau de démo</translation>
    </message>
    <message>
        <source>Explore Rapport with 300 made-up people</source>
        <translation>Découvrir Rapport avec 300 personnes fictives</translation>
    </message>
    <message>
        <source>or &lt;a href=&quot;new&quot;&gt;add someone by hand&lt;/a&gt; · you can also drop .vcf files here</source>
        <translation>ou &lt;a href=&quot;new&quot;&gt;ajoutez quelqu’un à la main&lt;/a&gt; · vous pouvez aussi déposer des fichiers .vcf ici</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export vCards</source>
        <translation>Exporter des vCards</translation>
    </message>
    <message>
        <source>Export contacts as vCards</source>
        <translation>Exporter les contacts en vCards</translation>
    </message>
    <message>
        <source>One .vcf file that phones, mail apps and other address books can import. Tags are written as categories.</source>
        <translation>Un fichier .vcf que les téléphones, messageries et autres carnets d’adresses savent importer. Les étiquettes sont écrites comme catégories.</translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation>Tous les contacts (%1)</translation>
    </message>
    <message>
        <source>The selected contacts (%1)</source>
        <translation>Les contacts sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Contacts tagged</source>
        <translation>Contacts étiquetés</translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Étiquette à exporter</translation>
    </message>
    <message>
        <source>vCard 3.0 — works everywhere</source>
        <translation>vCard 3.0 — fonctionne partout</translation>
    </message>
    <message>
        <source>vCard 4.0 — newer, keeps introductions</source>
        <translation>vCard 4.0 — plus récent, conserve les mises en relation</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>Version de vCard</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln selected contact(s)…</source>
        <translation>
            <numerusform>Exportation de %Ln contact sélectionné…</numerusform>
            <numerusform>Exportation de %Ln contacts sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting contacts tagged %1…</source>
        <translation>Exportation des contacts étiquetés %1…</translation>
    </message>
    <message>
        <source>Exporting all contacts…</source>
        <translation>Exportation de tous les contacts…</translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>Fichiers vCard (*.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Rien n’a été exporté. %1</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>exported %n contact(s) to %1 (vCard %2)</source>
        <translation>
            <numerusform>%n contact exporté vers %1 (vCard %2)</numerusform>
            <numerusform>%n contacts exportés vers %1 (vCard %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>no tag named %1</source>
        <translation>aucune étiquette nommée %1</translation>
    </message>
    <message>
        <source>vCard version must be 3.0 or 4.0, not %1</source>
        <translation>la version vCard doit être 3.0 ou 4.0, pas %1</translation>
    </message>
    <message>
        <source>export either some contacts or a tag, not both</source>
        <translation>exportez soit des contacts, soit une étiquette, pas les deux</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>e.g. Two kids, Maya (8) and Leo (5)</source>
        <translation>p. ex. Deux enfants, Maya (8 ans) et Léo (5 ans)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>FactText</name>
    <message>
        <source>kind must be one of %1</source>
        <translation>le type doit être l’un de %1</translation>
    </message>
    <message>
        <source>write the fact, e.g. “two kids, Maya and Leo”</source>
        <translation>écrivez le fait, par ex. « deux enfants, Maya et Léo »</translation>
    </message>
    <message numerus="yes">
        <source>a pinned fact is at most %n characters</source>
        <translation>
            <numerusform>un fait épinglé fait %n caractère au plus</numerusform>
            <numerusform>un fait épinglé fait %n caractères au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>ce contact n’existe plus</translation>
    </message>
    <message numerus="yes">
        <source>at most %n pinned facts per person: keep the ones that matter</source>
        <translation>
            <numerusform>%n fait épinglé au plus par personne : gardez ceux qui comptent</numerusform>
            <numerusform>%n faits épinglés au plus par personne : gardez ceux qui comptent</numerusform>
        </translation>
    </message>
    <message>
        <source>that fact no longer exists</source>
        <translation>ce fait n’existe plus</translation>
    </message>
</context>
<context>
    <name>FactsSection</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Pin a Fact…</source>
        <translation>Épingler un fait…</translation>
    </message>
    <message>
        <source>Family, pets, goals, what they care about: shown here and on the briefing</source>
        <translation>Famille, animaux, objectifs, ce qui compte pour elle&#xa0;: affiché ici et sur le briefing</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>It still holds: keep it for another week</source>
        <translation>C’est toujours d’actualité&#xa0;: le garder une semaine de plus</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Unpin this fact (undo with Ctrl+Z)</source>
        <translation>Désépingler ce fait (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Unpin this fact</source>
        <translation>Désépingler ce fait</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>One thing I can do for them: not chosen yet</source>
        <translation>Ce que je peux faire pour cette personne&#xa0;: pas encore choisi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>One thing I can do: %1 (until %2)</source>
        <translation>Ce que je peux faire&#xa0;: %1 (jusqu’au %2)</translation>
    </message>
    <message>
        <source>One thing I can do: %1 (expired %2)</source>
        <translation>Ce que je peux faire&#xa0;: %1 (expiré le %2)</translation>
    </message>
    <message>
        <source>One thing I can do: %1</source>
        <translation>Ce que je peux faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pin a Fact about %1</source>
        <translation>Épingler un fait sur %1</translation>
    </message>
    <message>
        <source>Edit Pinned Fact</source>
        <translation>Modifier le fait épinglé</translation>
    </message>
</context>
<context>
    <name>FavorDialog</name>
    <message>
        <source>Add Favour</source>
        <translation>Ajouter un service rendu</translation>
    </message>
    <message>
        <source>I did something for %1</source>
        <translation>J’ai fait quelque chose pour %1</translation>
    </message>
    <message>
        <source>%1 did something for me</source>
        <translation>%1 a fait quelque chose pour moi</translation>
    </message>
    <message>
        <source>e.g. Introduced her to a recruiter</source>
        <translation>p. ex. L’ai présentée à un recruteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>FavourText</name>
    <message>
        <source>a favour is either given or received</source>
        <translation>un service est soit rendu, soit reçu</translation>
    </message>
    <message>
        <source>kind must be one of %1</source>
        <translation>le type doit être l’un de %1</translation>
    </message>
    <message>
        <source>a favour&apos;s description is at most 500 characters</source>
        <translation>la description d’un service fait 500 caractères au plus</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>ce contact n’existe plus</translation>
    </message>
    <message>
        <source>that favour no longer exists</source>
        <translation>ce service n’existe plus</translation>
    </message>
    <message>
        <source>an introduction is restored from the introductions section</source>
        <translation>une présentation se restaure depuis la section des présentations</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>Import vCards</source>
        <translation>Importer des vCards</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;LinkedIn, Google or Outlook CSV (*.csv);;All files (*)</source>
        <translation>Contacts (*.vcf *.vcard *.csv);;Fichiers vCard (*.vcf *.vcard);;CSV LinkedIn, Google ou Outlook (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: %1 is not a vCard or CSV file</source>
        <translation>
            <numerusform>%Ln fichier ignoré&#xa0;: %1 n’est pas un fichier vCard ou CSV</numerusform>
            <numerusform>%Ln fichiers ignorés&#xa0;: %1 ne sont pas des fichiers vCard ou CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Undo with %2</source>
        <translation>%1 — annuler avec %2</translation>
    </message>
    <message>
        <source>%1 — nothing new to add</source>
        <translation>%1 — rien de nouveau à ajouter</translation>
    </message>
    <message>
        <source>the last import</source>
        <translation>la dernière importation</translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation>Annuler la dernière importation</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln contact(s) imported from %1?</source>
        <translation>
            <numerusform>Retirer le contact importé depuis %1&#xa0;?</numerusform>
            <numerusform>Retirer les %Ln contacts importés depuis %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This import is older than the change history, so this cannot be undone. Values it merged into contacts you already had stay.</source>
        <translation>Cette importation est plus ancienne que l’historique des modifications&#xa0;: la suppression ne pourra pas être annulée. Les valeurs qu’elle a fusionnées dans des contacts existants restent.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Captured: {0}</source>
        <translation>Capturé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing new to capture</source>
        <translation>Rien de nouveau à capturer</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Écriture du fichier de calendrier…</translation>
    </message>
    <message>
        <source>Calendar export cancelled</source>
        <translation>Exportation du calendrier annulée</translation>
    </message>
    <message>
        <source>calendar exported</source>
        <translation>calendrier exporté</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message numerus="yes">
        <source>Briefings - %Ln people.pdf</source>
        <translation>
            <numerusform>Briefings - %Ln personne.pdf</numerusform>
            <numerusform>Briefings - %Ln personnes.pdf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>the file is read-only; it was left as it was</source>
        <translation>le fichier est en lecture seule&#xa0;; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written (the old file, if any, is unchanged)</source>
        <translation>le disque est plein&#xa0;; rien n’a été écrit (l’ancien fichier, s’il existe, est inchangé)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FocusBox</name>
    <message>
        <source>Weekly Review…</source>
        <translation>Bilan de la semaine…</translation>
    </message>
    <message>
        <source>Who you saw, promises kept and open, and next week&apos;s people (Ctrl+Shift+W)</source>
        <translation>Qui vous avez vu, les promesses tenues et en suspens, et les personnes de la semaine prochaine (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>No one yet. Each week Rapport proposes 2–3 people: someone to reconnect with, someone to deepen a relationship with, someone to give to. Add someone with “Add to Focus” on their page.</source>
        <translation>Personne pour l’instant. Chaque semaine, Rapport propose 2 à 3 personnes&#xa0;: quelqu’un avec qui renouer, quelqu’un avec qui approfondir la relation, quelqu’un à qui donner. Ajoutez quelqu’un avec «&#xa0;Ajouter au focus&#xa0;» sur sa page.</translation>
    </message>
    <message>
        <source>%1 of %2 done this week</source>
        <translation>%1 sur %2 faits cette semaine</translation>
    </message>
</context>
<context>
    <name>FocusCard</name>
    <message>
        <source>Done: you did the one thing for them this week</source>
        <translation>Fait&#xa0;: vous avez fait cette chose pour elle cette semaine</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Keep them in this week&apos;s focus</source>
        <translation>La garder dans le focus de la semaine</translation>
    </message>
    <message>
        <source>Unpin: let Rapport replace them</source>
        <translation>Désépingler&#xa0;: laisser Rapport la remplacer</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Propose someone else instead</source>
        <translation>Proposer quelqu’un d’autre à la place</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>FocusText</name>
    <message>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>à faire demain</translation>
    </message>
    <message>
        <source>due %1</source>
        <comment>a weekday</comment>
        <translation>à faire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>chaque semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reprendre contact</translation>
    </message>
    <message>
        <source>Deepen</source>
        <translation>Approfondir</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Donner</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>stage</comment>
        <translation>en contact</translation>
    </message>
    <message>
        <source>acquainted</source>
        <comment>stage</comment>
        <translation>connaissance</translation>
    </message>
    <message>
        <source>relationship</source>
        <comment>stage</comment>
        <translation>relation</translation>
    </message>
    <message>
        <source>trusted</source>
        <comment>stage</comment>
        <translation>confiance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a reason&apos;s heading and its text</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>you keep in touch %1, last talked %2 ago</source>
        <translation>vous gardez le contact %1, dernier échange il y a %2</translation>
    </message>
    <message>
        <source>you keep in touch %1 and have not talked yet</source>
        <translation>vous gardez le contact %1 et n’avez pas encore échangé</translation>
    </message>
    <message>
        <source>time to get in touch</source>
        <translation>il est temps de reprendre contact</translation>
    </message>
    <message>
        <source>Get in touch: ask how %1 is going</source>
        <translation>Prenez contact : demandez où en est %1</translation>
    </message>
    <message>
        <source>Get in touch: a short message or a call</source>
        <translation>Prenez contact : un petit message ou un appel</translation>
    </message>
    <message>
        <source>what you promised</source>
        <translation>ce que vous avez promis</translation>
    </message>
    <message>
        <source>you promised to %1 (%2)</source>
        <translation>vous avez promis de %1 (%2)</translation>
    </message>
    <message>
        <source>Keep your promise: %1</source>
        <translation>Tenez votre promesse : %1</translation>
    </message>
    <message>
        <source>get in touch</source>
        <translation>prendre contact</translation>
    </message>
    <message>
        <source>you meant to %1 (%2)</source>
        <translation>vous vouliez %1 (%2)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>you offered to introduce them to %1</source>
        <translation>vous avez proposé de lui présenter %1</translation>
    </message>
    <message>
        <source>Make the introduction to %1</source>
        <translation>Faites la présentation à %1</translation>
    </message>
    <message>
        <source>they did %1 more for you than you for them (you gave %2, received %3)</source>
        <translation>cette personne a fait %1 fois plus pour vous que vous pour elle (donné %2, reçu %3)</translation>
    </message>
    <message>
        <source>Return the favour: an introduction, a referral or some advice</source>
        <translation>Rendez la pareille : une présentation, une recommandation ou un conseil</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>anniversaire %1</translation>
    </message>
    <message>
        <source>Send a birthday message</source>
        <translation>Envoyez un message d’anniversaire</translation>
    </message>
    <message>
        <source>Send a birthday message on %1</source>
        <translation>Envoyez un message d’anniversaire %1</translation>
    </message>
    <message>
        <source>you both like %1; %2, ready to become %3</source>
        <translation>vous aimez tous deux %1 ; %2, prêt à passer à %3</translation>
    </message>
    <message>
        <source>you both like %1</source>
        <translation>vous aimez tous deux %1</translation>
    </message>
    <message>
        <source>Invite them to a 1-2-1 and talk about %1</source>
        <translation>Invitez cette personne à un tête-à-tête et parlez de %1</translation>
    </message>
    <message>
        <source>Share something about %1</source>
        <translation>Partagez quelque chose sur %1</translation>
    </message>
    <message>
        <source>Invite them to a 1-2-1</source>
        <translation>Invitez cette personne à un tête-à-tête</translation>
    </message>
    <message>
        <source>that person is not in this week&apos;s focus</source>
        <translation>cette personne n’est pas dans le focus de la semaine</translation>
    </message>
    <message>
        <source>unpin them first to replace them</source>
        <translation>désépinglez-la d’abord pour la remplacer</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>ce contact n’existe plus</translation>
    </message>
    <message>
        <source>none of these contacts can be added</source>
        <translation>aucun de ces contacts ne peut être ajouté</translation>
    </message>
    <message>
        <source>You chose them this week</source>
        <translation>Vous l’avez choisie cette semaine</translation>
    </message>
    <message>
        <source>Find one thing you can do for them</source>
        <translation>Trouvez une chose que vous pouvez faire pour cette personne</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Mark Done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marquer la relance sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Snooze 1 Day</source>
        <translation>Reporter d’un jour</translation>
    </message>
    <message>
        <source>Remind me again tomorrow</source>
        <translation>Me le rappeler demain</translation>
    </message>
    <message>
        <source>Snooze 1 Week</source>
        <translation>Reporter d’une semaine</translation>
    </message>
    <message>
        <source>Remind me again in a week</source>
        <translation>Me le rappeler dans une semaine</translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation>Choisir une date…</translation>
    </message>
    <message>
        <source>Snooze until a date you choose</source>
        <translation>Reporter jusqu’à la date de votre choix</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogrammer…</translation>
    </message>
    <message>
        <source>Change the follow-up&apos;s due date</source>
        <translation>Modifier l’échéance de la relance</translation>
    </message>
    <message>
        <source>Select a follow-up to mark it done, snooze or reschedule it.</source>
        <translation>Sélectionnez une relance pour la marquer comme faite, la reporter ou la reprogrammer.</translation>
    </message>
    <message>
        <source>Snooze %1 until</source>
        <translation>Reporter %1 jusqu’au</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>Reprogrammer %1</translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>Keep in touch (every day)</source>
        <translation>Garder le contact (chaque jour)</translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch (every %n week(s))</source>
        <translation>
            <numerusform>Garder le contact (chaque semaine)</numerusform>
            <numerusform>Garder le contact (toutes les %n semaines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch (every %Ln days)</source>
        <translation>
            <numerusform>Garder le contact (tous les %Ln jours)</numerusform>
            <numerusform>Garder le contact (tous les %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday (turns %n)</source>
        <translation>
            <numerusform>Anniversaire (%n an)</numerusform>
            <numerusform>Anniversaire (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message numerus="yes">
        <source>Anniversary (%n year(s))</source>
        <translation>
            <numerusform>Anniversaire de mariage (%n an)</numerusform>
            <numerusform>Anniversaire de mariage (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Chase %1 about the introduction to %2</source>
        <translation>Relancer %1 au sujet de la présentation à %2</translation>
    </message>
    <message>
        <source>Introduce %1 to %2</source>
        <comment>the reminder to make an introduction</comment>
        <translation>Présenter %1 à %2</translation>
    </message>
    <message>
        <source>Send the article I promised</source>
        <translation>Envoyer l’article promis</translation>
    </message>
    <message>
        <source>Ask how the new job is going</source>
        <translation>Demander comment se passe le nouveau poste</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 et %n autre personne</numerusform>
            <numerusform>%1 et %n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>origin must be one of %1</source>
        <translation>l’origine doit être l’une de %1</translation>
    </message>
    <message>
        <source>that contact no longer exists</source>
        <translation>ce contact n’existe plus</translation>
    </message>
    <message>
        <source>say what to do</source>
        <translation>dites ce qu’il faut faire</translation>
    </message>
    <message>
        <source>a follow-up reason is at most 500 characters</source>
        <translation>le motif d’une relance fait 500 caractères au plus</translation>
    </message>
    <message>
        <source>that follow-up no longer exists</source>
        <translation>cette relance n’existe plus</translation>
    </message>
    <message>
        <source>snooze to today or a later date</source>
        <translation>reportez à aujourd’hui ou à une date ultérieure</translation>
    </message>
    <message>
        <source>spread them from today or a later date</source>
        <translation>répartissez-les à partir d’aujourd’hui ou d’une date ultérieure</translation>
    </message>
    <message>
        <source>a birthday reminder cannot be deleted: mark it done instead</source>
        <translation>un rappel d’anniversaire ne peut pas être supprimé : marquez-le plutôt comme fait</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>How do I reach…?</source>
        <translation>Comment joindre…&#xa0;?</translation>
    </message>
    <message>
        <source>Top connectors</source>
        <translation>Principaux intermédiaires</translation>
    </message>
    <message>
        <source>The people through whom you reach the most people you do not know yet.</source>
        <translation>Les personnes par qui vous joignez le plus de gens que vous ne connaissez pas encore.</translation>
    </message>
    <message>
        <source>Introductions to make</source>
        <translation>Mises en relation à faire</translation>
    </message>
    <message>
        <source>People you know who do not know each other yet, and share interests or need what the other offers.</source>
        <translation>Des personnes que vous connaissez, qui ne se connaissent pas encore et partagent des centres d’intérêt ou ont besoin de ce que l’autre offre.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Showing the {0:,} people closest to {1}, of {2:,}. Double-click someone to explore around them.</source>
        <translation>Affichage des {0:,} personnes les plus proches de {1}, sur {2:,}. Double-cliquez sur quelqu’un pour explorer autour.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and the people within %Ln hop(s). Esc shows everyone.</source>
        <translation>
            <numerusform>%1 et les personnes à %Ln étape. Échap affiche tout le monde.</numerusform>
            <numerusform>%1 et les personnes à %Ln étapes ou moins. Échap affiche tout le monde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupText</name>
    <message numerus="yes">
        <source>group “%1”: %2 of %n member(s) not found</source>
        <translation>
            <numerusform>groupe « %1 » : %2 sur %n membre introuvable</numerusform>
            <numerusform>groupe « %1 » : %2 sur %n membres introuvables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupUpgradeText</name>
    <message numerus="yes">
        <source>Group tags made of %n group card(s)</source>
        <translation>
            <numerusform>Étiquettes de groupe faites de %n fiche de groupe</numerusform>
            <numerusform>Étiquettes de groupe faites de %n fiches de groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) tagged</source>
        <translation>
            <numerusform>%n contact étiqueté</numerusform>
            <numerusform>%n contacts étiquetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) kept for notes or history of yours: %1</source>
        <translation>
            <numerusform>%n contact gardé pour vos notes ou votre historique : %1</numerusform>
            <numerusform>%n contacts gardés pour vos notes ou votre historique : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryLabel</name>
    <message>
        <source>Restore of %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <source>Change “one thing I can do”</source>
        <translation>Modifier «&#xa0;ce que je peux faire&#xa0;»</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Supprimer %Ln contact</numerusform>
            <numerusform>Supprimer %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Passer %Ln contact à l’étape %1</numerusform>
            <numerusform>Passer %Ln contacts à l’étape %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Rencontré à</translation>
    </message>
    <message numerus="yes">
        <source>Demo network of %Ln people</source>
        <translation>
            <numerusform>Réseau de démonstration de %Ln personne</numerusform>
            <numerusform>Réseau de démonstration de %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 contacts into %2</source>
        <translation>Fusionner %1 contacts dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s) from %1</source>
        <translation>
            <numerusform>Importer %Ln contact depuis %1</numerusform>
            <numerusform>Importer %Ln contacts depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Restore your version</source>
        <translation>Restaurer votre version</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Restore tag</source>
        <translation>Restaurer l’étiquette</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Unmerge tags</source>
        <translation>Séparer les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Change tags of %Ln contact(s)</source>
        <translation>
            <numerusform>Modifier les étiquettes de %Ln contact</numerusform>
            <numerusform>Modifier les étiquettes de %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 for %2</source>
        <translation>Étape %1 pour %2</translation>
    </message>
    <message>
        <source>Group cards made tags</source>
        <translation>Fiches de groupe changées en étiquettes</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>deuxième prénom</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>préfixe du nom</translation>
    </message>
    <message>
        <source>name suffix</source>
        <translation>suffixe du nom</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>surnom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>anniversaire</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>date anniversaire</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>how we met</source>
        <translation>comment nous nous sommes rencontrés</translation>
    </message>
    <message>
        <source>met on</source>
        <translation>rencontré le</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>keep-in-touch cadence</source>
        <translation>rythme de contact</translation>
    </message>
    <message>
        <source>one thing I can do</source>
        <translation>une chose que je peux faire</translation>
    </message>
    <message>
        <source>when one thing was typed</source>
        <translation>date de saisie de la chose à faire</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>web addresses</source>
        <translation>adresses web</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>vCard extras</source>
        <translation>extras vCard</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>changed by sync since</source>
        <translation>modifié depuis par la synchronisation</translation>
    </message>
    <message>
        <source>changed by an import since</source>
        <translation>modifié depuis par une importation</translation>
    </message>
    <message>
        <source>changed by a restore since</source>
        <translation>modifié depuis par une restauration</translation>
    </message>
    <message>
        <source>changed by the demo since</source>
        <translation>modifié depuis par la démo</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <source>Redid “%1”</source>
        <translation>« %1 » rétabli</translation>
    </message>
    <message>
        <source>Undid “%1”</source>
        <translation>« %1 » annulé</translation>
    </message>
    <message>
        <source>Redid</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Undid</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>changed by %1 since</source>
        <translation>modifié depuis par %1</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>supprimé depuis</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) were %2 and were kept</source>
        <translation>
            <numerusform>%1 de %n contact : %2, conservé</numerusform>
            <numerusform>%1 de %n contacts : %2, conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was %2 and was kept</source>
        <translation>%1 : %2, conservé</translation>
    </message>
    <message>
        <source>%1 were %2 and were kept</source>
        <translation>%1 : %2, conservés</translation>
    </message>
    <message>
        <source>in the way</source>
        <translation>gênant</translation>
    </message>
    <message>
        <source>1 contact %1 was kept</source>
        <translation>1 contact (%1) a été conservé</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts %1 were kept</source>
        <translation>
            <numerusform>%n contact (%1) a été conservé</numerusform>
            <numerusform>%n contacts (%1) ont été conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>that change is no longer in the history (it is too old to undo)</source>
        <translation>cette modification n’est plus dans l’historique (trop ancienne pour être annulée)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import vCards</source>
        <translation>Importer des vCards</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln files…</source>
        <translation>
            <numerusform>Lecture de %Ln fichier…</numerusform>
            <numerusform>Lecture de %Ln fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln card(s) from %1</source>
        <translation>
            <numerusform>Importer %Ln fiche depuis %1</numerusform>
            <numerusform>Importer %Ln fiches depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln card(s) from %1 files</source>
        <translation>
            <numerusform>Importer %Ln fiche depuis %1 fichiers</numerusform>
            <numerusform>Importer %Ln fiches depuis %1 fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you click Import. Cards that match a contact you have are merged into it unless you choose otherwise.</source>
        <translation>Rien n’est enregistré avant que vous cliquiez sur Importer. Les fiches qui correspondent à l’un de vos contacts y sont fusionnées, sauf si vous choisissez autrement.</translation>
    </message>
    <message>
        <source>to merge</source>
        <translation>à fusionner</translation>
    </message>
    <message>
        <source>unreadable files</source>
        <translation>fichiers illisibles</translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation>Fiches à importer</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>What to do with every card that matches</source>
        <translation>Que faire de chaque fiche correspondante</translation>
    </message>
    <message>
        <source>Every match:</source>
        <translation>Chaque correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importées</translation>
    </message>
    <message>
        <source>Rejected cards and unreadable files</source>
        <translation>Fiches refusées et fichiers illisibles</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The files could not be read: %1</source>
        <translation>Les fichiers n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importation des contacts…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>L’importation a échoué et rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln Card(s)</source>
        <translation>
            <numerusform>Importer %Ln fiche</numerusform>
            <numerusform>Importer %Ln fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProcessText</name>
    <message>
        <source>the import process ended unexpectedly (exit code %1)</source>
        <translation>le processus d’importation s’est arrêté de façon inattendue (code de sortie %1)</translation>
    </message>
    <message>
        <source>the import&apos;s reading process ended unexpectedly (exit code %1)</source>
        <translation>le processus de lecture de l’importation s’est arrêté de façon inattendue (code de sortie %1)</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>imported %1 new, merged %2, rejected %3 from %n file(s)</source>
        <translation>
            <numerusform>%1 nouveaux importés, %2 fusionnés, %3 refusés depuis %n fichier</numerusform>
            <numerusform>%1 nouveaux importés, %2 fusionnés, %3 refusés depuis %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inchangés</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorés</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) as tags</source>
        <translation>
            <numerusform>%n groupe en étiquette</numerusform>
            <numerusform>%n groupes en étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 illisibles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a summary and its notes</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the file changed after it was read; import it again</source>
        <translation>%1 : le fichier a changé après sa lecture ; importez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Held It — Add Notes</source>
        <translation>A eu lieu — ajouter des notes</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>Plan a 1-2-1</source>
        <translation>Planifier un tête-à-tête</translation>
    </message>
    <message>
        <source>Log Interaction</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Add someone: type a name…</source>
        <translation>Ajouter quelqu’un&#xa0;: saisissez un nom…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>e.g. Coffee at the Lumen office</source>
        <translation>p. ex. Café au bureau de Lumen</translation>
    </message>
    <message>
        <source>Personal things as well as business: family, plans, what they care about…</source>
        <translation>Le personnel comme le professionnel&#xa0;: famille, projets, ce qui compte pour elle…</translation>
    </message>
    <message>
        <source>Add a Promised Follow-up</source>
        <translation>Ajouter une relance promise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>What was said: personal things as well as business, what you promised…</source>
        <translation>Ce qui a été dit&#xa0;: le personnel comme le professionnel, ce que vous avez promis…</translation>
    </message>
    <message>
        <source>Notes so far: %1</source>
        <translation>Notes jusqu’ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already promised: %1</source>
        <translation>Déjà promis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add this to the %1 planned at %2 with %3 (it took place: one entry, not two)</source>
        <translation>Ajouter à «&#xa0;%1&#xa0;» prévu à %2 avec %3 (il a eu lieu&#xa0;: une entrée, pas deux)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>A eu lieu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>choose at least one person</source>
        <translation>choisissez au moins une personne</translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message>
        <source>kind must be one of %1</source>
        <translation>le type doit être l’un de %1</translation>
    </message>
    <message>
        <source>choose at least one person</source>
        <translation>choisissez au moins une personne</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln people in one interaction</source>
        <translation>
            <numerusform>%Ln personne au plus par interaction</numerusform>
            <numerusform>%Ln personnes au plus par interaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the summary is at most %n characters</source>
        <translation>
            <numerusform>le résumé fait %n caractère au plus</numerusform>
            <numerusform>le résumé fait %n caractères au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes are at most %Ln characters</source>
        <translation>
            <numerusform>les notes font %Ln caractère au plus</numerusform>
            <numerusform>les notes font %Ln caractères au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>status must be one of %1</source>
        <translation>le statut doit être l’un de %1</translation>
    </message>
    <message>
        <source>say what was promised</source>
        <translation>dites ce qui a été promis</translation>
    </message>
    <message>
        <source>a promise is at most 500 characters</source>
        <translation>une promesse fait 500 caractères au plus</translation>
    </message>
    <message>
        <source>a promise must be to someone who took part</source>
        <translation>une promesse doit être faite à quelqu’un qui y a participé</translation>
    </message>
    <message>
        <source>someone in this interaction no longer exists</source>
        <translation>quelqu’un de cette interaction n’existe plus</translation>
    </message>
    <message>
        <source>that interaction no longer exists</source>
        <translation>cette interaction n’existe plus</translation>
    </message>
    <message>
        <source>that meeting is already marked as held: edit it instead</source>
        <translation>ce rendez-vous est déjà marqué comme tenu : modifiez-le plutôt</translation>
    </message>
    <message>
        <source>a meeting can be held only once its time has come: reschedule it instead</source>
        <translation>un rendez-vous ne peut être tenu qu’une fois son heure venue : reprogrammez-le plutôt</translation>
    </message>
    <message>
        <source>that meeting took place: edit it to change its time</source>
        <translation>ce rendez-vous a eu lieu : modifiez-le pour changer son heure</translation>
    </message>
    <message>
        <source>that meeting took place: delete it instead of cancelling</source>
        <translation>ce rendez-vous a eu lieu : supprimez-le au lieu de l’annuler</translation>
    </message>
    <message>
        <source>someone in these interactions no longer exists</source>
        <translation>quelqu’un de ces interactions n’existe plus</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Record an Introduction</source>
        <translation>Enregistrer une mise en relation</translation>
    </message>
    <message>
        <source>Nobody: they met directly</source>
        <translation>Personne&#xa0;: ils se sont rencontrés directement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why: “both into sailing”, “needs a designer”…</source>
        <translation>Pourquoi&#xa0;: «&#xa0;tous deux aiment la voile&#xa0;», «&#xa0;cherche un graphiste&#xa0;»…</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Présenté</translation>
    </message>
    <message>
        <source>to</source>
        <comment>Introduced [Ana] to [Bo]</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Choisissez %1.</translation>
    </message>
    <message>
        <source>Nobody called “%1”: pick %2 from the list.</source>
        <translation>Personne ne s’appelle «&#xa0;%1&#xa0;»&#xa0;: choisissez %2 dans la liste.</translation>
    </message>
    <message>
        <source>the introducer</source>
        <translation>la personne qui présente</translation>
    </message>
    <message>
        <source>the first person</source>
        <translation>la première personne</translation>
    </message>
    <message>
        <source>the second person</source>
        <translation>la seconde personne</translation>
    </message>
</context>
<context>
    <name>IntroductionText</name>
    <message>
        <source>status must be one of %1, not %2</source>
        <translation>le statut doit être l’un de %1, pas %2</translation>
    </message>
    <message>
        <source>Someone cannot be introduced to themselves: choose two people</source>
        <translation>Personne ne peut être présenté à soi-même : choisissez deux personnes</translation>
    </message>
    <message>
        <source>The introducer cannot be one of the two people introduced (leave the introducer empty if they met directly)</source>
        <translation>La personne qui présente ne peut pas être l’une des deux personnes présentées (laissez-la vide s’ils se sont rencontrés directement)</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>le contact %1 n’existe plus</translation>
    </message>
    <message>
        <source>An introduction of %1 and %2 is already proposed</source>
        <translation>Une présentation de %1 et %2 est déjà proposée</translation>
    </message>
    <message>
        <source>%1 and %2 were already introduced</source>
        <translation>%1 et %2 ont déjà été présentés</translation>
    </message>
    <message>
        <source>%1 and %2 were already introduced by %3</source>
        <translation>%1 et %2 ont déjà été présentés par %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an introduction and its date</comment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>That introduction no longer exists</source>
        <translation>Cette présentation n’existe plus</translation>
    </message>
</context>
<context>
    <name>IntroductionsSection</name>
    <message>
        <source>you</source>
        <comment>the user, in “Introduced to you by Ana”</comment>
        <translation>vous</translation>
    </message>
    <message>
        <source>Introduced %1 to %2</source>
        <translation>A mis en relation %1 et %2</translation>
    </message>
    <message>
        <source>Met %1 directly</source>
        <translation>Rencontre directe avec %1</translation>
    </message>
    <message>
        <source>Introduced to %1 by %2</source>
        <translation>Mis en relation avec %1 par %2</translation>
    </message>
    <message>
        <source>Introduce to…</source>
        <translation>Présenter à…</translation>
    </message>
    <message>
        <source>Record that you introduced this person to someone</source>
        <translation>Enregistrer que vous avez présenté cette personne à quelqu’un</translation>
    </message>
    <message>
        <source>Introduced by…</source>
        <translation>Présenté par…</translation>
    </message>
    <message>
        <source>Record who introduced you to this person</source>
        <translation>Enregistrer qui vous a présenté cette personne</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Afficher les %1</translation>
    </message>
    <message>
        <source>No introductions recorded. Who introduced you? Who could they meet?</source>
        <translation>Aucune mise en relation enregistrée. Qui vous a présentés&#xa0;? Qui pourrait-elle rencontrer&#xa0;?</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment ça s’est passé</translation>
    </message>
    <message>
        <source>How the introduction went</source>
        <translation>Comment la mise en relation s’est passée</translation>
    </message>
    <message>
        <source>Delete this introduction (undo with Ctrl+Z)</source>
        <translation>Supprimer cette mise en relation (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete this introduction</source>
        <translation>Supprimer cette mise en relation</translation>
    </message>
    <message>
        <source>the introduction of %1 to %2</source>
        <translation>la mise en relation de %1 avec %2</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>KeyboardWalk</name>
    <message>
        <source>Network picture</source>
        <translation>Image du réseau</translation>
    </message>
    <message>
        <source>Your contacts and who introduced whom. Arrow keys move between people, Home goes to you, End to the most connected, Page Down and Page Up from the most connected down, Enter selects</source>
        <translation>Vos contacts et qui a présenté qui. Les flèches passent d’une personne à l’autre, Début va vers vous, Fin vers la personne la plus connectée, Page suivante et Page précédente parcourent les personnes de la plus connectée à la moins connectée, Entrée sélectionne</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation>présenté par %1</translation>
    </message>
    <message numerus="yes">
        <source>knows %Ln people</source>
        <translation>
            <numerusform>connaît %Ln personne</numerusform>
            <numerusform>connaît %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>your tie: %1</source>
        <translation>votre lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>1-2-1 meeting</source>
        <translation>Tête-à-tête</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>Tient à</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>They met</source>
        <translation>Se sont rencontrés</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Remind Me…</source>
        <translation>Me rappeler…</translation>
    </message>
    <message>
        <source>Add to This Week&apos;s Focus</source>
        <translation>Ajouter au focus de la semaine</translation>
    </message>
    <message>
        <source>Add %1 to This Week&apos;s Focus</source>
        <translation>Ajouter %1 au focus de la semaine</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Définir l’étape</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 Contacts</source>
        <translation>Supprimer %1 contacts</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Reading the selection&apos;s tags…</source>
        <translation>Lecture des étiquettes de la sélection…</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) (due %1)</source>
        <translation>
            <numerusform>En retard de %Ln jour (échéance %1)</numerusform>
            <numerusform>En retard de %Ln jours (échéance %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search names, organisations, emails, phones, tags, notes…</source>
        <translation>Rechercher noms, organisations, e-mails, téléphones, étiquettes, notes…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Select a contact</source>
        <translation>Sélectionnez un contact</translation>
    </message>
    <message>
        <source>Couldn&apos;t do that: %1</source>
        <translation>Impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MatchText</name>
    <message>
        <source>same e-mail %1</source>
        <translation>même adresse e-mail %1</translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation>même nom et même téléphone %1</translation>
    </message>
    <message>
        <source>different names</source>
        <translation>noms différents</translation>
    </message>
    <message>
        <source>shares %1 (%2)</source>
        <translation>partage %1 (%2)</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>shares %1 with %2; not merged: %3</source>
        <translation>partage %1 avec %2 ; non fusionné : %3</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <source>%1 as the card at %2</source>
        <translation>%1 que la fiche de %2</translation>
    </message>
    <message>
        <source>different given names</source>
        <translation>prénoms différents</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>organisations différentes</translation>
    </message>
    <message>
        <source>different birthdays</source>
        <translation>dates de naissance différentes</translation>
    </message>
    <message>
        <source>different e-mail addresses</source>
        <translation>adresses e-mail différentes</translation>
    </message>
    <message>
        <source>same UID</source>
        <translation>même UID</translation>
    </message>
    <message>
        <source>same card</source>
        <translation>même fiche</translation>
    </message>
    <message>
        <source>two entries of one address book</source>
        <translation>deux entrées d’un même carnet d’adresses</translation>
    </message>
</context>
<context>
    <name>MeetingTimeDialog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>Contact to keep</source>
        <translation>Contact à conserver</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation>Fusionner dedans&#xa0;:</translation>
    </message>
    <message>
        <source>Where they differ, keep:</source>
        <translation>En cas de différence, conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one contact to merge.</source>
        <translation>Choisissez au moins un contact à fusionner.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Moves to the kept contact: %1</source>
        <translation>Passe au contact conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>one of these contacts no longer exists</source>
        <translation>l’un de ces contacts n’existe plus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Autres prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Date anniversaire</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Garder le contact tous les (jours)</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Comment nous nous sommes rencontrés</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Rencontré le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>le contact %1 n’existe plus</translation>
    </message>
    <message>
        <source>your own profile cannot be merged</source>
        <translation>votre propre profil ne peut pas être fusionné</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>choose the contact to keep and at least one other</source>
        <translation>choisissez le contact à garder et au moins un autre</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>%1 · arrow keys move the day, Enter opens its agenda</source>
        <translation>%1 · les flèches changent de jour, Entrée ouvre son agenda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln rendez-vous</numerusform>
            <numerusform>%Ln rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>%Ln anniversaire</numerusform>
            <numerusform>%Ln anniversaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>rien de prévu</translation>
    </message>
    <message>
        <source>%1 due</source>
        <comment>a narrow calendar pill: follow-ups due</comment>
        <translation>%1 relance</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>a narrow calendar pill: overdue follow-ups</comment>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 mtg</source>
        <comment>a narrow calendar pill: meetings</comment>
        <translation>%1 rdv</translation>
    </message>
    <message>
        <source>%1 bday</source>
        <comment>a narrow calendar pill: birthdays</comment>
        <translation>%1 anniv.</translation>
    </message>
</context>
<context>
    <name>NameHeader</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose an image file for this contact&apos;s photo</source>
        <translation>Choisir un fichier image pour la photo de ce contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Dr, Ms…</source>
        <translation>Dr, Mme…</translation>
    </message>
    <message>
        <source>Jr, PhD…</source>
        <translation>Jr, PhD…</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Autres prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Composed from the names above</source>
        <translation>Composé à partir des noms ci-dessus</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>%1: not an image Rapport can read (%2)</source>
        <translation>%1&#xa0;: pas une image que Rapport sait lire (%2)</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <source>%1 needs %2, %3 offers it</source>
        <translation>%1 cherche %2, %3 le propose</translation>
    </message>
    <message>
        <source>both into %1</source>
        <translation>tous deux passionnés de %1</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Connected</source>
        <translation>En contact</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>close</source>
        <translation>proche</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>light</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>Arranging the network…</source>
        <translation>Disposition du réseau…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>présentés</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
</context>
<context>
    <name>NodeTexts</name>
    <message numerus="yes">
        <source>%1
%2 · knows %Ln people</source>
        <translation>
            <numerusform>%1
%2 · connaît %Ln personne</numerusform>
            <numerusform>%1
%2 · connaît %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · knows %Ln people · your tie: %3</source>
        <translation>
            <numerusform>%1
%2 · connaît %Ln personne · votre lien&#xa0;: %3</numerusform>
            <numerusform>%1
%2 · connaît %Ln personnes · votre lien&#xa0;: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneThingDialog</name>
    <message>
        <source>One Thing I Can Do for %1</source>
        <translation>Ce que je peux faire pour %1</translation>
    </message>
    <message>
        <source>e.g. Introduce her to a recruiter</source>
        <translation>p. ex. La présenter à un recruteur</translation>
    </message>
    <message>
        <source>One thing I can do</source>
        <translation>Ce que je peux faire</translation>
    </message>
    <message>
        <source>It counts for a week; renew it if it still holds.</source>
        <translation>Valable une semaine&#xa0;; renouvelez-le si c’est toujours d’actualité.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Arranging the network…</source>
        <translation>Disposition du réseau…</translation>
    </message>
    <message>
        <source>Layout cancelled. Use Re-arrange to try again.</source>
        <translation>Disposition annulée. Utilisez Réorganiser pour réessayer.</translation>
    </message>
    <message>
        <source>The network could not be drawn: {0}</source>
        <translation>Le réseau n’a pas pu être dessiné&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nobody yet. Log who you meet, mark how well you know people, and record who introduced you to whom: the network appears here.</source>
        <translation>Personne pour l’instant. Consignez qui vous rencontrez, indiquez à quel point vous connaissez les gens et qui vous a présenté à qui&#xa0;: le réseau apparaît ici.</translation>
    </message>
</context>
<context>
    <name>OperationCounts</name>
    <message numerus="yes">
        <source>Tag %Ln contact(s) with %1</source>
        <translation>
            <numerusform>Étiqueter %Ln contact avec %1</numerusform>
            <numerusform>Étiqueter %Ln contacts avec %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %1 from %Ln contact(s)</source>
        <translation>
            <numerusform>Retirer %1 de %Ln contact</numerusform>
            <numerusform>Retirer %1 de %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tags of %Ln contact(s)</source>
        <translation>
            <numerusform>Modifier les étiquettes de %Ln contact</numerusform>
            <numerusform>Modifier les étiquettes de %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Supprimer %Ln contact</numerusform>
            <numerusform>Supprimer %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %Ln contact(s) to %1</source>
        <translation>
            <numerusform>Passer %Ln contact à l’étape %1</numerusform>
            <numerusform>Passer %Ln contacts à l’étape %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into %1</source>
        <translation>
            <numerusform>Fusionner %Ln contact dans %1</numerusform>
            <numerusform>Fusionner %Ln contacts dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with tag %1 every %Ln day(s)</source>
        <translation>
            <numerusform>Garder le contact avec l’étiquette %1 chaque jour</numerusform>
            <numerusform>Garder le contact avec l’étiquette %1 tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %Ln promise(s)</source>
        <translation>
            <numerusform>Clore %Ln promesse</numerusform>
            <numerusform>Clore %Ln promesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread %Ln reminder(s) over %1 days</source>
        <translation>
            <numerusform>Répartir %Ln rappel sur %1 jours</numerusform>
            <numerusform>Répartir %Ln rappels sur %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %Ln keep-in-touch reminder(s)</source>
        <translation>
            <numerusform>Remettre à zéro %Ln rappel de suivi</numerusform>
            <numerusform>Remettre à zéro %Ln rappels de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %1 %Ln day(s)</source>
        <translation>
            <numerusform>Reporter %1 de %Ln jour</numerusform>
            <numerusform>Reporter %1 de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln people to this week&apos;s focus</source>
        <translation>
            <numerusform>Ajouter %Ln personne au focus de la semaine</numerusform>
            <numerusform>Ajouter %Ln personnes au focus de la semaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>wait until the running undo or redo has finished</source>
        <translation>attendez la fin de l’annulation ou du rétablissement en cours</translation>
    </message>
    <message>
        <source>Redoing</source>
        <translation>Rétablissement de</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Annulation de</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Saving your current data first…</source>
        <translation>Sauvegarde de vos données actuelles…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed</source>
        <translation>Annulé&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Renew “one thing I can do”</source>
        <translation>Renouveler «&#xa0;ce que je peux faire&#xa0;»</translation>
    </message>
    <message>
        <source>Change “one thing I can do”</source>
        <translation>Modifier «&#xa0;ce que je peux faire&#xa0;»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation>Nouvelle étiquette %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>Renommer l’étiquette %1</translation>
    </message>
    <message>
        <source>Edit tag %1</source>
        <translation>Modifier l’étiquette %1</translation>
    </message>
    <message>
        <source>Stop keeping in touch with tag %1</source>
        <translation>Arrêter le suivi de l’étiquette %1</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>Supprimer l’étiquette %1</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>Fusionner l’étiquette %1 dans %2</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Propose introduction</source>
        <translation>Proposer une mise en relation</translation>
    </message>
    <message>
        <source>Record introduction</source>
        <translation>Enregistrer une mise en relation</translation>
    </message>
    <message>
        <source>Ask %1 for an introduction to %2</source>
        <translation>Demander à %1 une mise en relation avec %2</translation>
    </message>
    <message>
        <source>Ask for an introduction</source>
        <translation>Demander une mise en relation</translation>
    </message>
    <message>
        <source>Mark introduction %1</source>
        <translation>Marquer la mise en relation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete introduction</source>
        <translation>Supprimer la mise en relation</translation>
    </message>
    <message>
        <source>Tag the imported contacts</source>
        <translation>Étiqueter les contacts importés</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Il n’y a aucune importation à annuler.</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>Annuler l’importation de %1</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Not duplicates: %1</source>
        <translation>Pas des doublons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Capturer %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Planifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Consigner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Supprimer l’échange</translation>
    </message>
    <message>
        <source>Hold meeting</source>
        <translation>Tenir le rendez-vous</translation>
    </message>
    <message>
        <source>Reschedule meeting</source>
        <translation>Reprogrammer le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me rappeler</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Reporter %1</translation>
    </message>
    <message>
        <source>Snooze %1 1 week</source>
        <translation>Reporter %1 d’une semaine</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>Reprogrammer %1</translation>
    </message>
    <message>
        <source>Record favour given</source>
        <translation>Enregistrer un service rendu</translation>
    </message>
    <message>
        <source>Record favour received</source>
        <translation>Enregistrer un service reçu</translation>
    </message>
    <message>
        <source>Delete favour</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>Pin in focus</source>
        <translation>Épingler dans le focus</translation>
    </message>
    <message>
        <source>Unpin from focus</source>
        <translation>Désépingler du focus</translation>
    </message>
    <message>
        <source>Done in this week&apos;s focus</source>
        <translation>Fait dans le focus de la semaine</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <source>Replace in focus</source>
        <translation>Remplacer dans le focus</translation>
    </message>
    <message>
        <source>Add to this week&apos;s focus</source>
        <translation>Ajouter au focus de la semaine</translation>
    </message>
    <message>
        <source>Remove from this week&apos;s focus</source>
        <translation>Retirer du focus de la semaine</translation>
    </message>
    <message>
        <source>Choose next week&apos;s focus</source>
        <translation>Choisir le focus de la semaine prochaine</translation>
    </message>
    <message>
        <source>Pin a fact</source>
        <translation>Épingler un fait</translation>
    </message>
    <message>
        <source>That fact no longer exists.</source>
        <translation>Ce fait n’existe plus.</translation>
    </message>
    <message>
        <source>Edit pinned fact</source>
        <translation>Modifier le fait épinglé</translation>
    </message>
    <message>
        <source>Unpin fact</source>
        <translation>Désépingler le fait</translation>
    </message>
    <message>
        <source>Restore your version of %1</source>
        <translation>Restaurer votre version de %1</translation>
    </message>
    <message>
        <source>Dismiss the sync conflict of %1</source>
        <translation>Écarter le conflit de synchronisation de %1</translation>
    </message>
</context>
<context>
    <name>PageTexts</name>
    <message numerus="yes">
        <source>and %Ln earlier interaction(s)</source>
        <translation>
            <numerusform>et %Ln échange antérieur</numerusform>
            <numerusform>et %Ln échanges antérieurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln de plus</numerusform>
            <numerusform>et %Ln de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathText</name>
    <message>
        <source>someone at %1</source>
        <translation>quelqu’un chez %1</translation>
    </message>
    <message>
        <source>someone tagged %1</source>
        <translation>quelqu’un étiqueté %1</translation>
    </message>
    <message>
        <source>anyone at %1</source>
        <translation>qui que ce soit chez %1</translation>
    </message>
    <message>
        <source>anyone tagged %1</source>
        <translation>qui que ce soit étiqueté %1</translation>
    </message>
    <message>
        <source>At %1 (%2)</source>
        <translation>Chez %1 (%2)</translation>
    </message>
    <message>
        <source>Tagged %1 (%2)</source>
        <translation>Étiqueté %1 (%2)</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no profile of your own yet: open My Profile first</source>
        <translation>Vous n’avez pas encore de profil : ouvrez d’abord Mon profil</translation>
    </message>
    <message>
        <source>This is you.</source>
        <translation>C’est vous.</translation>
    </message>
    <message>
        <source>contact %1 does not exist</source>
        <translation>le contact %1 n’existe pas</translation>
    </message>
    <message>
        <source>Nobody %1 is in your contacts</source>
        <translation>Personne %1 dans vos contacts</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>étiqueté %1</translation>
    </message>
    <message>
        <source>No path to %1: nobody you know is recorded as knowing them</source>
        <translation>Aucun chemin vers %1 : personne que vous connaissez n’est enregistré comme la connaissant</translation>
    </message>
    <message>
        <source>No path to %1: nobody in your network knows them, even through friends of friends</source>
        <translation>Aucun chemin vers %1 : personne dans votre réseau ne la connaît, même par des amis d’amis</translation>
    </message>
    <message>
        <source>You already know %1: get in touch directly</source>
        <translation>Vous connaissez déjà %1 : prenez contact directement</translation>
    </message>
    <message>
        <source>Ask %1 to introduce you to %2</source>
        <translation>Demandez à %1 de vous présenter à %2</translation>
    </message>
    <message>
        <source>you are acquainted</source>
        <translation>vous vous connaissez</translation>
    </message>
    <message>
        <source>you have a relationship</source>
        <translation>vous avez une relation</translation>
    </message>
    <message>
        <source>you trust each other</source>
        <translation>vous vous faites confiance</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>your card lists %1</source>
        <translation>votre fiche mentionne %1</translation>
    </message>
    <message>
        <source>%1&apos;s card lists %2</source>
        <translation>la fiche de %1 mentionne %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a card&apos;s link and its kind</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>deux fois</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>you met %1 %2, last in %3</source>
        <translation>vous avez vu %1 %2, la dernière en %3</translation>
    </message>
    <message>
        <source>you were in touch with %1 %2, last in %3</source>
        <translation>vous avez échangé avec %1 %2, la dernière en %3</translation>
    </message>
    <message>
        <source>%1 and %2 were at a meeting with you in %3</source>
        <translation>%1 et %2 étaient à un rendez-vous avec vous en %3</translation>
    </message>
    <message>
        <source>%1 and %2 were at %3 meetings with you, last in %4</source>
        <translation>%1 et %2 étaient à %3 rendez-vous avec vous, le dernier en %4</translation>
    </message>
    <message>
        <source>%1 and %2 met directly</source>
        <translation>%1 et %2 se sont rencontrés directement</translation>
    </message>
    <message>
        <source>you introduced %1 to %2</source>
        <translation>vous avez présenté %1 à %2</translation>
    </message>
    <message>
        <source>%1 introduced you to %2</source>
        <translation>%1 vous a présenté à %2</translation>
    </message>
    <message>
        <source>%1 introduced %2 to %3</source>
        <translation>%1 a présenté %2 à %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>an introduction and its year</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>You know %1 already: no introduction needed</source>
        <translation>Vous connaissez déjà %1 : pas besoin de présentation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person and their organisation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>I hope you&apos;re well. Would you be happy to introduce me to %1?</source>
        <translation>J’espère que vous allez bien. Accepteriez-vous de me présenter à %1 ?</translation>
    </message>
    <message>
        <source>I&apos;m hoping to reach %1, and %2 knows them.</source>
        <translation>J’aimerais joindre %1, et %2 le ou la connaît.</translation>
    </message>
    <message>
        <source>I&apos;m looking to connect with %1.</source>
        <translation>Je cherche à entrer en contact avec %1.</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>A short e-mail to both of us would be perfect, and I&apos;m glad to send you a few lines to forward if that&apos;s easier.</source>
        <translation>Un court e-mail à nous deux serait parfait, et je peux volontiers vous envoyer quelques lignes à transférer si c’est plus simple.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Introduction to %1?</source>
        <translation>Présentation à %1 ?</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>PolicyDelegate</name>
    <message>
        <source>What to do with this card</source>
        <translation>Que faire de cette fiche</translation>
    </message>
</context>
<context>
    <name>PreviewCardModel</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New contact — %1</source>
        <translation>Nouveau contact — %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Matches %1: %2</source>
        <translation>Correspond à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
</context>
<context>
    <name>PromiseOfferDialog</name>
    <message>
        <source>Close a Promise?</source>
        <translation>Clore une promesse&#xa0;?</translation>
    </message>
    <message>
        <source>You recorded %1. Did it keep one of these promises?</source>
        <translation>Vous avez enregistré %1. Cela tient-il l’une de ces promesses&#xa0;?</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1&#xa0;: %2 (échéance %3)</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>ReachBox</name>
    <message>
        <source>A name, an organisation or a tag</source>
        <translation>Un nom, une organisation ou une étiquette</translation>
    </message>
    <message>
        <source>How do I reach</source>
        <translation>Comment joindre</translation>
    </message>
    <message>
        <source>Nobody and nothing called “{0}”.</source>
        <translation>Personne ni rien ne s’appelle «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>The network is still being read…</source>
        <translation>Le réseau est encore en cours de lecture…</translation>
    </message>
    <message>
        <source>{0}. To {1}</source>
        <translation>{0}. Vers {1}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Highlight this path in the picture</source>
        <translation>Mettre ce chemin en évidence dans l’image</translation>
    </message>
    <message>
        <source>Ask for this introduction</source>
        <translation>Demander cette mise en relation</translation>
    </message>
    <message>
        <source>Record the introduction as proposed, remind you to chase it in a week, and draft the message (undo with Ctrl+Z)</source>
        <translation>Enregistrer la mise en relation comme proposée, vous rappeler de relancer dans une semaine et rédiger le message (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Recorded: introduction to {0} proposed; a reminder to chase {1} on {2}. Undo with Ctrl+Z.</source>
        <translation>Enregistré&#xa0;: mise en relation avec {0} proposée&#xa0;; un rappel pour relancer {1} le {2}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>To reach %1</source>
        <translation>Pour joindre %1</translation>
    </message>
    <message>
        <source>Warm path to %1</source>
        <translation>Chemin par vos relations vers %1</translation>
    </message>
</context>
<context>
    <name>ReadText</name>
    <message>
        <source>message skipped: it has no readable date</source>
        <translation>message ignoré&#xa0;: il n’a pas de date lisible</translation>
    </message>
    <message>
        <source>not mail Rapport can read: a folder that is neither an mbox nor a Maildir</source>
        <translation>pas un courrier que Rapport sait lire&#xa0;: un dossier qui n’est ni une mbox ni un Maildir</translation>
    </message>
    <message>
        <source>not mail Rapport can read: a file that is neither an mbox nor a Maildir</source>
        <translation>pas un courrier que Rapport sait lire&#xa0;: un fichier qui n’est ni une mbox ni un Maildir</translation>
    </message>
    <message>
        <source>message skipped: its header block never ends</source>
        <translation>message ignoré&#xa0;: son en-tête ne se termine jamais</translation>
    </message>
    <message>
        <source>message skipped: it has no headers</source>
        <translation>message ignoré&#xa0;: il n’a pas d’en-têtes</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>impossible de lire le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>message skipped: cannot read it (%1)</source>
        <translation>message ignoré&#xa0;: impossible de le lire (%1)</translation>
    </message>
    <message>
        <source>not a contacts CSV file: no header row found</source>
        <translation>pas un fichier CSV de contacts&#xa0;: aucune ligne d’en-tête trouvée</translation>
    </message>
    <message>
        <source>not a LinkedIn, Google or Outlook contacts export: its columns are %1</source>
        <translation>pas un export de contacts LinkedIn, Google ou Outlook&#xa0;: ses colonnes sont %1</translation>
    </message>
    <message>
        <source>row skipped: %1</source>
        <translation>ligne ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2: the extra ones were left out</source>
        <translation>la ligne a %1 champs, l’en-tête %2&#xa0;: les champs en trop ont été laissés de côté</translation>
    </message>
    <message>
        <source>row skipped: it has no name, organisation, e-mail or phone</source>
        <translation>ligne ignorée&#xa0;: elle n’a ni nom, ni organisation, ni e-mail, ni téléphone</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>pas un fichier iCalendar (pas de BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>unreadable date %1</source>
        <translation>date illisible %1</translation>
    </message>
    <message>
        <source>event skipped: %1</source>
        <translation>événement ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>event skipped: it has no start (DTSTART)</source>
        <translation>événement ignoré&#xa0;: il n’a pas de début (DTSTART)</translation>
    </message>
    <message>
        <source>event skipped: %1 in %2</source>
        <translation>événement ignoré&#xa0;: %1 dans %2</translation>
    </message>
    <message>
        <source>event not closed (END:VEVENT missing); read as far as it went</source>
        <translation>événement non fermé (END:VEVENT manquant)&#xa0;; lu aussi loin qu’il allait</translation>
    </message>
    <message>
        <source>recurring event %1 repeats more than %2 times in the range: the first %2 were read</source>
        <translation>l’événement récurrent %1 se répète plus de %2 fois dans la période&#xa0;: les %2 premières ont été lues</translation>
    </message>
    <message>
        <source>unknown time zone %1: its events were read as local time</source>
        <translation>fuseau horaire inconnu %1&#xa0;: ses événements ont été lus en heure locale</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>internal error while reading (%1)</source>
        <translation>erreur interne pendant la lecture (%1)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1&#xa0;caractères</translation>
    </message>
    <message>
        <source>not a vCard file (no line break in its first %1)</source>
        <translation>pas un fichier vCard (aucun saut de ligne dans ses premiers %1)</translation>
    </message>
    <message>
        <source>not a vCard file: the file is empty</source>
        <translation>pas un fichier vCard&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>not a vCard file (binary data)</source>
        <translation>pas un fichier vCard (données binaires)</translation>
    </message>
    <message>
        <source>not a vCard file (no BEGIN:VCARD line)</source>
        <translation>pas un fichier vCard (pas de ligne BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>continuation line without a property before it; ignored</source>
        <translation>ligne de continuation sans propriété avant elle&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>%1 is %2 long, over the limit of %3; skipped</source>
        <translation>%1 fait %2, au-delà de la limite de %3&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>line</source>
        <translation>la ligne</translation>
    </message>
    <message>
        <source>line has no &apos;:&apos; (%1); ignored</source>
        <translation>ligne sans «&#xa0;:&#xa0;» (%1)&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD; ignored</source>
        <translation>END:VCARD sans BEGIN:VCARD&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>card has no END:VCARD; read to the end of the file</source>
        <translation>la fiche n’a pas de END:VCARD&#xa0;; lue jusqu’à la fin du fichier</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 à la ligne %2</translation>
    </message>
    <message>
        <source>card could not be read (internal error: %1); skipped</source>
        <translation>la fiche n’a pas pu être lue (erreur interne&#xa0;: %1)&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>value is not valid base64; kept as text</source>
        <translation>la valeur n’est pas du base64 valide&#xa0;; gardée comme texte</translation>
    </message>
    <message>
        <source>property without a name; ignored</source>
        <translation>propriété sans nom&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>card has more than %1 properties; the rest of it was skipped</source>
        <translation>la fiche a plus de %1 propriétés&#xa0;; le reste a été ignoré</translation>
    </message>
    <message>
        <source>the note is over %1 characters; the rest of it was skipped</source>
        <translation>la note dépasse %1&#xa0;caractères&#xa0;; le reste a été ignoré</translation>
    </message>
    <message>
        <source>the note is over %1 characters; only the first %1 were kept</source>
        <translation>la note dépasse %1&#xa0;caractères&#xa0;; seuls les %1 premiers ont été gardés</translation>
    </message>
    <message>
        <source>PHOTO is %1, over the limit of %2; skipped</source>
        <translation>PHOTO fait %1, au-delà de la limite de %2&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>PHOTO is not valid base64; kept as text, no picture</source>
        <translation>PHOTO n’est pas du base64 valide&#xa0;; gardée comme texte, sans image</translation>
    </message>
    <message>
        <source>card has more than %1 categories; the rest were skipped</source>
        <translation>la fiche a plus de %1 catégories&#xa0;; les autres ont été ignorées</translation>
    </message>
    <message>
        <source>empty card (nothing between BEGIN and END)</source>
        <translation>fiche vide (rien entre BEGIN et END)</translation>
    </message>
    <message>
        <source>card has no name, organisation, nickname, e-mail, phone or URL; skipped</source>
        <translation>la fiche n’a ni nom, ni organisation, ni surnom, ni e-mail, ni téléphone, ni URL&#xa0;; ignorée</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Remind Me</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Remind Me About %1</source>
        <translation>Me rappeler %1</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Saisissez un nom…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>e.g. Ask how the new job is going</source>
        <translation>p. ex. Demander comment se passe le nouveau poste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>choose someone: type a name and pick it</source>
        <translation>choisissez quelqu’un&#xa0;: saisissez un nom et sélectionnez-le</translation>
    </message>
    <message>
        <source>say what to do, e.g. send the article</source>
        <translation>indiquez quoi faire, p. ex. envoyer l’article</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Your week in review</source>
        <translation>Le bilan de votre semaine</translation>
    </message>
    <message>
        <source>Who you saw, the promises kept and open, and next week&apos;s people. Click to look back on the week.</source>
        <translation>Qui vous avez vu, les promesses tenues et en suspens, et les personnes de la semaine prochaine. Cliquez pour revenir sur la semaine.</translation>
    </message>
    <message>
        <source>Click to open the agenda.</source>
        <translation>Cliquez pour ouvrir l’agenda.</translation>
    </message>
    <message>
        <source>Rapport — %1</source>
        <translation>Rapport — %1</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Rapport: damaged data</source>
        <translation>Rapport&#xa0;: données endommagées</translation>
    </message>
    <message>
        <source>Show &amp;Backups Folder</source>
        <translation>Afficher le dossier des &amp;sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Quit Rapport</source>
        <translation>&amp;Quitter Rapport</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Rapport&apos;s data is damaged</source>
        <translation>Les données de Rapport sont endommagées</translation>
    </message>
    <message>
        <source>Part of the database cannot be read. A disk error, the computer stopping while it wrote, or a copy that did not finish can do this. Choose how to go on: the damaged file is kept in the backups folder either way.</source>
        <translation>Une partie de la base de données est illisible. Une erreur de disque, un ordinateur arrêté pendant l’écriture ou une copie inachevée peuvent en être la cause. Choisissez comment continuer&#xa0;: le fichier endommagé est conservé dans le dossier des sauvegardes dans tous les cas.</translation>
    </message>
    <message>
        <source>Restore the backup from {when}</source>
        <translation>Restaurer la sauvegarde du {when}</translation>
    </message>
    <message>
        <source>{contacts}. What was changed since then is not in it.</source>
        <translation>{contacts}. Ce qui a changé depuis n’y figure pas.</translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation>Aucune sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Rapport has no intact backup of this database yet.</source>
        <translation>Rapport n’a pas encore de sauvegarde intacte de cette base de données.</translation>
    </message>
    <message>
        <source>Recover what can still be read</source>
        <translation>Récupérer ce qui est encore lisible</translation>
    </message>
    <message>
        <source>Copies every record that can be read into a new database, and shows what it saved before anything is replaced.</source>
        <translation>Copie chaque enregistrement lisible dans une nouvelle base de données et montre ce qui a été sauvé avant de remplacer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Recovering what can still be read…</source>
        <translation>Récupération de ce qui est encore lisible…</translation>
    </message>
    <message>
        <source>Use the recovered data</source>
        <translation>Utiliser les données récupérées</translation>
    </message>
    <message>
        <source>Restoring the backup from {when}…</source>
        <translation>Restauration de la sauvegarde du {when}…</translation>
    </message>
    <message>
        <source>Restored the backup from {when}; the damaged file is kept as {name}</source>
        <translation>Sauvegarde du {when} restaurée&#xa0;; le fichier endommagé est conservé sous le nom {name}</translation>
    </message>
    <message>
        <source>Recovered {contacts}</source>
        <translation>{contacts} récupérés</translation>
    </message>
    <message>
        <source>{rows:,} records in all were read.</source>
        <translation>{rows:,} enregistrements ont été lus en tout.</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>Illisible&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was found missing.</source>
        <translation>Rien ne semble manquer.</translation>
    </message>
    <message>
        <source>The backup from {when} holds {contacts}.</source>
        <translation>La sauvegarde du {when} contient {contacts}.</translation>
    </message>
    <message>
        <source>Restore the backup instead</source>
        <translation>Restaurer plutôt la sauvegarde</translation>
    </message>
    <message>
        <source>From {when}: {contacts}.</source>
        <translation>Du {when}&#xa0;: {contacts}.</translation>
    </message>
    <message>
        <source>The recovery failed: {message}</source>
        <translation>La récupération a échoué&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Putting the recovered data in place…</source>
        <translation>Mise en place des données récupérées…</translation>
    </message>
    <message>
        <source>Recovered {contacts}; the damaged file is kept as {name}</source>
        <translation>{contacts} récupérés&#xa0;; le fichier endommagé est conservé sous le nom {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Rapport copies your data once a day and keeps the last %1 days. Restoring replaces everything in Rapport with the copy you choose; what you have now is saved as a backup first, so you can come back to it.</source>
        <translation>Rapport copie vos données une fois par jour et conserve les %1 derniers jours. La restauration remplace tout le contenu de Rapport par la copie choisie&#xa0;; vos données actuelles sont d’abord sauvegardées, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>  Taken</source>
        <translation>  Créée</translation>
    </message>
    <message>
        <source>  Kind</source>
        <translation>  Type</translation>
    </message>
    <message>
        <source>Contacts  </source>
        <translation>Contacts  </translation>
    </message>
    <message>
        <source>Size  </source>
        <translation>Taille  </translation>
    </message>
    <message>
        <source>No backups yet.
Rapport makes the first one a few seconds after it starts.</source>
        <translation>Aucune sauvegarde pour l’instant.
Rapport crée la première quelques secondes après son démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds the backups</source>
        <translation>Ouvrir le dossier qui contient les sauvegardes</translation>
    </message>
    <message>
        <source>Replace all your data with the backup from %1 (%2)?</source>
        <translation>Remplacer toutes vos données par la sauvegarde de %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Your current data (%1) is saved as a backup first, so you can restore it later. Undo history is cleared.</source>
        <translation>Vos données actuelles (%1) sont d’abord sauvegardées, pour que vous puissiez les restaurer plus tard. L’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <source>Your current data is saved as a backup first, so you can restore it later. Undo history is cleared.</source>
        <translation>Vos données actuelles sont d’abord sauvegardées, pour que vous puissiez les restaurer plus tard. L’historique d’annulation est effacé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restored the backup from %1; what you had before is in %2</source>
        <translation>Sauvegarde de %1 restaurée&#xa0;; vos données précédentes sont dans %2</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>A file with that name is already in {folder}; replacing it overwrites what it holds.</source>
        <translation>Un fichier de ce nom existe déjà dans {folder}&#xa0;; le remplacer écrase son contenu.</translation>
    </message>
    <message>
        <source>“{name}” is read-only. Replace it anyway?</source>
        <translation>«&#xa0;{name}&#xa0;» est en lecture seule. Le remplacer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Someone made it read-only, perhaps to keep it as it is.</source>
        <translation>Quelqu’un l’a mis en lecture seule, peut-être pour le garder tel quel.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>This week&apos;s focus</source>
        <translation>Focus de la semaine</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <source>Only ever asked</source>
        <translation>Seulement sollicités</translation>
    </message>
    <message>
        <source>Lists and tags</source>
        <translation>Listes et étiquettes</translation>
    </message>
    <message>
        <source>Click to show or hide</source>
        <translation>Cliquer pour afficher ou masquer</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>None right now. Tag people&apos;s interests, needs and offers to get suggestions.</source>
        <translation>Aucune pour l’instant. Étiquetez les centres d’intérêt, besoins et offres des gens pour obtenir des suggestions.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Record a proposed introduction (undo with Ctrl+Z)</source>
        <translation>Enregistrer une mise en relation proposée (annuler avec Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>SwatchPicker</name>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>A colour chosen from the tag&apos;s name</source>
        <translation>Une couleur déduite du nom de l’étiquette</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synced with the server: names, nickname, organisation, department, title, e-mails, phones, addresses, web and chat links, birthday, anniversary, photo, the contact&apos;s note, tags that are interests or groups (as categories), stage, keep-in-touch days and the date you met. Never sent: topics to avoid, how you met, interactions, favours, introductions, follow-ups and your focus list.</source>
        <translation>Synchronisé avec le serveur&#xa0;: noms, surnom, organisation, service, fonction, e-mails, téléphones, adresses, liens web et de messagerie, anniversaire, anniversaire de mariage, photo, la note du contact, les étiquettes de centres d’intérêt ou de groupes (comme catégories), l’étape, les jours de suivi et la date de rencontre. Jamais envoyé&#xa0;: sujets à éviter, votre rencontre, échanges, services rendus, mises en relation, relances et votre liste de focus.</translation>
    </message>
    <message>
        <source>Changed on both sides: each field is compared with the last synced version; a change on one side wins over no change on the other (a deletion too). Only a field both sides changed differently is a conflict: the server&apos;s value is used and yours is kept below for review.</source>
        <translation>Modifié des deux côtés&#xa0;: chaque champ est comparé à la dernière version synchronisée&#xa0;; une modification d’un côté l’emporte sur l’absence de modification de l’autre (une suppression aussi). Seul un champ modifié différemment des deux côtés est un conflit&#xa0;: la valeur du serveur est utilisée et la vôtre est conservée ci-dessous pour examen.</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Not synced (the server refused them; tried again at every sync):</source>
        <translation>Non synchronisés (refusés par le serveur&#xa0;; nouvelle tentative à chaque synchronisation)&#xa0;:</translation>
    </message>
    <message>
        <source>Address books:</source>
        <translation>Carnets d’adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;First Sync</source>
        <translation>Lancer la &amp;première synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync Accounts</source>
        <translation>Comptes de synchronisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>Carnets d’adresses</translation>
    </message>
    <message>
        <source>Sync this account now (F5)</source>
        <translation>Synchroniser ce compte maintenant (F5)</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisés</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>No sync accounts yet</source>
        <translation>Aucun compte de synchronisation pour l’instant</translation>
    </message>
    <message>
        <source>Add a CardDAV account (Nextcloud, Radicale, Fastmail, iCloud…) to keep your phone and Rapport in step.</source>
        <translation>Ajoutez un compte CardDAV (Nextcloud, Radicale, Fastmail, iCloud…) pour garder votre téléphone et Rapport synchronisés.</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln contacts)  — new contacts go here</source>
        <translation>
            <numerusform>%1  (%Ln contact)  — les nouveaux contacts vont ici</numerusform>
            <numerusform>%1  (%Ln contacts)  — les nouveaux contacts vont ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln contacts)</source>
        <translation>
            <numerusform>%1  (%Ln contact)</numerusform>
            <numerusform>%1  (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>New password for %1 at %2:</source>
        <translation>Nouveau mot de passe pour %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>Password changed; the next sync uses it.</source>
        <translation>Mot de passe changé&#xa0;; la prochaine synchronisation l’utilisera.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Stop syncing with %1? Your contacts stay in Rapport and on the server.</source>
        <translation>Arrêter la synchronisation avec %1&#xa0;? Vos contacts restent dans Rapport et sur le serveur.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Looking at what the first sync would do…</source>
        <translation>Examen de ce que ferait la première synchronisation…</translation>
    </message>
    <message>
        <source>First sync: %1 will be uploaded and %2 brought in. Click Start First Sync to go ahead.</source>
        <translation>Première synchronisation&#xa0;: %1 seront envoyés et %2 récupérés. Cliquez sur Lancer la première synchronisation pour continuer.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 fiche</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 fiches</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced just now: %1</source>
        <translation>Synchronisé à l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync picks up where this one stopped.</source>
        <translation>Synchronisation annulée&#xa0;; la prochaine reprendra là où celle-ci s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>the server refused %1 as invalid (400)</source>
        <translation>le serveur a refusé %1 comme non valide (400)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401)</source>
        <translation>le serveur a refusé le nom d’utilisateur ou le mot de passe (401)</translation>
    </message>
    <message>
        <source>the server does not allow this: %1 (403 Forbidden)</source>
        <translation>le serveur ne le permet pas&#xa0;: %1 (403 Forbidden)</translation>
    </message>
    <message>
        <source>not found on the server: %1 (404)</source>
        <translation>introuvable sur le serveur&#xa0;: %1 (404)</translation>
    </message>
    <message>
        <source>the server does not support this request: %1 (405)</source>
        <translation>le serveur ne prend pas en charge cette requête&#xa0;: %1 (405)</translation>
    </message>
    <message>
        <source>the server reported a conflict: %1 (409)</source>
        <translation>le serveur a signalé un conflit&#xa0;: %1 (409)</translation>
    </message>
    <message>
        <source>changed on the server meanwhile: %1 (412)</source>
        <translation>modifié entre-temps sur le serveur&#xa0;: %1 (412)</translation>
    </message>
    <message>
        <source>the server refused %1 as too large (413)</source>
        <translation>le serveur a refusé %1 comme trop volumineux (413)</translation>
    </message>
    <message>
        <source>the server does not accept this kind of data: %1 (415)</source>
        <translation>le serveur n’accepte pas ce type de données&#xa0;: %1 (415)</translation>
    </message>
    <message>
        <source>the server is out of storage (507)</source>
        <translation>le serveur n’a plus d’espace de stockage (507)</translation>
    </message>
    <message>
        <source>the server failed (%1) on %2</source>
        <translation>le serveur a échoué (%1) pendant&#xa0;: %2</translation>
    </message>
    <message>
        <source>unexpected answer %1 from the server on %2</source>
        <translation>réponse inattendue %1 du serveur pendant&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation>pas une adresse de serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is reached over http://, which would send the password in clear; use https:// or confirm plain http for this account</source>
        <translation>%1 est joint par http://, ce qui enverrait le mot de passe en clair&#xa0;; utilisez https:// ou confirmez le http simple pour ce compte</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>impossible de lire le fichier d’AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server pointed to another host: %1</source>
        <translation>le serveur a renvoyé vers un autre hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>the certificate of %1 is not the pinned one (SHA-256 %2…); not connecting</source>
        <translation>le certificat de %1 n’est pas celui épinglé (SHA-256 %2…)&#xa0;; pas de connexion</translation>
    </message>
    <message>
        <source>cannot connect to %1: connection refused</source>
        <translation>impossible de se connecter à %1&#xa0;: connexion refusée</translation>
    </message>
    <message>
        <source>cannot find the server %1</source>
        <translation>serveur %1 introuvable</translation>
    </message>
    <message>
        <source>the server at %1 closed the connection</source>
        <translation>le serveur %1 a fermé la connexion</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); give the server&apos;s CA file or pin its certificate</source>
        <translation>le certificat de %1 n’est pas reconnu (%2)&#xa0;; indiquez le fichier d’AC du serveur ou épinglez son certificat</translation>
    </message>
    <message>
        <source>secure connection to %1 failed: %2</source>
        <translation>échec de la connexion sécurisée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server at %1 took longer than %2 s for %3; stopped</source>
        <translation>le serveur %1 a mis plus de %2&#xa0;s pour&#xa0;: %3&#xa0;; arrêté</translation>
    </message>
    <message>
        <source>the server at %1 did not answer within %2 s</source>
        <translation>le serveur %1 n’a pas répondu en %2&#xa0;s</translation>
    </message>
    <message>
        <source>the server&apos;s answer to %1 is larger than %2 MB; stopped</source>
        <translation>la réponse du serveur à %1 dépasse %2&#xa0;Mo&#xa0;; arrêté</translation>
    </message>
    <message>
        <source>the server at %1 sent a broken answer (%2)</source>
        <translation>le serveur %1 a envoyé une réponse défectueuse (%2)</translation>
    </message>
    <message>
        <source>the server already has this contact under another name: %1</source>
        <translation>le serveur a déjà ce contact sous un autre nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused %1 as invalid (412)</source>
        <translation>le serveur a refusé %1 comme non valide (412)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a refusal and what the server said</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>too many redirects from %1</source>
        <translation>trop de redirections depuis %1</translation>
    </message>
    <message>
        <source>the server sent an unreadable answer to %1</source>
        <translation>le serveur a envoyé une réponse illisible à %1</translation>
    </message>
    <message>
        <source>looking for address books</source>
        <translation>recherche des carnets d’adresses</translation>
    </message>
    <message>
        <source>no address books found for this account on the server</source>
        <translation>aucun carnet d’adresses trouvé pour ce compte sur le serveur</translation>
    </message>
    <message>
        <source>not an address book any more: %1</source>
        <translation>n’est plus un carnet d’adresses&#xa0;: %1</translation>
    </message>
    <message>
        <source>listing the address book</source>
        <translation>liste du carnet d’adresses</translation>
    </message>
    <message>
        <source>reading changes</source>
        <translation>lecture des modifications</translation>
    </message>
    <message>
        <source>reading vCards</source>
        <translation>lecture des vCards</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>la fiche</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>ce compte n’existe pas</translation>
    </message>
    <message>
        <source>no password stored for this account; enter it in Tools → Sync Accounts…</source>
        <translation>aucun mot de passe enregistré pour ce compte&#xa0;; saisissez-le dans Outils → Comptes de synchronisation…</translation>
    </message>
    <message>
        <source>no address book chosen for this account</source>
        <translation>aucun carnet d’adresses choisi pour ce compte</translation>
    </message>
    <message>
        <source>cancelled; the next sync resumes</source>
        <translation>annulé&#xa0;; la prochaine synchronisation reprendra</translation>
    </message>
    <message>
        <source>that sync account no longer exists</source>
        <translation>ce compte de synchronisation n’existe plus</translation>
    </message>
    <message>
        <source>the server answered %1 when %2</source>
        <translation>le serveur a répondu %1 pendant&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server sent an unreadable answer when %1</source>
        <translation>le serveur a envoyé une réponse illisible pendant&#xa0;: %1</translation>
    </message>
    <message>
        <source>looking for calendars</source>
        <translation>recherche des calendriers</translation>
    </message>
    <message>
        <source>listing calendars</source>
        <translation>liste des calendriers</translation>
    </message>
    <message>
        <source>making the calendar</source>
        <translation>création du calendrier</translation>
    </message>
    <message>
        <source>the server would not make a calendar (%1): turn the calendar push off, or make a calendar named “%2” there</source>
        <translation>le serveur n’a pas voulu créer de calendrier (%1)&#xa0;: désactivez l’envoi au calendrier, ou créez-y un calendrier nommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no password stored for this account: add it again in Sync Accounts</source>
        <translation>aucun mot de passe enregistré pour ce compte&#xa0;: ajoutez-le de nouveau dans Comptes de synchronisation</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>enregistrement de %1</translation>
    </message>
    <message>
        <source>the server refused an event (%1): %2</source>
        <translation>le serveur a refusé un événement (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>removing a done follow-up</source>
        <translation>suppression d’une relance faite</translation>
    </message>
    <message>
        <source>the server refused to remove an event (%1)</source>
        <translation>le serveur a refusé de supprimer un événement (%1)</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>an account needs a server address and a user name</source>
        <translation>un compte a besoin d’une adresse de serveur et d’un nom d’utilisateur</translation>
    </message>
    <message>
        <source>%1 is plain http: the password would travel in clear; use https:// or confirm plain http</source>
        <translation>%1 est en http simple&#xa0;: le mot de passe circulerait en clair&#xa0;; utilisez https:// ou confirmez le http simple</translation>
    </message>
    <message>
        <source>the timeout must be between 1 and 3600 seconds</source>
        <translation>le délai doit être compris entre 1 et 3600&#xa0;secondes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 matches several accounts: %2</source>
        <translation>%1 correspond à plusieurs comptes&#xa0;: %2</translation>
    </message>
    <message>
        <source>no sync account %1 (accounts: %2)</source>
        <translation>aucun compte de synchronisation %1 (comptes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1&#xa0;h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>push failed: %1</source>
        <translation>échec de l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>pushed to the calendar: %1 new, %2 changed, %3 removed, %4 unchanged</source>
        <translation>envoyé au calendrier&#xa0;: %1 nouveaux, %2 modifiés, %3 supprimés, %4 inchangés</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted here</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 supprimés ici</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 updated, %3 deleted on the server</source>
        <translation>%1 envoyés, %2 mis à jour, %3 supprimés sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review (the server&apos;s value applied; yours kept)</source>
        <translation>
            <numerusform>%n conflit à examiner (la valeur du serveur appliquée&#xa0;; la vôtre gardée)</numerusform>
            <numerusform>%n conflits à examiner (la valeur du serveur appliquée&#xa0;; la vôtre gardée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server kept here (they have history)</source>
        <translation>
            <numerusform>%n supprimé sur le serveur gardé ici (il a un historique)</numerusform>
            <numerusform>%n supprimés sur le serveur gardés ici (ils ont un historique)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable card(s) skipped</source>
        <translation>
            <numerusform>%n fiche illisible ignorée</numerusform>
            <numerusform>%n fiches illisibles ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not synced (refused by the server)</source>
        <translation>
            <numerusform>%n non synchronisé (refusé par le serveur)</numerusform>
            <numerusform>%n non synchronisés (refusés par le serveur)</numerusform>
        </translation>
    </message>
    <message>
        <source>everything was already in step</source>
        <translation>tout était déjà à jour</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>ce compte n’existe pas</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>what a first sync would do</comment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n group card(s) with members not found</source>
        <translation>
            <numerusform>%n fiche de groupe avec des membres introuvables</numerusform>
            <numerusform>%n fiches de groupe avec des membres introuvables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be uploaded</source>
        <translation>
            <numerusform>%n contact sera envoyé</numerusform>
            <numerusform>%n contacts seront envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) brought in</source>
        <translation>
            <numerusform>%n fiche récupérée</numerusform>
            <numerusform>%n fiches récupérées</numerusform>
        </translation>
    </message>
    <message>
        <source>no password stored for this account</source>
        <translation>aucun mot de passe enregistré pour ce compte</translation>
    </message>
    <message>
        <source>no vCard</source>
        <translation>pas de vCard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an address book and a note on one of its cards</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>une photo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Autres prénoms</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Notre rencontre</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Rencontré le</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Keep in touch (days)</source>
        <translation>Garder le contact (jours)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Topic to avoid: %1</source>
        <translation>Sujet à éviter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Interest</source>
        <translation>Centre d’intérêt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Topic to avoid</source>
        <translation>Sujet à éviter</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>No keep-in-touch cadence for “%1”. Double-click or use “Keep in touch…” to follow up with its people regularly.</source>
        <translation>Aucun rythme de suivi pour «&#xa0;%1&#xa0;». Double-cliquez ou utilisez «&#xa0;Garder le contact…&#xa0;» pour relancer régulièrement ses membres.</translation>
    </message>
    <message>
        <source>%1 after the last interaction, for the people tagged “%2” who have no cadence of their own (theirs wins; with several tags, the shortest cadence applies).</source>
        <translation>%1 après le dernier échange, pour les personnes étiquetées «&#xa0;%2&#xa0;» sans rythme propre (le leur l’emporte&#xa0;; avec plusieurs étiquettes, le rythme le plus court s’applique).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Every </source>
        <translation>Tous les </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Manage tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les étiquettes</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Move everyone with this tag onto another tag, then delete this one</source>
        <translation>Déplacer tous ceux qui ont cette étiquette vers une autre, puis supprimer celle-ci</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Category of the selected tag</source>
        <translation>Catégorie de l’étiquette sélectionnée</translation>
    </message>
    <message>
        <source>Keep in touch…</source>
        <translation>Garder le contact…</translation>
    </message>
    <message>
        <source>How often to follow up with the people who carry the selected tag</source>
        <translation>À quelle fréquence relancer les personnes qui portent l’étiquette sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo puts it back.</source>
        <translation>«&#xa0;%1&#xa0;» fusionnée dans «&#xa0;%2&#xa0;». Annuler la rétablit.</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Il n’y a aucune autre étiquette dans laquelle fusionner.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln people tagged “%1” onto:</source>
        <translation>
            <numerusform>Déplacer la %Ln personne étiquetée «&#xa0;%1&#xa0;» vers&#xa0;:</numerusform>
            <numerusform>Déplacer les %Ln personnes étiquetées «&#xa0;%1&#xa0;» vers&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” from %Ln people. Undo puts it back.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» supprimée de %Ln personne. Annuler la rétablit.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» supprimée de %Ln personnes. Annuler la rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch with the %Ln people tagged “%1”: %2. Undo puts it back.</source>
        <translation>
            <numerusform>Garder le contact avec la %Ln personne étiquetée «&#xa0;%1&#xa0;»&#xa0;: %2. Annuler rétablit l’état précédent.</numerusform>
            <numerusform>Garder le contact avec les %Ln personnes étiquetées «&#xa0;%1&#xa0;»&#xa0;: %2. Annuler rétablit l’état précédent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No keep-in-touch cadence for the %Ln people tagged “%1”. Undo puts it back.</source>
        <translation>
            <numerusform>Aucun rythme de suivi pour la %Ln personne étiquetée «&#xa0;%1&#xa0;». Annuler le rétablit.</numerusform>
            <numerusform>Aucun rythme de suivi pour les %Ln personnes étiquetées «&#xa0;%1&#xa0;». Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln étiquette</numerusform>
            <numerusform>%Ln étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Follow up with the people tagged “%1” this many days after the last interaction (0 for none; a person&apos;s own cadence wins):</source>
        <translation>Relancer les personnes étiquetées «&#xa0;%1&#xa0;» ce nombre de jours après le dernier échange (0 pour jamais&#xa0;; le rythme propre d’une personne l’emporte)&#xa0;:</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TagPickDialog</name>
    <message>
        <source>Remove Tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>e.g. Web Summit 2026</source>
        <translation>p. ex. Web Summit 2026</translation>
    </message>
    <message numerus="yes">
        <source>Tag the %Ln contact(s) with:</source>
        <translation>
            <numerusform>Étiqueter le %Ln contact avec&#xa0;:</numerusform>
            <numerusform>Étiqueter les %Ln contacts avec&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a tag off the %Ln contact(s):</source>
        <translation>
            <numerusform>Retirer une étiquette du %Ln contact&#xa0;:</numerusform>
            <numerusform>Retirer une étiquette des %Ln contacts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>How often to follow up with the people who carry the tag, counted from the last interaction. A person&apos;s own cadence wins.</source>
        <translation>À quelle fréquence relancer les personnes qui portent l’étiquette, à compter du dernier échange. Le rythme propre d’une personne l’emporte.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people. Double-click or press F2 to rename.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln personne. Double-cliquez ou appuyez sur F2 pour renommer.</numerusform>
            <numerusform>%1&#xa0;: %Ln personnes. Double-cliquez ou appuyez sur F2 pour renommer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagText</name>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette a besoin d’un nom</translation>
    </message>
    <message>
        <source>a tag name is at most 100 characters</source>
        <translation>le nom d’une étiquette fait 100 caractères au plus</translation>
    </message>
    <message>
        <source>category must be one of %1</source>
        <translation>la catégorie doit être l’une de %1</translation>
    </message>
    <message>
        <source>a tag named %1 already exists</source>
        <translation>une étiquette nommée %1 existe déjà</translation>
    </message>
    <message>
        <source>a keep-in-touch cadence is 1 to %1 days</source>
        <translation>un rythme de contact va de 1 à %1 jours</translation>
    </message>
    <message>
        <source>that tag no longer exists</source>
        <translation>cette étiquette n’existe plus</translation>
    </message>
    <message>
        <source>a tag named %1 already exists: merge them instead</source>
        <translation>une étiquette nommée %1 existe déjà : fusionnez-les plutôt</translation>
    </message>
    <message>
        <source>choose two different tags to merge</source>
        <translation>choisissez deux étiquettes différentes à fusionner</translation>
    </message>
    <message>
        <source>the tag to merge into no longer exists</source>
        <translation>l’étiquette cible de la fusion n’existe plus</translation>
    </message>
    <message>
        <source>no tag named %1</source>
        <translation>aucune étiquette nommée %1</translation>
    </message>
    <message>
        <source>cannot both add and remove %1</source>
        <translation>impossible d’ajouter et de retirer %1 à la fois</translation>
    </message>
</context>
<context>
    <name>TimelineEntryWidget</name>
    <message>
        <source>Edit, reschedule, cancel or delete</source>
        <translation>Modifier, reprogrammer, annuler ou supprimer</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>1 follow-up promised</source>
        <translation>1 relance promise</translation>
    </message>
    <message>
        <source>%1 follow-ups promised</source>
        <translation>%1 relances promises</translation>
    </message>
    <message>
        <source>Held it — add notes…</source>
        <translation>A eu lieu — ajouter des notes…</translation>
    </message>
    <message>
        <source>It took place: add notes and promises to this meeting (no second entry)</source>
        <translation>Il a eu lieu&#xa0;: ajouter notes et promesses à ce rendez-vous (pas de seconde entrée)</translation>
    </message>
    <message>
        <source>Planned · did it take place? · </source>
        <translation>Prévu · a-t-il eu lieu&#xa0;? · </translation>
    </message>
    <message>
        <source>Planned · </source>
        <translation>Prévu · </translation>
    </message>
    <message>
        <source>Cancelled · </source>
        <translation>Annulé · </translation>
    </message>
    <message numerus="yes">
        <source>%1 · with %2 and %Ln more</source>
        <translation>
            <numerusform>%1 · avec %2 et %Ln autre personne</numerusform>
            <numerusform>%1 · avec %2 et %Ln autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · avec %2</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Plan Again…</source>
        <translation>Replanifier…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogrammer…</translation>
    </message>
    <message>
        <source>Held It — Add Notes…</source>
        <translation>A eu lieu — ajouter des notes…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Remind Me…</source>
        <translation>Me rappeler…</translation>
    </message>
    <message>
        <source>A follow-up on a day you choose (Ctrl+R)</source>
        <translation>Une relance le jour de votre choix (Ctrl+R)</translation>
    </message>
    <message>
        <source>Add to Focus</source>
        <translation>Ajouter au focus</translation>
    </message>
    <message>
        <source>Add them to this week&apos;s focus (Ctrl+Shift+F)</source>
        <translation>L’ajouter au focus de la semaine (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Log Interaction…</source>
        <translation>Consigner un échange…</translation>
    </message>
    <message>
        <source>Record a meeting, call, message… (Ctrl+L)</source>
        <translation>Enregistrer un rendez-vous, un appel, un message… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Plan 1-2-1…</source>
        <translation>Planifier un tête-à-tête…</translation>
    </message>
    <message>
        <source>Put a future meeting on the calendar</source>
        <translation>Inscrire un futur rendez-vous au calendrier</translation>
    </message>
    <message>
        <source>Nothing logged yet. After you talk, log it here: what was said and what you promised.</source>
        <translation>Rien de consigné pour l’instant. Après une conversation, notez-la ici&#xa0;: ce qui a été dit et ce que vous avez promis.</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Favours</source>
        <translation>Services rendus</translation>
    </message>
    <message>
        <source>Add Favour…</source>
        <translation>Ajouter un service rendu…</translation>
    </message>
    <message>
        <source>Record something you gave or received</source>
        <translation>Enregistrer quelque chose que vous avez donné ou reçu</translation>
    </message>
    <message>
        <source>In Focus ✓</source>
        <translation>Dans le focus ✓</translation>
    </message>
    <message>
        <source>In this week&apos;s focus: click to take them out (Ctrl+Shift+F)</source>
        <translation>Dans le focus de la semaine&#xa0;: cliquez pour l’en retirer (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>En retard · %1</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark this follow-up done (undo with Ctrl+Z)</source>
        <translation>Marquer cette relance comme faite (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Show %1 More (of %2)</source>
        <translation>Afficher %1 de plus (sur %2)</translation>
    </message>
    <message>
        <source>You gave %1, received %2</source>
        <translation>Vous avez donné %1, reçu %2</translation>
    </message>
    <message>
        <source>%1 · give before you ask again</source>
        <translation>%1 · donnez avant de demander à nouveau</translation>
    </message>
    <message>
        <source>Gave · %1</source>
        <translation>Donné · %1</translation>
    </message>
    <message>
        <source>Received · %1</source>
        <translation>Reçu · %1</translation>
    </message>
    <message>
        <source>Delete Favour</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>None yet. Give before you ask: an introduction, a referral, some advice.</source>
        <translation>Aucun pour l’instant. Donnez avant de demander&#xa0;: une mise en relation, une recommandation, un conseil.</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Afficher les %1</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>Reprogrammer %1</translation>
    </message>
    <message>
        <source>a favour for %1</source>
        <translation>un service pour %1</translation>
    </message>
</context>
<context>
    <name>TodayText</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) (%1 overdue)</source>
        <translation>
            <numerusform>%Ln relance (%1 en retard)</numerusform>
            <numerusform>%Ln relances (%1 en retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln rendez-vous</numerusform>
            <numerusform>%Ln rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>%Ln anniversaire</numerusform>
            <numerusform>%Ln anniversaires</numerusform>
        </translation>
    </message>
    <message>
        <source>a 1-2-1 with %1</source>
        <translation>un tête-à-tête avec %1</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Rien à faire aujourd’hui</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>Aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 and %2 today</source>
        <translation>Aujourd’hui&#xa0;: %1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3 today</source>
        <translation>Aujourd’hui&#xa0;: %1, %2 et %3</translation>
    </message>
</context>
<context>
    <name>TodayWatch</name>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln à faire aujourd’hui</numerusform>
            <numerusform>%Ln à faire aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
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
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <source>A personal relationship manager: common ground, follow-ups, favours and introductions, kept on your own computer.</source>
        <translation>Un gestionnaire de relations personnel&#xa0;: points communs, relances, services rendus et mises en relation, conservés sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>Load Demo Network</source>
        <translation>Charger le réseau de démo</translation>
    </message>
    <message>
        <source>Add a made-up network of this many people
(your own contacts are kept):</source>
        <translation>Ajouter un réseau fictif de ce nombre de personnes
(vos propres contacts sont conservés)&#xa0;:</translation>
    </message>
    <message>
        <source>Creating the demo network…</source>
        <translation>Création du réseau de démo…</translation>
    </message>
    <message numerus="yes">
        <source>Demo network ready: %Ln people</source>
        <translation>
            <numerusform>Réseau de démo prêt&#xa0;: %Ln personne</numerusform>
            <numerusform>Réseau de démo prêt&#xa0;: %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo network could not be created: %1</source>
        <translation>Le réseau de démo n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo network cancelled: nothing was added</source>
        <translation>Réseau de démo annulé&#xa0;: rien n’a été ajouté</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Find a person in the network…</source>
        <translation>Trouver une personne dans le réseau…</translation>
    </message>
    <message>
        <source>Find a person in the network</source>
        <translation>Trouver une personne dans le réseau</translation>
    </message>
    <message>
        <source>Show only people with this tag</source>
        <translation>N’afficher que les personnes qui ont cette étiquette</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Show only people at this stage</source>
        <translation>N’afficher que les personnes à cette étape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>2 hops</source>
        <translation>2 étapes</translation>
    </message>
    <message>
        <source>How far a double-click on a person reaches</source>
        <translation>Jusqu’où porte un double-clic sur une personne</translation>
    </message>
    <message>
        <source>Neighbourhood size</source>
        <translation>Taille du voisinage</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom to fit (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Re-arrange</source>
        <translation>Réorganiser</translation>
    </message>
    <message>
        <source>Lay the network out afresh</source>
        <translation>Redisposer le réseau</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Afficher tout le monde</translation>
    </message>
    <message>
        <source>Leave the neighbourhood view (Esc)</source>
        <translation>Quitter la vue du voisinage (Échap)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>Updating your address book…</source>
        <translation>Mise à jour de votre carnet d’adresses…</translation>
    </message>
    <message>
        <source>This happens once after an update; your contacts are backed up first.</source>
        <translation>Cela n’arrive qu’une fois après une mise à jour&#xa0;; vos contacts sont d’abord sauvegardés.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Sauvegarde&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>This view is not available in this build.</source>
        <translation>Cette vue n’est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>WeekReviewDialog</name>
    <message>
        <source>Weekly Review</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>Keep These for Next Week</source>
        <translation>Garder pour la semaine prochaine</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>Who you saw · %1</source>
        <translation>Qui vous avez vu · %1</translation>
    </message>
    <message>
        <source>Nobody logged this week. A call or a coffee next week?</source>
        <translation>Personne de consigné cette semaine. Un appel ou un café la semaine prochaine&#xa0;?</translation>
    </message>
    <message>
        <source>Promises kept · %1</source>
        <translation>Promesses tenues · %1</translation>
    </message>
    <message>
        <source>None closed this week.</source>
        <translation>Aucune close cette semaine.</translation>
    </message>
    <message>
        <source>Promises still open · %1</source>
        <translation>Promesses encore en suspens · %1</translation>
    </message>
    <message>
        <source>Late · %1 · %2: %3</source>
        <translation>En retard · %1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing open: every promise kept.</source>
        <translation>Rien en suspens&#xa0;: toutes les promesses sont tenues.</translation>
    </message>
    <message>
        <source>This week&apos;s focus · %1 of %2 done</source>
        <translation>Focus de la semaine · %1 sur %2 faits</translation>
    </message>
    <message>
        <source>No focus this week.</source>
        <translation>Pas de focus cette semaine.</translation>
    </message>
    <message>
        <source>Next week&apos;s people</source>
        <translation>Les personnes de la semaine prochaine</translation>
    </message>
    <message>
        <source>Nobody to propose yet: set cadences, tag interests, log what you promise.</source>
        <translation>Personne à proposer pour l’instant&#xa0;: définissez des rythmes, étiquetez les centres d’intérêt, consignez vos promesses.</translation>
    </message>
    <message>
        <source>Already chosen for next week.</source>
        <translation>Déjà choisi pour la semaine prochaine.</translation>
    </message>
    <message>
        <source>Kept for Next Week</source>
        <translation>Gardés pour la semaine prochaine</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Modifier le contact sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete Contact</source>
        <translation>&amp;Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete the selected contacts (undo brings them back)</source>
        <translation>Supprimer les contacts sélectionnés (Annuler les fait revenir)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search contacts (in the network view: find someone in the picture)</source>
        <translation>Rechercher des contacts (dans la vue Réseau&#xa0;: trouver quelqu’un sur le schéma)</translation>
    </message>
    <message>
        <source>&amp;Remind Me…</source>
        <translation>Me ra&amp;ppeler…</translation>
    </message>
    <message>
        <source>A follow-up for the person shown (in the calendar: on the day selected)</source>
        <translation>Une relance pour la personne affichée (dans le calendrier&#xa0;: au jour sélectionné)</translation>
    </message>
    <message>
        <source>How Do I &amp;Reach…?</source>
        <translation>Comment &amp;joindre…&#xa0;?</translation>
    </message>
    <message>
        <source>The best warm paths to a person, an organisation or a tag</source>
        <translation>Les meilleurs chemins par vos relations vers une personne, une organisation ou une étiquette</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>&amp;Importer des vCards…</translation>
    </message>
    <message>
        <source>Import contacts from .vcf files</source>
        <translation>Importer des contacts depuis des fichiers .vcf</translation>
    </message>
    <message>
        <source>&amp;Capture Meetings…</source>
        <translation>Capturer les &amp;rencontres…</translation>
    </message>
    <message>
        <source>Log meetings and messages from your calendar (.ics, CalDAV) and mail (mbox, Maildir), after a review</source>
        <translation>Consigner rendez-vous et messages depuis votre agenda (.ics, CalDAV) et votre messagerie (mbox, Maildir), après vérification</translation>
    </message>
    <message>
        <source>&amp;Export vCards…</source>
        <translation>E&amp;xporter des vCards…</translation>
    </message>
    <message>
        <source>Save all contacts, the selection or a tag as a .vcf file</source>
        <translation>Enregistrer tous les contacts, la sélection ou une étiquette dans un fichier .vcf</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exporter le ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Follow-ups, meetings and birthdays for Google, Apple or Thunderbird calendars, or pushed to your sync server&apos;s calendar</source>
        <translation>Relances, rendez-vous et anniversaires pour les agendas Google, Apple ou Thunderbird, ou envoyés vers l’agenda de votre serveur de synchronisation</translation>
    </message>
    <message>
        <source>Weekly &amp;Review…</source>
        <translation>&amp;Bilan de la semaine…</translation>
    </message>
    <message>
        <source>Who you saw, promises kept and open, and next week&apos;s people</source>
        <translation>Qui vous avez vu, les promesses tenues et en suspens, et les personnes de la semaine prochaine</translation>
    </message>
    <message>
        <source>Desktop &amp;Reminders</source>
        <translation>&amp;Rappels sur le bureau</translation>
    </message>
    <message>
        <source>A tray icon with today&apos;s count and a notification each morning</source>
        <translation>Une icône dans la zone de notification avec le nombre du jour, et une notification chaque matin</translation>
    </message>
    <message>
        <source>Undo Last &amp;Import</source>
        <translation>Annuler la dernière &amp;importation</translation>
    </message>
    <message>
        <source>Remove the contacts the last import added</source>
        <translation>Retirer les contacts ajoutés par la dernière importation</translation>
    </message>
    <message>
        <source>Load &amp;Demo Network…</source>
        <translation>Charger le réseau de &amp;démo…</translation>
    </message>
    <message>
        <source>Fill Rapport with a made-up network to explore</source>
        <translation>Remplir Rapport d’un réseau fictif pour le découvrir</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put back one of the daily copies of your data</source>
        <translation>Remettre en place l’une des copies quotidiennes de vos données</translation>
    </message>
    <message>
        <source>Print This &amp;Week&apos;s Briefings…</source>
        <translation>Imprimer les briefings de la &amp;semaine…</translation>
    </message>
    <message>
        <source>One briefing page per person you meet during the rest of this week</source>
        <translation>Une page de briefing par personne que vous rencontrez d’ici la fin de la semaine</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Contacts that are probably one person: merge them, or say they are not</source>
        <translation>Contacts qui sont probablement une seule personne : les fusionner, ou indiquer qu’ils sont distincts</translation>
    </message>
    <message>
        <source>&amp;Tag Manager…</source>
        <translation>Gérer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>Rename, colour, merge and delete tags</source>
        <translation>Renommer, colorer, fusionner et supprimer des étiquettes</translation>
    </message>
    <message>
        <source>My &amp;Profile</source>
        <translation>Mon &amp;profil</translation>
    </message>
    <message>
        <source>Your own profile: your interests are what you share with others</source>
        <translation>Votre propre profil&#xa0;: vos centres d’intérêt sont ce que vous partagez avec les autres</translation>
    </message>
    <message>
        <source>S&amp;ync Accounts…</source>
        <translation>Comptes de &amp;synchronisation…</translation>
    </message>
    <message>
        <source>Two-way sync with your CardDAV address books (phone, Nextcloud, Fastmail…)</source>
        <translation>Synchronisation dans les deux sens avec vos carnets d’adresses CardDAV (téléphone, Nextcloud, Fastmail…)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>À &amp;propos de Rapport</translation>
    </message>
    <message>
        <source>Nex&amp;t Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane</source>
        <translation>Placer le focus clavier dans le volet suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Placer le focus clavier dans le volet précédent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>The contact list</source>
        <translation>La liste des contacts</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendrier</translation>
    </message>
    <message>
        <source>Follow-ups, meetings and birthdays by day</source>
        <translation>Relances, rendez-vous et anniversaires jour par jour</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Who knows whom: connectors and warm paths</source>
        <translation>Qui connaît qui&#xa0;: intermédiaires et chemins par vos relations</translation>
    </message>
</context>
<context>
    <name>_PromiseRow</name>
    <message>
        <source>What you promised, e.g. send the article</source>
        <translation>Ce que vous avez promis, p. ex. envoyer l’article</translation>
    </message>
    <message>
        <source>Remove this promise</source>
        <translation>Retirer cette promesse</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
</TS>
