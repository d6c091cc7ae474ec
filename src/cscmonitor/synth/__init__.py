"""A synthetic local authority: simulated children, workers and their statutory returns.

``generate`` simulates one authority (or many) day by day, calibrated to a profile of
published figures, and writes the CIN census, SSDA903, workforce census and Annex A files
through the ``formats`` writers, with a manifest. See ``docs`` and ``profiles/``.
"""

from cscmonitor.synth.generate import generate
from cscmonitor.synth.manifest import Manifest
from cscmonitor.synth.profile import profile_names

__all__ = ["Manifest", "generate", "profile_names"]
