"""The demo vault: a made-up patient with records, questions, symptoms and medications.

``secondop-desktop --demo`` creates it once, so a newcomer sees a full app in one command. Every
file is generated here (Pillow, pydicom and a tiny PDF writer); nothing in it is a real person.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .core.vault import Vault
from .dicom_sample import StudyDetails, write_dicom

PATIENT = {
    "name": "Alex Morgan",
    "dob": "1971-06-14",
    "sex": "Female",
    "reason": "I was told I need surgery on my lower back and want to know whether physiotherapy "
              "or injections could be tried first.",
    "diagnosis": "Lumbar disc herniation L4/L5 with sciatica; lumbar microdiscectomy proposed.",
    "goals": "Keep walking the dog every morning; avoid surgery if there is a safe way.",
    "address": "7 Orchard Way\nMillbrook MB4 2QT",
}


def _pdf_escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode(
        "latin-1", "replace")


def text_pdf(pages: list[list[str]], title: str, created: dt.date) -> bytes:
    """A small PDF with a real text layer: the first line of each page in bold as a heading."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
    pages_id = len(objects) + 2 * len(pages) + 1
    kids = []
    for lines in pages:
        heading, *body = lines
        ops = b"BT /F2 16 Tf 72 740 Td (" + _pdf_escape(heading) + b") Tj ET "
        ops += b"0.6 G 72 728 m 540 728 l S "
        ops += b"BT /F1 11 Tf 72 700 Td 16 TL " + b" ".join(
            b"(" + _pdf_escape(line) + b") Tj T*" for line in body) + b" ET"
        content = add(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, regular, bold, content)))
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (" + _pdf_escape(title) + b") /CreationDate (D:"
               + created.strftime("%Y%m%d").encode() + b"120000) >>")
    return assemble_pdf(objects, catalog, info, b"%PDF-1.4\n")


def assemble_pdf(objects: list[bytes], root: int = 1, info: int | None = None,
                 header: bytes = b"%PDF-1.7\n") -> bytes:
    """Objects 1..n with a correct cross-reference table; ``root`` is the catalog's number."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    extra = b" /Info %d 0 R" % info if info else b""
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra, start)
    return bytes(out)


def scan_jpeg(path: Path, heading: str, lines: list[str], date: dt.date, seed: int) -> Path:
    """A slightly tilted, off-white 'scanned' page with an EXIF date."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1240, 1754), (250, 248, 240))
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=44)
    small = ImageFont.load_default(size=30)
    draw.rectangle((90, 90, 1150, 210), outline=(60, 60, 90), width=4)
    draw.text((120, 120), heading, fill=(20, 20, 50), font=font)
    y = 290
    for line in lines:
        draw.text((120, y), line, fill=(30, 30, 30), font=small)
        y += 56
    for _ in range(300):  # scanner speckle
        x, yy = rng.randrange(1240), rng.randrange(1754)
        draw.point((x, yy), fill=(180, 180, 170))
    img = img.rotate(rng.uniform(-1.2, 1.2), fillcolor=(235, 235, 230), expand=False)
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = date.strftime("%Y:%m:%d 10:30:00")
    img.save(path, "JPEG", quality=78, dpi=(150, 150), exif=exif.tobytes())
    return path


def sideways_photo(path: Path, heading: str, lines: list[str], date: dt.date, seed: int) -> Path:
    """A letter photographed with the phone held sideways: the text runs up the picture."""
    scan_jpeg(path, heading, lines, date, seed)
    with Image.open(path) as img:
        exif = img.info.get("exif", b"")
        turned = img.rotate(90, expand=True)
    turned.save(path, "JPEG", quality=78, dpi=(150, 150), exif=exif)
    return path


