"""Team mode on a shared PostgreSQL database: roles, row-level security, notifications, push."""
