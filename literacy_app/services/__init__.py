"""Use cases joining content, quiz logic and storage. The GUI and the command line call only these."""
