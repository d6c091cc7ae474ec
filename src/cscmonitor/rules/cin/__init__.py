"""CIN census validation rules, by collection year."""
