from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW06STG2",
    message="Social worker episode data should be within the social worker data reporting year.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DECOM",),
    sql="SELECT _row FROM ssda903_social_worker WHERE SW_DECOM > collection_end()",
    note="An episode may have started before the year (it was open on 1 April); one starting "
         "after 31 March is outside the reporting year.",
)
