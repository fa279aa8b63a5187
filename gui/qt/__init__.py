"""The Qt side: document and undo, item models, widgets, main window, printing."""
