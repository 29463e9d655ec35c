"""One page of the main window per module."""