def portal_results(path: Path, dates: dict[str, dt.date]) -> Path:
    """Blood results as the laboratory's patient portal hands them out (a FHIR R4 bundle)."""
    tests: dict[str, tuple[str, str, str, tuple[int | None, int], list[int | None]]] = {
        # LOINC code, name, unit, reference range, values by date
        "crp": ("1988-5", "C reactive protein", "mg/L", (None, 5), [18, 4, 3]),
        "creatinine": ("2160-0", "Creatinine", "umol/L", (45, 90), [71, 74, 76]),
        "vitd": ("1989-3", "25-hydroxyvitamin D3", "nmol/L", (50, 125), [None, 41, 68]),
    }
    entries: list[dict] = [
        {"resource": {"resourceType": "Patient", "id": "p1", "birthDate": PATIENT["dob"],
                      "name": [{"given": ["Alex"], "family": "Morgan"}]}},
        {"resource": {"resourceType": "Organization", "id": "lab",
                      "name": "City Pathology Laboratory"}},
    ]
    for key, (loinc, name, unit, (low, high), values) in tests.items():
        for when, value in zip(("first", "second", "third"), values, strict=True):
            if value is None:
                continue
            reference: dict = {"high": {"value": high, "unit": unit}}
            if low is not None:
                reference["low"] = {"value": low, "unit": unit}
            entries.append({"resource": {
                "resourceType": "Observation", "id": f"{key}-{when}", "status": "final",
                "category": [{"coding": [{"code": "laboratory"}]}],
                "code": {"coding": [{"system": "http://loinc.org", "code": loinc,
                                     "display": name}], "text": name},
                "subject": {"reference": "Patient/p1"},
                "performer": [{"reference": "Organization/lab"}],
                "effectiveDateTime": dates[when].isoformat(),
                "valueQuantity": {"value": value, "unit": unit},
                "referenceRange": [reference]}})
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                                "entry": entries}, indent=1))
    return path


def mri_dicom(path: Path, date: dt.date) -> Path:
    """A 256x256 synthetic sagittal 'spine' slice: made-up pixels, realistic study details."""
    size = 256
    img = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(img)
    draw.ellipse((38, -12, 218, 268), fill=120)  # the body
    img = img.filter(ImageFilter.GaussianBlur(40))
    draw = ImageDraw.Draw(img)
    for i, cy in enumerate(range(30, 240, 34)):  # vertebrae down the middle
        draw.ellipse((92, cy - 13, 144, cy + 13), fill=200 - i * 5)
    draw.rectangle((143, 10, 157, 250), fill=250)  # the spinal canal
    img = Image.blend(img, Image.effect_noise((size, size), 40), 0.06)  # scanner grain
    # 12-bit values in 16-bit samples, as MR scanners store them.
    pixels = img.convert("I").point(lambda v: v * 16).convert("I;16").tobytes()
    study = StudyDetails(
        date=date, modality="MR", description="MRI LUMBAR SPINE W/O CONTRAST", series="SAG T2",
        institution="Riverside Imaging Centre", body_part="LSPINE", patient_name="Morgan^Alex",
        window=(2000, 3600),
    )
    return write_dicom(path, study, pixels, size, size, bits_stored=12)


