"""Verifiable credentials: keys, JSON-LD contexts, Data Integrity proofs.

Nothing here touches the database; services and selectors call these pure
functions with plain data.
"""
