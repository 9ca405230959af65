"""Benchmarks that print ratios against a baseline measured in the same run.

Run with `make bench` (or `.venv/bin/python -m bench`, `--quick` for small
sizes). Not collected by pytest: its testpaths is tests/.
"""
