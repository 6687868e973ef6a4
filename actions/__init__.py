"""rasa-sdk custom actions of the meldpunt intake (run by `python -m rasa_sdk --actions actions`).

flags.py: the alarms (danger, acute, a person); intake.py: the form's questions, validation, pre-fill and
summary; language.py: switching language; signal.py: storing the report. Texts: texts.py and the domain.
"""
