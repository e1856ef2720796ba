"""Resolution: give organisations, events and places their identities (the stage after parsing)."""
