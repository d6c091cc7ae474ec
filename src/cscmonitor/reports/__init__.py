"""The board and scrutiny pack: the scorecard, themed sections, data quality and appendix,
written as HTML, PDF and an Excel workbook from the same figures.

``pack.build_pack`` gathers the figures (``gather``), shows them for an audience
(``figures``: the public audience goes through the shared suppression), and writes the three
files (``html``, ``pdf``, ``workbook``). Charts are Vega-Lite specs (``charts``).
"""
