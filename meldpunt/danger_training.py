"""Train the danger reader (meldpunt/danger_model.py) on the development set and write models/danger.json.

    .venv-app/bin/python -m meldpunt.danger_training [--out models/danger.json]   (scripts/train-if-changed)

A logistic regression over the same character n-grams as the form model, alarm (danger or acute) against none,
on every message of `tests/evaluation_dev`. Prints the 5-fold cross-validated recall and false-alarm rate of
the reader alone at the thresholds around the one it uses (`meldpunt.danger_model.THRESHOLD`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Final

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from meldpunt.danger_model import LABEL, MODEL_FILE, THRESHOLD
from meldpunt.evaluate import load_messages
from meldpunt.form_training import tfidf, write_model
from meldpunt.settings import REPO_ROOT
from meldpunt.vocab import normalise

MESSAGES: Final = REPO_ROOT / "tests" / "evaluation_dev"
C: Final = 10.0  # as the form model: weak regularisation over ~5,000 short texts
REPORTED: Final = (0.5, 0.6, 0.7, 0.8, 0.9)
Model = tuple[TfidfVectorizer, LogisticRegression]


def load(messages: Path = MESSAGES) -> tuple[list[str], list[bool]]:
    """Normalised texts of the development set, and whether each is an alarm (danger or acute)."""
    items = load_messages(messages)
    return [normalise(m.text) for m in items], [m.danger != "none" for m in items]


def fit(texts: list[str], alarms: list[bool]) -> Model:
    vectoriser = tfidf()
    matrix = vectoriser.fit_transform(texts)
    return vectoriser, LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(matrix, alarms)


def export(model: Model) -> dict[str, Any]:
    """The weights as meldpunt.form_model.FormModel reads them (one label: the alarm)."""
    vectoriser, regression = model
    weights = regression.coef_[0]
    features = {
        gram: [round(float(vectoriser.idf_[i]), 5), round(float(weights[i]), 5)]
        for gram, i in vectoriser.vocabulary_.items()
    }
    return {
        "forms": [LABEL],
        "threshold": THRESHOLD,
        "intercepts": [round(float(regression.intercept_[0]), 5)],
        "features": dict(sorted(features.items())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    texts, alarms = load()
    target = np.array(alarms)
    scores = np.zeros(len(texts))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, target):
        vectoriser, regression = fit([texts[i] for i in train], [alarms[i] for i in train])
        scores[test] = regression.predict_proba(vectoriser.transform([texts[i] for i in test]))[:, 1]
    data = export(fit(texts, alarms))
    write_model(args.out, data)
    figures = {
        "messages": len(texts),
        "alarms": int(target.sum()),
        "features": len(data["features"]),
        "threshold": THRESHOLD,
        "cv_recall": {str(t): round(float(np.mean(scores[target] >= t)), 3) for t in REPORTED},
        "cv_false_alarms": {str(t): round(float(np.mean(scores[~target] >= t)), 3) for t in REPORTED},
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
