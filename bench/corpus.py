"""A deterministic corpus of synthetic news articles for the benchmarks and the hardening tests.

    python bench/corpus.py OUT_DIR --articles 1000 [--seed 1] [--formats txt,md,json,jsonl,csv]

The same seed and count always give byte-identical files, so no benchmark depends on anything
outside the repository. Articles look like wire copy: a headline, a dateline, about 25 sentences
(between 15 and 35) in paragraphs of one to four sentences, one or two cross-headings, direct
quotes attributed to speakers with titles ("Health Minister Ana Duarte said"), paraphrased
attributions, figures (money, percentages, counts, years) and a few sentences with no claim at all.

Formats written (one article per file for the directory formats):

- ``txt/``  plain text with ``# key: value`` header lines, then the title, then the body;
- ``md/``   Markdown with YAML front matter and ``##`` cross-headings;
- ``articles.json``  a JSON array;
- ``articles.jsonl`` JSON Lines;
- ``articles.csv``   CSV with a header row.

``generate(n, seed)`` yields the articles as dicts (``id``, ``title``, ``body``, ``url``,
``outlet``, ``author``, ``published``, plus ``section`` and ``sentences``, the number of sentences
written into the body) for code that wants them in memory.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import random
import sys
from pathlib import Path
from typing import Iterator

# Bump when the generated text changes, so cached corpora under bench/out/ are rebuilt.
CORPUS_VERSION = "1"
FORMATS = ("txt", "md", "json", "jsonl", "csv")

FIRST = (
    "Ana", "Robert", "Samira", "Chen", "Olga", "Kwame", "Maria", "David", "Priya", "Tomasz",
    "Fatima", "James", "Ingrid", "Luis", "Aiko", "Noah", "Leila", "Peter", "Grace", "Mehmet",
    "Sofia", "Daniel", "Amara", "Hugo", "Nadia", "Owen", "Yusuf", "Elena", "Patrick", "Hana",
)
LAST = (
    "Duarte", "Castellano", "Haddad", "Wei", "Petrova", "Mensah", "Okafor", "Lindqvist", "Nair",
    "Kowalski", "Rahman", "Whitfield", "Berg", "Moreno", "Tanaka", "Fischer", "Benali",
    "Osei", "Harrington", "Yilmaz", "Costa", "Adeyemi", "Moreau", "Sato", "Karimi", "Doyle",
    "Novak", "Ferreira", "Brennan", "Ito", "Abara", "Quinn", "Sorensen", "Achebe", "Varga",
)
TITLES = (
    "Health Minister", "Finance Minister", "Mayor", "Education Secretary", "Senator", "Governor",
    "Police Chief", "Dr.", "Professor", "Transport Secretary", "Council Leader", "Judge",
    "Interior Minister", "Chief Executive", "Deputy Mayor", "Environment Minister",
)
ROLES = (
    "a spokesperson for the council", "the hospital's medical director", "an economist at the "
    "Institute for Fiscal Studies", "the union's regional secretary", "a local business owner",
    "the charity's director", "an opposition councillor", "a researcher at the university",
)
ORGS = (
    "the county council", "the health board", "the transport authority", "the national "
    "statistics office", "the regional development agency", "the teachers' union", "the "
    "chamber of commerce", "the water company", "the housing association", "the audit office",
)
PLACES = (
    "Millbrook", "Eastport", "Riverside", "Harlow Green", "Northgate", "Kingsbridge", "Ashford",
    "Westfield", "Port Avery", "Lindon", "Carrow", "Bellhaven", "Stonebury", "Marlow Vale",
)
OUTLETS = (
    "The Riverside Courier", "Eastport Evening News", "Northgate Herald", "The County Chronicle",
    "Harbour Times", "Valley Gazette",
)
TOPICS = (
    ("health", "hospital waiting lists", "the new clinic", "patients"),
    ("transport", "the bus network", "the bypass", "commuters"),
    ("education", "school budgets", "the free-meals scheme", "pupils"),
    ("housing", "affordable homes", "the estate renewal", "tenants"),
    ("environment", "river pollution", "the flood defences", "residents"),
    ("economy", "the business-rates reform", "the jobs programme", "workers"),
    ("crime", "knife crime", "the neighbourhood policing plan", "victims"),
    ("energy", "household bills", "the wind farm", "customers"),
)
HEADINGS = (
    "Funding questions", "What happens next", "Opposition reaction", "The figures", "Background",
    "Local impact", "A long-running dispute", "Reaction from residents", "Costs and savings",
)
VERBS = ("said", "told reporters", "said on Monday", "added", "warned", "insisted", "argued")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def _money(r: random.Random) -> str:
    unit = r.choice(("million", "million", "billion"))
    amount = r.choice((f"{r.randint(1, 950)}", f"{r.randint(1, 99)}.{r.randint(1, 9)}"))
    return f"{r.choice(('£', '$', '€'))}{amount} {unit}"


def _pct(r: random.Random) -> str:
    return f"{r.randint(1, 89)}{r.choice(('', '.5'))} per cent"


def _count(r: random.Random) -> str:
    return f"{r.randint(2, 98)},{r.randint(100, 999)}"


class _Writer:
    """Builds one article's sentences from templates."""

    def __init__(self, r: random.Random):
        self.r = r
        self.topic = r.choice(TOPICS)
        self.place = r.choice(PLACES)
        self.people = [
            (r.choice(TITLES), f"{r.choice(FIRST)} {r.choice(LAST)}") for _ in range(r.randint(2, 4))
        ]
        self.others = [(f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(ROLES)) for _ in range(2)]

    def person(self):
        return self.r.choice(self.people)

    def sentence(self) -> str:
        r, (_, subject, thing, who) = self.r, self.topic
        title, name = self.person()
        surname = name.split()[-1]
        other, role = r.choice(self.others)
        org = r.choice(ORGS)
        year = r.randint(2015, 2026)
        kind = r.randrange(14)
        if kind == 0:
            return (f'"We have cut {subject} by {_pct(r)} since {year}, and we will go further," '
                    f"{title} {name} {r.choice(VERBS)}.")
        if kind == 1:
            return (f"{title} {name} said {thing} would cost {_money(r)} over {r.randint(2, 10)} "
                    f"years and benefit about {_count(r)} {who} in {self.place}.")
        if kind == 2:
            return (f"According to {org}, {_count(r)} {who} were affected last year, up from "
                    f"{_count(r)} in {year}.")
        if kind == 3:
            return (f'"That figure is simply wrong," said {other}, {role}. "The real number is '
                    f'closer to {_pct(r)}."')
        if kind == 4:
            return (f"{surname} told a meeting in {self.place} that {thing} was the largest "
                    f"investment in {subject} for {r.randint(10, 40)} years.")
        if kind == 5:
            return (f"Figures published by {org} in {r.choice(MONTHS)} show spending on {subject} "
                    f"rose to {_money(r)}, {_pct(r)} more than planned.")
        if kind == 6:
            return f"The meeting in {self.place} lasted more than {r.randint(2, 5)} hours."
        if kind == 7:
            return (f"Critics argued that {thing} would do little for {who} who need help most, "
                    f"while supporters pointed to similar schemes elsewhere.")
        if kind == 8:
            return (f'"I think people deserve a straight answer," {name} said, before leaving '
                    f"without taking questions.")
        if kind == 9:
            return (f"{other}, {role}, said the plan was \"a step in the right direction\" but "
                    f"warned that {_pct(r)} of {who} would see no change.")
        if kind == 10:
            return (f"{thing[0].upper()}{thing[1:]} was first proposed in {year}, when {org} "
                    f"estimated it would "
                    f"take {r.randint(18, 60)} months to complete.")
        if kind == 11:
            return "It is not clear when a final decision will be made."
        if kind == 12:
            return (f"{surname} insisted the money was already in the budget, and that "
                    f"{_count(r)} {who} had signed a petition in support.")
        return (f"Official data show {who} in {self.place} waited an average of "
                f"{r.randint(3, 40)} weeks in {year}, compared with {r.randint(3, 40)} weeks "
                f"nationally.")


