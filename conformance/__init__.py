"""Conformance with the community validators (not part of the test run): see README.md."""
