/* Suggestions while typing in a search box: input[data-autocomplete-url] becomes an ARIA 1.2 combobox.
 *
 * Progressive enhancement: without this script (or when the server is slow, busy or gone) the box is a
 * plain search field and its form submits as before. The server sends the titles, type names and the
 * sentence for screen readers, so this file holds no texts of its own. No inline code, no eval, no
 * innerHTML: it runs under a strict Content-Security-Policy (script-src 'self').
 *
 * Keys: ArrowDown/ArrowUp move through the suggestions (aria-activedescendant; focus stays in the box),
 * Enter opens the chosen suggestion (or submits the search when none is chosen), Escape closes the list,
 * Tab leaves as usual.
 */
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DELAY_MS = 250;
  var instances = 0;

  function sameOrigin(url) {
    try {
      return new URL(url, window.location.href).origin === window.location.origin;
    } catch (error) {
      return false;
    }
  }

  function enhance(input) {
    var endpoint = input.getAttribute("data-autocomplete-url");
    if (!endpoint || !window.fetch || !window.AbortController) {
      return;
    }
    instances += 1;
    var listId = (input.id || "search-box-" + instances) + "-suggestions";

    // The box and its list share a positioned wrapper, so the list opens right below the box.
    var wrapper = document.createElement("div");
    wrapper.className = "autocomplete";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);

    var list = document.createElement("ul");
    list.id = listId;
    list.className = "autocomplete__list";
    list.setAttribute("role", "listbox");
    if (input.labels && input.labels.length) {
      list.setAttribute("aria-label", input.labels[0].textContent.trim());
    }
    list.hidden = true;
    wrapper.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var options = [];
    var active = -1;
    var timer = null;
    var pending = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function open() {
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function choose(index) {
      if (!options.length) {
        return;
      }
      if (index < 0) {
        index = options.length - 1;
      } else if (index >= options.length) {
        index = 0;
      }
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }

    function follow(option) {
      var url = option.getAttribute("data-url");
      if (url && sameOrigin(url)) {
        window.location.assign(url);
      }
    }

    function render(results, message) {
      list.textContent = "";
      options = results.filter(function (result) {
        return result && result.title && result.url && sameOrigin(result.url);
      }).map(function (result, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.className = "autocomplete__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", result.url);
        var title = document.createElement("span");
        title.className = "autocomplete__title";
        title.textContent = result.title;
        option.appendChild(title);
        if (result.type_label) {
          var kind = document.createElement("span");
          kind.className = "autocomplete__type";
          // A comma only for screen readers, so they pause between the title and the type.
          var pause = document.createElement("span");
          pause.className = "visually-hidden";
          pause.textContent = ", ";
          kind.appendChild(pause);
          kind.appendChild(document.createTextNode(result.type_label));
          option.appendChild(kind);
        }
        list.appendChild(option);
        return option;
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      status.textContent = options.length ? message || "" : "";
      if (options.length && document.activeElement === input) {
        open();
      } else {
        close();
      }
    }

    function load(query) {
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      var url = endpoint + (endpoint.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
      fetch(url, { signal: pending.signal, credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          // 429 (too many requests) or any error: the box simply stays a plain search box.
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (data && input.value.trim() === query) {
            render(data.results || [], data.message);
          } else if (!data) {
            render([], "");
          }
        })
        .catch(function () {
          /* aborted by newer typing, or offline: nothing to show */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < MIN_CHARS) {
        if (pending) {
          pending.abort();
        }
        render([], "");
        return;
      }
      timer = window.setTimeout(function () {
        load(query);
      }, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      switch (event.key) {
        case "ArrowDown":
        case "Down":
          if (!options.length) {
            return;
          }
          event.preventDefault();
          if (list.hidden) {
            open();
          }
          choose(active + 1);
          break;
        case "ArrowUp":
        case "Up":
          if (!options.length) {
            return;
          }
          event.preventDefault();
          if (list.hidden) {
            open();
          }
          choose(active - 1);
          break;
        case "Escape":
        case "Esc":
          if (!list.hidden) {
            event.preventDefault();
            close();
          }
          break;
        case "Enter":
          if (!list.hidden && active >= 0) {
            event.preventDefault();
            follow(options[active]);
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () {
      close();
    });

    // Keep the focus in the box while the pointer picks a suggestion.
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) {
        follow(option);
      }
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-autocomplete-url]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
