"""DfE validation rules for the SSDA903 and CIN census, run over canonical tables."""

from cscmonitor.rules.engine import FINDINGS_SCHEMA, Outcome, RuleRun, Validation, validate
from cscmonitor.rules.registry import rules_for
from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.submission import Submission

__all__ = ["FINDINGS_SCHEMA", "Outcome", "Rule", "RuleRun", "Severity", "Submission",
           "Validation", "rules_for", "validate"]