def _records(folder: Path, today: dt.date) -> list[tuple[Path, dict]]:
    """The files and the details the patient would have typed for each."""
    d = lambda days: today - dt.timedelta(days=days)  # noqa: E731 - reads well below
    out: list[tuple[Path, dict]] = []

    def pdf(name: str, title: str, date: dt.date, pages: list[list[str]], **details) -> None:
        path = folder / name
        path.write_bytes(text_pdf(pages, title, date))
        out.append((path, {"title": title, "record_date": date, **details}))

    pdf("gp_referral_letter.pdf", "GP referral to orthopaedics", d(150), [[
        "Referral letter",
        "Dear colleague,", "",
        "Please see Ms Alex Morgan (born 14 June 1971), who has had low back pain",
        "radiating into the left leg for ten weeks despite rest and ibuprofen.",
        "Straight leg raise positive on the left at 40 degrees. No red flags.",
        "I would be grateful for your opinion on further management.", "",
        "Dr Priya Shah, Elm Street Surgery"]],
        kind="reports", provider="Elm Street Surgery", tags="referral")
    pdf("blood_results_cbc.pdf", "Full blood count and CRP", d(120), [[
        "Laboratory results",
        "Haemoglobin         132 g/L     (115-165)",
        "White cell count    7.9 x10^9/L (4.0-11.0)",
        "Platelets           281 x10^9/L (150-400)",
        "CRP                 4 mg/L      (<5)",
        "HbA1c               38 mmol/mol (<42)", "",
        "Comment: no evidence of infection or inflammation."]],
        kind="labs", provider="City Pathology Laboratory", tags="blood")
    pdf("mri_report_lumbar.pdf", "MRI lumbar spine report", d(95), [
        ["MRI lumbar spine: report",
         "Clinical details: left sciatica, 3 months.",
         "Technique: sagittal and axial T1 and T2 weighted images.", "",
         "Findings:",
         "L4/5: broad-based disc protrusion with a left paracentral extrusion",
         "contacting the traversing left L5 nerve root. Mild canal narrowing.",
         "L5/S1: disc desiccation without neural compromise."],
        ["MRI lumbar spine: report (continued)",
         "Conus ends normally at L1. Paraspinal muscles normal.", "",
         "Conclusion:",
         "Left paracentral L4/5 disc extrusion compressing the left L5 root,",
         "concordant with the clinical picture.", "",
         "Reported by Dr M. Okafor, consultant radiologist"]],
        kind="imaging", provider="Riverside Imaging Centre", body_part="Lumbar spine",
        tags="MRI, spine")
    pdf("orthopaedic_clinic_letter.pdf", "Orthopaedic clinic letter", d(60), [
        ["Orthopaedic spinal clinic",
         "Diagnosis: L4/5 disc extrusion with left L5 radiculopathy.", "",
         "Ms Morgan continues to have leg pain scoring 7/10 with numbness over",
         "the dorsum of the left foot. Power is normal.",
         "We discussed options including continued conservative care, a nerve",
         "root injection, and lumbar microdiscectomy.", ""],
        ["Orthopaedic spinal clinic (continued)",
         "Plan: listed for left L4/5 microdiscectomy.",
         "Risks discussed: infection, dural tear, nerve injury, recurrence (5-10%).",
         "She would like time to consider and may seek a second opinion.", "",
         "Mr J. Lindqvist, consultant spinal surgeon"],
        ["Orthopaedic spinal clinic: medication review",
         "Naproxen 500 mg twice daily with omeprazole 20 mg.",
         "Gabapentin started at 300 mg at night, increase as tolerated."]],
        kind="reports", provider="St Anne's Hospital", body_part="Lumbar spine",
        tags="surgery, plan")
    pdf("physio_discharge_summary.pdf", "Physiotherapy discharge summary", d(20), [[
        "Physiotherapy discharge summary",
        "Six sessions of McKenzie-based exercise and neural mobilisation.",
        "Leg pain improved from 8/10 to 5/10; walking tolerance 30 minutes.",
        "Home exercise programme given. Re-referral welcome."]],
        kind="reports", provider="Active Physio Clinic", tags="physiotherapy")

    scans = [
        ("prescription_scan.jpg", "Prescription", d(58), "other", "St Anne's Hospital",
         ["Gabapentin 300 mg capsules", "One at night for 1 week, then twice daily",
          "Supply: 56 capsules", "", "Signed: J. Lindqvist"]),
        ("xray_lumbar_report_scan.jpg", "Lumbar X-ray report (scan)", d(140), "imaging",
         "Elm Street Surgery", ["X-ray lumbar spine, AP and lateral", "",
                                "Mild loss of disc height at L4/5.",
                                "No fracture or spondylolisthesis.", "Alignment normal."]),
        ("vitamin_d_result_scan.jpg", "Vitamin D result (scan)", d(118), "labs",
         "City Pathology Laboratory", ["25-OH vitamin D: 41 nmol/L (50-125)",
                                       "Insufficient. Suggest supplementation."]),
    ]
    for seed, (name, title, date, kind, provider, lines) in enumerate(scans):
        path = scan_jpeg(folder / name, title, lines, date, seed)
        out.append((path, {"title": title, "record_date": date, "kind": kind,
                           "provider": provider}))
    # Left for the app to file: read upright from a sideways photo, dated and titled from its text.
    letter_day, photo_day = d(40), d(37)
    out.append((sideways_photo(folder / f"IMG_{photo_day:%Y%m%d}_183002.jpg",
                               "Riverside Pain Clinic", [
        f"Date of letter: {letter_day.day} {letter_day:%B %Y}", "",
        "Re: Ms Alex Morgan, date of birth 14/06/1971", "",
        "Dear Dr Shah, I saw Ms Morgan about her left leg pain.",
        "A left L5 nerve root injection may be offered before",
        "surgery is decided. She will think about it.", "",
        "Dr H. Ibrahim, consultant in pain medicine"], photo_day, 7), {}))
    # Another patient's result, misfiled into the pile: the app flags it.
    out.append((scan_jpeg(folder / "glucose_result_scan.jpg", "Blood glucose result", [
        "Patient: Anna Kowalska", "Date of birth: 03/02/1958", "",
        "Fasting glucose 6.4 mmol/L (3.9-5.5)"], d(100), 11),
        {"title": "Blood glucose result (scan)", "kind": "labs",
         "provider": "City Pathology Laboratory"}))
    results = portal_results(folder / "portal_results.json",
                             {"first": d(150), "second": d(118), "third": d(25)})
    out.append((results, {"title": "Blood results from the lab portal", "kind": "labs"}))
    dicom = mri_dicom(folder / "IM000001.dcm", d(95))
    out.append((dicom, {"title": "MRI lumbar spine (image)", "tags": "MRI, spine"}))
    return out