def _article(n: int, r: random.Random) -> dict:
    w = _Writer(r)
    section, subject, thing, who = w.topic
    title_person = w.people[0]
    title = r.choice((
        f"{title_person[1]} defends {thing} as costs rise",
        f"{subject.capitalize()} in {w.place}: what the figures show",
        f"{thing.capitalize()} to go ahead despite objections",
        f"Row over {subject} deepens after {title_person[0].lower()}'s claims",
    ))
    sentences_wanted = r.randint(15, 35)
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=r.randrange(900))
    paragraphs: list[str] = []
    md_paragraphs: list[str] = []
    lead = (f"{w.place.upper()} — {title_person[0]} {title_person[1]} on "
            f"{day.strftime('%A')} announced changes to {thing} that {org_phrase(r)}.")
    paragraphs.append(lead)
    md_paragraphs.append(lead)
    written = 1
    headings = r.sample(HEADINGS, r.randint(1, 2))
    heading_at = sorted(r.sample(range(3, 8), len(headings)))
    p = 0
    while written < sentences_wanted:
        if heading_at and p == heading_at[0]:
            heading_at.pop(0)
            h = headings.pop()
            paragraphs.append(h)
            md_paragraphs.append(f"## {h}")
        k = min(r.randint(1, 4), sentences_wanted - written)
        para = " ".join(w.sentence() for _ in range(k))
        paragraphs.append(para)
        md_paragraphs.append(para)
        written += k
        p += 1
    return {
        "id": f"bench-{n:07d}",
        "title": title,
        "body": "\n\n".join(paragraphs),
        "md_body": "\n\n".join(md_paragraphs),
        "url": f"https://news.example.org/{section}/{day.isoformat()}/story-{n}",
        "outlet": r.choice(OUTLETS),
        "author": f"{r.choice(FIRST)} {r.choice(LAST)}",
        "published": day.isoformat(),
        "section": section,
        "sentences": written,
    }


