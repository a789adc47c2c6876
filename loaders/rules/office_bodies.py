"""The office a title names when the story does not say whose country it is: "Ombudsman
Conchita Carpio-Morales", "former public protector Lawrence Mushwana", "former Director of
Public Prosecutions Keriako Tobiko" in stories that name their country once or never. The
office is built under its own name ("Office of the Ombudsman"), with the post as readers
write it ("Ombudsman", "Public Protector", "Public Protector's Office") and, where the story
names one country, that country's forms; the country is not put into its identity, since a
story that merely mentions a country does not say the office is that country's
(title_orgs builds "Office of the Attorney General of Mexico" only where the text gives Mexico).
"""
from __future__ import annotations

from .. import gazetteer as gz

# titles some country gives another body ("attorney general" is the US Department of Justice's):
# without the country, the office of that name may be the wrong body
COUNTRY_BODY_TITLES = frozenset(rec["title"] for rec in gz.data().get("title_orgs", []))


def plain_office(st, body: str, title: str):
    """The office `body` ("Office of the Ombudsman") of a post `title` as a body of its own,
    without a country; None for a title some country gives another body."""
    if title in COUNTRY_BODY_TITLES:
        return None
    e = st.org_entity(body, None)
    post = body.replace("Office of the ", "")
    e.aliases |= {post, f"{post}'s Office", f"{post}’s Office"}
    if st.country_hint:
        e.aliases |= {f"{body} of {st.country_hint}", f"{post} of {st.country_hint}"}
    return e
