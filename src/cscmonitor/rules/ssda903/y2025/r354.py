from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="354",
    message="Date episode ceased must be on or before the end of the current collection year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM",),
    sql="SELECT _row FROM ssda903_episodes WHERE DECOM > collection_end()",
    note="DfE's message speaks of the ceased date but the field checked is DECOM: an episode "
         "cannot start after 31 March (rule 385 checks DEC).",
)
