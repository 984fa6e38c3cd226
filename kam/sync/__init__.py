"""Laptop replica ⇄ team server sync (issue 18); no Qt here.

* ``tables``: which tables travel and how a row looks on the wire (foreign keys as global ids, our users by
  user name, product lines by code — integer ids differ between databases);
* ``local``: binding a laptop file to a server (global ids filled in, the outbox triggers made);
* ``engine``: push (outbox → server in batches, each one server transaction applied once under its
  client id + sequence), pull (what the server's row-level security lets this user see, changed since the last
  pull, plus tombstones), the three-way field merge against the last synced version, conflicts and their
  resolution.
"""
