/* Live updates over /ws/streams/ (realtime.consumers.StreamConsumer).
 *
 * Elements with data-live-stream follow one stream from data-live-position,
 * the position the page was rendered at:
 *  - data-live-feed: new posts are counted in a polite message with a link
 *    that shows them (the list itself does not move);
 *  - data-live-seats: an event's free seats, rewritten in place (polite);
 *  - data-live-thread: new reactions are fetched through the page itself
 *    (so through the access model) and added to the list, and the counts
 *    of the appreciation buttons follow; nothing anyone is typing is touched;
 *  - data-live-badge: the header's notification count. It follows the
 *    reader's own stream from the moment of subscribing (no position) and
 *    fetches the count from data-live-count-url when subscribed and on
 *    every event, so the count is always the server's.
 * The socket reconnects with a growing pause and asks for what it missed.
 * Without JavaScript, or without websockets, the pages work as before.
 */
(function () {
  "use strict";
  var elements = document.querySelectorAll("[data-live-stream]");
  if (!elements.length || !("WebSocket" in window)) { return; }

  var followers = {};   // stream -> [element]
  var positions = {};   // stream -> last position handled
  elements.forEach(function (element) {
    var stream = element.getAttribute("data-live-stream");
    (followers[stream] = followers[stream] || []).push(element);
    var position = element.getAttribute("data-live-position");
    // No position: follow from now (the first "subscribed" says where that is).
    positions[stream] = position === null ? null : (parseInt(position, 10) || 0);
  });

  var pause = 1000;
  var MAX_PAUSE = 30000;
  var socket;

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/ws/streams/");
    socket.onopen = function () {
      pause = 1000;
      Object.keys(followers).forEach(function (stream) {
        var message = {type: "subscribe", stream: stream};
        if (positions[stream] !== null) { message.after = positions[stream]; }
        socket.send(JSON.stringify(message));
      });
    };
    socket.onmessage = function (message) {
      var data;
      try { data = JSON.parse(message.data); } catch (error) { return; }
      handle(data);
    };
    socket.onclose = function () {
      if (!Object.keys(followers).length) { return; }
      // A little randomness keeps many pages from coming back at once.
      setTimeout(connect, pause + Math.random() * 500);
      pause = Math.min(pause * 2, MAX_PAUSE);
    };
  }

  function handle(data) {
    var stream = data.stream;
    if (!followers[stream]) { return; }
    if (data.type === "event") {
      if (data.position <= positions[stream]) { return; }
      positions[stream] = data.position;
      followers[stream].forEach(function (element) { apply(element, data); });
    } else if (data.type === "subscribed") {
      if (positions[stream] === null) { positions[stream] = data.position; }
      followers[stream].forEach(function (element) {
        if (element.hasAttribute("data-live-badge")) { refreshBadge(element, false); }
      });
    } else if (data.type === "reload") {
      followers[stream].forEach(function (element) {
        say(element, element.getAttribute("data-live-reload-text"), true);
      });
    } else if (data.type === "revoked" || data.type === "refused") {
      delete followers[stream];
    }
  }

  function apply(element, event) {
    if (element.hasAttribute("data-live-feed") && event.kind === "post.created") {
      var count = (parseInt(element.getAttribute("data-live-count"), 10) || 0) + 1;
      element.setAttribute("data-live-count", count);
      var text = count === 1 ? element.getAttribute("data-live-one")
                             : element.getAttribute("data-live-many").replace("{n}", count);
      say(element, text, true);
    } else if (element.hasAttribute("data-live-seats") && event.kind === "seats.changed") {
      var left = event.data.seats_left;
      element.textContent = left === 0 ? element.getAttribute("data-live-full")
        : left === 1 ? element.getAttribute("data-live-one")
        : element.getAttribute("data-live-many").replace("{n}", left);
    } else if (element.hasAttribute("data-live-thread")) {
      refreshThread(element, event);
    } else if (element.hasAttribute("data-live-badge") && event.kind === "notification.created") {
      refreshBadge(element, true);
    }
  }

  /* The count comes from the server (through the access model): a
     notification about something the reader may no longer see is not
     counted. Events that come in a burst (a reconnect's catch-up) cost one
     fetch. A rise is announced politely, with the new count, so a second
     announcement differs from the first and is read out too. */
  var badgeTimer = null;
  function refreshBadge(element, announce) {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(function () { fetchBadge(element, announce); }, 300);
  }

  function fetchBadge(element, announce) {
    fetch(element.getAttribute("data-live-count-url"), {credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        var count = element.querySelector("[data-live-count]");
        var before = parseInt(count.textContent, 10) || 0;
        count.textContent = data.unread;
        count.hidden = data.unread === 0;
        element.querySelector("[data-live-count-label]").textContent =
          data.unread ? data.unread + " " + element.getAttribute("data-live-unread-word") : "";
        var message = document.querySelector("[data-live-badge-message]");
        if (announce && message && data.unread > before) {
          message.textContent = message.getAttribute("data-live-new-text")
            .replace("{n}", data.unread);
        }
      })
      .catch(function () { /* the next event or page shows it */ });
  }

  /* Put `text` in the element's message (a link that reloads the page when
     `asLink`). The message is an aria-live region that is always there, so
     screen readers announce the change without focus moving. */
  function say(element, text, asLink) {
    var box = element.querySelector("[data-live-message]");
    if (!box || !text) { return; }
    box.textContent = "";
    if (asLink) {
      var link = document.createElement("a");
      link.href = location.pathname + location.search;
      link.textContent = text;
      box.appendChild(link);
    } else {
      box.textContent = text;
    }
  }

  function refreshThread(element, event) {
    fetch(location.pathname + location.search, {credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        if (event.kind === "comment.created") { addComment(element, fresh, event.data); }
        updateCounts(fresh);
      })
      .catch(function () { /* the next event or a reload shows it */ });
  }

  function addComment(element, fresh, data) {
    var id = "reactie-" + data.comment;
    var item = fresh.getElementById(id);
    if (!item || document.getElementById(id)) { return; }
    var list;
    if (data.parent) {
      var parent = document.getElementById("reactie-" + data.parent);
      if (!parent) { return; }
      list = parent.querySelector(":scope > ul");
      if (!list) { list = document.createElement("ul"); parent.appendChild(list); }
    } else {
      list = element.querySelector("ul.comments");
      if (!list) {
        list = document.createElement("ul");
        list.className = "comments";
        var empty = element.querySelector("[data-live-empty]");
        if (empty) { empty.replaceWith(list); } else { return; }
      }
    }
    list.appendChild(document.importNode(item, true));
    say(element, element.getAttribute("data-live-comment-text"), false);
  }

  /* The appreciation counts, in place: a button someone has focus on stays. */
  function updateCounts(fresh) {
    var now = document.querySelectorAll(".reactions .badge");
    var then = fresh.querySelectorAll(".reactions .badge");
    if (now.length !== then.length) { return; }
    now.forEach(function (badge, i) { badge.textContent = then[i].textContent; });
  }

  connect();
})();
