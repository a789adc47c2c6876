"""A legislature's confirmation is an appointment even with no post written: "X was finally
confirmed for the job by the Senate", "the Senate confirmed Republicans X and Y".

"Confirm" needs a post to be an appointment (triggers.json needs_post: "the ministry confirmed
X" is a report); when the one confirming is a house (a body whose name has a house word,
triggers.json house_words: "Senate", "Parliament", "National Assembly"), the confirmation is
the house's consent to an appointment."""
from __future__ import annotations

from graph.schema import ORGANISATION

from ..lexicon import load
from .. import lexicon

HOUSE_WORDS = lexicon.HOUSE_WORDS


def confirmed_by_house(tok, agent) -> bool:
    """tok is "confirm" and its agent is a legislature."""
    return tok.lemma_.lower() == "confirm" and agent is not None and agent.label == ORGANISATION \
        and any(w.lower() in HOUSE_WORDS for w in agent.name.split())
