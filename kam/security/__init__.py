"""Vault, sealing of register content, roles."""
