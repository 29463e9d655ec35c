"""Files made for people outside the program: reports (XLSX, CSV, PDF, xAPI) and certificates.

Writers take plain rows and write one file; they know nothing of the database or of Qt. A file is
written next to its destination and moved into place only when complete, so a failed or
cancelled export leaves nothing half-written.
"""
