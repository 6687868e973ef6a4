"""What the custom actions say themselves: the intake questions and everything built from the answers.

Texts the rules say are responses in bot/domain/*.yml. The texts here are sent by actions (the form asks
through action_ask_<slot>, so the questions can use the reporter's answers: victim or witness wording),
and Rasa's validator cannot see responses used only by actions. Labels of answers come from
meldpunt.vocab. To add a language, add one block with the same keys (a missing key falls back to Dutch).
"""

from __future__ import annotations

from typing import Any

from meldpunt.vocab import DEFAULT_LANGUAGE

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "ask_safety_check": "Eerst een belangrijke vraag. Is er nu iemand in gevaar?",
        "ask_description": (
            "Vertel in je eigen woorden wat er gebeurt. Wat zie of hoor je? Eén bericht is genoeg.\n"
            "Je hoeft geen namen te noemen."
        ),
        "ask_description_victim": (
            "Vertel in je eigen woorden wat er met je gebeurt. Eén bericht is genoeg.\nJe hoeft geen namen te noemen."
        ),
        "ask_reporter_role": "Wie ben jij voor de persoon om wie het gaat?",
        "ask_forms": "Wat moet de persoon doen? Kies wat het best past.",
        "ask_forms_victim": "Wat moet je doen? Kies wat het best past.",
        "ask_forms_other": "Wat past het best?",
        "ask_municipality": "In welke gemeente gebeurt het? Je mag ook de naam van een dorp of stad typen.",
        "ask_anonymity": (
            "Hoe wil je melden?\n"
            "• Anoniem: Veilig Thuis weet niet wie je bent. Dan is het een advies: je krijgt informatie, "
            "en er komt geen dossier over de mensen.\n"
            "• Vertrouwelijk: alleen Veilig Thuis weet wie je bent. Veilig Thuis vertelt je naam niet aan "
            "de familie. Dit is een melding.\n"
            "• Open: de familie mag weten dat jij het hebt gemeld. Dit is ook een melding.\n"
            "Let op: bij een melding mag de familie lezen wat er gemeld is."
        ),
        "reask": "Sorry, dat begreep ik niet goed. Kies een knop, of zeg het op een andere manier.",
        "safety_unsure": (
            "Dat is goed. Twijfel je of iemand veilig is? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). "
            "Bij direct gevaar: bel 112."
        ),
        "summary_intro": "Dit heb je verteld:",
        "summary_question": "Klopt dit? Dan kun je het versturen. Wil je iets veranderen? Begin dan opnieuw.",
        "button_send": "Versturen",
        "button_restart": "Opnieuw beginnen",
        "sent": (
            "Dank je wel. Je melding is verstuurd.\n"
            "Dit is je code: {code}\n"
            "Bewaar deze code goed. Met deze code kun je later informatie toevoegen."
        ),
        "next_melding": (
            "Wat gebeurt er nu? Veilig Thuis beoordeelt binnen 5 werkdagen wat er nodig is. "
            "Voor een melding moet Veilig Thuis weten wie je bent. Bel daarom Veilig Thuis: 0800-2000 "
            "(gratis, dag en nacht) en noem je code."
        ),
        "next_advice": (
            "Wat gebeurt er nu? Je meldt anoniem. Veilig Thuis gebruikt je informatie als advies: "
            "er komt geen dossier over de mensen. Wil je advies, of wil je toch een melding doen? "
            "Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht) en noem je code."
        ),
        "next_alerted": "Een medewerker van Veilig Thuis is al gewaarschuwd.",
        "next_112": "Is er direct gevaar? Bel 112.",
        "already_sent": (
            "Je melding is al verstuurd. Je code heb je toen gekregen. Wil je iets toevoegen? "
            "Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht) en noem je code. Bij direct gevaar: bel 112."
        ),
        "incomplete": "We missen nog een paar antwoorden. Daarna kun je het versturen.",
        "store_failed": (
            "Het versturen is niet gelukt. Probeer het zo nog eens. "
            "Of bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). Bij direct gevaar: bel 112."
        ),
    },
    "en": {
        "ask_safety_check": "First an important question. Is anyone in danger right now?",
        "ask_description": (
            "Tell us in your own words what is happening. What do you see or hear? One message is enough.\n"
            "You do not have to give any names."
        ),
        "ask_description_victim": (
            "Tell us in your own words what is happening to you. One message is enough.\n"
            "You do not have to give any names."
        ),
        "ask_reporter_role": "Who are you to the person this is about?",
        "ask_forms": "What does the person have to do? Choose what fits best.",
        "ask_forms_victim": "What do you have to do? Choose what fits best.",
        "ask_forms_other": "What fits best?",
        "ask_municipality": "In which municipality is this happening? You can also type the name of a village or town.",
        "ask_anonymity": (
            "How do you want to report?\n"
            "• Anonymous: Veilig Thuis does not know who you are. Then it is advice: you get information, "
            "and no file is made about the people.\n"
            "• Confidential: only Veilig Thuis knows who you are. Veilig Thuis does not tell the family "
            "your name. This is a report (melding).\n"
            "• Open: the family may know that you made the report. This is also a report (melding).\n"
            "Please note: with a report, the family may read what was reported."
        ),
        "reask": "Sorry, I did not quite understand. Choose a button, or say it in another way.",
        "safety_unsure": (
            "That is fine. Are you unsure if someone is safe? Call Veilig Thuis: 0800-2000 (free, day and "
            "night). In immediate danger: call 112."
        ),
        "summary_intro": "This is what you told us:",
        "summary_question": "Is this right? Then you can send it. Want to change something? Then start again.",
        "button_send": "Send",
        "button_restart": "Start again",
        "sent": (
            "Thank you. Your report has been sent.\n"
            "This is your code: {code}\n"
            "Keep this code safe. With this code you can add information later."
        ),
        "next_melding": (
            "What happens now? Veilig Thuis assesses within 5 working days what is needed. "
            "For a report (melding) Veilig Thuis needs to know who you are. So please call Veilig Thuis: "
            "0800-2000 (free, day and night) and give your code."
        ),
        "next_advice": (
            "What happens now? You report anonymously. Veilig Thuis uses your information as advice: "
            "no file is made about the people. Do you want advice, or do you want to make a report after "
            "all? Call Veilig Thuis: 0800-2000 (free, day and night) and give your code."
        ),
        "next_alerted": "A Veilig Thuis staff member has already been alerted.",
        "next_112": "In immediate danger? Call 112.",
        "already_sent": (
            "Your report has already been sent. You got your code then. Do you want to add something? "
            "Call Veilig Thuis: 0800-2000 (free, day and night) and give your code. In immediate danger: call 112."
        ),
        "incomplete": "We still need a few answers. After that you can send it.",
        "store_failed": (
            "Sending did not work. Please try again in a moment. "
            "Or call Veilig Thuis: 0800-2000 (free, day and night). In immediate danger: call 112."
        ),
    },
}


def text(key: str, language: str | None, **values: Any) -> str:
    """The text for a key in a language (Dutch when the language or key is missing), filled in."""
    table = TEXTS.get(language or DEFAULT_LANGUAGE, {})
    template = table.get(key) or TEXTS[DEFAULT_LANGUAGE][key]
    return template.format(**values) if values else template
