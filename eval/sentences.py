"""Sentence boundaries against the GUM ``<s>`` elements of the Wikinews articles.

How it is measured: each plain-text article (header lines removed, title line kept) goes through
``extract.sentences.split``, which returns every span (sentences, headings, datelines and
credits alike, as the gold ``<s>`` elements cover all of them). A predicted sentence is right when
its text, with all whitespace removed, equals a gold sentence's tokens joined without spaces
(multiset match per article); precision, recall and F1 follow. A boundary-level F1 (the positions
where one sentence ends and the next begins, in the whitespace-free stream) is reported as well.

Then each article is imported as the import command reads it (``readers.read_text``) and run
through ``extract_claims``: no claim may be the text of a ``<head>`` element, and none may be a
dateline or a photo credit.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.gum import pairs, squash  # noqa: E402

from datasette_factcheck.extract import extract_claims  # noqa: E402
from datasette_factcheck.extract import sentences as seg  # noqa: E402
from datasette_factcheck.readers import read_text  # noqa: E402

_CREDIT_OR_DATE = (seg.DATELINE, seg.CREDIT)


def measure(data: Path) -> dict:
    tp = fp = fn = 0
    btp = bfp = bfn = 0
    errors: list[tuple[str, str, str]] = []
    heads = head_claims = 0
    nonclaims = nonclaim_claims = 0
    leaked: list[str] = []
    docs = 0
    for name, gold, text in pairs(data):
        docs += 1
        spans = seg.split(text)
        g = collections.Counter(s.key for s in gold.sentences)
        p = collections.Counter(squash(text[s.start:s.end]) for s in spans)
        hit = sum((g & p).values())
        tp += hit
        fp += sum(p.values()) - hit
        fn += sum(g.values()) - hit
        errors += [(name, "missed", k) for k in (g - p)]
        errors += [(name, "extra", k) for k in (p - g)]
        # boundaries: the end offsets (in the squashed stream) of all but the last sentence
        gb = {s.end for s in gold.sentences[:-1]}
        pb, n = set(), 0
        for s in spans[:-1]:
            n = len(squash(text[:s.end]))
            pb.add(n)
        btp += len(gb & pb)
        bfp += len(pb - gb)
        bfn += len(gb - pb)
        # what the importer would store
        path = data / "wikinews" / "plaintext" / f"{name}.txt"
        article = next(read_text(path.read_text(encoding="utf-8"), str(path)))
        claim_keys = {squash(c.text) for c in extract_claims(article.body)}
        for s in gold.sentences:
            if s.in_head:
                heads += 1
                if s.key in claim_keys:
                    head_claims += 1
                    leaked.append(f"{name}: head `{' '.join(s.tokens)}`")
        for s in spans:
            if s.kind in _CREDIT_OR_DATE:
                nonclaims += 1
                if squash(text[s.start:s.end]) in claim_keys:
                    nonclaim_claims += 1
                    leaked.append(f"{name}: {s.kind} `{text[s.start:s.end]}`")
    return dict(docs=docs, tp=tp, fp=fp, fn=fn, btp=btp, bfp=bfp, bfn=bfn, errors=errors,
                heads=heads, head_claims=head_claims, nonclaims=nonclaims,
                nonclaim_claims=nonclaim_claims, leaked=leaked)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


PROBE = Path(__file__).resolve().parent / "data" / "sentences"

_LIST_MARK = re.compile(r"^\s*(?:[-•*]|\d+[.)])\s+")


def measure_probe(directory: Path = PROBE) -> dict:
    """The blind probe set: each article's body (title line off) through ``extract_claims``;
    claims compared with the gold sentences (whitespace and list markers aside, multiset per
    article), and the gold headings, datelines, bylines, credits and page furniture that came
    back as claims counted."""
    gold: dict[str, list[dict]] = collections.defaultdict(list)
    for line in (directory / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gold[g["file"]].append(g)

    def key(text: str) -> str:
        return re.sub(r"\s+", "", _LIST_MARK.sub("", text))

    r = {"files": len(gold), "tp": 0, "fp": 0, "fn": 0, "non": 0, "non_claims": [],
         "errors": []}
    for name, items in sorted(gold.items()):
        text = (directory / name).read_text(encoding="utf-8")
        body = text.split("\n\n", 1)[1] if "\n\n" in text else text
        got = collections.Counter(key(c.text) for c in extract_claims(body))
        want = collections.Counter(key(g["text"]) for g in items if g["kind"] == "sentence")
        both = sum((got & want).values())
        r["tp"] += both
        r["fp"] += sum(got.values()) - both
        r["fn"] += sum(want.values()) - both
        r["errors"] += [(name, "extra", k) for k in (got - want)]
        r["errors"] += [(name, "missed", k) for k in (want - got)]
        for g in items:
            if g["kind"] != "sentence":
                r["non"] += 1
                if key(g["text"]) in got:
                    r["non_claims"].append(f"{name}: {g['kind']} `{g['text'].strip()[:80]}`")
    return r


# (folder, what it holds, how its figure came about): each set written and labelled by a helper
# session that never ran the extractor; its first score is the blind one.
PROBES = [
    (PROBE, "12 articles as text arrives when copied or scraped from news sites (abbreviations "
     "and initials, numbers with dots, quotations over sentences and paragraphs, ellipses, "
     "sub-headings, lists, datelines, bylines, captions and credits, page furniture, hard "
     "wraps)",
     "scored blind on arrival (2026-11-26, second session): P 0.946, R 0.935, F1 0.940, 1 of 61 "
     "non-claim lines returned as a claim. Its misses were general rules (`Ltd. Ms. "
     "Natarajan`, `Corp. Both`, `Apache 2.0. Enterprise`, `11:45 p.m. Federal`, `R-S.C.,`, "
     "`Ald.`, a quoted question before `She said ...`, `LIMNI, Greece, Aug. 8 (Reuters) -`, a "
     "two-word list item), then fixed, so the figure above is no longer a held-out one."),
    (PROBE.parent / "sentences-2",
     "12 articles from 12 kinds of source (wire copy, AP with state abbreviations, a BBC page "
     "with its furniture, a live blog, a press release, a science story with units, a match "
     "report, a transcript, a legal story, a markets story with tickers, lists mixed with "
     "prose, hard wraps throughout)",
     "scored blind on arrival (d4c79f6, after the first set's fixes): P 0.932, R 0.981, "
     "F1 0.956, 10 of 75 non-claim lines returned as claims (question sub-headings, `SOURCE` "
     "and `Copyright` lines, `Journal reference:`, an AP contributor line, `-- Editing by`). "
     "The general ones were then fixed, so the figure above is no longer a held-out one."),
    (PROBE.parent / "sentences-3",
     "12 ordinary articles pasted from British, American, Indian and Australian news sites "
     "(not deliberately tricky)",
     "scored blind on arrival (4939aca, after the second set's fixes): P 0.974, R 0.959, "
     "F1 0.966, 1 of 72 non-claim lines returned as a claim (Indian `PUNE:` and `(PTI)` "
     "datelines, `7.45pm.` before a name, a syndicated-feed notice). The general ones were "
     "then fixed, so the figure above is no longer a held-out one."),
    (PROBE.parent / "sentences-4",
     "12 pages as pasted from ordinary sites of 12 kinds (a US regional paper, a UK "
     "broadcaster, a Canadian wire, Irish, Nigerian, Kenyan and Pakistani papers, a US sports "
     "site, a markets page, a council media release, a medical news story, an opinion column)",
     "scored blind on arrival (3de709e, third session): P 0.884, R 0.918, F1 0.901, 10 of 102 "
     "non-claim lines returned as claims: contact, follow, share and syndication lines, a "
     "wire's standards line, `Media contact:`, `Published` on a line of its own, an author's "
     "closing bio; and lists without markers or full stops read as one sentence, `— ` bullets, "
     "`Image caption,` glued to its caption, `Main St. “We`, `$1.2bn. Gross`, `Cr.`, `Eng.`, "
     "`Feb 6 (Marketline) -`, `Key takeaways:`, a reference block. The general ones were then "
     "fixed, so the figure above is no longer a held-out one (an ellipsis inside a quotation, "
     "`tires ... I’ve got`, still ends a sentence: the labeller called it the most debatable "
     "label)."),
    (PROBE.parent / "sentences-5",
     "12 more pages of 12 other kinds (a US TV station, a live page, a markets wrap, a local UK "
     "paper with a subscription prompt, South African, Indian, Australian and Canadian sites, a "
     "science site's boilerplate, a match report, a press release with its `About` paragraph, "
     "a newsletter)",
     "scored blind on arrival (9920381, third session): P 0.873, R 0.969, F1 0.919, 22 of 118 "
     "page lines returned as claims (subscription and sign-up prompts, a JavaScript notice, "
     "`Loading...`, a science site's copyright boilerplate, a press release's `About` "
     "paragraph, a live page's authors and quoted headings, a lower-case `by` byline, a "
     "sign-off). The general ones were then fixed, so the figure above is no longer a held-out "
     "one. The second set's labeller counted a press release's `About` paragraph as "
     "sentences, this one as page furniture; the extractor now follows this one, and the "
     "second set shows it (recall 0.967)."),
    (PROBE.parent / "sentences-6",
     "12 pages of 12 more kinds (a paywalled US paper, a UK tabloid, an Australian "
     "broadcaster's key points, a newswire press release, a Canadian local site's weather "
     "widget, an Indian daily's `Also Read` links, a live blog, a match report's team sheets, "
     "an advertising notice, an academic site's reference list, a newsletter, a wire story "
     "with a correction), pasted as browsers paste pages: one line per block, no blank lines",
     "scored blind on arrival (cb6b4c9, fourth session): P 0.593, R 0.836, F1 0.694, 39 of "
     "259 page lines returned as claims. Far below the earlier sets because of the layout: "
     "with no blank lines anywhere, every line was read as a hard-wrapped line of one long "
     "paragraph, so headlines, menus and captions ran into the sentences next to them. The "
     "general causes were then fixed (eac3dbb), so the figure above is no longer a held-out "
     "one."),
    (PROBE.parent / "sentences-7",
     "12 pages of 12 more kinds (a Nigerian daily, a US network's video captions, a live page, "
     "a markets story with a data table, a council page, a university press release with notes "
     "to editors, an Australian tabloid, a German broadcaster's English site, a Philippine site "
     "with `READ:` links, a match timeline, a column with an author box, a fact-check's rating "
     "box), half with blank lines between blocks, half one line per block",
     "scored blind on arrival (346a204, fourth session): P 0.738, R 0.962, F1 0.836, 14 of "
     "219 page lines returned as claims: a match timeline (`34' GOAL!`), team sheets without a "
     "formation, `Rt. Hon.`, notes to editors, comment-form and tip prompts, a wire's update "
     "note, `With assistance from`, captions without a credit. The general ones were then "
     "fixed, so the figure above is no longer a held-out one. This labeller and the sixth set's "
     "counted a photo's caption as page furniture, as their prompt told them; the extractor "
     "keeps the first five sets' convention (a caption is a sentence, its credit split off), "
     "and that is most of what these two sets still count as wrong."),
]


def _probe_lines() -> list[str]:
    lines = []
    for directory, about, history in PROBES:
        if not (directory / "gold.jsonl").exists():
            continue
        r = measure_probe(directory)
        p, rec, f1 = _prf(r["tp"], r["fp"], r["fn"])
        lines += [
            f"### Blind probe set `eval/data/{directory.name}`",
            "",
            f"{about}; {r['tp'] + r['fn']} gold sentences and {r['non']} lines that are not "
            "claims, written and labelled by a session that never ran the extractor.",
            "",
            "| measure | precision | recall | F1 |",
            "|---|---|---|---|",
            f"| sentences (exact, whitespace and list markers aside) | {p:.3f} | {rec:.3f} | "
            f"**{f1:.3f}** |",
            "",
            f"- headings, datelines, bylines, credits and furniture returned as claims: "
            f"**{len(r['non_claims'])}** of {r['non']}.",
            "",
            "History: " + history,
            "",
        ]
        if r["non_claims"]:
            lines += ["Returned as claims:", ""] + [f"- {x}" for x in r["non_claims"]] + [""]
        if r["errors"]:
            lines += ["Disagreements:", ""] + [
                f"- {n} {w}: `{k[:100].replace('`', chr(39))}`" for n, w, k in sorted(r["errors"])
            ] + [""]
    return lines


def evaluate(shared_data: Path) -> str:
    xml = shared_data / "wikinews" / "xml"
    if not xml.is_dir():
        return "\n".join([f"## Sentences\n\nSkipped: `{xml}` is absent.\n"] + _probe_lines())
    r = measure(shared_data)
    p, rec, f1 = _prf(r["tp"], r["fp"], r["fn"])
    bp, br, bf = _prf(r["btp"], r["bfp"], r["bfn"])
    lines = [
        "## Sentences",
        "",
        "Target: F1 >= 0.97 against the GUM `<s>` elements; no `<head>` text stored as a claim.",
        "",
        f"Data: {r['docs']} Wikinews articles of GUM, {r['tp'] + r['fn']} gold sentences.",
        "",
        "| measure | precision | recall | F1 |",
        "|---|---|---|---|",
        f"| sentences (exact, whitespace-insensitive) | {p:.3f} | {rec:.3f} | **{f1:.3f}** |",
        f"| boundaries | {bp:.3f} | {br:.3f} | {bf:.3f} |",
        "",
        f"- `<head>` sentences stored as claims: **{r['head_claims']}** of {r['heads']} "
        "(the title line is taken off the body by the reader; sub-headings are labelled `heading`).",
        f"- datelines and credits stored as claims: **{r['nonclaim_claims']}** of "
        f"{r['nonclaims']} found.",
        "",
        "How: " + " ".join(__doc__.split("How it is measured: ", 1)[1].split()),
        "",
    ]
    if r["leaked"]:
        lines += ["Leaked into claims:", ""] + [f"- {x}" for x in r["leaked"]] + [""]
    lines += [
        "About the gold: GUM is not consistent with itself on a few points the rules cannot "
        "follow both ways. A quotation of several sentences is usually split into its sentences "
        "(clock `\"Cool clock, Ahmed.` | `Want to bring it ...?`) but sometimes kept whole "
        "(hackers `The poster wrote that \"Prompted ... internet. An insurgency ...\"`, taxes "
        "`Mr. Toccafondi says \"many schools ... quit. Then the State ...\"`); a photo credit "
        "after a caption is its own sentence 18 times and part of the caption once (taxes `... in Milan. "
        "Image: Friedrichstrasse.`); `[...]` ends a sentence before a lower-case word once "
        "(warming) and an ellipsis before a capital does not once (defector); one sentence ends "
        "on a comma before a quotation that was set apart in the original page (clock "
        "`Marc Lamont Hill commented,`).",
        "",
    ]
    if r["errors"]:
        lines += [f"Disagreements with the gold ({len(r['errors'])}; text shown without spaces, "
                  "as compared):", ""]
        for name, what, key in sorted(r["errors"]):
            key = key.replace("`", "'")
            lines.append(f"- {name} {what}: `{key[:110]}{'…' if len(key) > 110 else ''}`")
        lines.append("")
    lines += _probe_lines()
    return "\n".join(lines)


if __name__ == "__main__":
    from eval.run import shared_data_dir

    print(evaluate(shared_data_dir()))
