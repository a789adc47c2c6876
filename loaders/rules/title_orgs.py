"""National bodies from titles: "Defence Minister" in country C is C's Ministry of Defence,
"Army chief" C's army, "President" of C the country itself."""
from __future__ import annotations

from .. import gazetteer as gz
from ..mentions import EntityBuild
from .titles import BODY_WORDS

COUNTRY_POSTS = frozenset(p.lower() for p in gz.data().get("country_posts", []))
BODY_TITLES = {k.lower(): v for k, v in gz.data().get("body_titles", {}).items()}


def org_for_title(st, title: str, country: str | None, explicit: str | None = None) -> EntityBuild | None:
    """The institution a title names: a known office ("home secretary" in Britain), a ministry
    through its portfolio word, the article's party or national body, or the country of a
    head of state. st is the article's extract.ArticleState."""
    words = title.split()
    lw = [w.lower() for w in words]
    joined = " ".join(w for w in lw if w not in ("deputy", "acting", "former", "interim", "shadow", "the"))
    for rec in gz.data().get("title_orgs", []):
        # "home secretary" is the Home Office's in Britain, "secretary of state" the State Department's in the US
        if rec.get("needs_country") and explicit != rec["country"]:
            continue   # "U.S. Attorney X" is the U.S. Attorney's Office's; "his attorney X" is not
        if joined == rec["title"].replace("the ", "") and (country is None or country == rec["country"]):
            if rec["country"] in (country, st.country, st.country_hint) or rec.get("unambiguous"):
                return st.org_entity(rec["org"], rec["country"])
    if joined in gz.RANKS:
        return None   # "an army general" is a rank, not a post at the army
    # "air force commander", "army head": the same body as "air force chief"
    body = BODY_TITLES.get(joined) or BODY_TITLES.get(joined.replace("commander", "chief").replace("head", "chief"))
    if body and (country or st.country_hint):   # "chief of naval staff" -> the country's Navy
        where = country or st.country_hint
        if body.startswith("Office of"):
            # each country's office is its own ("Office of the Attorney General of Mexico"), and only
            # a country the text gives (not one it merely mentions) says whose it is
            where = explicit or st.country
            if where is None:
                return None
            e = st.org_entity(f"{body} of {where}", where)
            e.aliases.add(e.name)
            e.name = body
            return e
        return st.org_entity(body, where)
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            dom = gz.portfolio(" ".join(words[i:j]))
            if dom and any(h in lw for h in ("minister", "ministers", "attaché", "attache",
                                              "secretary", "spokesman", "spokeswoman",
                                              "spokesperson")):
                return st.org_entity(f"Ministry of {dom}", country or st.country_hint)
    if "party" in lw and any(w in gz.TITLE_HEADS for w in lw if w != "party"):
        return st.org_by_head("party")   # "party General Secretary X": the article's party
    body = next((w for w in lw if w in BODY_WORDS and w not in ("military", "intelligence", "party")), None)
    country_or_hint = country or st.country_hint
    if body and any(w in gz.TITLE_HEADS for w in lw if w != body) and country_or_hint:
        return st.org_entity(body, country_or_hint)   # "Army chief" -> the Bangladeshi army
    post = " ".join(w for w in lw if w not in ("deputy", "acting", "former", "interim")).split(" to ")[0]
    if explicit and post in COUNTRY_POSTS:   # "Ghana's ambassador to the United States" holds it for Ghana
        return st.country_entity(explicit)   # "U.S. ambassador X" holds the post for the United States
    head = " ".join(w for w in lw if w not in ("deputy", "first", "acting", "vice") or
                    " ".join(lw) in gz.HEADS_OF_STATE)
    if (" ".join(lw) in gz.HEADS_OF_STATE or head in gz.HEADS_OF_STATE) and country:
        return st.country_entity(country)
    return None
