"""Pure assessment logic: drawing questions and scoring answers. No Qt, no storage, no files."""
