"""Storage: where the database is and how it is opened (``db``), judged, backed up and migrated at
start-up (``migrate``, ``backups``), bulk inserts and maintenance checks."""
