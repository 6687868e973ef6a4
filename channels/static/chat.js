/*
 * Meldpunt mensenhandel: reporter web chat (Veilig Thuis Gooi en Vechtstreek).
 *
 * Rules this file keeps (see the brief and docs/architecture.md):
 * - Nothing is stored in the browser: no cookies, no Web Storage, no IndexedDB. The session id lives
 *   in memory only and is gone when the tab closes.
 * - Every text that comes from the server or the reporter is rendered with textContent, never innerHTML.
 * - No inline script or style: the gateway sends CSP default-src 'self'.
 */
(function () {
  "use strict";

  var LANGS = ["nl", "en", "pl", "ro", "bg", "uk", "ru", "es"];
  var EXIT_URL = "https://www.buienradar.nl/";
  var MAX_LEN = 4000;
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"; // 64: byte & 63 is unbiased
  var ACK_TIMEOUT_MS = 20000;     // an un-acked message after this long means the socket is probably dead
  var CONNECT_TIMEOUT_MS = 10000; // a socket still not ready after this long is abandoned and retried
  var REPLY_TIMEOUT_MS = 90000;   // stop showing "typing…" for a reply that never came

  // ---- chrome strings (everything the page itself says; the bot's text comes from the server) ----
  var STRINGS = {
    nl: {
      start: "Start het gesprek",
      hello: "Hallo",
      startHint: "Of typ meteen wat er aan de hand is.",
      title: "Meldpunt mensenhandel",
      language: "Taal",
      exit: "Snel weg",
      exitHint: "Of druk 3 keer op Esc. Het gesprek verdwijnt van het scherm.",
      dangerAsk: "Direct gevaar?",
      dangerCall: "Bel 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(gratis, 24/7)",
      privacy: "Deze chat bewaart niets op je telefoon. Tip: gebruik een privévenster (incognito). Kijkt iemand mee? Druk op ‘Snel weg’.",
      transcript: "Gesprek",
      messageLabel: "Je bericht",
      placeholder: "Typ je bericht…",
      send: "Versturen",
      composerHint: "Enter verstuurt, Shift+Enter geeft een nieuwe regel.",
      connecting: "Verbinden…",
      reconnecting: "Verbinding verbroken. We proberen het opnieuw…",
      typing: "Aan het typen…",
      sending: "Wordt verstuurd…",
      sent: "Verstuurd",
      failed: "Sorry, dit bericht kon niet worden verstuurd.",
      retry: "Opnieuw proberen",
      errorGeneral: "Sorry, er ging iets mis. Probeer het nog eens of bel 0800-2000.",
      tooLong: "Je bericht is te lang (maximaal 4000 tekens). Verstuur het in delen.",
      choices: "Kies een antwoord",
      you: "Jij",
      bot: "Chatbot Veilig Thuis",
      staff: "Medewerker Veilig Thuis",
      system: "Melding"
    },
    en: {
      start: "Start the chat",
      hello: "Hello",
      startHint: "Or just type what is going on.",
      title: "Report human trafficking",
      language: "Language",
      exit: "Quick exit",
      exitHint: "Or press Esc 3 times. The chat disappears from the screen.",
      dangerAsk: "In danger now?",
      dangerCall: "Call 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(free, 24/7)",
      privacy: "This chat saves nothing on your phone. Tip: use a private (incognito) window. Is someone watching? Press ‘Quick exit’.",
      transcript: "Conversation",
      messageLabel: "Your message",
      placeholder: "Type your message…",
      send: "Send",
      composerHint: "Enter sends, Shift+Enter adds a new line.",
      connecting: "Connecting…",
      reconnecting: "Connection lost. Trying again…",
      typing: "Typing…",
      sending: "Sending…",
      sent: "Sent",
      failed: "Sorry, this message could not be sent.",
      retry: "Try again",
      errorGeneral: "Sorry, something went wrong. Please try again or call 0800-2000.",
      tooLong: "Your message is too long (max. 4000 characters). Send it in parts.",
      choices: "Choose an answer",
      you: "You",
      bot: "Veilig Thuis chatbot",
      staff: "Veilig Thuis staff member",
      system: "Notice"
    },
    pl: {
      start: "Rozpocznij czat",
      hello: "Dzień dobry",
      startHint: "Albo od razu napisz, co się dzieje.",
      title: "Zgłoś handel ludźmi",
      language: "Język",
      exit: "Szybkie wyjście",
      exitHint: "Albo naciśnij 3 razy Esc. Rozmowa zniknie z ekranu.",
      dangerAsk: "Zagrożenie teraz?",
      dangerCall: "Dzwoń pod 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(bezpłatnie, 24/7)",
      privacy: "Ten czat nic nie zapisuje na twoim telefonie. Wskazówka: użyj okna prywatnego (incognito). Ktoś patrzy? Naciśnij „Szybkie wyjście”.",
      transcript: "Rozmowa",
      messageLabel: "Twoja wiadomość",
      placeholder: "Napisz wiadomość…",
      send: "Wyślij",
      composerHint: "Enter wysyła, Shift+Enter dodaje nową linię.",
      connecting: "Łączenie…",
      reconnecting: "Połączenie przerwane. Próbujemy ponownie…",
      typing: "Pisze…",
      sending: "Wysyłanie…",
      sent: "Wysłano",
      failed: "Przepraszamy, nie udało się wysłać tej wiadomości.",
      retry: "Spróbuj ponownie",
      errorGeneral: "Przepraszamy, coś poszło nie tak. Spróbuj ponownie lub zadzwoń pod 0800-2000.",
      tooLong: "Wiadomość jest za długa (maks. 4000 znaków). Wyślij ją w częściach.",
      choices: "Wybierz odpowiedź",
      you: "Ty",
      bot: "Czatbot Veilig Thuis",
      staff: "Pracownik Veilig Thuis",
      system: "Komunikat"
    },
    ro: {
      start: "Începe conversația",
      hello: "Bună ziua",
      startHint: "Sau scrie direct ce se întâmplă.",
      title: "Raportează traficul de persoane",
      language: "Limba",
      exit: "Ieșire rapidă",
      exitHint: "Sau apasă de 3 ori Esc. Conversația dispare de pe ecran.",
      dangerAsk: "În pericol acum?",
      dangerCall: "Sună la 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(gratuit, 24/7)",
      privacy: "Acest chat nu salvează nimic pe telefonul tău. Sfat: folosește o fereastră privată (incognito). Se uită cineva? Apasă „Ieșire rapidă”.",
      transcript: "Conversație",
      messageLabel: "Mesajul tău",
      placeholder: "Scrie mesajul tău…",
      send: "Trimite",
      composerHint: "Enter trimite, Shift+Enter adaugă un rând nou.",
      connecting: "Se conectează…",
      reconnecting: "Conexiunea s-a întrerupt. Încercăm din nou…",
      typing: "Scrie…",
      sending: "Se trimite…",
      sent: "Trimis",
      failed: "Ne pare rău, acest mesaj nu a putut fi trimis.",
      retry: "Încearcă din nou",
      errorGeneral: "Ne pare rău, ceva nu a mers. Încearcă din nou sau sună la 0800-2000.",
      tooLong: "Mesajul este prea lung (max. 4000 de caractere). Trimite-l în părți.",
      choices: "Alege un răspuns",
      you: "Tu",
      bot: "Chatbot Veilig Thuis",
      staff: "Angajat Veilig Thuis",
      system: "Notificare"
    },
    bg: {
      start: "Започни разговора",
      hello: "Здравейте",
      startHint: "Или направо напиши какво се случва.",
      title: "Сигнал за трафик на хора",
      language: "Език",
      exit: "Бърз изход",
      exitHint: "Или натисни 3 пъти Esc. Разговорът изчезва от екрана.",
      dangerAsk: "В опасност сега?",
      dangerCall: "Обади се на 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(безплатно, 24/7)",
      privacy: "Този чат не запазва нищо на телефона ти. Съвет: използвай частен прозорец (инкогнито). Някой гледа ли? Натисни „Бърз изход“.",
      transcript: "Разговор",
      messageLabel: "Твоето съобщение",
      placeholder: "Напиши съобщение…",
      send: "Изпрати",
      composerHint: "Enter изпраща, Shift+Enter добавя нов ред.",
      connecting: "Свързване…",
      reconnecting: "Връзката прекъсна. Опитваме отново…",
      typing: "Пише…",
      sending: "Изпраща се…",
      sent: "Изпратено",
      failed: "Съжаляваме, това съобщение не можа да бъде изпратено.",
      retry: "Опитай отново",
      errorGeneral: "Съжаляваме, нещо се обърка. Опитай отново или се обади на 0800-2000.",
      tooLong: "Съобщението е твърде дълго (макс. 4000 знака). Изпрати го на части.",
      choices: "Избери отговор",
      you: "Ти",
      bot: "Чатбот на Veilig Thuis",
      staff: "Служител на Veilig Thuis",
      system: "Съобщение"
    },
    uk: {
      start: "Почати розмову",
      hello: "Привіт",
      startHint: "Або одразу напиши, що відбувається.",
      title: "Повідомити про торгівлю людьми",
      language: "Мова",
      exit: "Швидкий вихід",
      exitHint: "Або натисни Esc 3 рази. Розмова зникне з екрана.",
      dangerAsk: "Небезпека зараз?",
      dangerCall: "Дзвони 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(безкоштовно, 24/7)",
      privacy: "Цей чат нічого не зберігає на твоєму телефоні. Порада: використовуй приватне вікно (інкогніто). Хтось дивиться? Натисни «Швидкий вихід».",
      transcript: "Розмова",
      messageLabel: "Твоє повідомлення",
      placeholder: "Напиши повідомлення…",
      send: "Надіслати",
      composerHint: "Enter надсилає, Shift+Enter додає новий рядок.",
      connecting: "З’єднання…",
      reconnecting: "З’єднання втрачено. Пробуємо ще раз…",
      typing: "Друкує…",
      sending: "Надсилається…",
      sent: "Надіслано",
      failed: "Вибач, це повідомлення не вдалося надіслати.",
      retry: "Спробувати ще раз",
      errorGeneral: "Вибач, щось пішло не так. Спробуй ще раз або зателефонуй 0800-2000.",
      tooLong: "Повідомлення задовге (макс. 4000 символів). Надішли його частинами.",
      choices: "Вибери відповідь",
      you: "Ти",
      bot: "Чат-бот Veilig Thuis",
      staff: "Працівник Veilig Thuis",
      system: "Повідомлення"
    },
    ru: {
      start: "Начать разговор",
      hello: "Здравствуйте",
      startHint: "Или сразу напиши, что происходит.",
      title: "Сообщить о торговле людьми",
      language: "Язык",
      exit: "Быстрый выход",
      exitHint: "Или нажми Esc 3 раза. Разговор исчезнет с экрана.",
      dangerAsk: "Опасность сейчас?",
      dangerCall: "Звони 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(бесплатно, 24/7)",
      privacy: "Этот чат ничего не сохраняет на твоём телефоне. Совет: используй приватное окно (инкогнито). Кто-то смотрит? Нажми «Быстрый выход».",
      transcript: "Разговор",
      messageLabel: "Твоё сообщение",
      placeholder: "Напиши сообщение…",
      send: "Отправить",
      composerHint: "Enter отправляет, Shift+Enter добавляет новую строку.",
      connecting: "Подключение…",
      reconnecting: "Соединение потеряно. Пробуем снова…",
      typing: "Печатает…",
      sending: "Отправляется…",
      sent: "Отправлено",
      failed: "Извини, это сообщение не удалось отправить.",
      retry: "Попробовать снова",
      errorGeneral: "Извини, что-то пошло не так. Попробуй ещё раз или позвони 0800-2000.",
      tooLong: "Сообщение слишком длинное (макс. 4000 символов). Отправь его частями.",
      choices: "Выбери ответ",
      you: "Ты",
      bot: "Чат-бот Veilig Thuis",
      staff: "Сотрудник Veilig Thuis",
      system: "Уведомление"
    },
    es: {
      start: "Empezar la conversación",
      hello: "Hola",
      startHint: "O escribe directamente lo que pasa.",
      title: "Denunciar la trata de personas",
      language: "Idioma",
      exit: "Salida rápida",
      exitHint: "O pulsa Esc 3 veces. La conversación desaparece de la pantalla.",
      dangerAsk: "¿Peligro ahora?",
      dangerCall: "Llama al 112",
      vtName: "Veilig Thuis 0800-2000",
      vtNote: "(gratis, 24/7)",
      privacy: "Este chat no guarda nada en tu teléfono. Consejo: usa una ventana privada (incógnito). ¿Alguien te está mirando? Pulsa «Salida rápida».",
      transcript: "Conversación",
      messageLabel: "Tu mensaje",
      placeholder: "Escribe tu mensaje…",
      send: "Enviar",
      composerHint: "Enter envía, Mayús+Enter añade una línea nueva.",
      connecting: "Conectando…",
      reconnecting: "Se perdió la conexión. Lo intentamos de nuevo…",
      typing: "Escribiendo…",
      sending: "Enviando…",
      sent: "Enviado",
      failed: "Lo sentimos, este mensaje no se pudo enviar.",
      retry: "Intentar de nuevo",
      errorGeneral: "Lo sentimos, algo salió mal. Inténtalo de nuevo o llama al 0800-2000.",
      tooLong: "Tu mensaje es demasiado largo (máx. 4000 caracteres). Envíalo en partes.",
      choices: "Elige una respuesta",
      you: "Tú",
      bot: "Chatbot de Veilig Thuis",
      staff: "Personal de Veilig Thuis",
      system: "Aviso"
    }
  };

  // ---- helpers ----
  function randomId(n) {
    var bytes = new Uint8Array(n);
    window.crypto.getRandomValues(bytes);
    var out = "";
    for (var i = 0; i < n; i++) {
      out += ALPHABET.charAt(bytes[i] & 63);
    }
    return out;
  }

  function supported(code) {
    return typeof code === "string" && LANGS.indexOf(code) !== -1;
  }

  function initialLanguage() {
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < prefs.length; i++) {
      var code = String(prefs[i] || "").toLowerCase().split("-")[0];
      if (supported(code)) {
        return code;
      }
    }
    return "nl";
  }

  function t(key) {
    var table = STRINGS[state.lang] || STRINGS.nl;
    return table[key] !== undefined ? table[key] : STRINGS.nl[key];
  }

  function el(tag, className, i18nKey) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (i18nKey) {
      node.setAttribute("data-i18n", i18nKey);
      node.textContent = t(i18nKey);
    }
    return node;
  }

  // Appends `text` to `parent` as text nodes; the well-known help numbers become tel: links.
  // Links are built with createElement; their href only ever holds digits, so nothing from the
  // server can become markup or a javascript: URL.
  var PHONE_RE = /(^|[^\d])(112|0[89]00[- ]?\d{4})(?!\d)/g;
  function appendText(parent, text) {
    var last = 0;
    var match;
    PHONE_RE.lastIndex = 0;
    while ((match = PHONE_RE.exec(text)) !== null) {
      var start = match.index + match[1].length;
      if (start > last) {
        parent.appendChild(document.createTextNode(text.slice(last, start)));
      }
      var link = document.createElement("a");
      link.href = "tel:" + match[2].replace(/\D/g, "");
      link.textContent = match[2];
      parent.appendChild(link);
      last = start + match[2].length;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  // Phone numbers in the safety bar must not break at their hyphen on a narrow screen.
  function setKeepingNumbers(node, text) {
    node.textContent = "";
    var parts = text.split(/(\d[\d-]*\d)/);
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) {
        continue;
      }
      if (i % 2 === 1) {
        var number = document.createElement("span");
        number.className = "nowrap";
        number.textContent = parts[i];
        node.appendChild(number);
      } else {
        node.appendChild(document.createTextNode(parts[i]));
      }
    }
  }

  // ---- state (memory only) ----
  var state = {
    session: randomId(32),
    lang: initialLanguage(),
    ws: null,
    ready: false,
    everReady: false,
    exiting: false,
    attempt: 0,
    reconnectTimer: null,
    connectTimer: null,
    // messages without a reply yet, in send order: {id, text, display, hidden, node, acked, sentAt, queuedAt}.
    // After a reconnect all of them are sent again with the same id: the server stores each id once and
    // answers a repeated id with the reply it already gave.
    pending: [],
    langChangeId: null // id of an unanswered /set_language message
  };

  var dom = {};

  // ---- chrome ----
  function applyChrome(lang) {
    if (!supported(lang)) {
      return;
    }
    state.lang = lang;
    document.documentElement.lang = lang;
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].classList.contains("keep-numbers")) {
        setKeepingNumbers(nodes[i], t(nodes[i].getAttribute("data-i18n")));
      } else {
        nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
      }
    }
    nodes = document.querySelectorAll("[data-i18n-placeholder]");
    for (i = 0; i < nodes.length; i++) {
      nodes[i].setAttribute("placeholder", t(nodes[i].getAttribute("data-i18n-placeholder")));
    }
    nodes = document.querySelectorAll("[data-i18n-aria-label]");
    for (i = 0; i < nodes.length; i++) {
      nodes[i].setAttribute("aria-label", t(nodes[i].getAttribute("data-i18n-aria-label")));
    }
    if (dom.langSelect.value !== lang) {
      dom.langSelect.value = lang;
    }
    updateStatus();
  }

  function followServerLanguage(conversation) {
    if (state.langChangeId !== null || !conversation) {
      return; // the reporter just picked a language; wait for the answer to that
    }
    if (supported(conversation.language) && conversation.language !== state.lang) {
      applyChrome(conversation.language);
    }
  }

  function awaitingCount() {
    var now = Date.now();
    var n = 0;
    for (var i = 0; i < state.pending.length; i++) {
      if (now - state.pending[i].queuedAt < REPLY_TIMEOUT_MS) {
        n++;
      }
    }
    return n;
  }

  function updateStatus() {
    var key = "";
    if (!state.ready) {
      key = state.everReady ? "reconnecting" : "connecting";
    } else if (awaitingCount() > 0) {
      key = "typing";
    }
    dom.status.className = "status" + (key ? " status-" + key : "");
    if (key) {
      dom.statusText.setAttribute("data-i18n", key);
      dom.statusText.textContent = t(key);
    } else {
      dom.statusText.removeAttribute("data-i18n");
      dom.statusText.textContent = "";
    }
  }

  // ---- transcript ----
  function scrollToEnd() {
    dom.chat.scrollTop = dom.chat.scrollHeight;
  }

  function addUserBubble(display) {
    var item = el("div", "msg msg-user");
    item.appendChild(el("span", "who visually-hidden", "you"));
    var body = el("div", "bubble");
    appendText(body, display);
    item.appendChild(body);
    var meta = el("div", "meta");
    var status = el("span", "msg-status", "sending");
    meta.appendChild(status);
    item.appendChild(meta);
    item.setAttribute("data-state", "sending");
    dom.transcript.appendChild(item);
    scrollToEnd();
    return item;
  }

  function setBubbleState(entry, stateName) {
    if (!entry.node) {
      return;
    }
    entry.node.setAttribute("data-state", stateName);
    var status = entry.node.querySelector(".msg-status");
    var key = stateName === "sent" ? "sent" : stateName === "failed" ? "failed" : "sending";
    status.setAttribute("data-i18n", key);
    status.textContent = t(key);
    var old = entry.node.querySelector(".retry");
    if (old) {
      old.parentNode.removeChild(old);
    }
    if (stateName === "failed") {
      var retry = el("button", "retry", "retry");
      retry.type = "button";
      retry.addEventListener("click", function () {
        retry.parentNode.removeChild(retry);
        if (dom.input.value === entry.text) {
          dom.input.value = ""; // it was put back after the error; do not send it twice
        }
        resend(entry);
      });
      entry.node.querySelector(".meta").appendChild(retry);
      scrollToEnd();
    }
  }

  function removeStart() {
    if (dom.start && dom.start.parentNode) {
      dom.start.parentNode.removeChild(dom.start);
    }
    dom.start = null;
  }

  function addServerMessage(msg) {
    if (!msg || typeof msg !== "object") {
      return;
    }
    removeStart();
    var author = msg.author === "staff" || msg.author === "system" ? msg.author : "bot";
    var text = typeof msg.text === "string" ? msg.text : "";
    var buttons = Array.isArray(msg.buttons) ? msg.buttons : [];
    if (!text && !buttons.length) {
      return;
    }
    var item = el("div", "msg msg-" + author);
    item.setAttribute("data-author", author);
    item.appendChild(el("span", author === "staff" ? "who" : "who visually-hidden", author));
    if (text) {
      var body = el("div", "bubble");
      appendText(body, text);
      item.appendChild(body);
    }
    if (buttons.length) {
      disableChoices(); // a new question replaces the old one
      var group = el("div", "choices");
      group.setAttribute("role", "group");
      group.setAttribute("data-i18n-aria-label", "choices");
      group.setAttribute("aria-label", t("choices"));
      for (var i = 0; i < buttons.length; i++) {
        var b = buttons[i] || {};
        var title = typeof b.title === "string" ? b.title : "";
        var payload = typeof b.payload === "string" ? b.payload : title;
        if (!title || !payload) {
          continue;
        }
        var button = el("button", "choice");
        button.type = "button";
        button.textContent = title;
        button.setAttribute("data-payload", payload);
        button.addEventListener("click", onChoice);
        group.appendChild(button);
      }
      item.appendChild(group);
    }
    dom.transcript.appendChild(item);
    scrollToEnd();
  }

  function addNotice(key) {
    var item = el("div", "msg msg-notice");
    item.appendChild(el("div", "bubble", key));
    dom.transcript.appendChild(item);
    scrollToEnd();
  }

  function disableChoices() {
    var nodes = dom.transcript.querySelectorAll(".choice:not([disabled])");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].disabled = true;
    }
  }

  function onChoice(event) {
    var button = event.currentTarget;
    if (button.disabled) {
      return;
    }
    var byKeyboard = event.detail === 0; // a click from Enter/Space, not from a finger or a mouse
    disableChoices();
    button.classList.add("chosen");
    button.setAttribute("aria-pressed", "true");
    sendMessage(button.getAttribute("data-payload"), button.textContent);
    if (byKeyboard) {
      // the focused button is now disabled; keep keyboard users in the conversation (on a phone this
      // would pop up the keyboard, so only for keyboards)
      dom.input.focus({ preventScroll: true });
    }
  }

  // ---- sending ----
  // display === null: a control message (/set_language) that is not shown as a bubble.
  function sendMessage(text, display) {
    var entry = {
      id: randomId(24),
      text: text,
      display: display,
      hidden: display === null,
      node: null,
      acked: false,
      sentAt: 0,
      queuedAt: 0
    };
    if (!entry.hidden) {
      removeStart();
      entry.node = addUserBubble(display);
    }
    queue(entry);
    return entry;
  }

  function queue(entry) {
    entry.queuedAt = Date.now();
    state.pending.push(entry);
    transmit(entry);
    updateStatus();
  }

  function resend(entry) {
    // a message the server refused gets a fresh id: the old one may be remembered as failed
    entry.id = randomId(24);
    entry.acked = false;
    entry.sentAt = 0;
    setBubbleState(entry, "sending");
    queue(entry);
  }

  function transmit(entry) {
    var ws = state.ws;
    if (!state.ready || !ws || ws.readyState !== WebSocket.OPEN) {
      return; // sent when the socket is ready again
    }
    try {
      ws.send(JSON.stringify({ type: "message", id: entry.id, text: entry.text }));
      entry.sentAt = Date.now();
    } catch (e) {
      // the close handler reconnects and re-sends
    }
  }

  function submitTyped() {
    var text = dom.input.value;
    if (!text.trim()) {
      return;
    }
    if (text.length > MAX_LEN) {
      addNotice("tooLong");
      return;
    }
    disableChoices();
    dom.input.value = "";
    sendMessage(text, text);
  }

  function findEntry(id) {
    for (var i = 0; i < state.pending.length; i++) {
      if (state.pending[i].id === id) {
        return state.pending[i];
      }
    }
    return null;
  }

  function dropEntry(entry) {
    var i = state.pending.indexOf(entry);
    if (i !== -1) {
      state.pending.splice(i, 1);
    }
  }

  // ---- socket ----
  function connect() {
    if (state.exiting) {
      return;
    }
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/chat";
    var ws;
    try {
      ws = new WebSocket(url);
    } catch (e) {
      scheduleReconnect();
      return;
    }
    state.ws = ws;
    state.ready = false;
    updateStatus();
    clearTimeout(state.connectTimer);
    state.connectTimer = setTimeout(function () {
      if (state.ws === ws && !state.ready) {
        ws.close();
      }
    }, CONNECT_TIMEOUT_MS);

    ws.onopen = function () {
      ws.send(JSON.stringify({ type: "start", session: state.session, language: state.lang }));
    };
    ws.onmessage = function (event) {
      if (state.ws !== ws) {
        return;
      }
      var data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (data && typeof data === "object") {
        handleFrame(data);
      }
    };
    ws.onclose = function () {
      if (state.ws !== ws) {
        return;
      }
      state.ws = null;
      state.ready = false;
      clearTimeout(state.connectTimer);
      if (!state.exiting) {
        updateStatus();
        scheduleReconnect();
      }
    };
    ws.onerror = function () {
      // onclose follows and reconnects
    };
  }

  function scheduleReconnect() {
    if (state.exiting || state.reconnectTimer) {
      return;
    }
    var base = Math.min(30000, 500 * Math.pow(2, state.attempt));
    var delay = Math.round(base * (0.5 + Math.random() / 2));
    state.attempt = Math.min(state.attempt + 1, 10);
    state.reconnectTimer = setTimeout(function () {
      state.reconnectTimer = null;
      connect();
    }, delay);
  }

  function reconnectNow() {
    if (state.exiting || state.ws) {
      return;
    }
    state.attempt = 0;
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
    connect();
  }

  function handleFrame(data) {
    var entry;
    var i;
    switch (data.type) {
      case "ready":
        state.ready = true;
        state.everReady = true;
        state.attempt = 0;
        clearTimeout(state.connectTimer);
        followServerLanguage(data.conversation);
        // (re-)send every message that has no reply yet, with its own id
        for (i = 0; i < state.pending.length; i++) {
          transmit(state.pending[i]);
        }
        updateStatus();
        break;
      case "ack":
        entry = findEntry(data.id);
        if (entry && !entry.acked) {
          entry.acked = true;
          setBubbleState(entry, "sent");
        }
        break;
      case "reply":
        if (typeof data.id === "string") {
          entry = findEntry(data.id);
          if (entry) {
            dropEntry(entry);
            if (!entry.acked) { // a reply implies the message was stored
              entry.acked = true;
              setBubbleState(entry, "sent");
            }
          } else if (data.id !== state.langChangeId) {
            break; // an answer we already showed (a repeated delivery): do not show it twice
          }
          if (data.id === state.langChangeId) {
            state.langChangeId = null;
          }
        }
        var messages = Array.isArray(data.messages) ? data.messages : [];
        for (i = 0; i < messages.length; i++) {
          addServerMessage(messages[i]);
        }
        followServerLanguage(data.conversation);
        updateStatus();
        break;
      case "error":
        if (typeof data.id === "string") {
          if (data.id === state.langChangeId) {
            state.langChangeId = null;
          }
          entry = findEntry(data.id);
          if (entry) {
            dropEntry(entry);
            if (!entry.hidden) {
              setBubbleState(entry, "failed");
              // keep a typed text so it can be edited and sent again (the bubble also has a retry button)
              if (!dom.input.value && entry.display === entry.text) {
                dom.input.value = entry.text;
              }
            }
          }
        } else {
          addNotice("errorGeneral");
        }
        updateStatus();
        break;
      default:
        break;
    }
  }

  // a socket that takes no acks is half-dead (phones do this after sleep): drop it and reconnect
  function watchdog() {
    if (state.exiting) {
      return;
    }
    var now = Date.now();
    if (state.ready && state.ws) {
      for (var i = 0; i < state.pending.length; i++) {
        var entry = state.pending[i];
        if (!entry.acked && entry.sentAt && now - entry.sentAt > ACK_TIMEOUT_MS) {
          state.ws.close();
          break;
        }
      }
    }
    updateStatus();
  }

  // ---- quick exit ----
  var escapes = [];

  function quickExit() {
    state.exiting = true;
    clearTimeout(state.reconnectTimer);
    clearTimeout(state.connectTimer);
    state.pending = [];
    dom.transcript.textContent = "";
    dom.input.value = "";
    dom.app.hidden = true;
    var ws = state.ws;
    state.ws = null;
    if (ws) {
      ws.onclose = null;
      ws.onmessage = null;
      try { ws.close(); } catch (e) { /* already closed */ }
    }
    document.title = "";
    location.replace(EXIT_URL);
  }

  function onKeyDown(event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    escapes.push(now);
    while (escapes.length && now - escapes[0] > 2000) {
      escapes.shift();
    }
    if (escapes.length >= 3) {
      escapes = [];
      quickExit();
    }
  }

  // ---- start ----
  function init() {
    dom.app = document.getElementById("app");
    dom.chat = document.getElementById("chat");
    dom.transcript = document.getElementById("transcript");
    dom.status = document.getElementById("status");
    dom.statusText = document.getElementById("status-text");
    dom.input = document.getElementById("message");
    dom.send = document.getElementById("send");
    dom.exit = document.getElementById("quick-exit");
    dom.langSelect = document.getElementById("lang-select");
    dom.start = document.getElementById("start");

    dom.start.hidden = false;
    document.getElementById("start-button").addEventListener("click", function (event) {
      sendMessage(t("hello"), t("hello"));
      if (event.detail === 0) {
        dom.input.focus({ preventScroll: true }); // the button is gone; keyboard users continue here
      }
    });

    dom.exit.addEventListener("click", quickExit);
    document.addEventListener("keydown", onKeyDown, true);

    dom.send.addEventListener("click", function () {
      submitTyped();
      dom.input.focus();
    });
    dom.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        submitTyped();
      }
    });

    dom.langSelect.addEventListener("change", function () {
      var code = dom.langSelect.value;
      if (!supported(code)) {
        return;
      }
      applyChrome(code);
      var entry = sendMessage("/set_language" + JSON.stringify({ language: code }), null);
      state.langChangeId = entry.id;
    });

    window.addEventListener("online", reconnectNow);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") {
        reconnectNow();
      }
    });
    // a page restored from the back/forward cache must not show an old conversation
    window.addEventListener("pageshow", function (event) {
      if (event.persisted && state.exiting) {
        dom.transcript.textContent = "";
        location.replace(EXIT_URL);
      }
    });
    setInterval(watchdog, 5000);

    applyChrome(state.lang);
    connect();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
