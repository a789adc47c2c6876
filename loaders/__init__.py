"""The text side of officials-kg: reading articles, NLP, extraction into graph records."""
