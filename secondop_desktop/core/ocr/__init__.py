"""Reading scans: the OCR engine, the queue in the vault, search, and filing from the text.

Nothing here imports the engine (tesserocr) until a page is actually read, so the rest of the app
starts and works on a machine where OCR is missing.
"""
