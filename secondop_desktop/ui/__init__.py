"""The Qt Widgets app: windows, pages, dialogs, item models and the background-task helper."""
