from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW09STG2",
    message="Social worker episode appears to have lasted for less than 24 hours.",
    severity=Severity.QUERY,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC", "SW_DECOM"),
    sql="SELECT _row FROM ssda903_social_worker WHERE SW_DEC = SW_DECOM",
)
