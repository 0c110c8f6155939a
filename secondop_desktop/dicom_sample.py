"""Write a small, valid, uncompressed DICOM file: for the demo vault and the self-test.

Pixels come in as raw bytes (8 or 16 bits, little endian), so no numpy is needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass
class StudyDetails:
    date: dt.date
    modality: str = "MR"
    description: str = ""
    series: str = ""
    institution: str = ""
    body_part: str = ""
    patient_name: str = ""
    window: tuple[int, int] | None = None  # (centre, width)


def write_dicom(path: Path, study: StudyDetails, pixels: bytes, rows: int, columns: int,
                bits_stored: int = 8) -> Path:
    """An MR image storage file with one grey frame; 16-bit samples when ``bits_stored`` > 8."""
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, MRImageStorage, generate_uid

    bits_allocated = 8 if bits_stored <= 8 else 16
    if len(pixels) != rows * columns * bits_allocated // 8:
        raise ValueError("pixel data does not match the image size")
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = MRImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = MRImageStorage
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = study.patient_name
    ds.StudyDate = ds.SeriesDate = study.date.strftime("%Y%m%d")
    ds.Modality = study.modality
    ds.StudyDescription = study.description
    ds.SeriesDescription = study.series
    ds.InstitutionName = study.institution
    ds.BodyPartExamined = study.body_part
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.InstanceNumber = 1
    ds.Rows, ds.Columns = rows, columns
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = bits_allocated
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 0
    if study.window:
        ds.WindowCenter, ds.WindowWidth = study.window
    ds.PixelData = pixels
    ds.save_as(path, enforce_file_format=True)
    return path
