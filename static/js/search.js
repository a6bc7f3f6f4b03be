/*
 * Autocomplete for the header's search box (ARIA 1.2 combobox with a
 * listbox). Without this script the box is a plain GET form to /zoeken/.
 * Suggestions come from /zoeken/suggesties/, which only returns titles the
 * visitor may see. Text goes in with textContent, never as HTML.
 */
(function () {
  "use strict";
  var DELAY = 200;

  function setUp(form) {
    var input = form.querySelector("[role=combobox]");
    var list = form.querySelector("[role=listbox]");
    var status = form.querySelector("[data-suggest-status]");
    var timer = null;
    var active = -1;
    var latest = 0;

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var all = options();
      if (!all.length) { return; }
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) { option.setAttribute("aria-selected", String(i === active)); });
      input.setAttribute("aria-activedescendant", all[active].id);
    }

    function show(items) {
      list.textContent = "";
      items.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = "site-search-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = item.url;
        var title = document.createElement("span");
        title.textContent = item.title;
        var type = document.createElement("span");
        type.className = "site-search__type";
        type.textContent = item.type;
        option.append(title, " ", type);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = item.url;
        });
        list.append(option);
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", String(items.length > 0));
      status.textContent = items.length ? items.length + " suggesties. Gebruik de pijltjestoetsen." : "";
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      var ticket = ++latest;
      fetch(form.dataset.suggest + "?q=" + encodeURIComponent(input.value), {
        headers: { "Accept": "application/json" }, credentials: "same-origin"
      }).then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (ticket === latest) { active = -1; show(data.suggestions || []); } })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden) { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp" && !list.hidden) { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].dataset.url;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  document.querySelectorAll("form[data-suggest]").forEach(setUp);
})();
