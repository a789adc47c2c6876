"""officials-kg: the command-line app (`okg`)."""
__version__ = "0.1.0"
