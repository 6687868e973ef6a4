"""A statistical reader of the forms of exploitation a story tells, for stories the keyword rules miss.

People rarely name the category ("we have to do clients here", "I pack powder from morning till night"), and
on messages nobody had seen the keyword rules found the exact forms of only two stories in three. A logistic
regression per form over character 3–5-grams of the normalised text (trained by `meldpunt.form_training`, run
by `make model`, on the development set `tests/evaluation_dev`, with scikit-learn) reads such wordings in
all eight languages, typos and Latin-typed Cyrillic included. Inference is plain Python over the weights in
`models/forms.json`, so the gateway, the action server and the evaluation read a story the same way without
scikit-learn. No model file: the rules work alone.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any, Final

MODEL_FILE: Final = Path(__file__).resolve().parent.parent / "models" / "forms.json"
NGRAMS: Final = (3, 5)
MIN_WORDS: Final = 6  # shorter texts are answers, not stories: the rules read them
# A text of six or seven words says little, and a short one that asks something is mostly a question or a
# request ("можно по-русски? ik spreek geen nederlands", "kan ik met een echt mens praten ipv een bot?"): the
# model proposes a form for them only when fairly sure ("twaalf mannen slapen in een kamer" 0.71 labour; "i
# want a robot to talk to" 0.31 labour, from Polish "robota"). The question rule was chosen on blind set 11 and
# checked on blind set 12 (docs/quality.md).
SHORT_WORDS: Final = 8
SHORT_QUESTION_WORDS: Final = 16
SHORT_THRESHOLD: Final = 0.6


def ngrams(norm: str) -> list[str]:
    """Character n-grams inside each word padded with spaces (scikit-learn's `char_wb`)."""
    grams: list[str] = []
    low, high = NGRAMS
    for word in norm.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) < n:
                grams.append(padded)
                continue
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


class FormModel:
    """The per-form weights: probability of each form from the tf-idf vector of a normalised text."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.forms: tuple[str, ...] = tuple(data["forms"])
        self.threshold = float(data["threshold"])
        self.intercepts: tuple[float, ...] = tuple(data["intercepts"])
        self.features: dict[str, list[float]] = data["features"]  # n-gram -> [idf, weight per form]

    def probabilities(self, norm: str) -> dict[str, float]:
        counts = Counter(gram for gram in ngrams(norm) if gram in self.features)
        vector = {gram: (1.0 + math.log(n)) * self.features[gram][0] for gram, n in counts.items()}
        length = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        scores = list(self.intercepts)
        for gram, value in vector.items():
            weights = self.features[gram]
            for i in range(len(scores)):
                scores[i] += weights[i + 1] * value / length
        return {form: 1.0 / (1.0 + math.exp(-score)) for form, score in zip(self.forms, scores, strict=True)}

    def predict(self, norm: str, *, question: bool = False, at_least: float = 0.0) -> list[str]:
        if len(norm.split()) < MIN_WORDS:
            return []
        probabilities = self.probabilities(norm)
        best = max(self.forms, key=probabilities.__getitem__)
        # One form to confirm with the reporter; a story with two forms names at least one (the rules' part).
        threshold = max(self.threshold, SHORT_THRESHOLD) if _short(norm, question) else self.threshold
        threshold = max(threshold, at_least)
        return [best] if probabilities[best] >= threshold else []


def _short(norm: str, question: bool) -> bool:
    words = len(norm.split())
    return words < SHORT_WORDS or (question and words < SHORT_QUESTION_WORDS)


@cache
def load_model(path: Path = MODEL_FILE) -> FormModel | None:
    try:
        return FormModel(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def predicted_forms(norm: str, *, question: bool = False, at_least: float = 0.0) -> list[str]:
    """The forms the model reads in a normalised story (model order), or none without a model. `question`: the
    text asked something (a question mark before normalising); `at_least`: the probability a form needs, if
    higher than the model's own threshold."""
    model = load_model()
    return model.predict(norm, question=question, at_least=at_least) if model is not None else []
