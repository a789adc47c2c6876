"""Relations other than posts (MEMBER_OF, agents of APPOINTED / ARRESTED, REPLACED), one kind of
construction per case, read by the real spaCy pipeline. The sentences are made up; each
states a shape that news from many outlets uses (round 3 of the real-news rules)."""
import pytest

from graph.merge import merge
from loaders.sources import RawArticle


def read(extractor, text: str, title: str = "Officials news"):
    return merge(extractor.extract(RawArticle(source="test", title=title, text=f"{title}\n\n{text}")))


def named_rels(doc, typ: str) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.source), names.get(r.target)) for r in doc.relations if r.type == typ}


CASES = [
    # (kind, text, facts it must give, facts it must not give); a fact is (type, source, target)
    ("party-before-political-noun",
     "Trinamool Congress MP Mahua Moitra was expelled from parliament on Friday.",
     [("MEMBER_OF", "Mahua Moitra", "Trinamool Congress")],
     [("HOLDS_POSITION", "Mahua Moitra", "Trinamool Congress")]),
    ("party-in-a-run-of-titles",
     "The report was signed by Unity Party MP and deputy speaker Grace Wanjiru on Monday.",
     [("MEMBER_OF", "Grace Wanjiru", "Unity Party")], []),
    ("party-title-then-comma",
     "The Pakistan People's Party (PPP) says he is under arrest. \"We were not consulted,\" PPP senator and "
     "party spokesman, Farhatullah Babar said.",
     [("MEMBER_OF", "Farhatullah Babar", "Pakistan People's Party")], []),
    ("another-former-party-lawmaker",
     "Another former National Party lawmaker, Peter Lindqvist, was released on bail on Friday.",
     [("MEMBER_OF", "Peter Lindqvist", "National Party")], []),
    ("of-the-party-after-a-list",
     "The court agreed to detain Chen Chao-ming and Liao Kuo-tung of the Kuomintang.",
     [("MEMBER_OF", "Chen Chao-ming", "Kuomintang"), ("MEMBER_OF", "Liao Kuo-tung", "Kuomintang")], []),
    ("of-the-governing-party",
     "Police arrested Senator Daniel Okafor of the governing Progress Party on Wednesday.",
     [("MEMBER_OF", "Daniel Okafor", "Progress Party")], []),
    ("his-party-in-apposition",
     "Rochas Okorocha said his party, the All Progressives Congress (APC), had turned against him.",
     [("MEMBER_OF", "Rochas Okorocha", "All Progressives Congress")], []),
    ("institution-before-political-noun-is-no-party",
     "European Parliament lawmaker Anna Lindberg was questioned by prosecutors.",
     [], [("MEMBER_OF", "Anna Lindberg", "European Parliament")]),
    ("by-phrase-title-then-name",
     "General Khalid Rana, who had been named army chief by the then prime minister, Mr. Nawaz Sharif, "
     "refused the order.",
     [("APPOINTED", "Nawaz Sharif", "Khalid Rana")], []),
    ("by-phrase-on-the-post",
     "Khawaja Zia was named as army chief in place of General Pervez Karim by Prime Minister Nawaz Sharif.",
     [("APPOINTED", "Nawaz Sharif", "Khawaja Zia"), ("REPLACED", "Khawaja Zia", "Pervez Karim")], []),
    ("agent-described-in-apposition",
     "The government said the presidential guard unit, the Regiment of Presidential Security, would be dissolved. "
     "President Michel Kafando was detained by the presidential guards on September 16.",
     [("ARRESTED", "Regiment of Presidential Security", "Michel Kafando")], []),
    ("in-place-of-after-a-copula",
     "Under the reshuffle, General Yusuf Khan would be the new chief of general staff, in place of General Aziz Malik.",
     [("REPLACED", "Yusuf Khan", "Aziz Malik")], []),
    ("named-as-the-successor-to",
     "On Saturday, the president named Ehsan Haq as the successor to General Muhammad Aziz as chairman of the joint chiefs.",
     [("REPLACED", "Ehsan Haq", "Muhammad Aziz")], []),
    ("to-succeed-on-the-appointee-phrase",
     "Volvo Cars has named Hakan Samuelsson, the former chief executive of MAN, to succeed Stefan Jacoby as chief.",
     [("REPLACED", "Hakan Samuelsson", "Stefan Jacoby")], []),
    ("appointment-noun-to-replace",
     "The appointment of Fernando Fabrega as foreign minister to replace Romulo Roux drew criticism.",
     [("REPLACED", "Fernando Fabrega", "Romulo Roux")], []),
]


@pytest.mark.parametrize("kind,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_relation_kind(extractor, kind, text, must, must_not):
    doc = read(extractor, text)
    for typ, src, tgt in must:
        assert (src, tgt) in named_rels(doc, typ), (kind, typ, named_rels(doc, typ))
    for typ, src, tgt in must_not:
        assert (src, tgt) not in named_rels(doc, typ), (kind, typ)
