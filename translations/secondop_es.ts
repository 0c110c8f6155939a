<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
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
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In common:</source>
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
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioned as an alternative by</source>
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
        <source>Risks</source>
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
        <source>No {kind}s listed.</source>
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
        <source>Not written yet (on the Visit screen: What matters to me).</source>
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
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next steps written down yet.</source>
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
    <message>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
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
        <source>The answers written down at the visit belong to this opinion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BackupDialog</name>
    <message>
        <source>Backed up 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n in the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, protected by your passphrase</source>
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
    <name>Cover</name>
    <message>
        <source>What matters to me</source>
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
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
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
        <source>The date to decide by</source>
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
        <source>The step&apos;s date</source>
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
    <name>ExportDialog</name>
    <message>
        <source>No opinions recorded yet (the Opinions screen).</source>
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
    <name>LabTrends</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Every screen of the app; Ctrl+1 to Ctrl+9 open the first nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes may be lost</source>
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
    <message>
        <source>Who gave the opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion&apos;s date</source>
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
    <message>
        <source>Remove opinion</source>
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
        <source>Saved the comparison ({pages} pages) as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Ask what a word means…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words of this page&apos;s text and add the question “What does … mean?”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>WHAT MATTERS TO ME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Whose records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds the records of %2 patients. A vault is for one patient: choose whose records to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Letter to my doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your current doctor about the second opinion, and ask for your records</source>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialistEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>Summary</name>
    <message numerus="yes">
        <source>(and %n earlier)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Deleted the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Writer</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Edit opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <source>Opinion not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion not put back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
