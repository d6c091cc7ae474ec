from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW18STG2",
    message="The end date of the social worker episode is before the start date",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC", "SW_DECOM"),
    sql="SELECT _row FROM ssda903_social_worker WHERE SW_DEC < SW_DECOM",
    note="An episode ending the day it started is SW09STG2's query, not this error.",
)
