"""Articles read in worker processes (`okg build -j 2`) give the documents one process gives."""
import json
from pathlib import Path

from loaders.sources import RawArticle, read_file

REAL_DEV = Path(__file__).parent / "real" / "dev"


def _articles(n: int) -> list[RawArticle]:
    out = []
    for path in sorted(p for p in REAL_DEV.glob("*.json") if not p.name.endswith(".gold.json"))[::4]:
        out += [a for a in read_file(path) if isinstance(a, RawArticle)]
        if len(out) >= n:
            break
    return out


def test_two_workers_give_the_documents_of_one_process_in_order(extractor):
    raws = _articles(12)
    assert len(raws) == 12
    one = [json.dumps(d.to_dict(), sort_keys=True) for d in extractor.extract_many(raws)]
    two = [json.dumps(d.to_dict(), sort_keys=True) for d in extractor.extract_many(raws, n_process=2)]
    assert two == one
    assert sum(len(json.loads(d)["relations"]) for d in one) > 0
