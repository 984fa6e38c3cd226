"""Import and export of accounts, people and transactions (CSV, XLSX)."""
