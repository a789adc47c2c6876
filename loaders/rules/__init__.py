"""Rule families, one job each. loaders/events.py and loaders/positions.py dispatch to them;
their word lists are data in loaders/data/ (triggers.json, titles.json, gazetteer.json)."""
