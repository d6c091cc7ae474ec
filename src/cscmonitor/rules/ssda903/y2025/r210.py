from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="210",
    message="Children looked after for more than a week at 31 March should not have an unknown "
            "Unique Pupil Number (UPN) code of UN4.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_episodes"),
    fields=("DECOM", "UPN"),
    sql="""
        SELECT h._row FROM ssda903_header h
        WHERE upper(h.UPN) = 'UN4'
          AND h.CHILD IN (SELECT CHILD FROM ssda903_episodes WHERE DEC IS NULL)
          AND h.CHILD NOT IN (
              SELECT CHILD FROM ssda903_episodes
              WHERE RNE = 'S' AND DECOM >= collection_end() - INTERVAL 7 DAY
                AND CHILD IS NOT NULL)
    """,
    note="Follows the message: UN4 (newly looked after) is wrong for a child looked after at 31 "
         "March who did not start care in the last week (on or after 24 March). DfE's condition "
         "text, copied by the community validator, flags the opposite case.",
)
