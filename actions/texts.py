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
        "story_kept": "Dank je. Ik heb je verhaal opgeschreven.",
        "safety_unsure": (
            "Dat is goed. Twijfel je of iemand veilig is? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). "
            "Bij direct gevaar: bel 112."
        ),
        "summary_intro": "Dit heb je verteld:",
        "summary_question": 'Klopt dit? Dan kun je het versturen. Wil je iets veranderen? Kies "Iets veranderen".',
        "button_send": "Versturen",
        "button_correct": "Iets veranderen",
        "button_restart": "Opnieuw beginnen",
        "ask_correction": "Wat wil je veranderen?",
        "correct_later": "Je kunt je antwoorden aan het eind nog veranderen, voordat je verstuurt.",
        "summary_answers": "Antwoorden op de vragen: {count}",
        "field_knowledge_source": "Hoe je het weet",
        "field_contact": "Contact",
        "ask_inferred_ok": "Ik heb dit begrepen uit je bericht:\n{parts}\nKlopt dat?",
        "inferred_forms": "Het gaat om: {forms}",
        "inferred_place": "Het gebeurt in: {place}",
        "inferred_role": "Jij bent: {role}",
        "button_inferred_yes": "Ja, dat klopt",
        "button_inferred_no": "Nee, ik kies zelf",
        "ask_knowledge_source": "Hoe weet je dit?",
        "knowledge_seen": "Zelf gezien",
        "knowledge_told": "De persoon vertelde het",
        "knowledge_heard": "Van anderen gehoord",
        "knowledge_self": "Het gaat om mij",
        "anonymity_note_webchat": "Deze chat bewaart geen naam, telefoonnummer of cookies van je.",
        "anonymity_note_phone": (
            "Let op: je schrijft via {channel}. De aanbieder van {channel} ziet altijd je nummer of account. "
            "Wij gebruiken het alleen om je te antwoorden, en wissen het als het gesprek klaar is."
        ),
        "ask_contact": (
            "Hoe kan Veilig Thuis je bereiken? Typ een telefoonnummer of e-mailadres. "
            'Je naam mag erbij. Liever niet? Kies dan "Liever niet".'
        ),
        "button_no_contact": "Liever niet",
        "contact_none_melding": (
            "Dat is goed. Zonder contact kan Veilig Thuis er geen melding van maken: het wordt een advies. "
            "Je kunt later altijd bellen met 0800-2000 en je code noemen."
        ),
        "ask_safe_times": "Wanneer is het veilig om je te bellen of te schrijven?",
        "safe_any_time": "Altijd",
        "safe_daytime": "Overdag",
        "safe_evening": "'s Avonds",
        "safe_message_only": "Alleen een bericht, niet bellen",
        "result_T0": (
            "Je vertelde dat er direct gevaar is. Bel 112 als je dat nog niet deed. "
            "Een medewerker van Veilig Thuis is gewaarschuwd en leest mee."
        ),
        "result_T1": (
            "Dit is dringend. Veilig Thuis kijkt er vandaag nog naar. Een medewerker is gewaarschuwd. "
            "Bel Veilig Thuis nu: 0800-2000 (gratis, dag en nacht) en noem je code."
        ),
        "result_T2": (
            "Dit is een melding. Veilig Thuis beoordeelt binnen 5 werkdagen wat er nodig is, en neemt contact "
            "met je op. We kunnen geen uitkomst beloven."
        ),
        "result_T3": (
            "Dit is een advies: je bleef anoniem. Veilig Thuis gebruikt je informatie, maar er komt geen dossier "
            "over de mensen. Wil je toch een melding doen? Bel 0800-2000 en noem je code."
        ),
        "result_T4": (
            "Dit is een advies over werk. Veilig Thuis bewaart je informatie. De Arbeidsinspectie onderzoekt "
            "uitbuiting op het werk: daar kun je het ook melden, ook anoniem."
        ),
        "routes_intro": "Je kunt ook hier terecht:",
        "route_arbeidsinspectie": "• Arbeidsinspectie (uitbuiting op het werk): 0800-5151, ook anoniem",
        "route_police": "• Politie, als je aangifte wilt doen: 0900-8844",
        "route_comensha": (
            "• CoMensha, voor opvang en bedenktijd: 033-448 11 86 (ma–vr 9–17). Je hoeft geen aangifte te doen "
            "om hulp te krijgen."
        ),
        "route_mma": "• Meld Misdaad Anoniem (tip over een misdaad, anoniem): 0800-7000",
        "sent": (
            "Dank je wel. Je melding is verstuurd.\n"
            "Dit is je code: {code}\n"
            "Bewaar deze code goed. Met deze code kun je later informatie toevoegen."
        ),
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
        "story_kept": "Thank you. I have written down what you told me.",
        "safety_unsure": (
            "That is fine. Are you unsure if someone is safe? Call Veilig Thuis: 0800-2000 (free, day and "
            "night). In immediate danger: call 112."
        ),
        "summary_intro": "This is what you told us:",
        "summary_question": (
            'Is this right? Then you can send it. Want to change something? Choose "Change something".'
        ),
        "button_send": "Send",
        "button_correct": "Change something",
        "button_restart": "Start again",
        "ask_correction": "What do you want to change?",
        "correct_later": "You can change your answers at the end, before you send them.",
        "summary_answers": "Answers to the questions: {count}",
        "field_knowledge_source": "How you know",
        "field_contact": "Contact",
        "ask_inferred_ok": "This is what I understood from your message:\n{parts}\nIs that right?",
        "inferred_forms": "It is about: {forms}",
        "inferred_place": "It happens in: {place}",
        "inferred_role": "You are: {role}",
        "button_inferred_yes": "Yes, that is right",
        "button_inferred_no": "No, I will choose",
        "ask_knowledge_source": "How do you know this?",
        "knowledge_seen": "Seen myself",
        "knowledge_told": "The person told me",
        "knowledge_heard": "Heard from others",
        "knowledge_self": "It is about me",
        "anonymity_note_webchat": "This chat keeps no name, phone number or cookies of yours.",
        "anonymity_note_phone": (
            "Please note: you are writing via {channel}. The {channel} provider always sees your number or "
            "account. We use it only to answer you, and delete it when the conversation is over."
        ),
        "ask_contact": (
            "How can Veilig Thuis reach you? Type a phone number or e-mail address. "
            'You can add your name. Rather not? Choose "Rather not".'
        ),
        "button_no_contact": "Rather not",
        "contact_none_melding": (
            "That is fine. Without contact details Veilig Thuis cannot make it a report (melding): it becomes "
            "advice. You can always call 0800-2000 later and give your code."
        ),
        "ask_safe_times": "When is it safe to call you or write to you?",
        "safe_any_time": "Any time",
        "safe_daytime": "During the day",
        "safe_evening": "In the evening",
        "safe_message_only": "Only a message, no calls",
        "result_T0": (
            "You told us someone is in immediate danger. Call 112 if you have not done so yet. "
            "A Veilig Thuis staff member has been alerted and is reading along."
        ),
        "result_T1": (
            "This is urgent. Veilig Thuis will look at it today. A staff member has been alerted. "
            "Call Veilig Thuis now: 0800-2000 (free, day and night) and give your code."
        ),
        "result_T2": (
            "This is a report (melding). Veilig Thuis assesses within 5 working days what is needed, and will "
            "contact you. We cannot promise an outcome."
        ),
        "result_T3": (
            "This is advice: you stayed anonymous. Veilig Thuis uses your information, but no file is made about "
            "the people. Want to make a report after all? Call 0800-2000 and give your code."
        ),
        "result_T4": (
            "This is advice about work. Veilig Thuis keeps your information. The Labour Inspectorate "
            "(Arbeidsinspectie) investigates exploitation at work: you can report it there too, also anonymously."
        ),
        "routes_intro": "You can also go here:",
        "route_arbeidsinspectie": "• Labour Inspectorate (exploitation at work): 0800-5151, also anonymous",
        "route_police": "• Police, if you want to report a crime (aangifte): 0900-8844",
        "route_comensha": (
            "• CoMensha, for shelter and a reflection period: 033-448 11 86 (Mon–Fri 9–17). You do not have to "
            "go to the police to get help."
        ),
        "route_mma": "• Meld Misdaad Anoniem (anonymous crime tip): 0800-7000",
        "sent": (
            "Thank you. Your report has been sent.\n"
            "This is your code: {code}\n"
            "Keep this code safe. With this code you can add information later."
        ),
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
    "pl": {
        "ask_safety_check": "Najpierw ważne pytanie. Czy ktoś jest teraz w niebezpieczeństwie?",
        "ask_description": (
            "Opisz własnymi słowami, co się dzieje. Co widzisz albo słyszysz? Wystarczy jedna wiadomość.\n"
            "Nie musisz podawać imion ani nazwisk."
        ),
        "ask_description_victim": (
            "Opisz własnymi słowami, co się z tobą dzieje. Wystarczy jedna wiadomość.\n"
            "Nie musisz podawać imion ani nazwisk."
        ),
        "ask_reporter_role": "Kim jesteś dla osoby, o którą chodzi?",
        "ask_forms": "Co ta osoba musi robić? Wybierz, co najlepiej pasuje.",
        "ask_forms_victim": "Co musisz robić? Wybierz, co najlepiej pasuje.",
        "ask_forms_other": "Co najlepiej pasuje?",
        "ask_municipality": "W jakiej gminie to się dzieje? Możesz też wpisać nazwę wsi albo miasta.",
        "ask_anonymity": (
            "Jak chcesz to zgłosić?\n"
            "• Anonimowo: Veilig Thuis nie wie, kim jesteś. Wtedy to jest porada (advies): dostajesz informacje, "
            "a o tych osobach nie powstają żadne akta.\n"
            "• Poufnie: tylko Veilig Thuis wie, kim jesteś. Veilig Thuis nie mówi rodzinie, jak się nazywasz. "
            "To jest zgłoszenie (melding).\n"
            "• Otwarcie: rodzina może wiedzieć, że to ty zgłaszasz. To też jest zgłoszenie (melding).\n"
            "Uwaga: przy zgłoszeniu rodzina może przeczytać, co zostało zgłoszone."
        ),
        "reask": "Przepraszam, nie do końca rozumiem. Wybierz przycisk albo napisz to inaczej.",
        "story_kept": "Dziękuję. Twoja wiadomość jest zapisana.",
        "safety_unsure": (
            "Dobrze. Nie wiesz, czy ktoś jest bezpieczny? Zadzwoń do Veilig Thuis: 0800-2000 (bezpłatnie, "
            "całą dobę). Przy bezpośrednim zagrożeniu: dzwoń pod 112."
        ),
        "summary_intro": "To nam przekazujesz:",
        "summary_question": 'Czy to się zgadza? Wtedy możesz to wysłać. Chcesz coś zmienić? Wybierz "Zmień coś".',
        "button_send": "Wyślij",
        "button_correct": "Zmień coś",
        "button_restart": "Zacznij od nowa",
        "ask_correction": "Co chcesz zmienić?",
        "correct_later": "Odpowiedzi możesz jeszcze zmienić na końcu, zanim je wyślesz.",
        "summary_answers": "Odpowiedzi na pytania: {count}",
        "field_knowledge_source": "Skąd to wiesz",
        "field_contact": "Kontakt",
        "ask_inferred_ok": "Tak rozumiem twoją wiadomość:\n{parts}\nCzy to się zgadza?",
        "inferred_forms": "Chodzi o: {forms}",
        "inferred_place": "Miejsce: {place}",
        "inferred_role": "Kim jesteś: {role}",
        "button_inferred_yes": "Tak, zgadza się",
        "button_inferred_no": "Nie, wybiorę samodzielnie",
        "ask_knowledge_source": "Skąd to wiesz?",
        "knowledge_seen": "Widzę to na własne oczy",
        "knowledge_told": "Ta osoba mi powiedziała",
        "knowledge_heard": "Wiem od innych",
        "knowledge_self": "Chodzi o mnie",
        "anonymity_note_webchat": "Ten czat nie zapisuje twojego imienia, numeru telefonu ani plików cookie.",
        "anonymity_note_phone": (
            "Uwaga: piszesz przez {channel}. Firma {channel} zawsze widzi twój numer albo konto. "
            "Używamy go tylko po to, żeby ci odpowiedzieć, i usuwamy go, kiedy rozmowa się skończy."
        ),
        "ask_contact": (
            "Jak Veilig Thuis może się z tobą skontaktować? Wpisz numer telefonu albo adres e-mail. "
            'Możesz dodać swoje imię. Wolisz nie? Wybierz "Wolę nie".'
        ),
        "button_no_contact": "Wolę nie",
        "contact_none_melding": (
            "Dobrze. Bez kontaktu Veilig Thuis nie może zrobić z tego zgłoszenia (melding): to będzie porada "
            "(advies). Zawsze możesz później zadzwonić pod 0800-2000 i podać swój kod."
        ),
        "ask_safe_times": "Kiedy można bezpiecznie do ciebie zadzwonić albo napisać?",
        "safe_any_time": "O każdej porze",
        "safe_daytime": "W ciągu dnia",
        "safe_evening": "Wieczorem",
        "safe_message_only": "Tylko pisać, nie dzwonić",
        "result_T0": (
            "Piszesz, że jest bezpośrednie zagrożenie. Zadzwoń pod 112, jeśli jeszcze nikt nie dzwonił. "
            "Pracownik Veilig Thuis został powiadomiony i czyta tę rozmowę."
        ),
        "result_T1": (
            "To jest pilne. Veilig Thuis sprawdzi to jeszcze dziś. Pracownik został powiadomiony. "
            "Zadzwoń teraz do Veilig Thuis: 0800-2000 (bezpłatnie, całą dobę) i podaj swój kod."
        ),
        "result_T2": (
            "To jest zgłoszenie (melding). Veilig Thuis w ciągu 5 dni roboczych oceni, co jest potrzebne, "
            "i skontaktuje się z tobą. Nie możemy obiecać, jaki będzie wynik."
        ),
        "result_T3": (
            "To jest porada (advies), bo zgłaszasz anonimowo. Veilig Thuis korzysta z twoich informacji, ale o tych "
            "osobach nie powstają żadne akta. Chcesz jednak zrobić zgłoszenie? Zadzwoń pod 0800-2000 i podaj swój kod."
        ),
        "result_T4": (
            "To jest porada (advies) w sprawie pracy. Veilig Thuis zachowuje twoje informacje. Inspekcja Pracy "
            "(Arbeidsinspectie) zajmuje się wyzyskiem w pracy: tam też możesz to zgłosić, także anonimowo."
        ),
        "routes_intro": "Możesz też zwrócić się tutaj:",
        "route_arbeidsinspectie": (
            "• Inspekcja Pracy (Arbeidsinspectie), przy wyzysku w pracy: 0800-5151, także anonimowo"
        ),
        "route_police": "• Policja, jeśli chcesz złożyć zawiadomienie (aangifte): 0900-8844",
        "route_comensha": (
            "• CoMensha, jeśli potrzebujesz schronienia i czasu do namysłu: 033-448 11 86 (pon.–pt. 9–17). "
            "Nie musisz iść na policję, żeby dostać pomoc."
        ),
        "route_mma": "• Meld Misdaad Anoniem (anonimowa informacja o przestępstwie): 0800-7000",
        "sent": (
            "Dziękujemy. Twoje zgłoszenie zostało wysłane.\n"
            "To jest twój kod: {code}\n"
            "Dobrze go zachowaj. Z tym kodem możesz później dodać informacje."
        ),
        "next_112": "Bezpośrednie zagrożenie? Dzwoń pod 112.",
        "already_sent": (
            "Twoje zgłoszenie już zostało wysłane. Kod był wtedy podany. Chcesz coś dodać? "
            "Zadzwoń do Veilig Thuis: 0800-2000 (bezpłatnie, całą dobę) i podaj swój kod. "
            "Przy bezpośrednim zagrożeniu: dzwoń pod 112."
        ),
        "incomplete": "Brakuje jeszcze kilku odpowiedzi. Potem możesz to wysłać.",
        "store_failed": (
            "Wysyłanie się nie udało. Spróbuj ponownie za chwilę. "
            "Albo zadzwoń do Veilig Thuis: 0800-2000 (bezpłatnie, całą dobę). Przy bezpośrednim zagrożeniu: "
            "dzwoń pod 112."
        ),
    },
    "ro": {
        "ask_safety_check": "Mai întâi o întrebare importantă. Este cineva în pericol chiar acum?",
        "ask_description": (
            "Spune cu cuvintele tale ce se întâmplă. Ce vezi sau ce auzi? Un singur mesaj este suficient.\n"
            "Nu trebuie să dai nume."
        ),
        "ask_description_victim": (
            "Spune cu cuvintele tale ce ți se întâmplă. Un singur mesaj este suficient.\nNu trebuie să dai nume."
        ),
        "ask_reporter_role": "Cine ești tu pentru persoana despre care este vorba?",
        "ask_forms": "Ce trebuie să facă persoana? Alege ce se potrivește cel mai bine.",
        "ask_forms_victim": "Ce trebuie să faci? Alege ce se potrivește cel mai bine.",
        "ask_forms_other": "Ce se potrivește cel mai bine?",
        "ask_municipality": "În ce localitate se întâmplă? Poți scrie și numele satului sau al orașului.",
        "ask_anonymity": (
            "Cum vrei să raportezi?\n"
            "• Anonim: Veilig Thuis nu știe cine ești. Atunci este un sfat (advies): primești informații "
            "și nu se face niciun dosar despre acele persoane.\n"
            "• Confidențial: doar Veilig Thuis știe cine ești. Veilig Thuis nu spune familiei numele tău. "
            "Aceasta este o sesizare (melding).\n"
            "• Deschis: familia poate afla că tu ai făcut sesizarea. Și aceasta este o sesizare (melding).\n"
            "Atenție: la o sesizare, familia poate citi ce s-a raportat."
        ),
        "reask": "Scuze, nu am înțeles bine. Alege un buton sau spune altfel.",
        "story_kept": "Mulțumesc. Am notat ce mi-ai spus.",
        "safety_unsure": (
            "Este în regulă. Nu știi dacă cineva este în siguranță? Sună la Veilig Thuis: 0800-2000 (gratuit, "
            "zi și noapte). În caz de pericol imediat: sună la 112."
        ),
        "summary_intro": "Iată ce ne-ai spus:",
        "summary_question": 'Este corect? Atunci poți trimite. Vrei să schimbi ceva? Alege "Schimbă ceva".',
        "button_send": "Trimite",
        "button_correct": "Schimbă ceva",
        "button_restart": "Începe din nou",
        "ask_correction": "Ce vrei să schimbi?",
        "correct_later": "Poți schimba răspunsurile la sfârșit, înainte să le trimiți.",
        "summary_answers": "Răspunsuri la întrebări: {count}",
        "field_knowledge_source": "De unde știi",
        "field_contact": "Contact",
        "ask_inferred_ok": "Asta am înțeles din mesajul tău:\n{parts}\nEste corect?",
        "inferred_forms": "Este vorba despre: {forms}",
        "inferred_place": "Se întâmplă în: {place}",
        "inferred_role": "Cine ești: {role}",
        "button_inferred_yes": "Da, este corect",
        "button_inferred_no": "Nu, aleg eu",
        "ask_knowledge_source": "De unde știi asta?",
        "knowledge_seen": "Am văzut cu ochii mei",
        "knowledge_told": "Persoana mi-a spus",
        "knowledge_heard": "Am auzit de la alții",
        "knowledge_self": "Este vorba despre mine",
        "anonymity_note_webchat": "Acest chat nu păstrează numele tău, numărul tău de telefon și nici cookie-uri.",
        "anonymity_note_phone": (
            "Atenție: scrii prin {channel}. Firma {channel} vede mereu numărul sau contul tău. "
            "Noi îl folosim doar ca să îți răspundem și îl ștergem când se termină conversația."
        ),
        "ask_contact": (
            "Cum te poate contacta Veilig Thuis? Scrie un număr de telefon sau o adresă de e-mail. "
            'Poți adăuga și numele tău. Nu vrei? Alege "Prefer să nu".'
        ),
        "button_no_contact": "Prefer să nu",
        "contact_none_melding": (
            "Este în regulă. Fără date de contact, Veilig Thuis nu poate face din asta o sesizare (melding): "
            "va fi un sfat (advies). Poți oricând să suni mai târziu la 0800-2000 și să spui codul tău."
        ),
        "ask_safe_times": "Când este sigur să te sunăm sau să îți scriem?",
        "safe_any_time": "Oricând",
        "safe_daytime": "Ziua",
        "safe_evening": "Seara",
        "safe_message_only": "Doar mesaje, fără apeluri",
        "result_T0": (
            "Ne-ai spus că există un pericol imediat. Sună la 112 dacă nu ai sunat deja. "
            "Un angajat Veilig Thuis a fost anunțat și citește conversația."
        ),
        "result_T1": (
            "Este urgent. Veilig Thuis se uită la asta chiar azi. Un angajat a fost anunțat. "
            "Sună acum la Veilig Thuis: 0800-2000 (gratuit, zi și noapte) și spune codul tău."
        ),
        "result_T2": (
            "Aceasta este o sesizare (melding). Veilig Thuis evaluează în 5 zile lucrătoare ce este nevoie "
            "și te va contacta. Nu putem promite un rezultat."
        ),
        "result_T3": (
            "Acesta este un sfat (advies): ai raportat anonim. Veilig Thuis folosește informațiile tale, dar nu se "
            "face niciun dosar despre acele persoane. Vrei totuși să faci o sesizare? Sună la 0800-2000 și spune "
            "codul tău."
        ),
        "result_T4": (
            "Acesta este un sfat (advies) despre muncă. Veilig Thuis păstrează informațiile tale. Inspecția Muncii "
            "(Arbeidsinspectie) se ocupă de exploatarea la muncă: poți raporta și acolo, chiar și anonim."
        ),
        "routes_intro": "Poți cere ajutor și aici:",
        "route_arbeidsinspectie": (
            "• Inspecția Muncii (Arbeidsinspectie), pentru exploatare la muncă: 0800-5151, se poate și anonim"
        ),
        "route_police": "• Poliția, dacă vrei să depui o plângere (aangifte): 0900-8844",
        "route_comensha": (
            "• CoMensha, pentru adăpost și timp de gândire: 033-448 11 86 (lun.–vin. 9–17). Nu trebuie să mergi "
            "la poliție ca să primești ajutor."
        ),
        "route_mma": "• Meld Misdaad Anoniem (informație anonimă despre o infracțiune): 0800-7000",
        "sent": (
            "Mulțumim. Sesizarea ta a fost trimisă.\n"
            "Acesta este codul tău: {code}\n"
            "Păstrează bine acest cod. Cu el poți adăuga informații mai târziu."
        ),
        "next_112": "Pericol imediat? Sună la 112.",
        "already_sent": (
            "Sesizarea ta a fost deja trimisă. Codul l-ai primit atunci. Vrei să adaugi ceva? "
            "Sună la Veilig Thuis: 0800-2000 (gratuit, zi și noapte) și spune codul tău. "
            "În caz de pericol imediat: sună la 112."
        ),
        "incomplete": "Mai lipsesc câteva răspunsuri. După aceea poți trimite.",
        "store_failed": (
            "Trimiterea nu a reușit. Încearcă din nou peste puțin timp. "
            "Sau sună la Veilig Thuis: 0800-2000 (gratuit, zi și noapte). În caz de pericol imediat: sună la 112."
        ),
    },
    "bg": {
        "ask_safety_check": "Първо един важен въпрос. В опасност ли е някой в момента?",
        "ask_description": (
            "Разкажете със свои думи какво се случва. Какво виждате или чувате? Едно съобщение е достатъчно.\n"
            "Не е нужно да казвате имена."
        ),
        "ask_description_victim": (
            "Разкажете със свои думи какво се случва с вас. Едно съобщение е достатъчно.\nНе е нужно да казвате имена."
        ),
        "ask_reporter_role": "Кой сте вие за човека, за когото става дума?",
        "ask_forms": "Какво трябва да прави този човек? Изберете какво пасва най-добре.",
        "ask_forms_victim": "Какво трябва да правите? Изберете какво пасва най-добре.",
        "ask_forms_other": "Какво пасва най-добре?",
        "ask_municipality": "В коя община се случва това? Може да напишете и името на селото или града.",
        "ask_anonymity": (
            "Как искате да подадете сигнала?\n"
            "• Анонимно: Veilig Thuis не знае кой сте. Тогава това е съвет (advies): получавате информация "
            "и не се прави досие за хората.\n"
            "• Поверително: само Veilig Thuis знае кой сте. Veilig Thuis не казва името ви на семейството. "
            "Това е сигнал (melding).\n"
            "• Открито: семейството може да знае, че вие сте подали сигнала. Това също е сигнал (melding).\n"
            "Внимание: при сигнал семейството може да прочете какво е съобщено."
        ),
        "reask": "Извинете, не разбрах добре. Изберете бутон или го кажете по друг начин.",
        "story_kept": "Благодаря. Записах това, което ми казахте.",
        "safety_unsure": (
            "Няма проблем. Не сте сигурни дали някой е в безопасност? Обадете се на Veilig Thuis: 0800-2000 "
            "(безплатно, денем и нощем). При непосредствена опасност: обадете се на 112."
        ),
        "summary_intro": "Ето какво ни казахте:",
        "summary_question": (
            'Вярно ли е? Тогава може да го изпратите. Искате ли да промените нещо? Изберете "Промени нещо".'
        ),
        "button_send": "Изпрати",
        "button_correct": "Промени нещо",
        "button_restart": "Започни отначало",
        "ask_correction": "Какво искате да промените?",
        "correct_later": "Може да промените отговорите си накрая, преди да ги изпратите.",
        "summary_answers": "Отговори на въпросите: {count}",
        "field_knowledge_source": "Откъде знаете",
        "field_contact": "Контакт",
        "ask_inferred_ok": "Ето какво разбрах от съобщението ви:\n{parts}\nВярно ли е?",
        "inferred_forms": "Става дума за: {forms}",
        "inferred_place": "Случва се в: {place}",
        "inferred_role": "Кой сте вие: {role}",
        "button_inferred_yes": "Да, вярно е",
        "button_inferred_no": "Не, искам да избера",
        "ask_knowledge_source": "Откъде знаете това?",
        "knowledge_seen": "Видях с очите си",
        "knowledge_told": "Човекът ми каза",
        "knowledge_heard": "Чух от други",
        "knowledge_self": "Става дума за мен",
        "anonymity_note_webchat": "Този чат не пази вашето име, телефонен номер или бисквитки (cookies).",
        "anonymity_note_phone": (
            "Внимание: пишете през {channel}. Компанията {channel} винаги вижда номера или профила ви. "
            "Ние го използваме само за да ви отговорим и го изтриваме, когато разговорът приключи."
        ),
        "ask_contact": (
            "Как може Veilig Thuis да се свърже с вас? Напишете телефонен номер или имейл адрес. "
            'Може да добавите и името си. Не искате? Изберете "По-добре не".'
        ),
        "button_no_contact": "По-добре не",
        "contact_none_melding": (
            "Няма проблем. Без данни за контакт Veilig Thuis не може да направи от това сигнал (melding): "
            "ще бъде съвет (advies). Винаги може да се обадите по-късно на 0800-2000 и да кажете кода си."
        ),
        "ask_safe_times": "Кога е безопасно да ви се обадим или да ви пишем?",
        "safe_any_time": "По всяко време",
        "safe_daytime": "През деня",
        "safe_evening": "Вечер",
        "safe_message_only": "Само съобщение, без обаждане",
        "result_T0": (
            "Казахте ни, че има непосредствена опасност. Обадете се на 112, ако още не сте го направили. "
            "Служител на Veilig Thuis е уведомен и чете разговора."
        ),
        "result_T1": (
            "Това е спешно. Veilig Thuis ще го разгледа още днес. Служител е уведомен. "
            "Обадете се на Veilig Thuis сега: 0800-2000 (безплатно, денем и нощем) и кажете кода си."
        ),
        "result_T2": (
            "Това е сигнал (melding). Veilig Thuis преценява в рамките на 5 работни дни какво е нужно "
            "и ще се свърже с вас. Не можем да обещаем какъв ще е резултатът."
        ),
        "result_T3": (
            "Това е съвет (advies): останахте анонимни. Veilig Thuis използва информацията ви, но не се прави "
            "досие за хората. Все пак искате да подадете сигнал? Обадете се на 0800-2000 и кажете кода си."
        ),
        "result_T4": (
            "Това е съвет (advies) за работа. Veilig Thuis пази информацията ви. Инспекцията по труда "
            "(Arbeidsinspectie) проверява експлоатация на работа: там също може да подадете сигнал, и анонимно."
        ),
        "routes_intro": "Може да се обърнете и тук:",
        "route_arbeidsinspectie": (
            "• Инспекция по труда (Arbeidsinspectie), при експлоатация на работа: 0800-5151, може и анонимно"
        ),
        "route_police": "• Полиция, ако искате да подадете жалба (aangifte): 0900-8844",
        "route_comensha": (
            "• CoMensha, за подслон и време за размисъл: 033-448 11 86 (пон.–пет. 9–17). Не е нужно да ходите "
            "в полицията, за да получите помощ."
        ),
        "route_mma": "• Meld Misdaad Anoniem (анонимен сигнал за престъпление): 0800-7000",
        "sent": (
            "Благодарим ви. Сигналът ви е изпратен.\n"
            "Това е вашият код: {code}\n"
            "Пазете този код. С него може по-късно да добавите информация."
        ),
        "next_112": "Непосредствена опасност? Обадете се на 112.",
        "already_sent": (
            "Сигналът ви вече е изпратен. Тогава получихте кода си. Искате ли да добавите нещо? "
            "Обадете се на Veilig Thuis: 0800-2000 (безплатно, денем и нощем) и кажете кода си. "
            "При непосредствена опасност: обадете се на 112."
        ),
        "incomplete": "Липсват още няколко отговора. След това може да го изпратите.",
        "store_failed": (
            "Изпращането не успя. Опитайте отново след малко. "
            "Или се обадете на Veilig Thuis: 0800-2000 (безплатно, денем и нощем). "
            "При непосредствена опасност: обадете се на 112."
        ),
    },
    "uk": {
        "ask_safety_check": "Спочатку важливе питання. Чи є зараз хтось у небезпеці?",
        "ask_description": (
            "Розкажіть своїми словами, що відбувається. Що ви бачите або чуєте? Досить одного повідомлення.\n"
            "Імена називати не обовʼязково."
        ),
        "ask_description_victim": (
            "Розкажіть своїми словами, що з вами відбувається. Досить одного повідомлення.\n"
            "Імена називати не обовʼязково."
        ),
        "ask_reporter_role": "Ким ви є для людини, про яку йдеться?",
        "ask_forms": "Що ця людина мусить робити? Виберіть, що підходить найкраще.",
        "ask_forms_victim": "Що ви мусите робити? Виберіть, що підходить найкраще.",
        "ask_forms_other": "Що підходить найкраще?",
        "ask_municipality": "У якій громаді це відбувається? Можна також написати назву села чи міста.",
        "ask_anonymity": (
            "Як ви хочете повідомити?\n"
            "• Анонімно: Veilig Thuis не знає, хто ви. Тоді це порада (advies): ви отримуєте інформацію, "
            "і на цих людей не заводять справу.\n"
            "• Конфіденційно: тільки Veilig Thuis знає, хто ви. Veilig Thuis не називає ваше імʼя родині. "
            "Це повідомлення (melding).\n"
            "• Відкрито: родина може знати, що це ви повідомили. Це теж повідомлення (melding).\n"
            "Увага: у разі повідомлення родина може прочитати, що саме повідомлено."
        ),
        "reask": "Вибачте, я не зовсім розумію. Виберіть кнопку або напишіть інакше.",
        "story_kept": "Дякую. Вашу розповідь записано.",
        "safety_unsure": (
            "Добре. Ви не впевнені, чи хтось у безпеці? Зателефонуйте до Veilig Thuis: 0800-2000 (безкоштовно, "
            "цілодобово). У разі прямої небезпеки: телефонуйте 112."
        ),
        "summary_intro": "Ось що ви розповіли:",
        "summary_question": 'Усе правильно? Тоді можна надіслати. Хочете щось змінити? Виберіть "Змінити щось".',
        "button_send": "Надіслати",
        "button_correct": "Змінити щось",
        "button_restart": "Почати спочатку",
        "ask_correction": "Що ви хочете змінити?",
        "correct_later": "Відповіді можна змінити в кінці, перед тим як надіслати.",
        "summary_answers": "Відповіді на запитання: {count}",
        "field_knowledge_source": "Звідки ви знаєте",
        "field_contact": "Контакт",
        "ask_inferred_ok": "Ось як я розумію ваше повідомлення:\n{parts}\nЦе правильно?",
        "inferred_forms": "Йдеться про: {forms}",
        "inferred_place": "Місце: {place}",
        "inferred_role": "Хто ви: {role}",
        "button_inferred_yes": "Так, правильно",
        "button_inferred_no": "Ні, виберу самостійно",
        "ask_knowledge_source": "Звідки ви це знаєте?",
        "knowledge_seen": "Бачу це на власні очі",
        "knowledge_told": "Ця людина мені розповіла",
        "knowledge_heard": "Знаю від інших",
        "knowledge_self": "Йдеться про мене",
        "anonymity_note_webchat": "Цей чат не зберігає ваше імʼя, номер телефону чи файли cookie.",
        "anonymity_note_phone": (
            "Увага: ви пишете через {channel}. Компанія {channel} завжди бачить ваш номер або акаунт. "
            "Ми використовуємо його лише для того, щоб вам відповісти, і видаляємо, коли розмова закінчиться."
        ),
        "ask_contact": (
            "Як Veilig Thuis може з вами звʼязатися? Напишіть номер телефону або електронну адресу. "
            'Можна додати своє імʼя. Не хочете? Виберіть "Краще ні".'
        ),
        "button_no_contact": "Краще ні",
        "contact_none_melding": (
            "Добре. Без контактних даних Veilig Thuis не може прийняти це як повідомлення (melding): це буде "
            "порада (advies). Ви завжди можете пізніше зателефонувати 0800-2000 і назвати свій код."
        ),
        "ask_safe_times": "Коли безпечно вам зателефонувати або написати?",
        "safe_any_time": "Будь-коли",
        "safe_daytime": "Удень",
        "safe_evening": "Увечері",
        "safe_message_only": "Тільки писати, не дзвонити",
        "result_T0": (
            "Ви написали, що є пряма небезпека. Телефонуйте 112, якщо ще не зробили цього. "
            "Працівника Veilig Thuis повідомлено, він стежить за розмовою."
        ),
        "result_T1": (
            "Це терміново. Veilig Thuis розгляне це ще сьогодні. Працівника повідомлено. "
            "Зателефонуйте до Veilig Thuis зараз: 0800-2000 (безкоштовно, цілодобово) і назвіть свій код."
        ),
        "result_T2": (
            "Це повідомлення (melding). Veilig Thuis протягом 5 робочих днів оцінить, що потрібно, "
            "і звʼяжеться з вами. Ми не можемо обіцяти результат."
        ),
        "result_T3": (
            "Це порада (advies): ви залишилися анонімними. Veilig Thuis використовує вашу інформацію, але на цих "
            "людей не заводять справу. Усе ж хочете зробити повідомлення? Зателефонуйте 0800-2000 і назвіть свій код."
        ),
        "result_T4": (
            "Це порада (advies) щодо роботи. Veilig Thuis зберігає вашу інформацію. Інспекція праці "
            "(Arbeidsinspectie) перевіряє випадки експлуатації на роботі: туди теж можна повідомити, і анонімно."
        ),
        "routes_intro": "Також можна звернутися сюди:",
        "route_arbeidsinspectie": (
            "• Інспекція праці (Arbeidsinspectie), якщо йдеться про експлуатацію на роботі: 0800-5151, можна анонімно"
        ),
        "route_police": "• Поліція, якщо ви хочете подати заяву (aangifte): 0900-8844",
        "route_comensha": (
            "• CoMensha, щодо притулку й часу на роздуми: 033-448 11 86 (пн–пт 9–17). Щоб отримати допомогу, "
            "не обовʼязково йти в поліцію."
        ),
        "route_mma": "• Meld Misdaad Anoniem (анонімна інформація про злочин): 0800-7000",
        "sent": (
            "Дякуємо. Ваше повідомлення надіслано.\n"
            "Ось ваш код: {code}\n"
            "Збережіть цей код. З ним ви зможете пізніше додати інформацію."
        ),
        "next_112": "Пряма небезпека? Телефонуйте 112.",
        "already_sent": (
            "Ваше повідомлення вже надіслано. Код ви отримали тоді. Хочете щось додати? "
            "Зателефонуйте до Veilig Thuis: 0800-2000 (безкоштовно, цілодобово) і назвіть свій код. "
            "У разі прямої небезпеки: телефонуйте 112."
        ),
        "incomplete": "Бракує ще кількох відповідей. Потім можна буде надіслати.",
        "store_failed": (
            "Не вдалося надіслати. Спробуйте ще раз трохи згодом. "
            "Або зателефонуйте до Veilig Thuis: 0800-2000 (безкоштовно, цілодобово). "
            "У разі прямої небезпеки: телефонуйте 112."
        ),
    },
    "ru": {
        "ask_safety_check": "Сначала важный вопрос. Кто-то сейчас в опасности?",
        "ask_description": (
            "Расскажите своими словами, что происходит. Что вы видите или слышите? Достаточно одного сообщения.\n"
            "Имена называть не нужно."
        ),
        "ask_description_victim": (
            "Расскажите своими словами, что с вами происходит. Достаточно одного сообщения.\nИмена называть не нужно."
        ),
        "ask_reporter_role": "Кем вы приходитесь человеку, о котором идёт речь?",
        "ask_forms": "Что этот человек должен делать? Выберите, что подходит лучше всего.",
        "ask_forms_victim": "Что вы должны делать? Выберите, что подходит лучше всего.",
        "ask_forms_other": "Что подходит лучше всего?",
        "ask_municipality": "В каком городе или общине это происходит? Можно написать название деревни или города.",
        "ask_anonymity": (
            "Как вы хотите сообщить?\n"
            "• Анонимно: Veilig Thuis не знает, кто вы. Тогда это консультация (advies): вы получаете "
            "информацию, и на этих людей не заводят дело.\n"
            "• Конфиденциально: только Veilig Thuis знает, кто вы. Veilig Thuis не называет ваше имя семье. "
            "Это сообщение (melding).\n"
            "• Открыто: семья может знать, что сообщили именно вы. Это тоже сообщение (melding).\n"
            "Внимание: при сообщении семья может прочитать, о чём сообщено."
        ),
        "reask": "Извините, я не совсем понимаю. Выберите кнопку или напишите по-другому.",
        "story_kept": "Спасибо. Ваш рассказ записан.",
        "safety_unsure": (
            "Хорошо. Вы не уверены, в безопасности ли человек? Позвоните в Veilig Thuis: 0800-2000 (бесплатно, "
            "круглосуточно). При прямой опасности: звоните 112."
        ),
        "summary_intro": "Вот что вы рассказали:",
        "summary_question": 'Всё верно? Тогда можно отправить. Хотите что-то изменить? Выберите "Изменить что-то".',
        "button_send": "Отправить",
        "button_correct": "Изменить что-то",
        "button_restart": "Начать сначала",
        "ask_correction": "Что вы хотите изменить?",
        "correct_later": "Ответы можно изменить в конце, перед отправкой.",
        "summary_answers": "Ответы на вопросы: {count}",
        "field_knowledge_source": "Откуда вы знаете",
        "field_contact": "Контакт",
        "ask_inferred_ok": "Вот как я понимаю ваше сообщение:\n{parts}\nЭто верно?",
        "inferred_forms": "Речь идёт о: {forms}",
        "inferred_place": "Место: {place}",
        "inferred_role": "Кто вы: {role}",
        "button_inferred_yes": "Да, верно",
        "button_inferred_no": "Нет, выберу самостоятельно",
        "ask_knowledge_source": "Откуда вы это знаете?",
        "knowledge_seen": "Вижу это своими глазами",
        "knowledge_told": "Этот человек мне рассказал",
        "knowledge_heard": "Знаю от других",
        "knowledge_self": "Речь обо мне",
        "anonymity_note_webchat": "Этот чат не сохраняет ваше имя, номер телефона или файлы cookie.",
        "anonymity_note_phone": (
            "Внимание: вы пишете через {channel}. Компания {channel} всегда видит ваш номер или аккаунт. "
            "Мы используем его только для того, чтобы вам ответить, и удаляем, когда разговор закончится."
        ),
        "ask_contact": (
            "Как Veilig Thuis может с вами связаться? Напишите номер телефона или адрес электронной почты. "
            'Можно добавить своё имя. Не хотите? Выберите "Лучше не надо".'
        ),
        "button_no_contact": "Лучше не надо",
        "contact_none_melding": (
            "Хорошо. Без контактных данных Veilig Thuis не может принять это как сообщение (melding): это будет "
            "консультация (advies). Вы всегда можете позже позвонить 0800-2000 и назвать свой код."
        ),
        "ask_safe_times": "Когда вам безопасно позвонить или написать?",
        "safe_any_time": "В любое время",
        "safe_daytime": "Днём",
        "safe_evening": "Вечером",
        "safe_message_only": "Только писать, не звонить",
        "result_T0": (
            "Вы написали, что есть прямая опасность. Звоните 112, если ещё не позвонили. "
            "Сотрудник Veilig Thuis предупреждён и следит за разговором."
        ),
        "result_T1": (
            "Это срочно. Veilig Thuis рассмотрит это ещё сегодня. Сотрудник предупреждён. "
            "Позвоните в Veilig Thuis сейчас: 0800-2000 (бесплатно, круглосуточно) и назовите свой код."
        ),
        "result_T2": (
            "Это сообщение (melding). Veilig Thuis в течение 5 рабочих дней оценит, что нужно, и свяжется "
            "с вами. Мы не можем обещать результат."
        ),
        "result_T3": (
            "Это консультация (advies): вы остались анонимными. Veilig Thuis использует вашу информацию, но на этих "
            "людей не заводят дело. Всё же хотите сделать сообщение? Позвоните 0800-2000 и назовите свой код."
        ),
        "result_T4": (
            "Это консультация (advies) о работе. Veilig Thuis сохраняет вашу информацию. Инспекция труда "
            "(Arbeidsinspectie) проверяет случаи эксплуатации на работе: туда тоже можно сообщить, и анонимно."
        ),
        "routes_intro": "Также можно обратиться сюда:",
        "route_arbeidsinspectie": (
            "• Инспекция труда (Arbeidsinspectie), если речь об эксплуатации на работе: 0800-5151, можно анонимно"
        ),
        "route_police": "• Полиция, если вы хотите подать заявление (aangifte): 0900-8844",
        "route_comensha": (
            "• CoMensha, по вопросам приюта и времени на размышление: 033-448 11 86 (пн–пт 9–17). "
            "Чтобы получить помощь, не обязательно идти в полицию."
        ),
        "route_mma": "• Meld Misdaad Anoniem (анонимная информация о преступлении): 0800-7000",
        "sent": (
            "Спасибо. Ваше сообщение отправлено.\n"
            "Вот ваш код: {code}\n"
            "Сохраните этот код. С ним вы сможете позже добавить информацию."
        ),
        "next_112": "Прямая опасность? Звоните 112.",
        "already_sent": (
            "Ваше сообщение уже отправлено. Код вы тогда получили. Хотите что-то добавить? "
            "Позвоните в Veilig Thuis: 0800-2000 (бесплатно, круглосуточно) и назовите свой код. "
            "При прямой опасности: звоните 112."
        ),
        "incomplete": "Не хватает ещё нескольких ответов. Потом можно будет отправить.",
        "store_failed": (
            "Отправить не получилось. Попробуйте ещё раз чуть позже. "
            "Или позвоните в Veilig Thuis: 0800-2000 (бесплатно, круглосуточно). При прямой опасности: звоните 112."
        ),
    },
    "es": {
        "ask_safety_check": "Primero una pregunta importante. ¿Hay alguien en peligro ahora mismo?",
        "ask_description": (
            "Cuéntanos con tus propias palabras qué está pasando. ¿Qué ves u oyes? Un mensaje es suficiente.\n"
            "No hace falta dar nombres."
        ),
        "ask_description_victim": (
            "Cuéntanos con tus propias palabras qué te está pasando. Un mensaje es suficiente.\n"
            "No hace falta dar nombres."
        ),
        "ask_reporter_role": "¿Qué relación tienes con la persona de la que hablas?",
        "ask_forms": "¿Qué tiene que hacer esa persona? Elige lo que mejor encaje.",
        "ask_forms_victim": "¿Qué tienes que hacer? Elige lo que mejor encaje.",
        "ask_forms_other": "¿Qué encaja mejor?",
        "ask_municipality": (
            "¿En qué municipio pasa esto? También puedes escribir el nombre del pueblo o de la ciudad."
        ),
        "ask_anonymity": (
            "¿Cómo quieres informar?\n"
            "• Anónimo: Veilig Thuis no sabe quién eres. Entonces es una consulta (advies): recibes información "
            "y no se abre ningún expediente sobre esas personas.\n"
            "• Confidencial: solo Veilig Thuis sabe quién eres. Veilig Thuis no le dice tu nombre a la familia. "
            "Esto es una notificación (melding).\n"
            "• Abierto: la familia puede saber que fuiste tú quien informó. Esto también es una notificación "
            "(melding).\n"
            "Atención: con una notificación, la familia puede leer lo que se ha informado."
        ),
        "reask": "Perdona, no lo he entendido bien. Elige un botón o dilo de otra manera.",
        "story_kept": "Gracias. He apuntado lo que me has contado.",
        "safety_unsure": (
            "Está bien. ¿No sabes si alguien está a salvo? Llama a Veilig Thuis: 0800-2000 (gratis, de día y "
            "de noche). En peligro inmediato: llama al 112."
        ),
        "summary_intro": "Esto es lo que nos has contado:",
        "summary_question": '¿Es correcto? Entonces puedes enviarlo. ¿Quieres cambiar algo? Elige "Cambiar algo".',
        "button_send": "Enviar",
        "button_correct": "Cambiar algo",
        "button_restart": "Empezar de nuevo",
        "ask_correction": "¿Qué quieres cambiar?",
        "correct_later": "Puedes cambiar tus respuestas al final, antes de enviarlas.",
        "summary_answers": "Respuestas a las preguntas: {count}",
        "field_knowledge_source": "Cómo lo sabes",
        "field_contact": "Contacto",
        "ask_inferred_ok": "Esto es lo que he entendido de tu mensaje:\n{parts}\n¿Es correcto?",
        "inferred_forms": "Se trata de: {forms}",
        "inferred_place": "Pasa en: {place}",
        "inferred_role": "Quién eres: {role}",
        "button_inferred_yes": "Sí, es correcto",
        "button_inferred_no": "No, prefiero elegir yo",
        "ask_knowledge_source": "¿Cómo lo sabes?",
        "knowledge_seen": "Lo he visto yo",
        "knowledge_told": "La persona me lo contó",
        "knowledge_heard": "Me lo contaron otros",
        "knowledge_self": "Se trata de mí",
        "anonymity_note_webchat": "Este chat no guarda tu nombre, tu número de teléfono ni cookies.",
        "anonymity_note_phone": (
            "Atención: escribes a través de {channel}. La empresa de {channel} siempre ve tu número o tu cuenta. "
            "Solo lo usamos para responderte, y lo borramos cuando termina la conversación."
        ),
        "ask_contact": (
            "¿Cómo puede Veilig Thuis contactarte? Escribe un número de teléfono o un correo electrónico. "
            'Puedes añadir tu nombre. ¿No quieres? Elige "Prefiero no".'
        ),
        "button_no_contact": "Prefiero no",
        "contact_none_melding": (
            "Está bien. Sin datos de contacto, Veilig Thuis no puede hacer una notificación (melding): será una "
            "consulta (advies). Siempre puedes llamar más tarde al 0800-2000 y decir tu código."
        ),
        "ask_safe_times": "¿Cuándo es seguro llamarte o escribirte?",
        "safe_any_time": "A cualquier hora",
        "safe_daytime": "Durante el día",
        "safe_evening": "Por la noche",
        "safe_message_only": "Solo mensajes, sin llamadas",
        "result_T0": (
            "Nos has dicho que hay peligro inmediato. Llama al 112 si aún no lo has hecho. "
            "Hemos avisado a una persona de Veilig Thuis, que está leyendo la conversación."
        ),
        "result_T1": (
            "Esto es urgente. Veilig Thuis lo revisará hoy mismo. Hemos avisado a una persona de Veilig Thuis. "
            "Llama ahora a Veilig Thuis: 0800-2000 (gratis, de día y de noche) y di tu código."
        ),
        "result_T2": (
            "Esto es una notificación (melding). Veilig Thuis valora en 5 días laborables lo que hace falta "
            "y se pondrá en contacto contigo. No podemos prometer un resultado."
        ),
        "result_T3": (
            "Esto es una consulta (advies): has informado de forma anónima. Veilig Thuis usa tu información, pero no "
            "se abre ningún expediente sobre esas personas. ¿Quieres hacer una notificación de todos modos? "
            "Llama al 0800-2000 y di tu código."
        ),
        "result_T4": (
            "Esto es una consulta (advies) sobre trabajo. Veilig Thuis guarda tu información. La Inspección de "
            "Trabajo (Arbeidsinspectie) investiga la explotación en el trabajo: también puedes informar allí, "
            "incluso de forma anónima."
        ),
        "routes_intro": "También puedes acudir aquí:",
        "route_arbeidsinspectie": (
            "• Inspección de Trabajo (Arbeidsinspectie), para explotación en el trabajo: 0800-5151, también de forma "
            "anónima"
        ),
        "route_police": "• Policía, si quieres poner una denuncia (aangifte): 0900-8844",
        "route_comensha": (
            "• CoMensha, para acogida y tiempo para pensar: 033-448 11 86 (lun.–vie. 9–17). No tienes que ir a la "
            "policía para recibir ayuda."
        ),
        "route_mma": "• Meld Misdaad Anoniem (aviso anónimo sobre un delito): 0800-7000",
        "sent": (
            "Gracias. Tu notificación se ha enviado.\n"
            "Este es tu código: {code}\n"
            "Guarda bien este código. Con él puedes añadir información más tarde."
        ),
        "next_112": "¿Peligro inmediato? Llama al 112.",
        "already_sent": (
            "Tu notificación ya se ha enviado. Recibiste tu código en ese momento. ¿Quieres añadir algo? "
            "Llama a Veilig Thuis: 0800-2000 (gratis, de día y de noche) y di tu código. "
            "En peligro inmediato: llama al 112."
        ),
        "incomplete": "Aún faltan algunas respuestas. Después puedes enviarlo.",
        "store_failed": (
            "No se ha podido enviar. Inténtalo de nuevo en un momento. "
            "O llama a Veilig Thuis: 0800-2000 (gratis, de día y de noche). En peligro inmediato: llama al 112."
        ),
    },
}


def text(key: str, language: str | None, **values: Any) -> str:
    """The text for a key in a language (Dutch when the language or key is missing), filled in."""
    table = TEXTS.get(language or DEFAULT_LANGUAGE, {})
    template = table.get(key) or TEXTS[DEFAULT_LANGUAGE][key]
    return template.format(**values) if values else template
