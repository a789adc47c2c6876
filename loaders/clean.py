"""Dropping page furniture before extraction: teaser links, share prompts, 'NEXT' headlines.

Only whole lines are dropped, so every sentence of the cleaned text is still a
substring of the article as read, and evidence can be found in the original.
"""
from __future__ import annotations

import re

FURNITURE = re.compile(
    r"""^\s*(?:
        you\s+may\s+(?:also\s+)?(?:be\s+interested|like)\b.* |
        (?:read|see)\s+(?:also|more)\b.* | also\s+read\b.* | related\s*(?:articles|stories|news)?\s*:.* |
        recommended\s*:.* | more\s+on\s+this\s+story.* | most\s+read.* | trending\s*:.* |
        (?:for\s+(?:the\s+)?latest\s+(?:updates|news)\s+)?follow\s+us\b.* |
        (?:share|tweet|email)\s+(?:this|on)\b.* | (?:subscribe|sign\s+up)\b.*(?:newsletter|updates|free).* |
        advertisement | sponsored(?:\s+content)? | click\s+here\b.* | watch\s*:.* | listen\s*:.* |
        (?:next|previous|prev)\s*[:>»|]\s*.* | (?-i:NEXT|PREVIOUS|PREV)\b.* |
        (?:photo|image|credit|source)\s*:.* | copyright\b.* | ©.* | all\s+rights\s+reserved.*
    )\s*$""",
    re.I | re.X,
)


def furniture_line(line: str) -> bool:
    return bool(FURNITURE.match(line))


def clean_text(text: str) -> str:
    """The article text with furniture lines blanked out (line count kept)."""
    return "\n".join("" if furniture_line(line) else line for line in text.split("\n"))
