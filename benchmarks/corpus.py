"""The benchmark corpus: real English text that ships with Python and with this repository.

Paragraphs come from two pools, mixed deterministically into articles:
  - prose from the Python standard library that is on every machine: the reference
    topics of `pydoc_data` and the docstrings of the stdlib's modules, classes and
    functions (read with `ast`, nothing is imported);
  - news paragraphs from this repository: `seeds/` and the development set in
    `tests/dev/` (about officials, so the rules have work to do).
About a third of each article's paragraphs are news, so the articles are not the
development set repeated but real text with officials in it.
"""
from __future__ import annotations

import ast
import random
import re
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


def _prose(text: str) -> list[str]:
    """Paragraphs that read as sentences (no code, tables or one-line fragments)."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in para.strip().splitlines()]
        if not lines or any(ln.startswith((">>>", "...", "$", "|", "+-", "=", "-", "*", ":")) for ln in lines):
            continue
        joined = " ".join(lines)
        if len(WORD.findall(joined)) >= 12 and joined[0].isupper() and joined.rstrip()[-1:] in ".:)":
            out.append(joined)
    return out


def stdlib_paragraphs() -> list[str]:
    paras = []
    import pydoc_data.topics as topics
    for text in topics.topics.values():
        paras += _prose(text)
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for path in sorted(stdlib.glob("*.py")) + sorted(stdlib.glob("*/*.py")):
        if "test" in path.parts or "site-packages" in path.parts:
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        for node in [tree, *ast.walk(tree)]:
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc:
                    paras += _prose(doc)
    return sorted(set(paras))


def news_paragraphs() -> list[str]:
    from loaders.sources import RawArticle, read_inputs
    paras = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "dev"):
        if folder.exists():
            for item in read_inputs([str(folder)]):
                if isinstance(item, RawArticle):
                    paras += [p.strip() for p in re.split(r"\n\s*\n", item.text)
                              if len(WORD.findall(p)) >= 8]
    return paras


def build_corpus(n_articles: int = 2000, seed: int = 1, news_share: float = 0.35):
    """n_articles RawArticles of 6-12 paragraphs each, the same every time."""
    from loaders.sources import RawArticle
    rng = random.Random(seed)
    docs, news = stdlib_paragraphs(), news_paragraphs()
    out = []
    for i in range(n_articles):
        paras = [rng.choice(news) if news and rng.random() < news_share else rng.choice(docs)
                 for _ in range(rng.randint(6, 12))]
        title = " ".join(paras[0].split()[:10])
        out.append(RawArticle(source=f"corpus:{i}", title=f"{i}: {title}", text="\n\n".join(paras)))
    return out, {"stdlib_paragraphs": len(docs), "news_paragraphs": len(news)}


def words(articles) -> int:
    return sum(len(WORD.findall(a.text)) for a in articles)
