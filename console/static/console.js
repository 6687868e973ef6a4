/* Staff console: live queue, alerts, live transcript. Reporter text is only ever set as textContent. */
(function () {
  "use strict";
  var body = document.body;
  var live = body.getAttribute("data-live");
  var alertBox = document.getElementById("alert");
  var statusEl = document.getElementById("live-status");
  var audio = null;
  var lastActive = 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function labels(node) {
    try { return JSON.parse(node.getAttribute("data-labels") || "{}"); } catch (e) { return {}; }
  }

  /* ---- alerts: visible, audible, desktop ---- */
  var alertsButton = document.getElementById("alerts-on");
  if (alertsButton) {
    alertsButton.addEventListener("click", function () {
      try { audio = audio || new (window.AudioContext || window.webkitAudioContext)(); audio.resume(); } catch (e) { audio = null; }
      if (window.Notification && Notification.permission === "default") Notification.requestPermission();
      alertsButton.setAttribute("aria-pressed", "true");
    });
  }

  function beep() {
    if (!audio) return;
    try {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.value = 0.2;
      osc.connect(gain); gain.connect(audio.destination);
      osc.start(); osc.stop(audio.currentTime + 0.4);
    } catch (e) { /* no sound available */ }
  }

  function raise(item) {
    var text = (alertBox.getAttribute("data-label") || "") + ": " + (item.triage || "") + " " +
      (item.reason || item.state || "") + " (" + item.channel + ")";
    alertBox.textContent = "";
    var link = el("a", null, text);
    link.href = item.kind === "conversation" ? "/staff/conversations/" + item.conversation_id : "/staff/signals/" + item.signal_id;
    alertBox.appendChild(link);
    alertBox.hidden = false;
    alertBox.setAttribute("data-key", item.key);
    beep();
    if (window.Notification && Notification.permission === "granted") {
      try { new Notification(text, { tag: item.key }); } catch (e) { /* not allowed here */ }
    }
  }

  /* ---- queue ---- */
  function filters() {
    var form = document.getElementById("queue-filters");
    var out = {};
    if (!form) return out;
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (s) { out[s.name] = s.value; });
    return out;
  }

  function keep(item, f) {
    if (f.state && item.state !== f.state) return false;
    if (f.triage && item.triage !== f.triage) return false;
    if (f.municipality && item.municipality !== f.municipality) return false;
    if (f.channel && item.channel !== f.channel) return false;
    if (f.form && item.forms.indexOf(f.form) < 0) return false;
    return true;
  }

  /* the reason of each link (the kinds of key shared), as links_cell.html renders it */
  function linkText(item, names) {
    var kinds = names.kinds || {};
    var parts = (item.links || []).map(function (shared) {
      return shared.map(function (k) { return kinds[k] || k; }).join(", ");
    });
    if (item.cross_links) parts.push(item.cross_links + " " + (names.links_other_regions || ""));
    return parts.join("; ");
  }

  function renderQueue(items) {
    var tbody = document.getElementById("queue-body");
    if (!tbody) return;
    var names = labels(document.getElementById("queue"));
    var f = filters();
    tbody.textContent = "";
    var shown = 0;
    items.forEach(function (item) {
      if (!keep(item, f)) return;
      shown += 1;
      var tr = el("tr", (item.alert ? "urgent " : "") + "triage-" + (item.triage || "none"));
      tr.setAttribute("data-key", item.key);
      tr.appendChild(el("td", null, item.triage || "–"));
      tr.appendChild(el("td", null, names[item.state] || item.state));
      tr.appendChild(el("td", null, item.reason || ""));
      tr.appendChild(el("td", null, item.channel));
      tr.appendChild(el("td", null, item.forms.join(", ")));
      tr.appendChild(el("td", null, item.municipality || ""));
      var td = el("td");
      var time = el("time", null, item.since ? item.since.substring(11, 16) : "");
      if (item.since) time.setAttribute("datetime", item.since);
      td.appendChild(time);
      tr.appendChild(td);
      tr.appendChild(el("td", null, item.held_by || ""));
      tr.appendChild(el("td", "links", linkText(item, names)));
      var open = el("td");
      var a = el("a", null, names.open || "open");
      a.href = item.kind === "conversation" ? "/staff/conversations/" + item.conversation_id : "/staff/signals/" + item.signal_id;
      open.appendChild(a);
      tr.appendChild(open);
      tbody.appendChild(tr);
    });
    var empty = document.getElementById("queue-empty");
    if (empty) empty.hidden = shown > 0;
  }

  /* ---- conversation ---- */
  var conversationId = body.getAttribute("data-conversation");
  var me = body.getAttribute("data-me");
  var lastId = parseInt(body.getAttribute("data-last-id") || "0", 10);

  function applyState(state, holder) {
    body.setAttribute("data-state", state);
    body.setAttribute("data-holder", holder || "");
    var mine = state === "staff" && holder === me;
    var allowed = {
      takeable: state === "bot" || state === "waiting_for_staff",
      mine: mine,
      closable: mine || state === "waiting_for_staff"
    };
    Array.prototype.forEach.call(document.querySelectorAll("[data-needs]"), function (form) {
      form.hidden = !allowed[form.getAttribute("data-needs")];
    });
  }

  function addMessage(m) {
    var list = document.getElementById("transcript");
    if (!list || m.id <= lastId) return;
    lastId = m.id;
    var authors = labels(list);
    var li = el("li", "msg msg-" + m.author);
    li.setAttribute("data-id", String(m.id));
    li.appendChild(el("span", "who", authors[m.author] || m.author));
    li.appendChild(document.createTextNode(" "));
    var time = el("time", null, (m.at || "").substring(11, 19));
    time.setAttribute("datetime", m.at || "");
    li.appendChild(time);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(el("span", "text", m.text));
    list.appendChild(li);
  }

  if (conversationId) {
    applyState(body.getAttribute("data-state"), body.getAttribute("data-holder"));
    Array.prototype.forEach.call(document.querySelectorAll(".quick-reply"), function (button) {
      button.addEventListener("click", function () {
        var area = document.getElementById("reply-text");
        area.value = button.getAttribute("data-text");
        area.focus();
      });
    });
    var area = document.getElementById("reply-text");
    if (area) {
      area.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          document.getElementById("reply-form").requestSubmit();
        }
      });
    }
    var stateEl = document.getElementById("conv-state");
    var stateNames = stateEl ? labels(stateEl) : {};
  }

  /* ---- the socket ---- */
  var socket = null;
  var retry = 1000;

  function connect() {
    var proto = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(proto + location.host + "/staff/ws");
    socket.addEventListener("open", function () {
      retry = 1000;
      if (statusEl) { statusEl.textContent = statusEl.getAttribute("data-online"); statusEl.setAttribute("data-connected", "true"); }
      if (conversationId) socket.send(JSON.stringify({ type: "watch", conversation: conversationId, after: lastId }));
    });
    socket.addEventListener("message", function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.type === "queue") renderQueue(frame.items || []);
      else if (frame.type === "alert") raise(frame.item);
      else if (frame.type === "message" && frame.conversation === conversationId) addMessage(frame.message);
      else if (frame.type === "conversation" && frame.conversation.id === conversationId) {
        applyState(frame.conversation.state, frame.conversation.held_by_id);
        if (stateEl) stateEl.textContent = stateNames[frame.conversation.state] || frame.conversation.state;
        var holder = document.getElementById("conv-holder");
        if (holder) holder.textContent = frame.conversation.held_by || "–";
      }
    });
    socket.addEventListener("close", function (event) {
      if (statusEl) { statusEl.textContent = statusEl.getAttribute("data-offline"); statusEl.setAttribute("data-connected", "false"); }
      if (event.code === 4001) { location.href = "/staff/login"; return; }
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    });
  }

  function active() {
    var now = Date.now();
    if (socket && socket.readyState === 1 && now - lastActive > 60000) {
      lastActive = now;
      socket.send(JSON.stringify({ type: "active" }));
    }
  }

  if (live) {
    connect();
    document.addEventListener("keydown", active);
    document.addEventListener("click", active);
  }
})();
