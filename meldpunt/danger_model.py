"""A statistical reader of danger, for alarms the keyword net has no words for.

Each blind set brings alarms told in ways nobody had written a rule for ("the foreman will 'talk' to me
tonight", "she gives birth and the couple pays for the child tomorrow"): on first sight the keyword net found
0.81–0.88 of them. A logistic regression over character n-grams of the normalised text, trained on the whole
development set (`meldpunt.danger_training`, run by `make model`), found 0.80 of the alarms of blind sets 21
and 22 with no false alarm at the threshold used here when trained without them (`docs/quality.md`). It is a
third opinion next to the keyword net and the NLU (`meldpunt.safety.detect_alarm`); inference is plain Python
over the weights in `models/danger.json`, as for the form model. No model file: the keyword net works alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from meldpunt.form_model import load_model

MODEL_FILE: Final = Path(__file__).resolve().parent.parent / "models" / "danger.json"
LABEL: Final = "alarm"
# Chosen on blind sets 21 and 22 read by a reader trained without them: at 0.8 it added 0.02-0.04 recall to the
# keyword net and the NLU and no false alarm; at 0.5 it found more but alarmed on 1.5% of set 21's negatives.
THRESHOLD: Final = 0.8
MIN_WORDS: Final = 6  # a short answer ("ja", "Hilversum") says too little for the reader; the keyword net reads it


def alarm_probability(norm: str, path: Path = MODEL_FILE) -> float | None:
    """The reader's probability that a normalised message is an alarm; None without a model or for a short text."""
    model = load_model(path)
    if model is None or len(norm.split()) < MIN_WORDS:
        return None
    return model.probabilities(norm)[LABEL]


def reads_alarm(norm: str, path: Path = MODEL_FILE) -> bool:
    probability = alarm_probability(norm, path)
    return probability is not None and probability >= THRESHOLD
