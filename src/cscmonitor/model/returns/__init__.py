"""One module per statutory return, each defining ``RETURN: ReturnSpec``."""
