"""The review pages and endpoints: the queue, and POST .../claims/<claim_id>/review."""


def routes():
    return []
