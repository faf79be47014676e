"""Speakers on the seed article, and on the test articles written for the test suite.

How it is measured: the seed article (``../shared/data/seed``) is read as the import command
reads it and run through ``extract_claims``. ``SEED_GOLD`` below is a hand labelling of every
sentence of its body (from its first words): the speaker and role a fact-checker would record,
or none for the article's own voice. A sentence counts as right when both speaker and role are
equal. The same is done for the three test articles in ``tests/articles`` with the expectations
listed in ``tests/test_extract_speakers.py`` (every pattern named in issue 3). Name variants are
those ``find_name_variants`` reports for the seed body.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from datasette_factcheck.extract import extract_claims, find_name_variants  # noqa: E402
from datasette_factcheck.extract import sentences  # noqa: E402
from datasette_factcheck.readers import collect_inputs, read_input  # noqa: E402

SEED = Path("seed") / "000_1594414d4f800990.txt"

# first words of the sentence -> (speaker, role); None = the article's own voice
SEED_GOLD = [
    ("A senior Russian diplomat said", "a senior Russian diplomat", None),
    ("Witkopf is expected to travel", None, None),
    ("Ukrainian President Volodymyr Zelensky said", "Volodymyr Zelensky", "Ukrainian President"),
    ("Kiev and its European allies are concerned", None, None),
    ("Trump later said", "Donald Trump", None),
    ("But while Russian Deputy Foreign Minister Sergei Ryabkov", "Sergei Ryabkov",
     "Russian Deputy Foreign Minister"),
    ("Moscow also raised concerns", None, None),
    ("Aboard Air Force One, Trump ignored", "Donald Trump", None),
    ("But Russia said", "Russia", None),
    ("Ushakov claimed", "Yuri Ushakov", None),
    ("Bloomberg reported", "Bloomberg", None),
    ("It was not clear how Bloomberg", None, None),
    ("A spokesperson told Bloomberg News", "a spokesperson", None),
]
SEED_VARIANTS = {("Witkoff", "Witkopf"), ("Witkoff", "Witkov")}


def read_body(path: Path) -> str:
    inputs, _ = collect_inputs([str(path)])
    (article,) = list(read_input(inputs[0], "auto"))
    return article.body


def _check(claims, gold):
    rows = []
    for first, speaker, role in gold:
        found = [c for c in claims if c.text.startswith(first) or first in c.text]
        got = (found[0].speaker, found[0].speaker_role) if found else ("(no claim)", None)
        rows.append((first, (speaker, role), got, got == (speaker, role)))
    return rows


def _test_article_expectations():
    path = ROOT / "tests" / "test_extract_speakers.py"
    spec = importlib.util.spec_from_file_location("_speaker_expectations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def _fmt(pair) -> str:
    speaker, role = pair
    if speaker is None:
        return "—"
    return f"{speaker}" + (f" ({role})" if role else "")


def evaluate(shared_data: Path) -> str:
    lines = ["## Speakers", "",
             "Target: on the seed article every attributed claim carries the right speaker "
             "(including the one given only as `he`), and the three spellings of the envoy's "
             "name are reported as variants; the same patterns on held-out articles.", ""]
    seed = shared_data / SEED
    if seed.is_file():
        body = read_body(seed)
        claims = extract_claims(body)
        rows = _check(claims, SEED_GOLD)
        attributed = [r for r in rows if r[1][0] is not None]
        right_attr = sum(r[3] for r in attributed)
        own = [r for r in rows if r[1][0] is None]
        right_own = sum(r[3] for r in own)
        variants = {(v.name, v.variant): v.count for v in find_name_variants(body)}
        lines += [
            f"Seed article: **{right_attr} of {len(attributed)}** attributed sentences with the "
            f"right speaker and role; {right_own} of {len(own)} sentences in the article's own "
            "voice left without a speaker.",
            "",
            "| sentence starts | expected | extracted | |",
            "|---|---|---|---|",
        ]
        for first, want, got, ok in rows:
            lines.append(f"| {first} … | {_fmt(want)} | {_fmt(got)} | {'ok' if ok else 'WRONG'} |")
        found = [f"{n} → {v} ({variants[(n, v)]}×)" for n, v in sorted(variants)]
        missing = SEED_VARIANTS - set(variants)
        lines += ["", "Name variants reported for the seed: " + (", ".join(found) or "none")
                  + (f"; missing: {sorted(missing)}" if missing else " (both expected pairs).")
                  + f" Other pairs reported: {len(set(variants) - SEED_VARIANTS)}.", ""]
    else:
        lines += [f"Seed article skipped: `{seed}` is absent.", ""]
    expected = _test_article_expectations()
    by_article: dict[str, list] = {}
    for article, fragment, speaker, role in expected:
        by_article.setdefault(article, []).append((fragment, speaker, role))
    total = right = 0
    wrong = []
    for article, gold in by_article.items():
        claims = extract_claims(read_body(ROOT / "tests" / "articles" / article))
        for first, want, got, ok in _check(claims, gold):
            total += 1
            right += ok
            if not ok:
                wrong.append(f"{article}: `{first}` expected {_fmt(want)}, got {_fmt(got)}")
    lines += [
        f"Test articles (`tests/articles`, {len(by_article)} articles written for the suite, "
        f"every pattern of the issue): **{right} of {total}** sentences with the right speaker "
        "and role (or rightly none).",
        "",
        "These articles were used while writing the rules, so the figure above is not a "
        "held-out one. The closest thing to a held-out measure: six of them "
        "(`heldout-rail-fares.txt`, `heldout-wildfire.txt`, `heldout-factory.txt`, "
        "`heldout-court.txt`, `heldout-study.txt`, `heldout-match.txt`, in that order) were "
        "labelled before the extractor first ran on them, and on that first run it got "
        "**11 of 16**, **12 of 18**, **15 of 15**, **11 of 14**, **14 of 15** and **12 of 14** "
        "sentences right (75 of 92, 0.82; the last four, written after the first fixes, 52 of "
        "58, 0.90; recorded by hand at the time, not recomputed). Each time the misses were "
        "general gaps, fixed before the next article was written: a role before the name and "
        "an apposition after it are both kept, `the trust` refers back to an organisation named "
        "earlier, "
        "`asked for` and `agreed to` are not reported speech, a participle opening "
        "a sentence (`Speaking outside the courthouse, ...`) is no subject, a role after an "
        "inverted attribution "
        "(`said Hannah Briggs, director of ...`), the previous sentence's subject as the "
        "referent of `she`, `figures from the Office of ...`, `accused`, `forecast`, "
        "capitalised occupations (`Farmer Gregor Haas`), `Police said`.",
        "",
    ]
    if wrong:
        lines += [f"- {w}" for w in wrong] + [""]
    lines += _labelled_set()
    lines += _names_set()
    lines += ["How: " + " ".join(__doc__.split("How it is measured: ", 1)[1].split()), ""]
    return "\n".join(lines)


LABELLED = ROOT / "eval" / "data" / "speakers"
# (folder, what it holds, how its figure came about): each set was written and labelled by a
# helper session that never ran the extractor; its first score is the blind one.
LABELLED_SETS = [
    (LABELLED, "12 articles of our own in 12 house styles",
     "the set was written on 2026-11-26, after about a hundred probe articles had been used to "
     "find bugs that day. The extractor as it was that morning (3b17086) scored 0.744 on it, and "
     "as it was when the set arrived 0.842, the last figure measured blind; the bugs it then "
     "showed (single-quoted quotes before `said X`, `37 confirmed cases` read as a verb, `Judge "
     "Eleanor Park of the U.S. District Court`, ...) were fixed, so the figure above is no longer "
     "a held-out one."),
    (ROOT / "eval" / "data" / "speakers-2",
     "16 more articles in 16 further house styles, by two helpers: `a*` wire, court, UK "
     "tabloid, science, sport, tech, US election, disaster; `b*` BBC, NYT honorifics, Indian "
     "politics, education, merger, charity report, British court, rail",
     "written on 2026-11-26 (second session), after the first set had been fixed. Scored blind "
     "on arrival (c0ad80a): **0.828** (226 of 273 claims; `a*` 113 of 133, 0.850; `b*` 113 of "
     "140, 0.807). The general bugs it showed were then fixed, so the figure above is no longer "
     "a held-out one."),
    (ROOT / "eval" / "data" / "speakers-3",
     "16 more articles in 16 further house styles, by two helpers: `a*` Middle East, "
     "environment, Canadian politics, public health, tennis, Supreme Court, oil producers, "
     "obituary; `b*` EU regulation, Indian crime, strike, defence, space, box office, "
     "university funding, house prices",
     "written on 2026-11-26 (second session), after the fixes from the second set. Scored blind "
     "on arrival (1d64684): **0.879** (240 of 273 claims; `a*` 114 of 132, 0.864; `b*` 126 of "
     "141, 0.894), against 0.828 for the second set on its arrival. The general bugs it showed "
     "were then fixed, so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-4",
     "16 more articles in 16 further house styles, by two helpers: `a*` markets, local TV "
     "(present-tense `says`), Nigerian politics, drought, football transfer, plane incident, "
     "NHS waits, climate summit; `b*` Washington, German politics, supermarket results, drug "
     "approval, planning meeting, bushfire, data breach, a Q&A interview",
     "written on 2026-11-26 (second session), after the fixes from the third set. Scored blind "
     "on arrival (e1777e4): **0.901** (236 of 262 claims; `a*` 112 of 124, 0.903; `b*` 124 of "
     "138, 0.899), against 0.879 for the third set and 0.828 for the second on their arrival. "
     "The general bugs it showed were then fixed, so the figure above is no longer a held-out "
     "one."),
    (ROOT / "eval" / "data" / "speakers-5",
     "12 more articles in 12 further house styles, by one helper: Japanese business, Latin "
     "American politics, school board, doping, South Asian floods, celebrity court case, crypto "
     "collapse, retracted paper, Australian transport, a religious festival's crowd estimates, "
     "a human-rights report, a crammed wire brief",
     "written on 2026-11-26 (second session), after the fixes from the fourth set. Scored blind "
     "on arrival (d65390c): **0.902** (147 of 163 claims), against 0.901, 0.879 and 0.828 for "
     "the fourth, third and second sets on their arrival. The general bugs it showed were then "
     "fixed, so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-6",
     "12 more articles in 12 further house styles, by one helper: an anonymously sourced scoop, "
     "Irish regional, Indian national politics, Kenyan business, a police shooting, MEPs with "
     "party groups in brackets, a tabloid injury story, a product launch, UK energy policy, an "
     "earthquake wire, a profile with a quotation over several paragraphs, a council Q&A in "
     "reported speech",
     "written on 2026-11-26 (second session), after the fixes from the fifth set. Scored blind "
     "on arrival (2ec157e): **0.823** (144 of 175 claims), lower than the fifth set's 0.902: "
     "its styles were chosen to be harder (a profile of one speaker over many paragraphs, "
     "bracketed party groups, a title named before the person). The general bugs it showed "
     "were then fixed, so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-7",
     "12 more articles in 12 further house styles, by one helper: a West African junta on "
     "state TV, a First Nation in local news, an investigation built on records, a UK tabloid "
     "crime story, a Gulf sovereign fund, college basketball, a food recall, evictions, "
     "Chinese statistics, a university strike, a migrant boat and its survivors, a runaway "
     "alpaca",
     "written on 2026-11-26 (second session), after the fixes from the sixth set. Scored "
     "blind on arrival (d4c79f6): **0.819** (154 of 188 claims). The general bugs it showed "
     "were then fixed, so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-8",
     "14 articles of ordinary, everyday news (no deliberately hard cases), by one helper: a "
     "council budget, hospital waits, quarterly results, a sentencing, cricket, a campaign "
     "day, a heatwave, exam results, layoffs, a police appeal, a trade dispute, a study, an "
     "airline strike, house prices; British, American, Australian and Indian English",
     "written on 2026-11-26 (second session), after the fixes from the seventh set. Scored "
     "blind on arrival (4939aca): **0.894** (185 of 207 claims), the best estimate of what "
     "the extractor gets right on ordinary news it has not seen. The general bugs it showed "
     "were then fixed, so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-9",
     "14 more articles of ordinary news, by one helper: road safety, a price war, university "
     "rankings, a wildfire, a mayoral race, a drug recall, a ferry cut, rugby, pensions, "
     "interest rates, a charity gala, a factory closure, a drought, a council cyber attack; "
     "British, American, Canadian, Irish, South African and New Zealand English",
     "written on 2026-11-26 (second session), after the fixes from the eighth set. Scored "
     "blind on arrival (c76c1ea): **0.877** (186 of 212 claims), against 0.894 for the eighth "
     "set: ordinary news from the same kind of helper lands at 0.88-0.89 before its own "
     "fixes. The general bugs it showed were then fixed, so the figure above is no longer a "
     "held-out one."),
    (ROOT / "eval" / "data" / "speakers-10",
     "14 more articles of ordinary news, by one helper: a derailment, a pay deal, a stadium, "
     "measles, a central bank, a local election, a mining accident, a film prize, a sugar "
     "tax, a bridge closure, a funding round, a pollution fine, a tennis final, a minimum "
     "wage; British, American, Australian, Indian, Nigerian and Singaporean English",
     "written on 2026-11-26 (second session), after the fixes from the ninth set. Scored "
     "blind on arrival (cfe538d): **0.934** (184 of 197 claims), against 0.894 and 0.877 for "
     "the eighth and ninth sets of ordinary news. The general bugs it showed were then fixed, "
     "so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-11",
     "14 more articles of ordinary news, by one helper: a data breach, a budget deficit, a "
     "lottery win, a prison escape, a vaccine approval, farm subsidies, an airport, a hockey "
     "final, a property tax, a corruption trial, a power cut, a museum, youth unemployment, a "
     "flood warning; British, American, Canadian, Australian, Kenyan and Irish English",
     "written on 2026-11-26 (second session), after the fixes from the tenth set. Scored "
     "blind on arrival (ddb76b3): **0.966** (201 of 208 claims), against 0.934, 0.877 and "
     "0.894 for the three sets of ordinary news before it: the last blind figure of the "
     "session. The general bugs it showed were then fixed, so the figure above is no longer a "
     "held-out one."),
    (ROOT / "eval" / "data" / "speakers-12",
     "14 more articles of ordinary news, by one helper, each from another country's press: a "
     "Scottish ferry, an American school lockdown, South African power cuts, a Philippine "
     "typhoon, a Canadian wildfire, Irish rents, a New Zealand rugby squad, a Singapore court, "
     "a US earnings wire, a British tabloid divorce, an Indian election, a science study, a "
     "Gulf airline, a football transfer",
     "written on 2026-11-26 (third session), after that session's first fixes (businesses "
     "whose names say nothing of it). Scored blind on arrival (69973f5): **0.810** (205 of "
     "253 claims) with the labels as given; the labeller read the prompt's rule for "
     "spokespeople as covering named ones too and gave 13 sentences of four named "
     "spokespeople (`police spokesman Sgt. Dale Whitcomb`, ...) to their bodies, flagging "
     "them as unsure; every earlier set, and the README, give a named spokesperson's words to "
     "the person, so those 13 labels were changed to the person (the labels as given are kept "
     "in the commit history), which makes the arrival figure **0.862** (218 of 253). The "
     "general bugs it showed (`the operator`, `the power utility`, `the English top-flight "
     "side`, clubs and businesses read as people, `Ciarán Ó Dálaigh`, `Engr.`, `B.C.'s "
     "minister ..., X, says`, `the report found, compared with`, `according to the letter`, "
     "`the couple`, `the insider`, a first name alone, `One fan wrote:`, `the authors "
     "reported` after a study by a body, `He declined ..., saying`, a ship read as `she`) "
     "were then fixed, so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-13",
     "14 more articles of ordinary news, by one helper, each from another press: a Welsh "
     "ward closure, an American county tax vote, an Australian shark sighting, Ghanaian fuel "
     "prices, Malaysian floods, a Canadian teachers' strike, Jamaican crime figures, a Hong "
     "Kong developer, a German coalition row, an NHS think-tank report, a US product recall, "
     "a cricket match, an Indian startup's layoffs, a vaccine trial",
     "written on 2026-11-26 (third session), after the twelfth set's fixes, with the "
     "convention for named spokespeople spelt out in the prompt. Scored blind on arrival "
     "(ee7dab5): **0.810** (201 of 248 claims), the same as the twelfth set's 0.810 as "
     "labelled. The general bugs it showed (`Sir Aran County Council` and `chairman` read as "
     "a man's, `a spokeswoman for the health board`, `local councillors, who say`, `, "
     "telling`, `Commissioners Ray Dobbins`, `attributed ... to`, `Alhaji`, `Datuk`, places "
     "in Malay, `the figures show` after figures from a body, `Winnie Tse Mei-ling` as `Tse`, "
     "`who spoke to X on condition of anonymity`, `one woman said`, `One senior Christian "
     "Democrat`, `Consumer advocates have long warned`, `According to its latest filings`, a "
     "study `led by` a body, `That suggests ...` and `heat-attributed` read as speakers, a "
     "product's name read as a person) were then fixed, so the figure above is no longer a "
     "held-out one. Labellers still disagree on whether a company's reported results are its "
     "claim: sets 1, 4, 6 and 12 say yes, sets 8 and 13 no; the extractor says yes."),
    (ROOT / "eval" / "data" / "speakers-14",
     "14 more articles of ordinary news of 14 kinds, by one helper: a US public radio drought "
     "story, a bus company's collapse, an Australian emergency department, a South African "
     "mining strike, a Kenyan land ruling, Pakistani power tariffs, a Scottish manager "
     "sacked, a US civil verdict, an Irish housing march, a Canadian airline strike vote, a "
     "Caribbean hurricane warning, a data breach, bird flu, a New Zealand school zone",
     "written on 2026-11-26 (third session), with the fifteenth set. Scored blind on arrival "
     "(91f9cf9): **0.861** (216 of 251 claims). The general bugs it showed were then fixed "
     "with the fifteenth set's, so the figure above is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-15",
     "14 articles of the political and economic claims a fact-checking desk checks most, by "
     "one helper, from ten countries: a migration speech, a congressional hearing, a central "
     "bank, a campaign rally, hospital waits, crime figures, a climate summit, a budget, a "
     "trade dispute, a welfare debate, a mayoral debate, an inflation briefing, wage talks, a "
     "fact-check of a viral claim",
     "written on 2026-11-26 (third session). Scored blind on arrival (91f9cf9): **0.857** (252 "
     "of 294 claims). The general bugs the two sets showed (documents named by their owner, "
     "`Brightcart's annual reports show`, `The department's figures put`; `Analysts at Kwena "
     "Securities` as the firm, as three earlier labellers had it; `A Brindle spokesperson`; `a "
     "spokesman for the Country Voice party`; short names of companies with a legal form; "
     "`the Met Service`; `Police Chief Darnell Osei`; `ruled that`; `the judge` for a "
     "Justice; `the statistics body`; `Comrade`, `Mzee`; `According to her`; `Not every "
     "economist`; `what they claimed`; `gardaí`; `, alleging`) were then fixed, so the "
     "figure above is no longer a held-out one. Left: whose claim a dataset cited by the "
     "reporter is when the sentence names no one, several speakers in one sentence, actions "
     "of countries (`Ireland committed €1.2 billion`)."),
    (ROOT / "eval" / "data" / "speakers-16",
     "14 articles of kinds not covered before, by one helper: a story built on a ministry's "
     "press release, a long read, a disaster summary, an interview write-up, sentencing "
     "remarks, a police appeal, a science paper, a council meeting, a football press "
     "conference, a celebrity's postponed tour, a hospital infection, an obituary, a phone "
     "launch, a takeover",
     "written on 2026-11-26 (third session), after the fifteenth set's fixes. Scored blind on "
     "arrival (eca13c9): **0.893** (260 of 291 claims), the best arrival figure of the "
     "session. The general bugs it showed (`the release said` after a press release, an "
     "aside between a name and `said` that swallowed the comma, `Cr Whitlock`, `Marchetti’s "
     "representative said`, `Forecasters at MetWatch`) were then fixed, so the figure above "
     "is no longer a held-out one."),
    (ROOT / "eval" / "data" / "speakers-17",
     "14 ordinary articles of the commonest kinds (a council budget, NHS waits, quarterly "
     "results, a heatwave, an Indian court order, an Irish housing approval, a Nigerian "
     "transport strike, a South African heist, river quality, a start-up's funding, a teachers' "
     "contract, a football captain, a bus funding cut, a literature festival), by one helper",
     "written on 2026-11-26 (third session), the last set of the session. Scored blind on "
     "arrival (9920381): **0.880** (227 of 258 claims; all 68 sentences in the article's own "
     "voice right). Only three general bugs were then fixed (`SP Funmilayo Oladele`, `The "
     "trust had earlier said`, `Among them is Margaret Hollis` as the subject a later `she` "
     "means); the rest stay as its arrival showed them."),
    (ROOT / "eval" / "data" / "speakers-18",
     "12 ordinary articles by one helper, each from another kind of outlet (a rail strike, a "
     "drug price deal, a bushfire, a ransomware attack, a supreme court ruling, a plant "
     "closure, a migrant boat rescue, a school drill, an election recount, stadium funding, a "
     "bank's fine, a vaccine shortage)",
     "written on 2026-11-26 (third session) and scored blind on arrival on the session's final "
     "code (f615c37): **0.834** (166 of 199 claims; 40 of 41 sentences in the article's own "
     "voice right); held out until the fourth session, which fixed what it showed (cf22bf1): "
     "`the operator` and `the regulator` for a body named in passing, a court's rulings (`The "
     "court directed`), `Senior Counsel`, a company's own president read as the company, `the "
     "bank` after a regulator fined it."),
    (ROOT / "eval" / "data" / "speakers-19",
     "12 articles by one helper, each from another kind of outlet (company results with "
     "analysts, a fraud trial, a screening programme, a data breach, a football match, a "
     "regulator's fine, a planning row, a border clash with a UN mission, a police appeal, a "
     "study, a rail strike, a singer's statement); its labeller gave a person's role on every "
     "sentence of theirs (roles are not scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival: **0.907** (185 of 204 "
     "claims; 37 of 39 sentences in the article's own voice right), the same on the previous "
     "session's final code (fa3b0c2) and after the set-18 fixes (cf22bf1): those fixes neither "
     "gained nor lost a claim here."),
    (ROOT / "eval" / "data" / "speakers-20",
     "12 articles by one helper from 12 kinds of outlet in 10 countries (a drought and crop "
     "prices, a bank merger, a state budget, a school board vote, hospital waiting lists, a "
     "mining royalty row, a wildfire evacuation, load-shedding, an airline's expansion, a "
     "presenter quitting, an EU fine, a housing report); roles given on every sentence (not "
     "scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival: **0.907** (196 of "
     "216 claims; 42 of 42 sentences in the article's own voice right) on the code with the "
     "set-19 fixes, not yet committed when it arrived (0.898 on a302b7d, without them); "
     "the fixes it showed came in c4933e1."),
    (ROOT / "eval" / "data" / "speakers-21",
     "12 articles by one helper from 12 more kinds of outlet (a tea export deal, a ferry "
     "breakdown, typhoon relief, store closures, a coalition row, a fraud trial, school "
     "closures, a deforestation report, a player trade, fuel prices, a construction accident "
     "inquiry, a tourism boom); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival on c4933e1 (all the "
     "session's speaker fixes to then): **0.871** (176 of 202 claims; 36 of 39 sentences in "
     "the article's own voice right). Most misses are documents whose publisher the article "
     "names (`a council report`, `The notification said` after `issued by the ministry`, "
     "`the filing`, `The statement said`), officials and economists of a named body, and "
     "`Summit` for `The Denver Summit`; fixed in 780a564."),
    (ROOT / "eval" / "data" / "speakers-22",
     "12 articles by one helper from 12 more kinds of outlet (a Senate vote, a maternity "
     "inquiry, a state election, a heatwave, a cocoa price row, a carmaker recall, a police "
     "shooting review, a bushfire royal commission, a pipeline ruling, a housing protest, a "
     "founder stepping down, a launch failure); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival on a21a44c (the "
     "speaker code of 780a564): **0.860** (178 of 207 claims; 36 of 38 sentences in the "
     "article's own voice right). Misses: inquiries' and commissions' reports (`The inquiry's "
     "340-page report ... said`, `the 58-page report`, `the Royal Commission into ...`), a "
     "ministry named with commas (`the Land, Infrastructure, Transport and Tourism Ministry`), "
     "`Atmospheric chemist X`, `the consortium`, `the group` for `Groupe Aurelian`, `Corp.` "
     "written without its full stop; fixed in bf4c242 (a legal form written without a comma "
     "is now part of the name, as every labeller wrote it)."),
    (ROOT / "eval" / "data" / "speakers-23",
     "12 articles by one helper from 12 more kinds of outlet (a city budget hearing, a rail "
     "crash inquiry, a fuel subsidy protest, a coalition vote, a farmers' blockade, a "
     "chipmaker's earnings call, a cartel trial, a distillery sale, a mobile-money outage, an AI "
     "lawsuit, a rugby selection row, an inquest); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival on 346a204 (all the "
     "session's speaker fixes): **0.931** (190 of 204 claims; 46 of 47 sentences in the "
     "article's own voice right), the best arrival figure so far. Misses: a complaint's claims "
     "(`The complaint, filed Tuesday ..., says`), a company's results, `citing` as a reason "
     "given, a coroner's conclusion, a family name written first for a Mexican name "
     "(`Ruvalcaba` after `Daniela Ruvalcaba Torres`); the last two fixed in 623fa13."),
    (ROOT / "eval" / "data" / "speakers-24",
     "12 articles by one helper from 12 more kinds of outlet (a rate decision, a hospital "
     "trust deficit, a monsoon flood, a mining strike, a GAA club dispute, a housing report, a "
     "supermarket price inquiry, a condo fire, a court ruling on a mine, a school lockdown "
     "drill, carmaker layoffs, a product recall); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival on 623fa13 (all the "
     "session's speaker fixes): **0.846** (170 of 201 claims; 38 of 38 sentences in the "
     "article's own voice right). Misses: titles read into names (`Principal Dana Whitfield`, "
     "`Manufacturer Carrow Appliances`), `Bosses at X`, officials of a district administration, "
     "board papers and bulletins as sources, a judge's holding, `Vossberg's` for `Vossberg "
     "AG`; fixed in 9070514."),
    (ROOT / "eval" / "data" / "speakers-25",
     "12 articles by one helper from 12 more kinds of outlet (a state legislature vote, a "
     "sewage fine, an airline merger, a university strike, a council election, an ER "
     "wait-times report, a tea auction, a ferry capsizing, a planning appeal, a coach firing, "
     "a palm oil export ban, a retailer's administration); roles given on every sentence (not "
     "scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival on 9070514, the "
     "session's final speaker code then: **0.876** (184 of 210 claims; 48 of 50 sentences in "
     "the article's own voice right). Its misses, fixed in the commit after it: honorifics run "
     "together (`Lt. Cmdr. Ramon dela Paz` -> `Paz`, `Datuk Seri "
     "Azman Harun` -> `Seri Azman Harun`), a place name read as a body's name (`Bellbrook "
     "council's chief executive`, `Bellbrook First`), `the regulator` for a board, `They` for "
     "analysts at a firm, a statement that `read in part`, an occupation before a name "
     "(`Linebacker Jalen Moss`), a document named in the next sentence."),
    (ROOT / "eval" / "data" / "speakers-26",
     "12 articles by one helper from 12 more kinds of outlet (a bank stress test, an ambulance "
     "delay, a cricket board row, a currency change, a mining permit, a developer's debt, a "
     "hurricane warning, a ferry contract, a governor's veto, an exam leak, a copper strike, a "
     "fundraising regulator's ruling); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fourth session) and scored blind on arrival on 5cbba8e, the "
     "session's final speaker code: **0.897** (183 of 204 claims; 43 of 44 sentences in the "
     "article's own voice right). Held out through the fourth and fifth sessions; the sixth's "
     "rule for `the central bank` (a monetary authority) then fixed two of its claims (0.907). "
     "Its misses on arrival: a body's models and scenarios (`the board's most severe scenario`), a "
     "legal form or an `and` in a body's name (`Harbor Ridge` for `Harbor Ridge Bancorp`, "
     "`Island Power and Light` -> `Light`), `the central bank` and `the regulator` for bodies "
     "whose names say neither, a body's announcement or adjudication, a speaker named only "
     "later in the article."),
    (ROOT / "eval" / "data" / "speakers-27",
     "12 articles by one helper from 12 more kinds of outlet (a school board's budget cut, a "
     "rail timetable collapse, a garment factory fire inquiry, a cocoa price rise, a flood "
     "defence plan, a fare review, a refinery sale, a dairy co-operative's payout, a class "
     "action settlement, a debt restructuring, a water shortage, a data breach fine); roles "
     "given on every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on db6f022, the "
     "previous session's final code: **0.876** (177 of 202 claims; 43 of 44 sentences in the "
     "article's own voice right). Its misses, fixed in b3cab60 and 1cec2a9: titles (`Trustee`, "
     "`Partner`, `Officer-in-Charge`, `State Minister for Labour and Employment`), a later "
     "mention by a name before the last (`Anisur` for `Md Anisur Rahman`, `Treviño` for "
     "`Ricardo Treviño Garza`), `attorneys at` a firm, a motion and a penalty notice as "
     "documents, a co-operative as `the company`, `Rs.` read as a sentence's end, `a probe "
     "report by`, `according to its annual report`."),
    (ROOT / "eval" / "data" / "speakers-28",
     "12 articles by a second helper on the same 12 kinds of story as `speakers-27`, written "
     "independently; roles given on every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on db6f022: **0.868** "
     "(191 of 220 claims; 44 of 45 sentences in the article's own voice right). Its misses, "
     "fixed in the same two commits: `Trustee`, a Spanish first surname, a committee of a body "
     "(`a probe committee of the Directorate of ...`), `The 46-page report, submitted to ..., "
     "said`, a forum read as `the operator`, `the Secretariat` for the body named in full, "
     "particles inside names (`El Diario del Valle`, `Waterschap Linge en Merwede`), `the "
     "ODC's penalty notice`, a motion `filed by` a firm."),
    (ROOT / "eval" / "data" / "speakers-29",
     "12 articles by one helper from 12 more kinds of outlet (a drug price deal, a council bin "
     "strike, a hydropower delay, a fuel tax row, an EU trade probe, a tourism levy, a cruise "
     "terminal lease, a supermarket price inquiry, a hospital merger, a wheat tender, a coffee "
     "export quota, a university funding cut); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on cc7e1e5, after the "
     "fixes from sets 27 and 28: **0.854** (176 of 206 claims; 44 of 44 sentences in the "
     "article's own voice right). Its misses, fixed in 8546c27: a finite verb read as a role "
     "between a minister's name and a participle (`... has defended Government's decision, "
     "insisting`, five claims), `the mother-of-three`, `the compact` for the body named in "
     "full, where a company is based (`Milwaukee-based Lakeshore Health`). Left: a possessive "
     "country kept in a body's name (a documented choice), `put it to` and `tabled documents` "
     "as speech, a figure `cited in the complaint`."),
    (ROOT / "eval" / "data" / "speakers-30",
     "12 articles by a second helper from 12 more kinds of outlet (a pipeline ruling, a fishing "
     "quota dispute, a nickel smelter permit, a port concession, a bank fine, a chip plant's "
     "water use, a casino sale, a power tariff, a stadium subsidy, a refugee aid cut, a mining "
     "protest, a housebuilder's profit warning); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on cc7e1e5: **0.867** (170 "
     "of 196 claims; 44 of 44 sentences in the article's own voice right). Its misses, fixed "
     "in 8546c27: a title that is also a surname (`Chief Marlene Cardinal of the Willow Creek Cree "
     "Nation`), `Eng` as a title, a name in its own script in brackets (`Chen Mei-ling "
     "(陳美玲)`), `calling it`, an acronym given after a title (`The Director General of the "
     "Tanzania Maritime Ports Authority (TMPA)`), `Florida-based`. Left: `Kaoyuan` (read as a "
     "nationality) for its company, the possessive country, `the FTSE 250 housebuilder`."),
    (ROOT / "eval" / "data" / "speakers-31",
     "12 articles by one helper from 12 more kinds of outlet (a prison closure, steelworks job "
     "cuts, a construction collapse inquiry, a copper royalty change, a salmon tax, a textile "
     "export slump, an oil revenue fund, a broadband delay, an antitrust ruling, a tea levy, an "
     "inflation figure, a chain's store closures); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on 8971628, the session's "
     "final speaker code then: **0.912** (198 of 217 claims; 48 of 50 sentences in the "
     "article's own voice right). Held out at first; with time left in the session its general "
     "misses were then fixed (3645a88), so the figure above is no longer a held-out one. Its "
     "misses on arrival: a business whose "
     "name has `&` known by its first word (`Pendle` for `Pendle & Crane`, four claims), a "
     "Vietnamese name read from the wrong end (`Quoc Dung` for `Pham Quoc Dung`), `Worker` "
     "before a name, documents named by their title (`The Tea (Export Levy) Regulations say`, "
     "`according to the report`, `The Central Bank's latest survey ...`), `the company` and "
     "`it` resolved to the wrong body, a company's results, a judge's ruling read as the "
     "company's."),
    (ROOT / "eval" / "data" / "speakers-32",
     "12 articles by a second helper from 12 more kinds of outlet (a transit strike, a "
     "maternity review, a sugar mill closure, a coffee co-operative audit, a nuclear plant "
     "delay, a shipbuilding order, a reef fee, a grocery merger, a solar tariff ruling, a gas "
     "price rise, a deforestation report, a football club takeover); roles given on every "
     "sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on 8971628: **0.909** (200 "
     "of 220 claims; 42 of 43 sentences in the article's own voice right). Held out at first, "
     "then fixed with set 31 (3645a88). Its misses on arrival: a review, an audit or a filing "
     "whose maker is named "
     "only in another sentence (`an independent review has found`, `According to the audit "
     "report`, `According to a regulatory filing`), a body's verbs that are not speech "
     "(`determined that`, `detected`, `has uncovered`, `cited`), `the coalition` read as `Solar "
     "Manufacturing`, `the firm estimates`, `Maple Basket's board`, `more than 1.2 million "
     "cruise passengers` read as a source before `according to figures from` a body."),
    (ROOT / "eval" / "data" / "speakers-33",
     "12 articles by one helper from 12 more kinds of outlet (a sheriff's budget, a harbour "
     "dredging row, a bank bail-in anniversary, a fertiliser subsidy, a wind farm auction, a "
     "rice import cap, a hotel strike, a council water reform, an airline safety fine, a jute "
     "mill sale, a lithium contract, a GP contract dispute); roles given on every sentence (not "
     "scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on 45988e4, the session's "
     "final speaker code then: **0.877** (199 of 227 claims; 50 of 51 sentences in the "
     "article's own voice right). Held out at first, then its general misses were fixed (6f1850d), "
     "so the figure above is no longer a held-out one. Its misses on arrival: a title after a "
     "comma or before a name not read as one (`Minister for Labour and Industrial Relations, "
     "Hon. Petra Monrose`, `Housekeeper Marcia Charlemagne`, `County Administrator Lisa "
     "Brandt`), a resort's `management` and `the resort`, `the BJIC chairman` for the person, "
     "an acronym given after a Spanish name (`Corporación Minera del Norte (Cominor)`), "
     "`Newspaper Dagposten`, members of a named body, `is demanding that`, `puts the cost at`, "
     "`blamed ... on`, findings of consultants and documents (`Council documents show`)."),
    (ROOT / "eval" / "data" / "speakers-34",
     "12 articles by a second helper from 12 more kinds of outlet (a county jail death, a bus "
     "franchising plan, a power plant fuel shortage, a sugar privatisation, a watchmaker's job "
     "cuts, a semiconductor tax break, a regulator's fine, a dam safety review, a pork plant "
     "closure, a remittance drop, a port privatisation, a law firm merger); roles given on "
     "every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on 45988e4: **0.870** (187 "
     "of 215 claims; 52 of 54 sentences in the article's own voice right). Held out at first, "
     "then fixed with set 33 (6f1850d). Its misses on arrival: `Ato` (an Ethiopian honorific) "
     "kept in a name, a "
     "role with a body's name before a name in commas (`Conservative group leader on Kirkwood "
     "Council, Coun Andrew Fairburn,`), `welcomed the move` and `maintained its call` as "
     "claims (the labellers read them so), a central bank's report named by its role (`the "
     "central bank's latest report`), `the research house`, `the Kansas City-based company`, "
     "filings and guidelines `published by` a body, a figure's sentence after its source's."),
    (ROOT / "eval" / "data" / "speakers-35",
     "12 articles by one helper from 12 more kinds of outlet (a library book vote, a ferry "
     "cancellation, a gas royalty, a hydrogen project, a volcano evacuation, a palm oil audit, "
     "an insurance levy, a teachers' contract, a car recall, a coal export deal, a pension "
     "reform, a fundraising scandal); roles given on every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on fe246d5 (the "
     "session's final speaker code, 6f1850d): **0.894** (186 of 208 claims; 51 of 53 sentences "
     "in the article's own voice right). Held out through that session; in the sixth its "
     "general misses were fixed (0.942), and sets 37/38 became the held-out estimate. Its "
     "misses on arrival: Mongolian initial-style names (`G.Bat-Erdene`, `D.Oyunchimeg`) not read as names, "
     "`Freedom to Read Coalition` cut at `to`, `PT` and `JSC` in companies' names, documents "
     "whose maker is named elsewhere (`an independent audit`, `a consultation paper`, `a "
     "summary posted`, `the review`, `the filing`), `Blue Horizon's director` for the person."),
    (ROOT / "eval" / "data" / "speakers-36",
     "12 articles by a second helper from 12 more kinds of outlet (a bank merger, a stadium "
     "safety certificate, a wine export ban, a diamond sales slump, a coal mine closure, a "
     "ferry bailout, a citizenship-by-investment row, a wool price fall, a charter school "
     "closure, a cotton harvest, a hydropower tariff, a bus operator fine); roles given on "
     "every sentence (not scored)",
     "written on 2026-11-26 (fifth session) and scored blind on arrival on fe246d5: **0.910** "
     "(193 of 212 claims; 53 of 53 sentences in the article's own voice right). Held out "
     "through that session; in the sixth its general misses were fixed (0.953: also `In his "
     "view,` and `In Greenaway's opinion,` as the person's word, an occupation before a name "
     "and a `who` clause). Its misses on arrival: `Citizenship by Investment Unit` cut at "
     "`by`, a present-tense `says` after a name with a role that ends in a body's name (`Fine "
     "Merino`, `Sheep`), a company's and a club's statements without a speech verb, `the "
     "ministry's press service`, a possessive country, `TC` (a traffic commissioner)."),
    (ROOT / "eval" / "data" / "speakers-37",
     "12 articles by one helper from 12 more kinds of outlet (a bushfire inquiry, a bank "
     "recapitalisation, a housing planning appeal, a port automation plan, a lithium contract, "
     "a ferry contract, a cocoa price, a school voucher bill, a typhoon relief audit, a farm "
     "nitrogen rule, a bauxite plant, a data protection rule); roles given on every sentence "
     "(not scored)",
     "written on 2026-11-26 (sixth session) and scored blind on arrival on 95a9dd9 (after the "
     "fixes from sets 35/36; the code before them scores it the same): **0.883** (174 of 197 "
     "claims; 39 of 40 sentences in the article's own voice right). Its general misses were "
     "then fixed in the same session (0.909; sets 39/40 are the held-out estimate). Its misses "
     "on arrival: a speaker named "
     "in a later sentence than the claim (`a brigade captain has told the inquiry`), a counsel's "
     "question read as a claim and `He told the hearing` then given to her, the Filipino "
     "honorific `Ma.` cut from a name, documents whose maker is named elsewhere (`according to "
     "a report released on Monday`, `As per the notification`, `the unaudited results`), a "
     "subject that runs over `that process personal data of Indian users will have to`, `a "
     "deal it says`, a body's acronym after a possessive country (`Chile's National Mining "
     "Development Corporation (Corminas)`), `has written to ..., demanding`."),
    (ROOT / "eval" / "data" / "speakers-38",
     "12 articles by a second helper from 12 more kinds of outlet (a council water reform, a "
     "tea auction, a coal mine closure, a pipeline consultation, palm oil labour, a drug "
     "pricing settlement, an IMF review, wildfire compensation, a copper tax, canal revenue, a "
     "steelworks, a rugby union financial probe); roles given on every sentence (not scored)",
     "written on 2026-11-26 (sixth session) and scored blind on arrival on 95a9dd9: **0.927** "
     "(202 of 218 claims; 46 of 49 sentences in the article's own voice right). Its general "
     "misses were then fixed in the same session (0.959). Its misses on arrival: "
     "`Elder` as a title, `its management board` and `the statement` of a company named in "
     "the sentence before, a company's acronym given in brackets after its name (`ŚSW`), `the "
     "think tank` for a body introduced by its name only, a name with `of Minnesota` and a "
     "`whose` clause before `said at a news conference`, `T1 Access Now` cut at `Now`, `The "
     "settlement, announced Tuesday,` and `The tax, announced in ...,` read as speakers, a "
     "`whose modelling suggested` source, `A forensic investigation by X into Y` with its "
     "object kept in the name."),
    (ROOT / "eval" / "data" / "speakers-39",
     "12 articles by one helper from 12 more kinds of outlet (a power grid outage, a salmon "
     "farm tax, a hydropower licence, a fuel subsidy cut, a supermarket price inquiry, a "
     "pipeline compensation row, short-term rental limits, a garment wage board, a nurse "
     "staffing law, a bank deposit plan, a stadium expansion, a rice export quota); roles given "
     "on every sentence (not scored)",
     "written on 2026-11-26 (sixth session) and scored blind on arrival on ee5439b, the "
     "session's final speaker code: **0.952** (220 of 231 claims; 48 of 49 sentences in the "
     "article's own voice right); the code the session started from (3db0448) scores it the "
     "same. Held out for a session; the seventh session then fixed general misses it shows "
     "(0.961). Its misses on arrival: `First Alert 7 Weather "
     "Team` cut at the number, a title and name with `of` a body before `, where ..., said`, "
     "`the developer's initial estimates`, `the competition regulator` named only in the next "
     "sentence, `found` without `that` after a body's name, `a Harbourside spokesperson` for "
     "`Harbourside Foods`, a place read as a speaker, a lawyer with a body read as the body, a "
     "movement's name in Portuguese, `is quoted in the statement saying`."),
    (ROOT / "eval" / "data" / "speakers-40",
     "12 articles by a second helper from 12 more kinds of outlet (a hospital waiting list, a "
     "gold mine royalty, an energy price cap, a chip export rule, a sugar cane levy, a peso "
     "devaluation, a desalination contract, a tobacco auction, a developer's debt talks, a "
     "railway accident inquiry, a jail contract, a volcanic eruption and tourism); roles given "
     "on every sentence (not scored)",
     "written on 2026-11-26 (sixth session) and scored blind on arrival on ee5439b: **0.902** "
     "(193 of 214 claims; 55 of 58 sentences in the article's own voice right); the code the "
     "session started from (3db0448) scores it the same. Held out for a session; the seventh "
     "session then fixed general misses it shows (0.963). Its misses on arrival: a name with "
     "a diacritic cut (`Moravská energetická`), `defended` a "
     "measure and `declared` after `the Minister` not resolved to him, `However,` read as a "
     "name, `sources at the Economy Ministry`, documents of a body named in the sentence before "
     "(`the report`, `the filing`, `the company's proposal`), a title in capitals kept with the "
     "name (`Auditor-general Stella Charalambous`), `the consortium`, a company asking "
     "bondholders read as speech, `The request had been widely expected`, a newspaper's own "
     "review read as a source."),
    (ROOT / "eval" / "data" / "speakers-41",
     "12 articles by one helper from 12 more kinds of outlet (a school bond vote, a ferry "
     "contract, a fisheries licence dispute, pipeline compensation, a bank fine, a chip plant "
     "water permit, a hotel development, a lithium royalty, a drug price settlement, a garment "
     "wage deal, a copper mine blockade, a stadium funding row); roles given on every sentence "
     "(not scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival: **0.892** (199 of "
     "223 claims; 49 of 51 sentences in the article's own voice right), the same on the code "
     "the session started from (9efebcd) and on the session's fixes for sets 39/40. Its "
     "general misses were then fixed in the same session (0.937; sets 43/44 held it out). Its misses on arrival: voters and a results page read as sources or not, district estimates and a "
     "district's own assessment, `Opponents, organized as X,`, `a spokeswoman for the body`, "
     "`defended the cuts`, `he` after a minister named in an apposition, `the Ministry's annual "
     "report`, a body's name shortened later (`Great Lakes Midstream` for `Great Lakes "
     "Midstream Company`), `last week told Parliament`, `the company` after a cooperative, a "
     "body `warning` in a `with` clause, `the broker`, a Spanish double surname after `Deputy "
     "Minister of Mines`, `Social Conflict Monitoring` cut after `Office of`, `the agency` after "
     "`a government agency`."),
    (ROOT / "eval" / "data" / "speakers-42",
     "12 articles by a second helper from 12 more kinds of outlet (a prison healthcare "
     "contract, a rail timetable, a cyclone recovery fund, a port concession, a salmon tax, a "
     "rice import ban, a gas field deal, a dairy payout, a data breach fine, a tea auction, a "
     "coca substitution programme, an arena lease); roles given on every sentence (not scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival: **0.923** (204 of "
     "221 claims; 45 of 46 sentences in the article's own voice right), the same on the code "
     "the session started from (9efebcd) and on the session's fixes for sets 39/40. Its "
     "general misses were then fixed in the same session (0.946; sets 43/44 held it out). Its misses on arrival: `a report tabled in the Legislative Assembly` by a body named later, a "
     "person named after `The director of the National Recovery Office,` read as the office, "
     "the Tongan ʻokina dropped from a name, `according to its annual report`, `The company "
     "reported`, a memorandum order and `the order said`, `a summary of the contract released "
     "by X`, a body's name shortened later (`Atlantic Meridian`), a cooperative's own forecast, "
     "`The company says` after an outlet named, `the report said` and `the brokers` for a "
     "brokers' report, `a farmers' association` named later, `acknowledged ... in a "
     "statement`, `Ward 4 councillor X, who ..., said`."),
    (ROOT / "eval" / "data" / "speakers-43",
     "12 articles by one helper from 12 more kinds of outlet (a landfill expansion, a hospital "
     "trust deficit, a logging export ban, a tea levy, a wind farm tender, a palm oil duty, a "
     "cruise terminal, a power tariff ruling, a pharmacy settlement, a hydropower licence, a "
     "lithium contract, a rugby club administration); roles given on every sentence (not "
     "scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival on ca4b4b0, the "
     "session's final speaker code: **0.953** (203 of 213 claims; 48 of 50 sentences in the "
     "article's own voice right); the code the session started from (9efebcd) scores it the "
     "same. Its general misses were then fixed in the same session (0.986; sets 45/46 are "
     "the held-out estimate). Its misses on arrival: documents named with their "
     "owner (`the company's permit application`, `its own board papers`, `the forum's own "
     "calculations`, `the government's complaint`) and then `the documents`, `the complaint`; "
     "`The terminal, estimated to cost ...` and `The court ordered` read as speakers; `the "
     "Justice Department` for the `U.S. Department of Justice`; `Himal Urja` for `Himal Urja "
     "Pvt Ltd`."),
    (ROOT / "eval" / "data" / "speakers-44",
     "12 articles by a second helper from 12 more kinds of outlet (a police overtime audit, "
     "bus franchising, a tailings spill, a copper royalty deal, a grocery price probe, a nickel "
     "smelter permit, an oil revenue fund, bank branch closures, a tuition freeze, a power "
     "tariff, a wheat export tax, a cricket broadcast deal); roles given on every sentence (not "
     "scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival on ca4b4b0: **0.829** "
     "(179 of 216 claims; 44 of 44 sentences in the article's own voice right); the code the "
     "session started from (9efebcd) scores it the same. Its general misses were then fixed "
     "in the same session (0.894; sets 45/46 are the held-out estimate). Its misses on "
     "arrival: an audit's findings over six sentences (`The 48-page report, prepared "
     "by X,`, `the audit`, `Auditors found`, `The report also noted`, `The Controller's "
     "Office`), `the authority's own assessment` and `the document`, `They said:` after a "
     "company's spokesperson, `X member of Parliament Y, of the opposition Z, said`, `Regent` "
     "as a title, `according to its annual report` after a past-tense verb, `the statement "
     "read`, `documents it submitted to the ministry`, `X-based` kept in a body's name, `the "
     "minister said` for the minister named before, `Last month the bank reported`, `Sheikh` "
     "dropped from a name, `the faculty union, X, raised similar concerns`, `Associated "
     "Students of X president Y`, supporters' group X `calling it`."),
    (ROOT / "eval" / "data" / "speakers-45",
     "12 articles by one helper from 12 more kinds of outlet (a water rate increase, harbour "
     "dredging, a citizenship-by-investment review, a fertiliser subsidy audit, a fish farm "
     "licence, a coal plant delay, a casino licence, a pipeline toll ruling, a car recall "
     "settlement, a spectrum auction, an oil spill fine, a netball franchise sale); roles given "
     "on every sentence (not scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival on 893dc13, the "
     "session's final speaker code: **0.898** (194 of 216 claims; 55 of 57 sentences in the "
     "article's own voice right); the code the session started from (9efebcd) scores it the "
     "same. **Held out through that session**; the eighth session's general rules (a place's "
     "possessive dropped from a ministry's name) move it to 0.912. Its misses on arrival: `Pro "
     "Tem` kept with a name, "
     "an engineering firm's report read as the utility's, `audit of the X Programme` and `the "
     "licence decision` as speakers, a company named only in the next sentence, an acronym "
     "(`MoIT`) not mapped back, a ruling and a recall in the reporter's voice given to the "
     "tribunal and the maker, `Ohio` for an official named with her state, a possessive country "
     "kept in a ministry's name (`Ecuador's Ministry of Environment`), `the zone`."),
    (ROOT / "eval" / "data" / "speakers-46",
     "12 articles by a second helper from 12 more kinds of outlet (a Medicaid contractor audit, "
     "a steelworks pension deal, a seawall funding gap, a cocoa price review, an energy "
     "subsidy, a rubber export quota, a bank licence revocation, a platinum wage deal, an "
     "airline fine, a jute mill sale, a pulp mill permit, a stadium naming deal); roles given on "
     "every sentence (not scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival on 893dc13: **0.928** "
     "(192 of 207 claims; 44 of 44 sentences in the article's own voice right); the code the "
     "session started from (9efebcd) scores it the same. **Held out**: nothing was changed for "
     "it, but a general rule added after it (a document's maker found anywhere before `the "
     "report`, from the misses of earlier sets) moves one claim (0.932), and the eighth "
     "session's general rules three more (0.938). Its misses on "
     "arrival: `auditors` for the auditor's office, a contractor's reply read as the "
     "department's, `the centre's researchers`, a regulator's notice and a bank's statement "
     "swapped, `a consent order` as a speaker, `Consumer Protection` kept with a name after a "
     "title, `the release`, a company confused with its partner, `The club confirmed in a "
     "statement`."),
    (ROOT / "eval" / "data" / "speakers-47",
     "12 articles by one helper from 12 more kinds of outlet (a jail medical audit, a ferry "
     "fare rise, a seabed mining licence, a tobacco auction dispute, a timber export rule, a "
     "garment factory closure, an airport concession, a nickel royalty review, a rail safety "
     "fine, a cement price probe, a hydro dam revenue deal, a rugby region merger); roles given "
     "on every sentence (not scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival on 8cd229a, the "
     "session's final speaker code: **0.929** (197 of 212 claims; 51 of 52 sentences in the "
     "article's own voice right); the code the session started from (9efebcd) scores it the "
     "same. **Held out through that session**; in the eighth its general misses were fixed "
     "(0.958). Its misses on arrival: a consultant's audit read "
     "as the audited company's, `the operator`, a possessive country or province kept in a "
     "ministry's name (`Manitoba's`, `Paraguay's`, `Brazil's`: the documented choice, which "
     "these labellers do not share), `FRA` not mapped back to its full name, a dateline "
     "(`KATHMANDU`) read as a speaker, two federations confused, `Paraguay and Brazil`, a "
     "team's own announcement."),
    (ROOT / "eval" / "data" / "speakers-48",
     "12 articles by a second helper from 12 more kinds of outlet (a prison phone contract "
     "audit, a housing repairs backlog, a tuna quota deal, a sugar factory privatisation, a gas "
     "terminal lease, a jade mining permit, an insurance regulator fine, a gas reservation "
     "policy, a vaccine contract dispute, a port city tax break, a lithium partnership, a GAA "
     "stadium grant); roles given on every sentence (not scored)",
     "written on 2026-11-27 (seventh session) and scored blind on arrival on 8cd229a: **0.805** "
     "(169 of 210 claims; 47 of 48 sentences in the article's own voice right); the code the "
     "session started from (9efebcd) scores it **0.790**, so the session's rules gained 3 claims "
     "on it, the first held-out set in four sessions they moved. **Held out through that "
     "session**; in the eighth its general misses were fixed (0.900). Its misses on arrival: "
     "an auditor's report over five sentences (`auditors`, "
     "sentences with no verb of saying), `figures in a report to X's cabinet`, a surname "
     "(`Rengulbai`) of a minister named in the reporter's voice before, Burmese honorifics "
     "(`U`, `Daw`, `Ko`) kept in names, `the Ministry of Mines did not respond`, `BMA` and the "
     "regulator's findings in the reporter's words, a department's and a market operator's "
     "figures without a verb of saying, `Halvorsen` for `Halvorsen Biologics`, `the suit`, `the "
     "analysts`, a gazette notice, a commission's statement."),
    (ROOT / "eval" / "data" / "speakers-49",
     "12 articles by one of four helpers writing at once, from 12 more kinds of outlet (a "
     "stadium tax district, a hospital car parking contract, a sugar mill rescue, a refinery"
     " licence, a coal mine closure deal, a battery plant subsidy, a reef tourism levy, a "
     "housing approvals audit, a hurricane claims settlement, a resort lease dispute, a "
     "water concession, a football club takeover); roles given on every sentence (not "
     "scored)",
     "written on 2026-11-27 (eighth session) and scored blind on arrival on the session's "
     "starting code (68c5f09) and on the working code of that moment (the fixes from sets 47"
     " and 48, not yet committed), which score it the same: **0.920** (184 of 200 claims; 36"
     " of 38 sentences in the article's own voice right)."),
    (ROOT / "eval" / "data" / "speakers-50",
     "12 articles by one of four helpers writing at once, from 12 more kinds of outlet (a "
     "lottery contract audit, a port lorry park plan, an airline code-share, a coffee export"
     " levy, a nuclear plant tender, a harbour reclamation cost, a citizenship fund audit, a"
     " hydro export deal, a pharmacy closures plan, a textile export rebate, a soy "
     "moratorium, a rugby stadium upgrade); roles given on every sentence (not scored)",
     "written on 2026-11-27 (eighth session) and scored blind on arrival on the session's "
     "starting code (68c5f09) and on the working code of that moment (the fixes from sets 47"
     " and 48, not yet committed), which score it the same: **0.860** (185 of 215 claims; 54"
     " of 54 sentences in the article's own voice right)."),
    (ROOT / "eval" / "data" / "speakers-51",
     "12 articles by one of four helpers writing at once, from 12 more kinds of outlet (a "
     "school bus contract, a waterfront development, a climate fund disbursement, a gas "
     "project security levy, a car plant incentive, a fishing co-op compensation deal, a "
     "geothermal licence, a lake levels ruling, a meatpacking safety fine, a hydropower "
     "tariff, a salmon farm relocation, a county cricket ground sale); roles given on every "
     "sentence (not scored)",
     "written on 2026-11-27 (eighth session) and scored blind on arrival on the session's "
     "starting code (68c5f09) and on the working code of that moment (the fixes from sets 47"
     " and 48, not yet committed), which score it the same: **0.886** (194 of 219 claims; 56"
     " of 59 sentences in the article's own voice right). **Held out: its misses were not "
     "looked at during the session** until the code of ff58a70 had scored it the same, 0.886; "
     "then its general misses were fixed (aa188d7: 0.936)."),
    (ROOT / "eval" / "data" / "speakers-52",
     "12 articles by one of four helpers writing at once, from 12 more kinds of outlet (a "
     "transit fare audit, an oil decommissioning bill, a phosphate royalty, a diamond sales "
     "agreement, a shipyard rescue, a data centre moratorium, a nutmeg co-operative audit, a"
     " water buyback, a drone delivery licence, a copper mine tax dispute, a coffee price "
     "scheme, a football ground-share deal); roles given on every sentence (not scored)",
     "written on 2026-11-27 (eighth session) and scored blind on arrival on the session's "
     "starting code (68c5f09) and on the working code of that moment (the fixes from sets 47"
     " and 48, not yet committed), which score it the same: **0.901** (201 of 223 claims; 49"
     " of 50 sentences in the article's own voice right)."),
    (ROOT / "eval" / "data" / "speakers-53",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet (a "
     "hospital merger review, an offshore wind cable route, a tourism levy, a geothermal "
     "power tariff, a battery factory permit, a rice price guarantee, a citizenship passport"
     " audit, a potash royalty dispute, a broadband refund settlement, a fuel pricing "
     "formula, a beef export quota, a football stadium sale); roles given on every sentence "
     "(not scored)",
     "written on 2026-11-27 (eighth session) after the session's last speaker change and "
     "scored blind on arrival on that code (ff58a70): **0.900** (181 of 201 claims; 45 of 47"
     " sentences in the article's own voice right); the code the session started from "
     "(68c5f09) scores it 0.896. Held out until then; then its general misses were fixed "
     "(aa188d7: 0.930)."),
    (ROOT / "eval" / "data" / "speakers-54",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet (a "
     "police body camera contract, a housing association audit, a fisheries licence sale, a "
     "gold royalty review, a gas field lease, a highway toll deal, a port concession audit, "
     "a methane levy, a nursing home fine, an airport contract probe, a fishmeal quota, a "
     "rugby club insolvency); roles given on every sentence (not scored)",
     "written on 2026-11-27 (eighth session) after the session's last speaker change and "
     "scored blind on arrival on that code (ff58a70): **0.885** (184 of 208 claims; 56 of 57"
     " sentences in the article's own voice right); the code the session started from "
     "(68c5f09) scores it 0.880. Held out until then; then its general misses were fixed "
     "(aa188d7: 0.947)."),
    (ROOT / "eval" / "data" / "speakers-55",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet (a "
     "library closure vote, a nuclear waste store plan, a whale-watching licence, a "
     "tanzanite export ban, a Black Sea port deal, a rice export contract, a geothermal "
     "well, a lithium royalty, a student loan settlement, a river dredging contract, a "
     "banana export levy, a rugby league stadium lease); roles given on every sentence (not "
     "scored)",
     "written on 2026-11-27 (eighth session) after the session's last speaker change and "
     "scored blind on arrival on that code (aa188d7): **0.910** (192 of 211 claims; 56 of 57"
     " sentences in the article's own voice right); the code the session started from "
     "(68c5f09) scores it 0.910. Held out until then; then its general misses were fixed "
     "(8a2ecab: 0.967)."),
    (ROOT / "eval" / "data" / "speakers-56",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet (a "
     "voting machine contract, a hospital parking charge, a tuna cannery sale, a maize "
     "export ban, a copper smelter fine, a water utility rate hike, a dive tourism fee, a "
     "grain rail rate, an app store settlement, a wheat flour price probe, a copper royalty "
     "bill, a shinty pitch funding row); roles given on every sentence (not scored)",
     "written on 2026-11-27 (eighth session) after the session's last speaker change and "
     "scored blind on arrival on that code (aa188d7): **0.929** (208 of 224 claims; 51 of 53"
     " sentences in the article's own voice right); the code the session started from "
     "(68c5f09) scores it 0.924. Held out until then; then its general misses were fixed "
     "(8a2ecab: 0.978)."),
    (ROOT / "eval" / "data" / "speakers-57",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet (a "
     "jail food contract, a flood barrier delay, a dive resort permit, a coffee export rule,"
     " a ski resort sale, a palm oil levy, a sugar land lease, a pipeline spill fine, a rent"
     " algorithm settlement, an airport expansion, a beef traceability rule, a football "
     "stadium rebuild); roles given on every sentence (not scored)",
     "written on 2026-11-27 (eighth session) after the session's last speaker change and "
     "scored blind on arrival on that code (8a2ecab): **0.885** (193 of 218 claims; 65 of 66"
     " sentences in the article's own voice right); the code the session started from "
     "(68c5f09) scores it 0.876. Held out until the next session, which fixed its "
     "general misses after recording that score (8831f88, then 8a3a49f, 210e9ef and "
     "f831a59): 0.940 today."),
    (ROOT / "eval" / "data" / "speakers-58",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet (a "
     "teachers' pay deal, an incinerator plan, a fisheries patrol deal, a cement price "
     "probe, a wine export rule, a casino licence, a bauxite royalty review, a tailings "
     "fine, an airbag recall, a tea estate wage deal, a water tariff, a rugby club merger); "
     "roles given on every sentence (not scored)",
     "written on 2026-11-27 (eighth session) after the session's last speaker change and "
     "scored blind on arrival on that code (8a2ecab): **0.939** (200 of 213 claims; 64 of 65"
     " sentences in the article's own voice right); the code the session started from "
     "(68c5f09) scores it 0.934. Held out until the next session, which fixed its "
     "general misses after recording that score (8831f88, then 8a3a49f and 210e9ef): "
     "0.967 today."),
    (ROOT / "eval" / "data" / "speakers-59",
     "12 articles by one of four helpers writing at once, from 12 more kinds of "
     "outlet (a dairy price deal, a harbour dredging plan, a sea wall grant, a cocoa "
     "board loan, a copper mine audit, a dam power sale, a rum export levy, a log "
     "export fine, a regional airline merger, a garment wage deal, a lithium "
     "contract, a cricket ground lease); roles given on every sentence (not scored)",
     "written on 2026-11-27 (ninth session) while the session's first speaker changes"
     " were being made and scored blind on arrival: **0.953** (202 of 212 claims; 65 "
     "of 66 sentences in the article's own voice right) on the working code, on what "
     "it became (8831f88) and on the code the session started from (390862a) alike. "
     "Not held out: its general misses were then "
     "fixed (8a3a49f, 210e9ef): 0.962 today."),
    (ROOT / "eval" / "data" / "speakers-60",
     "12 articles by one of four helpers writing at once, from 12 more kinds of "
     "outlet (a parking meter contract, a nuclear waste store, a cruise ship levy, a "
     "tea auction probe, a gas pipeline tariff, a coal rail deal, a refinery sale, a "
     "water licence breach, a drug price settlement, a textile tax refund, a banana "
     "export rule, a stadium naming deal); roles given on every sentence (not scored)",
     "written on 2026-11-27 (ninth session) while the session's first speaker changes"
     " were being made and scored blind on arrival on the working code that became "
     "8831f88: **0.903** (187 of 207 claims; 57 of 60 sentences in the article's own "
     "voice right); the code the session started from (390862a) scores it 0.894. Not "
     "held out: its general misses were then "
     "fixed (8a3a49f, 210e9ef): 0.937 today."),
    (ROOT / "eval" / "data" / "speakers-61",
     "12 articles by one of four helpers writing at once, from 12 more kinds of "
     "outlet (a casino compact, a bus franchise, a logging licence, a copper tax, a "
     "grain export quota, a rice subsidy, a cruise port lease, a lithium plant pause,"
     " a freight merger ruling, a hydropower licence, a soy tax, a football club "
     "takeover); roles given on every sentence (not scored)",
     "written on 2026-11-27 (ninth session) while the session's first speaker changes"
     " were being made and scored blind on arrival: **0.914** (201 of 220 claims; 47 "
     "of 49 sentences in the article's own voice right) on the working code, on "
     "8831f88 and on the code the session started from (390862a) alike. Not held out:"
     " its general misses were then "
     "fixed (8a3a49f, 210e9ef): 0.945 today."),
    (ROOT / "eval" / "data" / "speakers-62",
     "12 articles by one of four helpers writing at once, from 12 more kinds of "
     "outlet (a prison phone contract, a lorry park, a fishing licence fee, a port "
     "concession, a power import deal, a durian export deal, a nutmeg board, a salmon"
     " farm fine, a drayage emissions rule, a sugar mill payment, a coffee price, a "
     "stadium sale); roles given on every sentence (not scored)",
     "written on 2026-11-27 (ninth session) and scored blind on arrival on the "
     "working code that became 8831f88: **0.925** (196 of 212 claims; 53 of 54 "
     "sentences in the article's own voice right); the code the session started from "
     "(390862a) scores it 0.915. Not held out: its general misses were then "
     "fixed (8a3a49f, 210e9ef): 0.939 today."),
    (ROOT / "eval" / "data" / "speakers-63",
     "12 articles by one of four helpers writing at once, from 12 more kinds of "
     "outlet (a school bus contract, a ferry timetable cut, a pearl farm loan, a "
     "sugar import ban, a copper smelter fine, a seafood export rule, a hotel tax "
     "waiver, a vineyard water allocation, a hospital merger review, a port city "
     "lease, a salmon farm permit, a rugby team's debt); roles given on every "
     "sentence (not scored)",
     "written on 2026-11-27 (ninth session) and scored blind on arrival on 8831f88: "
     "**0.920** (196 of 213 claims; all 43 sentences in the article's own voice "
     "right); the code the session started from (390862a) scores it the same. Not "
     "held out: its general misses were then "
     "fixed (8a3a49f, 210e9ef, 470c8e1): 0.953 today."),
    (ROOT / "eval" / "data" / "speakers-64",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (a landfill expansion, a wind farm cable route, a vanilla export deal, a "
     "coffee washing station loan, a port tariff, a jeepney modernisation loan, a "
     "geothermal plant contract, a live export permit, a rural broadband subsidy "
     "clawback, a hydropower tariff, a wheat export licence, a county board's pitch "
     "deal); roles given on every sentence (not scored)",
     "written on 2026-11-27 (ninth session) and scored blind on arrival on 8831f88: "
     "**0.866** (187 of 216 claims; 45 of 46 sentences in the article's own voice "
     "right); the code the session started from (390862a) scores it the same. **Held "
     "out: its misses were not looked at this session; the session's final speaker code "
     "(210e9ef) scores it **0.884** (191).** A fix then made from set 65's regression "
     "(not from this set) takes it to 0.898 (194)."),
    (ROOT / "eval" / "data" / "speakers-65",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (a water utility rate case, a quarry extension, a whale-swim licence, a "
     "tobacco auction price, a marina concession, a gold royalty, a banana shipping "
     "contract, a milk price step-up, an electric bus recall, a cement export rebate,"
     " a pineapple herbicide ban, a rugby league salary cap breach); roles given on "
     "every sentence (not scored)",
     "written on 2026-11-27 (ninth session) after the session's last speaker change "
     "and scored blind on arrival on that code (210e9ef): **0.888** (182 of 205 "
     "claims; all 43 sentences in the article's own voice right). The code the "
     "session started from (390862a) scores it **0.902** (185): the session's rules "
     "lost it three claims. Held out until that score was recorded; the rule that cost "
     "the three claims was then mended (41c5994): 0.902 today."),
    (ROOT / "eval" / "data" / "speakers-66",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (a sports betting licence, a port expansion, a copra price support, a diamond "
     "sales agreement, an oil shale plant closure, a river ferry safety rule, an "
     "airport landing fee, a kiwifruit packhouse levy, a cannabis testing lab "
     "suspension, a cement plant licence, a cardamom export price, a shinty league "
     "restructure); roles given on every sentence (not scored)",
     "written on 2026-11-27 (ninth session) after the session's last speaker change "
     "and scored blind on arrival on that code (210e9ef): **0.942** (211 of 224 "
     "claims; all 48 sentences in the article's own voice right); the code the "
     "session started from (390862a) scores it the same. Held out until that score "
     "was recorded; its general misses were then fixed (f831a59, 470c8e1): 0.987 "
     "today."),
    (ROOT / "eval" / "data" / "speakers-67",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (a jail medical contract, a salt mine subsidence claim, a tuna cannery lease, "
     "a platinum royalty, a timber export rule, a durian orchard insurance scheme, a "
     "reinsurance tax, a logging coupe ruling, a solar tariff exclusion, a resort "
     "lease extension, a shrimp farm permit, a stadium naming deal); roles given on "
     "every sentence (not scored)",
     "written on 2026-11-27 (ninth session) after the session's last speaker change "
     "and scored blind on arrival on that code (470c8e1): **0.952** (220 of 231 "
     "claims; 37 of 39 sentences in the article's own voice right); the code the "
     "session started from (390862a) scores it 0.935 (216). Held out until that score "
     "was recorded; its general misses were then fixed (1831f3e): 0.961 today."),
    (ROOT / "eval" / "data" / "speakers-68",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (a school cellphone ban, a hospital car park charge, a phosphate export deal, "
     "a fishing quota auction, a car plant grant, a rice tariff cut, a cruise pier "
     "contract, a grain handling fee, an air traffic controller shortage, a jute mill"
     " lease, a quinoa export price, a GAA grounds grant); roles given on every "
     "sentence (not scored)",
     "written on 2026-11-27 (ninth session) after the session's last speaker change "
     "and scored blind on arrival on that code (470c8e1): **0.904** (189 of 209 "
     "claims; 39 of 40 sentences in the article's own voice right); the code the "
     "session started from (390862a) scores it the same. Held out until that score "
     "was recorded; its general misses were then fixed (1831f3e): 0.928 today."),
    (ROOT / "eval" / "data" / "speakers-69",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (a sewer rate hike, a harbour wall repair, a sugar cane price, a gas project "
     "compensation, a coal plant subsidy, a nickel export ban, a cruise berth plan, a"
     " mine rehabilitation bond, an egg price settlement, a power tariff cut, a pulp "
     "mill permit, a cricket ground redevelopment); roles given on every sentence "
     "(not scored)",
     "written on 2026-11-27 (ninth session) after the session's last speaker change "
     "and scored blind on arrival on that code (1831f3e): **0.937** (208 of 222 "
     "claims; all 56 sentences in the article's own voice right); the code the "
     "session started from (390862a) scores it 0.932 (207). Held out until the tenth "
     "session, which fixed its general misses (a432579): 0.964 today."),
    (ROOT / "eval" / "data" / "speakers-70",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (a hospital system's layoffs, a mine water pumping plan, a squash export "
     "price, a sugar miller privatisation, a gas storage fee, a cotton support price,"
     " a fishing licence rule, a desalination plant cost, a port congestion fee, a "
     "sugar export quota, a hydro dam revenue deal, a rugby club's administration); "
     "roles given on every sentence (not scored)",
     "written on 2026-11-27 (ninth session) after the session's last speaker change "
     "and scored blind on arrival on that code (1831f3e): **0.921** (209 of 227 "
     "claims; 42 of 43 sentences in the article's own voice right); the code the "
     "session started from (390862a) scores it 0.912 (207). Held out until the tenth "
     "session, which fixed its general misses (a432579, 41fe367): 0.952 today."),
    (ROOT / "eval" / "data" / "speakers-71",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (solar curtailment in Chile, a district council budget, Irish tillage, "
     "pharmacist prescribing, a stadium naming deal, a holiday-let freeze, a Kenyan "
     "corruption sentence, a rail cost overrun, a warehouse strike, a phonics check, "
     "a power tariff and a rooftop solar fee, a dengue surge); roles given on every "
     "sentence (not scored)",
     "written on 2026-11-27 (tenth session) and scored blind on arrival on the code "
     "the session started from (93bead5) and on its first fixes (a432579): **0.803** "
     "(183 of 228 claims) on both. The helper's brief, rewritten that session, told it"
     " to give unnamed sources (\"analysts said\", \"a source told\") no speaker, "
     "where every earlier set gives the phrase; 10 such sentences were relabelled "
     "to the project's rule, checked on every sentence the helper left without a "
     "speaker and not only on the misses (0.846 on arrival by that rule, 193 of "
     "228). Its general misses were then fixed (41fe367, d67b87c): 0.934 "
     "today."),
    (ROOT / "eval" / "data" / "speakers-72",
     "12 articles by one of two helpers writing at once, from 12 more kinds of outlet"
     " (furniture export rules, cocoa forward sales, bank branch closures, rural mast"
     " sharing, an airport slot cap, a visitor levy, industrial water cuts, methane "
     "leak extensions, shrinkflation, a faulty phone update, a laptop procurement, "
     "copper smelting fees); roles given on every sentence (not scored)",
     "written on 2026-11-27 (tenth session) and scored blind on arrival on the code "
     "the session started from (93bead5) and on its first fixes (a432579): **0.830** "
     "(191 of 230 claims) on both. Written to the same brief as set 71: 13 sentences "
     "with unnamed sources were relabelled to the project's rule the same way "
     "(0.874 on arrival by that rule, 201 of 230). Its general misses were then "
     "fixed (f8c3787): 0.930 today."),
    (ROOT / "eval" / "data" / "speakers-73",
     "12 articles by one of two more helpers writing at once, from 12 more kinds of "
     "outlet (police body cameras, a holiday-let fraud sentence, an online voting "
     "trial, implant price caps, a four-day school week, student caps, a research "
     "budget, a heatwave, floods, a sport federation's vote-buying inquiry, Maya "
     "remains under a tower site, a tower approval); roles given on every sentence "
     "(not scored)",
     "written on 2026-11-27 (tenth session) to the corrected brief and scored blind on"
     " arrival on the session's start (93bead5), its first fixes (a432579) and its "
     "second (41fe367): **0.883** (249 of 282 claims) on all three. Its helper gave "
     "unnamed spokespeople their phrase (\"a Halcyon Living spokesman\"), where the "
     "earlier sets give the body in 130 of 136 cases; those 5 sentences were "
     "relabelled to the body (0.901 on arrival by that rule). Its general misses "
     "were then fixed (f8c3787): 0.929 today."),
    (ROOT / "eval" / "data" / "speakers-74",
     "12 articles by the other helper of that pair, from 12 more kinds of outlet "
     "(shipping, mining, insurance, pensions, property, food safety, drugs, car "
     "making, an airline, media business, farming, a central bank); roles given on "
     "every sentence (not scored)",
     "written on 2026-11-27 (tenth session) and scored blind on arrival on the same "
     "three versions: **0.912** (238 of 261 claims) on all three. **Held out**: its "
     "misses were not read, so that the session's later fixes are measured on it; "
     "the fixes from sets 71 to 73 (f8c3787, d67b87c) left it at 0.912. Released in the "
     "eleventh session (its misses read and fixed, c77758b): 0.946."),
    (ROOT / "eval" / "data" / "speakers-75",
     "12 articles by one of a third pair of helpers writing at once, from 12 more "
     "kinds of outlet (transport fares, a hospital, energy prices, housing, farming, "
     "fisheries, a court, police, universities, a union, tourism, a town council); "
     "roles given on every sentence (not scored)",
     "written on 2026-11-27 (tenth session) after the session's fixes, to a brief that "
     "now states the project's rules for unnamed sources and spokespeople, and scored "
     "blind on arrival: **0.898** (211 of 235 claims) on the session's last code "
     "(d67b87c, and f8c3787 before it); the code the session started from (93bead5) "
     "scores it 0.894 (210). Held out until the eleventh session, which read its misses "
     "and fixed them (c77758b): 0.940."),
    (ROOT / "eval" / "data" / "speakers-76",
     "12 articles by the other helper of that pair, from 12 more kinds of outlet "
     "(mining, a product recall, a spectrum auction, an airline, a ship order, a water"
     " company fine, company results, store closures, a salmon merger, a club sale, a"
     " bank tax, a data centre); roles given on every sentence (not scored)",
     "written on 2026-11-27 (tenth session) after the session's fixes and scored blind"
     " on arrival: **0.921** (220 of 239 claims) on the session's last code (d67b87c)"
     ", on f8c3787 and on the code the session started from (93bead5) alike. Held out "
     "until the eleventh session, which read its misses and fixed them (c77758b): 0.958."),
    (ROOT / "eval" / "data" / "speakers-77",
     "12 articles by a helper of the eleventh session's trio, on courts, crime and "
     "enforcement (an inquest, a corruption probe, sentencing, a class action, a cartel fine,"
     " an appeal, jail deaths, a tribunal, an employment appeal, front-running, match-"
     "fixing) in 12 countries; roles given (not scored)",
     "written on 2026-11-27 (eleventh session) and scored blind on arrival: **0.888** (222 "
     "of 250 claims) on the code the session started from (11c8f4c; the session's speed "
     "commits give the same speakers) and on the working code of that moment, which held "
     "fixes for sets 74-76 not yet committed. Held out while those fixes were made (they "
     "moved it to 0.892); then its misses were read and fixed (5f78373): 0.924."),
    (ROOT / "eval" / "data" / "speakers-78",
     "12 articles by the trio's second helper, on health, science, climate, disasters, "
     "wildlife, farming and pollution in 12 countries; roles given (not scored)",
     "written on 2026-11-27 (eleventh session) and scored blind on arrival: **0.895** (204 "
     "of 228 claims) on 11c8f4c and on the working code of that moment alike. Held out "
     "while the fixes from sets 74-76 were made (0.895 after them); then its misses were "
     "read and fixed (5f78373): 0.974."),
    (ROOT / "eval" / "data" / "speakers-79",
     "12 articles by the trio's third helper, on politics, elections, councils, budgets, "
     "universities, transport, defence, diplomacy, migration and housing in 12 countries; "
     "roles given (not scored)",
     "written on 2026-11-27 (eleventh session) and scored blind on arrival: **0.859** (231 "
     "of 269 claims) on 11c8f4c and on the working code of that moment alike. Held out "
     "while the fixes from sets 74-76 were made (0.862 after them); then its misses were "
     "read and fixed (5f78373): 0.918."),
    (ROOT / "eval" / "data" / "speakers-80",
     "12 articles by a helper of the eleventh session's second trio, on sport, sports "
     "governance, arts funding, museums, film, music, publishing and broadcasting in 12 "
     "countries; roles given (not scored)",
     "written on 2026-11-27 (eleventh session) and scored blind on arrival: **0.881** (237 "
     "of 269 claims) on the code of that moment (cf1e59c, with the fixes from sets 74-76); "
     "the code the session started from (11c8f4c) scores it 0.877 (236). **Held out**: "
     "its misses were not read; the fixes from sets 77-79 (5f78373) moved it to 0.874, and "
     "the fourteenth session's general change (acts that say something, chosen on sets 2-79, "
     "1381cbb) to 0.870 (234)."),
    (ROOT / "eval" / "data" / "speakers-81",
     "12 articles by the second trio's second helper, on central banks, trade, property, "
     "pensions, start-ups, crypto, jobs, tourism, commodities and shipping in 12 countries; "
     "roles given (not scored)",
     "written on 2026-11-27 (eleventh session) and scored blind on arrival: **0.913** (210 "
     "of 230 claims) on cf1e59c; 0.904 (208) on 11c8f4c. **Held out** (misses not read); "
     "0.917 after the fixes from sets 77-79 (5f78373), the same (211) after the fourteenth "
     "session's general change (1381cbb)."),
    (ROOT / "eval" / "data" / "speakers-82",
     "12 articles by the second trio's third helper, on technology, data protection, "
     "cybersecurity, AI policy, space, telecoms, consumer complaints, road safety, aviation "
     "and public inquiries in 12 countries; roles given (not scored)",
     "written on 2026-11-27 (eleventh session) and scored blind on arrival: **0.846** (214 "
     "of 253 claims) on cf1e59c and on 11c8f4c alike. **Held out** (misses not read); "
     "0.846 after the fixes from sets 77-79 (5f78373), 0.850 (215) after the fourteenth "
     "session's general change (1381cbb)."),
    (ROOT / "eval" / "data" / "speakers-83",
     "12 articles by a helper of the twelfth session, on energy prices, mining, ports, rail, "
     "strikes, minimum wages, pensions, manufacturing, fuel subsidies and trade disputes in 12 "
     "countries; roles given (not scored)",
     "written on 2026-11-27 (twelfth session) and scored blind on arrival: **0.911** (235 of "
     "258 claims) on 8667eca (the extractor the eleventh session ended with, f859be0). "
     "**Held out** (misses not read); the same (235) after the fourteenth session's general "
     "change (1381cbb)."),
    (ROOT / "eval" / "data" / "speakers-84",
     "12 articles by the twelfth session's second helper, on schools, universities, student "
     "loans, housing and rents, planning, local councils, water, policing, prisons and courts "
     "in 12 countries; roles given (not scored)",
     "written on 2026-11-27 (twelfth session) and scored blind on arrival: **0.872** (238 of "
     "273 claims) on 8667eca. **Held out** (misses not read); the same (238) after the "
     "fourteenth session's general change (1381cbb)."),
    (ROOT / "eval" / "data" / "speakers-85",
     "12 articles by the twelfth session's third helper, on farming, fisheries, droughts and "
     "floods, wildlife, environmental courts, tourism, public health, hospitals, medicines and "
     "food safety in 12 countries; roles given (not scored)",
     "written on 2026-11-27 (twelfth session) and scored blind on arrival: **0.891** (221 of "
     "248 claims) on 8667eca. **Held out** (misses not read); 0.887 (220) after the "
     "fourteenth session's general change (1381cbb)."),
    (ROOT / "eval" / "data" / "speakers-86",
     "12 articles by a helper of the fourteenth session, on elections, parliaments, coalition "
     "talks, diplomacy, defence procurement, trade talks, pensions, public pay and "
     "anti-corruption bodies in 12 countries; roles given (not scored)",
     "written on 2026-11-27 (fourteenth session) and scored blind on arrival: **0.880** (227 of "
     "258 claims) on d58cc0e (the extractor the thirteenth session ended with, 6282461). "
     "**Held out** (misses not read); the same (227) after the session's general change "
     "(1381cbb), which arrived after it."),
    (ROOT / "eval" / "data" / "speakers-87",
     "12 articles by the fourteenth session's second helper, on banking, markets, company "
     "results, mergers, insolvencies, energy prices, mining, telecoms, shipping and retail in "
     "12 countries; roles given (not scored)",
     "written on 2026-11-27 (fourteenth session) and scored blind on arrival: **0.885** (216 of "
     "244 claims) on d58cc0e. **Held out** (misses not read); 0.889 (217) after the session's "
     "general change (1381cbb)."),
    (ROOT / "eval" / "data" / "speakers-88",
     "12 articles by the fourteenth session's third helper, on criminal trials, policing, "
     "corruption inquiries, consumer protection, aviation and road safety, transport strikes, "
     "data breaches and building safety in 12 countries; roles given (not scored)",
     "written on 2026-11-27 (fourteenth session) and scored blind on arrival: **0.835** (202 of "
     "242 claims) on d58cc0e. **Held out** (misses not read); 0.843 (204) after the session's "
     "general change (1381cbb)."),
    (ROOT / "eval" / "data" / "speakers-89",
     "12 articles by the fourteenth session's fourth helper, on sport, arts, research, "
     "universities, technology launches, weather, migration, religion and heritage in 12 "
     "countries; roles given (not scored)",
     "written on 2026-11-27 (fourteenth session) and scored blind on arrival: **0.885** (216 of "
     "244 claims) on d58cc0e. **Held out** (misses not read); the same (216) after the "
     "session's general change (1381cbb)."),
]


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()[:60]


def _same(got: str | None, want: str | None) -> bool:
    def norm(s):
        # (an apostrophe as the article or the labeller typed it: "Mineworkers’" is "Mineworkers'")
        return re.sub(r"^(?:the|a|an)\s+", "", s.strip().lower().replace("’", "'")) if s else None
    return norm(got) == norm(want)


def load_labels(directory: Path) -> dict[str, dict[str, dict]]:
    """A labelled set's ``gold.jsonl``: file -> sentence key -> label."""
    gold: dict[str, dict[str, dict]] = {}
    for line in (directory / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        labels = gold.setdefault(g["file"], {})
        labels[_key(g["sentence"])] = g
        spans = sentences.split(g["sentence"])
        if len(spans) > 1 and spans[0].kind == sentences.DATELINE:
            # "KATHMANDU, March 18: The department ...": the claim starts after the dateline,
            # which labellers keep in the sentence
            labels.setdefault(_key(g["sentence"][spans[1].start:]), g)
    return gold


def labelled_claims(directory: Path, gold: dict[str, dict[str, dict]]):
    """(file, claim, label) for each claim ``extract_claims`` returns for a labelled sentence of
    a set's articles (the title line off)."""
    for name, labels in sorted(gold.items()):
        text = (directory / name).read_text(encoding="utf-8")
        body = text.split("\n\n", 1)[1] if "\n\n" in text else text
        for claim in extract_claims(body):
            g = labels.get(_key(claim.text))
            if g is not None:
                yield name, claim, g


def score_labelled(directory: Path = LABELLED) -> dict:
    """The labelled set: each claim the extractor returns for a labelled sentence, with its
    speaker compared to the label (case and a leading article aside)."""
    gold = load_labels(directory)
    result = {"claims": 0, "right": 0, "attributed": 0, "attributed_right": 0, "own": 0,
              "own_right": 0, "sentences": sum(len(v) for v in gold.values()), "wrong": []}
    for name, claim, g in labelled_claims(directory, gold):
        ok = _same(claim.speaker, g["speaker"])
        result["claims"] += 1
        result["right"] += ok
        kind = "attributed" if g["speaker"] else "own"
        result[kind] += 1
        result[f"{kind}_right"] += ok
        if not ok:
            result["wrong"].append(f"{name}: `{claim.text[:70]}` expected "
                                   f"{g['speaker']}, got {claim.speaker}")
    return result


NAMES = ROOT / "eval" / "data" / "names"


def score_names(directory: Path = NAMES) -> dict:
    """The name-variant set: each article's expected variant pairs (``variants``) and look-alike
    pairs that must not be merged (``traps``) against what ``find_name_variants`` reports."""
    result = {"pairs": 0, "found": 0, "extra": [], "missed": [], "traps": 0, "trap_hits": 0,
              "articles": 0}
    for line in (directory / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        result["articles"] += 1
        text = (directory / g["file"]).read_text(encoding="utf-8")
        body = text.split("\n\n", 1)[1] if "\n\n" in text else text
        got = {frozenset((v.name.lower(), v.variant.lower())) for v in find_name_variants(body)}
        want = {frozenset((a.lower(), b.lower())) for a, b in g["variants"]}
        traps = {frozenset((a.lower(), b.lower())) for a, b in g.get("traps", [])}
        result["pairs"] += len(want)
        result["found"] += len(got & want)
        result["traps"] += len(traps)
        result["trap_hits"] += len(got & traps)
        result["extra"] += [f"{g['file']}: {' / '.join(sorted(p))}" for p in got - want]
        result["missed"] += [f"{g['file']}: {' / '.join(sorted(p))}" for p in want - got]
    return result


NAME_SETS = [
    (NAMES, "7 with misspelt names (a dropped, doubled or swapped letter, a wrong ending, "
     "transliterations), 7 with look-alikes that must stay apart (relatives, namesakes, "
     "`Hansen` / `Jansen`, `Jansen` / `Janssen` as two people, a country and its adjective, "
     "short names)",
     "scored blind on arrival (2026-11-26, second session): 6 of 10 pairs, 2 look-alikes "
     "merged (`Niger` / `Nigeria`, `Jansen` / `Janssen`); missed were transliterations "
     "(`Mohammed` / `Muhammad`, `Rashidi` / `Rasheedi`, `Zhuravsky` / `Zhuravskyi`) and a "
     "doubled final letter (`Zimmerman` / `Zimmermann`). The rules were then fixed, so the "
     "figure above is no longer a held-out one."),
    (NAMES.parent / "names-2", "7 with typos, transliterations (`Yevgeny` / `Evgeny`, "
     "`Gaddafi` / `Qaddafi`, `Kharkiv` / `Kharkov`) and dropped accents (`José` / `Jose`), 7 "
     "with look-alikes (`Carlson` / `Karlsson`, `Meyer` / `Mayer`, `Paris` / `Parris`, "
     "`Austria` / `Australia`, `Daniel` / `Daniela`, a company named after its founder)",
     "scored blind on arrival (d4c79f6, after the first set's fixes): 11 of 14 pairs, 7 "
     "look-alikes merged (`Argentina` / `Argentine`, `Germany` / `German`, `Paris` / "
     "`Parris`, `Henrik` / `Henrika`, `Daniel` / `Daniela`, `Austria` / `Australia`, "
     "`Austrian` / `Australian`); missed `Yevgeny` / `Evgeny`, `José` / `Jose`, `Gaddafi` / "
     "`Qaddafi`. The general rules were then fixed, so the figure above is no longer a "
     "held-out one."),
    (NAMES.parent / "names-3", "10 ordinary articles, 5 with one misspelt name (swapped, "
     "dropped and doubled letters, an accent, a transliteration) and 5 with look-alikes "
     "(sisters, `Harris` / `Harries`, `Reid` / `Read`, `Austria` / `Australia`, short names)",
     "scored blind on arrival (c76c1ea, after the second set's fixes): 5 of 5 pairs, none of "
     "the 9 look-alikes merged. Nothing was changed for it."),
    (NAMES.parent / "names-4", "10 ordinary articles, 5 with one misspelt surname (a dropped "
     "letter, `-ov` / `-off`, an accent, swapped letters, `ph` / `f`) and 5 with look-alikes "
     "(a husband and wife's male and female surnames, `Hansen` / `Hanson`, a country and its "
     "adjective, `Lee` / `Li` / `Lin`, a village and a person)",
     "scored blind on arrival (eca13c9, third session): 5 of 5 pairs, none of the 7 "
     "look-alikes merged. Nothing was changed for it."),
    (NAMES.parent / "names-5", "10 ordinary articles, 5 with one misspelt surname (a "
     "transliteration `Tkachenko` / `Tkatchenko`, a dropped letter, `Belkacem` / `Belkassem`, "
     "swapped letters `Liang` / `Laing`, a missing accent) and 5 with look-alikes (a husband "
     "and wife `Sokolov` / `Sokolova`, a person and a town `Ashforth` / `Ashford`, `Hartmann` / "
     "`Hartman` as two people, `Li` / `Lin`, `Chile` / `Chilean`)",
     "scored blind on arrival (a21a44c, fourth session): 4 of 5 pairs, none of the 5 "
     "look-alikes merged; missed `Belkacem` / `Belkassem`."),
]


def _names_set() -> list[str]:
    lines = []
    for directory, about, history in NAME_SETS:
        if not (directory / "gold.jsonl").exists():
            continue
        r = score_names(directory)
        lines += [
            f"Name-variant set `eval/data/{directory.name}` ({r['articles']} articles written and "
            f"labelled by a session that never ran the extractor: {about}): **{r['found']} of "
            f"{r['pairs']}** variant pairs reported, {len(r['extra'])} pairs reported that are "
            f"not variants ({r['trap_hits']} of the {r['traps']} look-alikes).",
            "",
            "History: " + history,
            "",
        ]
        for kind in ("missed", "extra"):
            if r[kind]:
                lines += [f"{kind.capitalize()}:", ""] + [f"- {w}" for w in r[kind]] + [""]
    return lines


def _labelled_set() -> list[str]:
    lines = []
    for directory, about, history in LABELLED_SETS:
        if not (directory / "gold.jsonl").exists():
            lines += [f"Labelled set skipped: `{directory.relative_to(ROOT)}/gold.jsonl` is "
                      "absent.", ""]
            continue
        r = score_labelled(directory)
        lines += [
            f"Labelled set `{directory.relative_to(ROOT)}` ({about}, {r['sentences']} sentences, "
            "each labelled with the speaker a fact-checker would record by a session that never "
            f"ran the extractor): of the {r['claims']} claims the extractor returns for them, "
            f"**{r['right']} ({r['right'] / r['claims']:.3f})** have the labelled speaker: "
            f"{r['attributed_right']} of {r['attributed']} attributed sentences and "
            f"{r['own_right']} of {r['own']} in the article's own voice.",
            "",
            "History of this figure (so that it is read for what it is): " + history,
            "",
        ]
        if r["wrong"] and directory.name in HELD_OUT:
            # (a held-out set's misses stay unread until it is released, so that the fixes made
            # meanwhile are measured on text nobody has looked at)
            lines += [f"Still wrong: {len(r['wrong'])} claims, not listed while the set is held "
                      "out (`python -m eval.speakers --misses " + directory.name + "` lists "
                      "them).", ""]
        elif r["wrong"]:
            lines += ["Still wrong:", ""] + [f"- {w}" for w in r["wrong"]] + [""]
    return lines


# The labelled sets held out now: their misses are not read (nor listed in EVALUATION.md) until a
# session releases them, so that the fixes made meanwhile are measured on unread text.
HELD_OUT = frozenset(["speakers-80", "speakers-81", "speakers-82", "speakers-83", "speakers-84",
                      "speakers-85", "speakers-86", "speakers-87", "speakers-88", "speakers-89"])


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--misses"]:
        # the misses of one labelled set, held out or not: python -m eval.speakers --misses NAME
        for folder in sys.argv[2:]:
            for w in score_labelled(ROOT / "eval" / "data" / folder)["wrong"]:
                print(f"{folder} {w}")
    else:
        from eval.run import shared_data_dir

        print(evaluate(shared_data_dir()))
