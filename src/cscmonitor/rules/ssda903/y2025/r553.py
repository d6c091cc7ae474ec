from cscmonitor.rules.rule import Rule, Severity


def order_without_decision(legal_status: str) -> str:
    """Episodes under an adoption order with no dated decision to place for adoption, and the
    latest decision of a child whose order is still in force but which shows as reversed.

    Shared by 553 (placement order, E1) and 555 (freeing order, D1).
    """
    return f"""
        WITH under_order AS (
            SELECT _row, CHILD, DEC FROM ssda903_episodes WHERE LS = '{legal_status}'
        ),
        no_decision AS (
            SELECT e._row FROM under_order e
            WHERE NOT EXISTS (SELECT 1 FROM ssda903_placed_for_adoption p
                              WHERE p.CHILD = e.CHILD AND p.DATE_PLACED IS NOT NULL)
        ),
        latest AS (
            SELECT _row, CHILD, DATE_PLACED_CEASED, REASON_PLACED_CEASED,
                   row_number() OVER (PARTITION BY CHILD
                                      ORDER BY DATE_PLACED DESC NULLS LAST) AS n
            FROM ssda903_placed_for_adoption
        ),
        reversed AS (
            SELECT DISTINCT l._row FROM latest l
            JOIN under_order e ON e.CHILD = l.CHILD AND e.DEC IS NULL
            WHERE l.n = 1
              AND (l.DATE_PLACED_CEASED IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL)
        )
        SELECT 'ssda903_episodes' AS table_name, _row FROM no_decision
        UNION ALL
        SELECT 'ssda903_placed_for_adoption', _row FROM reversed
    """


def order_note(order: str, legal_status: str) -> str:
    return (f"Every episode under a {order} (legal status {legal_status}) is flagged when the "
            "child has no dated decision to place for adoption; while such an episode is open, "
            "the child's latest decision is flagged if it shows a ceased date or reason, as in "
            "DfE's coding.")


RULE = Rule(
    code="553",
    message="Placement order has been granted but there is no date of decision that the child "
            "should be placed for adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_placed_for_adoption"),
    fields=("CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    sql=order_without_decision("E1"),
    note=order_note("placement order", "E1"),
)
