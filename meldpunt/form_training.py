"""Train the form model (meldpunt/form_model.py) on the development set and write models/forms.json.

    .venv-app/bin/python -m meldpunt.form_training [--out models/forms.json]   (scripts/train-if-changed)

Needs scikit-learn (requirements/app.lock); the running system reads the weights without it. The decision
threshold is the one at which the model alone reads the most stories exactly right in a 5-fold
cross-validation; it and the cross-validated figures are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Final

import numpy as np
from ruamel.yaml import YAML
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from meldpunt.form_model import MIN_WORDS, MODEL_FILE, ngrams
from meldpunt.settings import REPO_ROOT
from meldpunt.vocab import FORMS, normalise, rule_forms

MESSAGES: Final = REPO_ROOT / "tests" / "evaluation_dev"
LABELS: Final = tuple(form for form in FORMS if form != "unknown")
THRESHOLDS: Final = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)
STORY_INTENTS: Final = frozenset({"tell_story", "danger", "acute"})
C: Final = 10.0  # weak regularisation: ~1000 short texts, ~30,000 sparse features
Model = tuple[TfidfVectorizer, dict[str, LogisticRegression]]


def load(messages: Path = MESSAGES) -> tuple[list[str], list[set[str]], list[set[str]]]:
    """Normalised texts, gold forms and the rules' forms of every message labelled with forms, and of every
    message that is not a story (no form)."""
    texts: list[str] = []
    gold: list[set[str]] = []
    rules: list[set[str]] = []
    for path in sorted(messages.glob("*.yml")):
        for item in YAML(typ="safe").load(path.read_text(encoding="utf-8")) or []:
            # A question, a greeting or a request tells no form: a negative example ("kan dit ook in het engels?"
            # was read as labour when the model had seen only stories). A story without a forms label is left out.
            if item.get("forms") is None and item.get("intent") in STORY_INTENTS:
                continue
            texts.append(normalise(item["text"]))
            gold.append({form for form in item.get("forms") or () if form != "unknown"})
            rules.append({form for form in rule_forms(item["text"]) if form != "unknown"})
    return texts, gold, rules


def tfidf() -> TfidfVectorizer:
    """The tf-idf over meldpunt.form_model.ngrams that FormModel reads back (the danger reader uses it too)."""
    return TfidfVectorizer(analyzer=ngrams, sublinear_tf=True, min_df=2)


def fit(texts: list[str], gold: list[set[str]]) -> Model:
    vectoriser = tfidf()
    matrix = vectoriser.fit_transform(texts)
    models = {}
    for form in LABELS:
        target = np.array([form in forms for forms in gold])
        if target.any():  # a form nobody told of is never predicted (probability 0)
            models[form] = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(matrix, target)
    return vectoriser, models


def probabilities(model: Model, texts: list[str]) -> Any:
    vectoriser, models = model
    matrix = vectoriser.transform(texts)
    return np.column_stack(
        [models[form].predict_proba(matrix)[:, 1] if form in models else np.zeros(len(texts)) for form in LABELS]
    )


def predicted(row: Any, threshold: float) -> set[str]:
    """As FormModel.predict: the most probable form, if it reaches the threshold."""
    best = int(np.argmax(row))
    return {LABELS[best]} if row[best] >= threshold else set()


def combined(rules: set[str], text: str, row: Any, threshold: float) -> set[str]:
    """As meldpunt.vocab.match_forms: the rules, else the model for a story."""
    if rules or len(text.split()) < MIN_WORDS:
        return rules
    return predicted(row, threshold)


def export(model: Model, threshold: float) -> dict[str, Any]:
    """The weights as meldpunt.form_model.FormModel reads them: per n-gram its idf and a weight per form."""
    vectoriser, models = model
    none = np.zeros(len(vectoriser.vocabulary_))
    weights = np.column_stack([models[form].coef_[0] if form in models else none for form in LABELS])
    features = {
        gram: [round(float(vectoriser.idf_[i]), 5), *(round(float(w), 5) for w in weights[i])]
        for gram, i in vectoriser.vocabulary_.items()
    }
    return {
        "forms": list(LABELS),
        "threshold": threshold,
        "intercepts": [round(float(models[form].intercept_[0]), 5) if form in models else -50.0 for form in LABELS],
        "features": dict(sorted(features.items())),
    }


def write_model(path: Path, data: dict[str, Any]) -> None:
    """Write the weights whole or not at all (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    partial.replace(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    texts, gold, rules = load()
    folds = KFold(5, shuffle=True, random_state=0)
    rows = np.zeros((len(texts), len(LABELS)))
    for train, test in folds.split(texts):
        model = fit([texts[i] for i in train], [gold[i] for i in train])
        rows[test] = probabilities(model, [texts[i] for i in test])
    exact = {
        t: float(np.mean([combined(r, x, row, t) == g for r, x, row, g in zip(rules, texts, rows, gold, strict=True)]))
        for t in THRESHOLDS
    }
    alone = {t: float(np.mean([predicted(row, t) == g for row, g in zip(rows, gold, strict=True)])) for t in THRESHOLDS}
    # The rules were tuned on these very messages: what they leave is mostly stories with no form, so any
    # figure with the rules in it asks the model for too little (on a blind set read for the first time the
    # rules missed a third of the forms). The threshold is the one at which the model alone reads the most
    # stories right; the figures on what the rules leave are printed beside it.
    left = [i for i, (r, x) in enumerate(zip(rules, texts, strict=True)) if not r and len(x.split()) >= MIN_WORDS]
    left_exact = {t: float(np.mean([predicted(rows[i], t) == gold[i] for i in left])) for t in THRESHOLDS}
    threshold = max(THRESHOLDS, key=lambda t: (alone[t], -t))
    rules_only = float(np.mean([r == g for r, g in zip(rules, gold, strict=True)]))
    data = export(fit(texts, gold), threshold)
    features = data["features"]
    write_model(args.out, data)
    figures = {
        "messages": len(texts),
        "features": len(features),
        "threshold": threshold,
        "cv_exact_rules_only": round(rules_only, 3),
        "cv_exact_model_only": {str(t): round(v, 3) for t, v in alone.items()},
        "stories_left_by_the_rules": len(left),
        "cv_exact_on_those": {str(t): round(v, 3) for t, v in left_exact.items()},
        "cv_exact_rules_then_model": {str(t): round(v, 3) for t, v in exact.items()},
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
