from cscmonitor.rules.rule import Rule, Severity


def decision_after_order(legal_status: str) -> str:
    """The child's earliest decision to place for adoption, when made after the order (the
    first episode under ``legal_status``) was granted, and that episode.

    Shared by 554 (placement order, E1) and 556 (freeing order, D1).
    """
    return f"""
        WITH granted AS (
            SELECT _row, CHILD, DECOM,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM) AS n
            FROM ssda903_episodes WHERE LS = '{legal_status}'
        ),
        decided AS (
            SELECT _row, CHILD, DATE_PLACED,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DATE_PLACED) AS n
            FROM ssda903_placed_for_adoption WHERE DATE_PLACED IS NOT NULL
        ),
        late AS (
            SELECT d._row AS decision_row, g._row AS episode_row
            FROM decided d JOIN granted g ON g.CHILD = d.CHILD AND g.n = 1
            WHERE d.n = 1 AND d.DATE_PLACED > g.DECOM
        )
        SELECT 'ssda903_placed_for_adoption' AS table_name, decision_row AS _row FROM late
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM late
    """


def order_note(legal_status: str) -> str:
    return (f"The order's date is the start of the child's first episode this year under legal "
            f"status {legal_status}, compared with the child's earliest decision; an order "
            "granted in an earlier year cannot be seen.")


RULE = Rule(
    code="554",
    message="Date of decision that the child should be placed for adoption should be on or "
            "prior to the date that the placement order was granted. [NOTE: This rule may "
            "result in false positives or false negatives if relevant episodes are in previous "
            "years; please check carefully!]",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_episodes"),
    fields=("DATE_PLACED", "DECOM", "LS"),
    sql=decision_after_order("E1"),
    note=order_note("E1"),
)
