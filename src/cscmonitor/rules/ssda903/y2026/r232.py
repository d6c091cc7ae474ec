from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="232",
    message="Sex of the child/young person has been reported as unknown.",
    severity=Severity.QUERY,
    tables=("ssda903_header",),
    fields=("SEX",),
    sql="SELECT _row FROM ssda903_header WHERE SEX = 'U'",
    note="U is a valid code from 2024/25, so its use is queried rather than rejected.",
)
