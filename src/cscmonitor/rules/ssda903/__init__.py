"""SSDA903 (children looked after) validation rules, by collection year."""