def org_phrase(r: random.Random) -> str:
    return r.choice((
        f"{r.choice(ORGS)} says will cost {_money(r)}",
        f"opponents say will affect {_count(r)} people",
        f"will take effect in {r.choice(MONTHS)}",
    ))


def generate(n: int, seed: int = 1, start: int = 0) -> Iterator[dict]:
    """``n`` articles; article ``i`` depends only on (seed, i), so prefixes are stable."""
    for i in range(start, start + n):
        yield _article(i, random.Random(f"{seed}:{i}"))


PUBLIC_FIELDS = ("id", "title", "body", "url", "outlet", "author", "published")


def _public(article: dict) -> dict:
    return {k: article[k] for k in PUBLIC_FIELDS}


def write_corpus(out: str | os.PathLike, n: int, seed: int = 1, formats=FORMATS) -> dict:
    """Write ``n`` articles in each of ``formats`` under ``out``; return a manifest (also written
    to ``out/manifest.json``) with paths, article and sentence counts."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    formats = tuple(formats)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown formats: {', '.join(sorted(unknown))}")
    files: dict = {}
    handles: dict = {}
    if "json" in formats:
        files["json"] = str(out / "articles.json")
        handles["json"] = open(files["json"], "w", encoding="utf-8")
        handles["json"].write("[\n")
    if "jsonl" in formats:
        files["jsonl"] = str(out / "articles.jsonl")
        handles["jsonl"] = open(files["jsonl"], "w", encoding="utf-8")
    if "csv" in formats:
        files["csv"] = str(out / "articles.csv")
        handles["csv"] = open(files["csv"], "w", encoding="utf-8", newline="")
        csv_writer = csv.writer(handles["csv"])
        csv_writer.writerow(PUBLIC_FIELDS)
    for fmt in ("txt", "md"):
        if fmt in formats:
            files[fmt] = str(out / fmt)
            (out / fmt).mkdir(exist_ok=True)
    sentences = 0
    chars = 0
    try:
        for i, a in enumerate(generate(n, seed)):
            sentences += a["sentences"]
            chars += len(a["body"])
            public = _public(a)
            if "json" in handles:
                handles["json"].write(("  " if i == 0 else ",\n  ")
                                      + json.dumps(public, ensure_ascii=False))
            if "jsonl" in handles:
                handles["jsonl"].write(json.dumps(public, ensure_ascii=False) + "\n")
            if "csv" in handles:
                csv_writer.writerow([public[k] for k in PUBLIC_FIELDS])
            # Directory formats: 1,000 files per sub-folder keeps directories a sane size.
            sub = f"{i // 1000:04d}"
            if "txt" in formats:
                d = out / "txt" / sub
                d.mkdir(exist_ok=True)
                (d / f"{a['id']}.txt").write_text(
                    f"# id: {a['id']}\n# url: {a['url']}\n# outlet: {a['outlet']}\n"
                    f"# author: {a['author']}\n# published: {a['published']}\n\n"
                    f"{a['title']}\n\n{a['body']}\n",
                    encoding="utf-8",
                )
            if "md" in formats:
                d = out / "md" / sub
                d.mkdir(exist_ok=True)
                (d / f"{a['id']}.md").write_text(
                    f"---\nid: {a['id']}\nurl: {a['url']}\noutlet: {json.dumps(a['outlet'])}\n"
                    f"author: {json.dumps(a['author'])}\npublished: {a['published']}\n---\n\n"
                    f"# {a['title']}\n\n{a['md_body']}\n",
                    encoding="utf-8",
                )
        if "json" in handles:
            handles["json"].write("\n]\n")
    finally:
        for h in handles.values():
            h.close()
    manifest = {
        "corpus_version": CORPUS_VERSION,
        "seed": seed,
        "articles": n,
        "sentences": sentences,
        "body_chars": chars,
        "files": files,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def cached_corpus(root: str | os.PathLike, n: int, seed: int = 1, formats=("jsonl",)) -> dict:
    """The manifest of a corpus under ``root``, generating it only when missing or stale."""
    out = Path(root) / f"corpus-v{CORPUS_VERSION}-s{seed}-n{n}-{'-'.join(sorted(formats))}"
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if all(Path(p).exists() for p in manifest["files"].values()):
            return manifest
    return write_corpus(out, n, seed, formats)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="output directory")
    parser.add_argument("--articles", "-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default=",".join(FORMATS),
                        help=f"comma-separated, from {','.join(FORMATS)}")
    args = parser.parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    manifest = write_corpus(args.out, args.articles, args.seed, formats)
    json.dump(manifest, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
