"""cscmonitor: see how children's services are doing, month by month, from the statutory returns."""

__version__ = "0.1.0"
