from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="344",
    message="The record shows the young person has died or returned home to live with "
            "parent(s) or someone with parental responsibility for a continuous period of 6 "
            "months or more, but activity and/or accommodation on leaving care have been "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        SELECT _row FROM ssda903_oc3
        WHERE IN_TOUCH IN ('DIED', 'RHOM')
          AND (ACTIV IS DISTINCT FROM '0' OR ACCOM IS DISTINCT FROM '0')
    """,
    note="For these young people DfE expects activity and accommodation coded 0; any other "
         "value, or a blank, is flagged.",
)
