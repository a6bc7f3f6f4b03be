"""A test-only app with one concrete AccessControlled model (installed by
config.settings.test only)."""
