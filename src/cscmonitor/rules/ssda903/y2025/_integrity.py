"""The SQL shared by cscmonitor's own SSDA903 data-integrity checks (codes ``CSM-INT…``).

DfE's portal rejects these problems on load, so they have no DfE code; the checks come from the
community validator's INT codes and each one differs only by the table and field it looks at.
"""

from __future__ import annotations


def not_in_header(table: str) -> str:
    """Records of ``table`` for a child the header does not list."""
    return f"""
        SELECT t._row FROM {table} t
        WHERE t.CHILD NOT IN (SELECT CHILD FROM ssda903_header WHERE CHILD IS NOT NULL)
    """


def differs_from_header(table: str, field: str) -> str:
    """Records of ``table`` whose ``field`` differs from the child's header record.

    Only two known values are compared: a blank or unreadable one is the reader's finding.
    """
    return f"""
        SELECT DISTINCT t._row FROM {table} t
        JOIN ssda903_header h ON h.CHILD = t.CHILD
        WHERE t.{field} <> h.{field}
    """


def repeated_child(table: str) -> str:
    """Every record of a child that appears more than once in a one-row-per-child table."""
    return f"""
        SELECT _row FROM (
            SELECT _row, count(*) OVER (PARTITION BY CHILD) AS records FROM {table})
        WHERE records > 1
    """
