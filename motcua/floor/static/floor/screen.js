/* Display screens: server-sent events, speech in Vietnamese, reconnection. */
(function () {
  "use strict";
  var body = document.body;
  var url = body.dataset.events;
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var isHall = body.classList.contains("hall-screen");
  var voice = false;
  var source = null;
  var retryTimer = null;

  function $(id) { return document.getElementById(id); }
  function fill(list, items, render) {
    if (!list) { return; }
    list.textContent = "";
    items.forEach(function (item) { list.appendChild(render(item)); });
  }
  function li(text, cls) {
    var el = document.createElement("li");
    if (cls) { el.className = cls; }
    el.textContent = text;
    return el;
  }

  function renderBoard(board) {
    if (!board) { return; }
    var first = board.called[0];
    $("now-number").textContent = first ? first.number : "—";
    $("now-counter").textContent = first ? labels.to + " " + first.counter : "";
    fill($("calls"), board.called, function (c) {
      var el = document.createElement("li");
      var b = document.createElement("b");
      b.textContent = c.number;
      var s = document.createElement("span");
      s.textContent = " " + c.counter;
      el.appendChild(b); el.appendChild(s);
      return el;
    });
    fill($("next"), board.next, function (n) { return li(n.number, n.priority ? "priority" : ""); });
    if (board.ready) { fill($("ready"), board.ready, function (code) { return li(code); }); }
    $("waiting").textContent = "(" + board.waiting + " " + labels.waiting + ")";
  }

  function renderCounter(cb) {
    if (!cb) { return; }
    $("counter-name").textContent = cb.counter;
    $("now-number").textContent = cb.number || "—";
    $("counter-state").textContent = cb.is_open ? "" : labels.closed;
  }

  function say(event) {
    if (!voice || !("speechSynthesis" in window) || !event.number) { return; }
    // "A-0012" is read "A, 12": the letter, then the number without its zeros.
    var parts = event.number.split("-");
    var spoken = parts[0] + ", " + String(parseInt(parts[1], 10));
    var text = labels.invite + " " + spoken + " " + labels.to + " " + event.counter_label;
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "vi-VN";
    var vi = window.speechSynthesis.getVoices().filter(function (v) { return v.lang && v.lang.indexOf("vi") === 0; })[0];
    if (vi) { utterance.voice = vi; }
    window.speechSynthesis.speak(utterance);
  }

  function flash() {
    var el = $("now-number");
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
  }

  function onState(e) {
    var data = JSON.parse(e.data);
    if (isHall) { renderBoard(data.board); } else { renderCounter(data.counter_board); }
  }
  function onCall(e) {
    var data = JSON.parse(e.data);
    if (isHall) { renderBoard(data.board); } else { renderCounter(data.counter_board); }
    flash();
    say(data);
  }

  function connect() {
    clearTimeout(retryTimer);
    source = new EventSource(url);
    source.addEventListener("state", onState);
    source.addEventListener("queue", onState);
    source.addEventListener("call", onCall);
    source.addEventListener("recall", onCall);
    source.onopen = function () { $("link-state").textContent = ""; body.classList.remove("offline"); };
    source.onerror = function () {
      $("link-state").textContent = labels.offline;
      body.classList.add("offline");
      // The browser retries by itself after a network error; after an HTTP error
      // (a proxy's 502 during a restart, a 503) it gives up, so start again.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        retryTimer = setTimeout(connect, 3000);
      }
    };
  }

  var button = $("voice");
  if (button) {
    button.addEventListener("click", function () {
      // Browsers allow speech only after a touch or click on the page.
      voice = true;
      button.textContent = labels.voiceOn;
      button.disabled = true;
      if ("speechSynthesis" in window) { window.speechSynthesis.speak(new SpeechSynthesisUtterance("")); }
    });
  }
  window.floorScreen = { connected: function () { return source && source.readyState === EventSource.OPEN; } };
  connect();
})();
