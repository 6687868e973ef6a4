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
        "safety_unsure": (
            "Dobrze. Nie wiesz, czy ktoś jest bezpieczny? Zadzwoń do Veilig Thuis: 0800-2000 (bezpłatnie, "
            "całą dobę). Przy bezpośrednim zagrożeniu: dzwoń pod 112."
        ),
        "summary_intro": "To nam przekazujesz:",
        "summary_question": "Czy to się zgadza? Wtedy możesz to wysłać. Chcesz coś zmienić? Zacznij od nowa.",
        "button_send": "Wyślij",
        "button_restart": "Zacznij od nowa",
        "sent": (
            "Dziękujemy. Twoje zgłoszenie zostało wysłane.\n"
            "To jest twój kod: {code}\n"
            "Dobrze go zachowaj. Z tym kodem możesz później dodać informacje."
        ),
        "next_melding": (
            "Co dalej? Veilig Thuis w ciągu 5 dni roboczych ocenia, co jest potrzebne. "
            "Przy zgłoszeniu (melding) Veilig Thuis musi wiedzieć, kim jesteś. Dlatego zadzwoń do Veilig Thuis: "
            "0800-2000 (bezpłatnie, całą dobę) i podaj swój kod."
        ),
        "next_advice": (
            "Co dalej? Zgłaszasz anonimowo. Veilig Thuis traktuje twoje informacje jako poradę: "
            "o tych osobach nie powstają akta. Chcesz porady albo jednak zrobić zgłoszenie? "
            "Zadzwoń do Veilig Thuis: 0800-2000 (bezpłatnie, całą dobę) i podaj swój kod."
        ),
        "next_alerted": "Pracownik Veilig Thuis już został powiadomiony.",
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
        "safety_unsure": (
            "Este în regulă. Nu știi dacă cineva este în siguranță? Sună la Veilig Thuis: 0800-2000 (gratuit, "
            "zi și noapte). În caz de pericol imediat: sună la 112."
        ),
        "summary_intro": "Iată ce ne-ai spus:",
        "summary_question": "Este corect? Atunci poți trimite. Vrei să schimbi ceva? Atunci începe din nou.",
        "button_send": "Trimite",
        "button_restart": "Începe din nou",
        "sent": (
            "Mulțumim. Sesizarea ta a fost trimisă.\n"
            "Acesta este codul tău: {code}\n"
            "Păstrează bine acest cod. Cu el poți adăuga informații mai târziu."
        ),
        "next_melding": (
            "Ce urmează? Veilig Thuis evaluează în 5 zile lucrătoare ce este nevoie. "
            "Pentru o sesizare (melding), Veilig Thuis trebuie să știe cine ești. De aceea, sună la Veilig Thuis: "
            "0800-2000 (gratuit, zi și noapte) și spune codul tău."
        ),
        "next_advice": (
            "Ce urmează? Raportezi anonim. Veilig Thuis folosește informațiile tale ca sfat: "
            "nu se face niciun dosar despre acele persoane. Vrei un sfat sau vrei totuși să faci o sesizare? "
            "Sună la Veilig Thuis: 0800-2000 (gratuit, zi și noapte) și spune codul tău."
        ),
        "next_alerted": "Un angajat Veilig Thuis a fost deja anunțat.",
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
        "safety_unsure": (
            "Няма проблем. Не сте сигурни дали някой е в безопасност? Обадете се на Veilig Thuis: 0800-2000 "
            "(безплатно, денем и нощем). При непосредствена опасност: обадете се на 112."
        ),
        "summary_intro": "Ето какво ни казахте:",
        "summary_question": (
            "Вярно ли е? Тогава може да го изпратите. Искате ли да промените нещо? Тогава започнете отначало."
        ),
        "button_send": "Изпрати",
        "button_restart": "Започни отначало",
        "sent": (
            "Благодарим ви. Сигналът ви е изпратен.\n"
            "Това е вашият код: {code}\n"
            "Пазете този код. С него може по-късно да добавите информация."
        ),
        "next_melding": (
            "Какво следва? Veilig Thuis преценява в рамките на 5 работни дни какво е нужно. "
            "За сигнал (melding) Veilig Thuis трябва да знае кой сте. Затова се обадете на Veilig Thuis: "
            "0800-2000 (безплатно, денем и нощем) и кажете кода си."
        ),
        "next_advice": (
            "Какво следва? Вие съобщавате анонимно. Veilig Thuis използва информацията ви като съвет: "
            "не се прави досие за хората. Искате ли съвет, или все пак искате да подадете сигнал? "
            "Обадете се на Veilig Thuis: 0800-2000 (безплатно, денем и нощем) и кажете кода си."
        ),
        "next_alerted": "Служител на Veilig Thuis вече е уведомен.",
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
        "safety_unsure": (
            "Добре. Ви не впевнені, чи хтось у безпеці? Зателефонуйте до Veilig Thuis: 0800-2000 (безкоштовно, "
            "цілодобово). У разі прямої небезпеки: телефонуйте 112."
        ),
        "summary_intro": "Ось що ви розповіли:",
        "summary_question": "Усе правильно? Тоді можна надіслати. Хочете щось змінити? Тоді почніть спочатку.",
        "button_send": "Надіслати",
        "button_restart": "Почати спочатку",
        "sent": (
            "Дякуємо. Ваше повідомлення надіслано.\n"
            "Ось ваш код: {code}\n"
            "Збережіть цей код. З ним ви зможете пізніше додати інформацію."
        ),
        "next_melding": (
            "Що далі? Veilig Thuis протягом 5 робочих днів вирішує, що потрібно. "
            "Для повідомлення (melding) Veilig Thuis має знати, хто ви. Тому зателефонуйте до Veilig Thuis: "
            "0800-2000 (безкоштовно, цілодобово) і назвіть свій код."
        ),
        "next_advice": (
            "Що далі? Ви повідомляєте анонімно. Veilig Thuis використовує вашу інформацію як пораду: "
            "на цих людей не заводять справу. Хочете поради чи все ж хочете зробити повідомлення? "
            "Зателефонуйте до Veilig Thuis: 0800-2000 (безкоштовно, цілодобово) і назвіть свій код."
        ),
        "next_alerted": "Працівника Veilig Thuis уже повідомлено.",
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
        "safety_unsure": (
            "Хорошо. Вы не уверены, в безопасности ли человек? Позвоните в Veilig Thuis: 0800-2000 (бесплатно, "
            "круглосуточно). При прямой опасности: звоните 112."
        ),
        "summary_intro": "Вот что вы рассказали:",
        "summary_question": "Всё верно? Тогда можно отправить. Хотите что-то изменить? Тогда начните сначала.",
        "button_send": "Отправить",
        "button_restart": "Начать сначала",
        "sent": (
            "Спасибо. Ваше сообщение отправлено.\n"
            "Вот ваш код: {code}\n"
            "Сохраните этот код. С ним вы сможете позже добавить информацию."
        ),
        "next_melding": (
            "Что дальше? Veilig Thuis в течение 5 рабочих дней решает, что нужно. "
            "Для сообщения (melding) Veilig Thuis должен знать, кто вы. Поэтому позвоните в Veilig Thuis: "
            "0800-2000 (бесплатно, круглосуточно) и назовите свой код."
        ),
        "next_advice": (
            "Что дальше? Вы сообщаете анонимно. Veilig Thuis использует вашу информацию как консультацию: "
            "на этих людей не заводят дело. Хотите консультацию или всё же хотите сделать сообщение? "
            "Позвоните в Veilig Thuis: 0800-2000 (бесплатно, круглосуточно) и назовите свой код."
        ),
        "next_alerted": "Сотрудник Veilig Thuis уже предупреждён.",
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
        "safety_unsure": (
            "Está bien. ¿No sabes si alguien está a salvo? Llama a Veilig Thuis: 0800-2000 (gratis, de día y "
            "de noche). En peligro inmediato: llama al 112."
        ),
        "summary_intro": "Esto es lo que nos has contado:",
        "summary_question": "¿Es correcto? Entonces puedes enviarlo. ¿Quieres cambiar algo? Entonces empieza de nuevo.",
        "button_send": "Enviar",
        "button_restart": "Empezar de nuevo",
        "sent": (
            "Gracias. Tu notificación se ha enviado.\n"
            "Este es tu código: {code}\n"
            "Guarda bien este código. Con él puedes añadir información más tarde."
        ),
        "next_melding": (
            "¿Qué pasa ahora? Veilig Thuis valora en 5 días laborables lo que hace falta. "
            "Para una notificación (melding), Veilig Thuis necesita saber quién eres. Por eso, llama a Veilig "
            "Thuis: 0800-2000 (gratis, de día y de noche) y di tu código."
        ),
        "next_advice": (
            "¿Qué pasa ahora? Informas de forma anónima. Veilig Thuis usa tu información como consulta: "
            "no se abre ningún expediente sobre esas personas. ¿Quieres consejo o prefieres hacer una "
            "notificación? Llama a Veilig Thuis: 0800-2000 (gratis, de día y de noche) y di tu código."
        ),
        "next_alerted": "Ya hemos avisado a una persona de Veilig Thuis.",
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
