"""The pages: dashboard, article, claim, ClaimReview feed. One async function per page."""


def routes():
    return []
