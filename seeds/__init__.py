"""The sample records shipped with Bienban: ``gui.seeds`` once installed."""
