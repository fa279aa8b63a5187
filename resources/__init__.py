"""Shipped resources (schemas, profiles, translations, icons); ``gui.resources`` installed."""
