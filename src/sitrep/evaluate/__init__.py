"""Evaluation against public gold data: the scores that the CI gate pins as floors.

Each module reads one corpus, runs the library's own extraction over it and scores the result
with the metric the corpus' papers report. Nothing here trains on the rows it scores.
"""
