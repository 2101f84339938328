// Type-ahead for the shell search bar (_ShellSearch): ARIA 1.2 combobox with a listbox of grouped options.
// Without this script the form still submits to /search.
(function () {
    "use strict";
    var form = document.querySelector("form.shell-search[data-suggest]");
    if (!form) return;
    var input = form.querySelector("[role=combobox]");
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var status = form.querySelector("[data-search-status]");
    var timer = 0, controller = null, options = [], active = -1;

    function close() {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function highlight(index) {
        if (active >= 0) options[active].setAttribute("aria-selected", "false");
        active = index;
        if (active < 0) { input.removeAttribute("aria-activedescendant"); return; }
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
        options[active].scrollIntoView({ block: "nearest" });
    }

    function render(data) {
        list.textContent = "";
        options = [];
        active = -1;
        (data.groups || []).forEach(function (group, g) {
            var box = document.createElement("div");
            box.setAttribute("role", "group");
            box.setAttribute("aria-labelledby", "shell-search-g" + g);
            var heading = document.createElement("div");
            heading.id = "shell-search-g" + g;
            heading.className = "shell-search-group";
            heading.setAttribute("role", "presentation");
            heading.textContent = group.group;
            box.appendChild(heading);
            group.hits.forEach(function (hit) {
                var option = document.createElement("div");
                option.id = "shell-search-o" + options.length;
                option.className = "shell-search-option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = hit.url;
                var title = document.createElement("span");
                title.textContent = hit.title;
                var detail = document.createElement("span");
                detail.className = "shell-search-detail";
                detail.textContent = hit.detail;
                option.append(title, detail);
                option.addEventListener("mousedown", function (e) { e.preventDefault(); });
                option.addEventListener("click", function () { window.location.assign(hit.url); });
                box.appendChild(option);
                options.push(option);
            });
            list.appendChild(box);
        });
        var message = data.hint || (options.length === 0 ? "No suggestions; press Enter to search." : options.length + " suggestions.");
        status.textContent = message;
        if (options.length === 0) {
            if (data.hint) { close(); return; }
            var empty = document.createElement("div");
            empty.className = "shell-search-empty";
            empty.textContent = message;
            list.appendChild(empty);
        }
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
    }

    function suggest() {
        var q = input.value.trim();
        if (controller) controller.abort();
        if (q.length < 2 || q.length > 100) { close(); return; }
        controller = new AbortController();
        var url = form.dataset.suggest + "?q=" + encodeURIComponent(q);
        fetch(url, { signal: controller.signal, headers: { Accept: "application/json" }, credentials: "same-origin", redirect: "manual" })
            .then(function (r) { return r.ok && (r.headers.get("Content-Type") || "").indexOf("json") >= 0 ? r.json() : null; })
            .then(function (data) { if (data && input.value.trim() === q) render(data); })
            .catch(function () { /* aborted by a newer keystroke, or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(suggest, 200);
    });
    input.addEventListener("keydown", function (e) {
        var open = !list.hidden && options.length > 0;
        if (e.key === "ArrowDown") {
            if (!open) { suggest(); return; }
            e.preventDefault();
            highlight((active + 1) % options.length);
        } else if (e.key === "ArrowUp" && open) {
            e.preventDefault();
            highlight(active <= 0 ? options.length - 1 : active - 1);
        } else if (e.key === "Enter" && open && active >= 0) {
            e.preventDefault();
            window.location.assign(options[active].dataset.url);
        } else if (e.key === "Escape") {
            if (!list.hidden) { e.preventDefault(); close(); }
            else input.value = "";
        }
    });
    input.addEventListener("blur", close);
})();