QUESTIONS = [
    ("Is surgery the only option, or can I try a nerve root injection first?", 1, "treatment"),
    ("What happens if I wait another three months?", 1, "treatment"),
    ("How likely is the leg numbness to get better with or without surgery?", 1, "diagnosis"),
    ("Does the MRI match where my pain is?", 2, "diagnosis"),
    ("What are the chances the disc herniates again after surgery?", 2, "risks"),
    ("How long would I be off work after a microdiscectomy?", 2, "practical"),
    ("Should the gabapentin dose be changed?", 2, "treatment"),
    ("Do I need any further tests before deciding?", 3, "tests"),
    ("Are there clinical trials for sciatica I could join?", 3, "trials"),
    ("Is my low vitamin D related to the back pain?", 3, "other"),
]


def _fill_profile(vault: Vault, today: dt.date) -> None:
    vault.patient.set(**PATIENT)
    when = dt.datetime.combine(today + dt.timedelta(days=12), dt.time(10, 30))
    vault.appointment.set(specialist="Dr Hannah Becker", specialty="Spinal neurosurgery",
                          facility="University Spine Centre", when=when.isoformat(),
                          address="12 College Road", companion="Sam (partner)")
    for text, priority, category in QUESTIONS:
        vault.questions.add(text=text, priority=priority, category=category)
    vault.medications.add(name="Naproxen", dose="500 mg", frequency="twice daily",
                          since=(today - dt.timedelta(days=60)).isoformat(), purpose="pain")
    vault.medications.add(name="Omeprazole", dose="20 mg", frequency="once daily",
                          purpose="stomach protection")
    vault.medications.add(name="Gabapentin", dose="300 mg", frequency="twice daily",
                          since=(today - dt.timedelta(days=58)).isoformat(),
                          purpose="nerve pain")
    vault.allergies.add(substance="Penicillin", reaction="rash")
    vault.allergies.add(substance="Elastoplast", reaction="skin irritation")
    for days, what in [(160, "Back pain started after lifting"),
                       (150, "GP referral to orthopaedics"),
                       (95, "MRI lumbar spine"),
                       (60, "Surgeon proposes microdiscectomy"),
                       (45, "Started physiotherapy")]:
        vault.timeline.add(date=(today - dt.timedelta(days=days)).isoformat(), what=what)


def _fill_symptoms(vault: Vault, today: dt.date) -> None:
    """About 60 entries over three months: leg pain easing with physio, back pain, numbness."""
    rng = random.Random(42)
    start = today - dt.timedelta(days=90)
    for day in range(0, 90, 3):
        at = dt.datetime.combine(start + dt.timedelta(days=day), dt.time(8 + rng.randrange(12)))
        trend = day / 90
        vault.symptoms.add(at=at, symptom="Leg pain",
                           severity=max(1, min(10, round(8 - 3 * trend + rng.uniform(-1, 1)))),
                           duration="most of the day" if trend < 0.5 else "a few hours",
                           triggers=rng.choice(["sitting", "walking", "bending", ""]))
        if day % 6 == 0:
            vault.symptoms.add(at=at + dt.timedelta(hours=1), symptom="Back pain",
                               severity=max(1, min(10, round(5 + rng.uniform(-1.5, 1.5)))),
                               triggers=rng.choice(["morning stiffness", "lifting", ""]))
        if day % 9 == 0:
            vault.symptoms.add(at=at + dt.timedelta(hours=2), symptom="Foot numbness",
                               severity=max(0, min(10, round(4 - 2 * trend + rng.uniform(-1, 1)))),
                               notes="top of the left foot")


