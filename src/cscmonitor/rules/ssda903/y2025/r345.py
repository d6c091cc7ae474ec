from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="345",
    message="The data collection record shows the local authority is in touch with this young "
            "person, but activity and/or accommodation data items are zero.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="SELECT _row FROM ssda903_oc3 WHERE IN_TOUCH = 'YES' AND (ACTIV = '0' OR ACCOM = '0')",
)
