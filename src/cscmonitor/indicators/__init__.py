"""Official indicators computed from the case-level returns, for any period end.

One definition per indicator (``definitions/<theme>/<id>.yml`` with its SQL beside it), one
engine that computes any of them for the official year, the 12 months to any month end or a
single day, and the benchmarks, targets and suppression that turn values into a scorecard.
"""
