"""PCMD: records and reports of the prostitution-prevention programme."""

__version__ = "0.1.0"
