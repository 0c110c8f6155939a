"""The domain and its storage. Nothing in here imports Qt, ``packet`` or ``ui``."""