def _fill_requests(vault: Vault, today: dt.date) -> None:
    """Three records requests: one late, one partly answered, one not sent yet."""
    def ago(days: int) -> str:
        return (today - dt.timedelta(days=days)).isoformat()

    vault.requests.add("Riverside Hospital", "notes,imaging-reports", asked=ago(45),
                       department="Orthopaedics", address="Riverside Hospital\n1 River Lane",
                       period="the last six months", method="letter")
    imaging = vault.requests.add("City Imaging Centre", "imaging-reports,imaging-cd",
                                 asked=ago(20), method="portal", format="cd",
                                 portal="patients.cityimaging.example")
    mri = next((d.id for d in vault.documents.list() if d.kind == "imaging"), None)
    if mri is not None:
        vault.requests.mark_received(imaging.id, [mri], items="imaging-reports")
    vault.requests.add("Dr Patel (GP)", "notes,medications,labs", department="Family practice")


def _fill_specialists(vault: Vault) -> None:
    """A shortlist of three; the appointment's specialist is the one chosen."""
    chosen = vault.specialists.add(
        name="Dr Hannah Becker", specialty="Spinal neurosurgery",
        institution="University Spine Centre", board="Board of Neurological Surgery",
        board_checked="2026-01-10", cases="About 200 disc operations a year; also runs the "
        "conservative-care clinic", recommended_by="Dr Patel (GP)", insurance="yes",
        referral="yes", telehealth="yes", wait_days=12, phone="555-0142",
        address="12 College Road", status="booked", notes="Send the MRI on CD beforehand.")
    vault.specialists.add(name="Dr Omar Reyes", specialty="Orthopaedic spine surgery",
                          institution="Riverside Hospital", recommended_by="Patient group",
                          insurance="unknown", wait_days=40, phone="555-0177",
                          status="contacted", languages="English, Spanish")
    vault.specialists.add(name="Dr Lena Fischer", specialty="Pain medicine",
                          institution="Millbrook Pain Clinic", telehealth="yes",
                          status="considering")
    vault.specialists.choose(chosen.id, vault.appointment)
def _fill_opinions(vault: Vault, today: dt.date) -> None:
    """The current surgeon's opinion, from his clinic letter; the second one is still to come."""
    letter = next((d.id for d in vault.documents.list()
                   if d.title == "Orthopaedic clinic letter"), None)
    vault.opinions.add(
        by="Mr J. Lindqvist", role="current", date=(today - dt.timedelta(days=60)).isoformat(),
        diagnosis="L4/5 disc extrusion with left L5 radiculopathy",
        recommendation="Left L4/5 microdiscectomy",
        alternatives="Continued conservative care\nNerve root injection",
        benefits="Faster relief of leg pain", tests="None before surgery",
        risks="Infection\nDural tear\nNerve injury\nRecurrence (5-10%)",
        notes="I asked for time to consider and a second opinion.", document_id=letter)


def create_demo_vault(folder: Path, today: dt.date | None = None) -> Path:
    """Fill a new vault at ``folder`` with the made-up patient."""
    today = today or dt.date.today()
    with Vault.open(folder) as vault, tempfile.TemporaryDirectory() as tmp:
        records = _records(Path(tmp), today)
        for path, details in records:
            result = vault.importer.import_file(path)
            if result.document_id is None:
                continue
            # The DICOM keeps the date and provider read from the file.
            vault.documents.update(result.document_id, **details)
        _fill_profile(vault, today)
        _fill_symptoms(vault, today)
        _fill_requests(vault, today)
        _fill_specialists(vault)
        _fill_opinions(vault, today)
    return folder


def ensure_demo_vault(folder: Path) -> Path:
    """The demo vault at ``folder``, created the first time only."""
    folder = Path(folder)
    if (folder / "vault.sqlite3").exists():
        with Vault.open(folder) as vault:
            if vault.documents.count():
                return folder
    return create_demo_vault(folder)
