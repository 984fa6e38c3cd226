"""The desktop application (Qt). Holds no business rules: it calls kam.services."""
