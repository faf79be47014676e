"""The article body split into paragraphs and highlight segments: whatever the offsets (valid,
overlapping, out of range, missing), the text is reproduced exactly and only valid claims are
marked."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_factcheck.views import body_segments, claim_paragraph, paragraphs

texts = st.text(alphabet=st.sampled_from("ab .\n\t\"<&é"), max_size=200)


@st.composite
def body_and_claims(draw):
    body = draw(texts)
    n = len(body)
    offsets = st.one_of(st.none(), st.integers(min_value=-3, max_value=n + 3))
    claims = [
        {"id": f"c{i}", "start": draw(offsets), "end": draw(offsets)}
        for i in range(draw(st.integers(min_value=0, max_value=6)))
    ]
    return body, claims


def joined(segments) -> str:
    return "".join(seg["text"] for seg in segments)


@settings(max_examples=300, deadline=None)
@given(body_and_claims())
def test_segments_reproduce_every_paragraph_and_mark_only_valid_claims(case):
    body, claims = case
    spans = paragraphs(body)
    result = body_segments(body, claims)
    assert [joined(p) for p in result] == [body[s:e] for s, e in spans]
    marked = [seg for p in result for seg in p if seg["claim"]]
    for seg in marked:
        claim = seg["claim"]
        assert 0 <= claim["start"] < claim["end"] <= len(body)
        assert seg["text"] and seg["text"] in body[claim["start"]:claim["end"]]
    # Marked claims never overlap: each marked claim starts after the previous one ended.
    ordered = sorted({id(s["claim"]): s["claim"] for s in marked}.values(), key=lambda c: c["start"])
    for before, after in zip(ordered, ordered[1:]):
        assert before["end"] <= after["start"]


def test_paragraphs_split_at_blank_lines_only():
    body = "One. Two.\nStill one.\n\nThree.\n \n\n Four."
    assert [body[s:e] for s, e in paragraphs(body)] == ["One. Two.\nStill one.", "Three.", "Four."]


def test_a_claim_is_marked_in_its_paragraph():
    body = "First paragraph.\n\nThe bridge costs $48m. It opened in 1962.\n\nLast."
    start = body.index("The bridge")
    claim = {"id": "c", "start": start, "end": start + len("The bridge costs $48m.")}
    segments = claim_paragraph(body, claim)
    assert joined(segments) == "The bridge costs $48m. It opened in 1962."
    assert [s["text"] for s in segments if s["claim"]] == ["The bridge costs $48m."]
    assert claim_paragraph(body, {"id": "x", "start": None, "end": None}) is None
    assert claim_paragraph("", claim) is None


def test_overlapping_claims_keep_the_first():
    body = "Alpha beta gamma delta."
    first = {"id": "a", "start": 0, "end": 10}
    second = {"id": "b", "start": 6, "end": 16}
    third = {"id": "c", "start": 17, "end": 23}
    (paragraph,) = body_segments(body, [second, third, first])
    assert [(s["text"], s["claim"]["id"] if s["claim"] else None) for s in paragraph] == [
        ("Alpha beta", "a"),
        (" gamma ", None),
        ("delta.", "c"),
    ]
