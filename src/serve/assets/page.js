// The page's script: a drop zone, a list of the files added (kept here, in
// the browser, so that the master and the report can be asked for without
// choosing them again), and posts by fetch that swap the results in place
// or save a download. Without it the form posts as it is, and the server
// answers with a whole page or the file.
"use strict";

(function () {
  document.documentElement.classList.add("js");

  const form = document.getElementById("upload");
  const input = document.getElementById("files");
  const zone = document.getElementById("drop-zone");
  const chosen = document.getElementById("chosen");
  const list = document.getElementById("chosen-list");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  if (!form || !input || !zone || !results) {
    return;
  }
  const maxFiles = Number(form.dataset.maxFiles) || 20;
  const maxFileBytes = Number(form.dataset.maxFileBytes) || Infinity;
  const maxRequestBytes = Number(form.dataset.maxRequestBytes) || Infinity;
  const kept = [];

  function size(bytes) {
    if (bytes >= 1048576) {
      const mb = bytes / 1048576;
      return (Number.isInteger(mb) ? mb : mb.toFixed(1)) + " MB";
    }
    return Math.max(1, Math.round(bytes / 1024)) + " KB";
  }

  function say(message) {
    status.textContent = message;
  }

  function show() {
    list.replaceChildren();
    kept.forEach(function (file, i) {
      const item = document.createElement("li");
      const name = document.createElement("span");
      name.className = "file-name";
      name.textContent = file.name;
      const bytes = document.createElement("span");
      bytes.className = "file-size";
      bytes.textContent = size(file.size);
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "link-button";
      remove.textContent = "Remove";
      const hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = " " + file.name;
      remove.appendChild(hidden);
      remove.addEventListener("click", function () {
        kept.splice(i, 1);
        show();
        say(file.name + " removed.");
        input.focus();
      });
      item.append(name, bytes, remove);
      list.appendChild(item);
    });
    chosen.hidden = kept.length === 0;
  }

  function total() {
    return kept.reduce(function (sum, file) {
      return sum + file.size;
    }, 0);
  }

  // Adds files (the same file twice is kept once); says what was left out.
  function add(files) {
    const refused = [];
    Array.from(files).forEach(function (file) {
      const same = kept.some(function (k) {
        return k.name === file.name && k.size === file.size && k.lastModified === file.lastModified;
      });
      if (same) {
        return;
      }
      if (file.size > maxFileBytes) {
        refused.push(file.name + " is larger than " + size(maxFileBytes));
      } else if (kept.length >= maxFiles) {
        refused.push(file.name + " was not added: at most " + maxFiles + " files at once");
      } else if (total() + file.size > maxRequestBytes) {
        refused.push(file.name + " was not added: the files together would be larger than " + size(maxRequestBytes));
      } else {
        kept.push(file);
      }
    });
    show();
    return refused;
  }

  function attachmentName(response) {
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    return match && /^attachment/i.test(disposition) ? match[1] : null;
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 60000);
  }

  // Puts the server's results (from a whole page it sent) in place.
  function swap(html) {
    const fresh = new DOMParser().parseFromString(html, "text/html");
    const part = fresh.getElementById("results");
    if (!part) {
      return;
    }
    results.replaceChildren.apply(
      results,
      Array.from(part.childNodes).map(function (node) {
        return document.importNode(node, true);
      })
    );
    if (fresh.title) {
      document.title = fresh.title;
    }
    const first = document.getElementById("problem") || document.getElementById("summary");
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.focus();
    }
  }

  const buttons = Array.from(form.querySelectorAll("button[type=submit]"));

  async function post(action, what, note) {
    if (kept.length === 0 && input.files.length > 0) {
      add(input.files);
    }
    const body = new FormData();
    kept.forEach(function (file) {
      body.append("files", file, file.name);
      body.append("modified", String(file.lastModified));
    });
    buttons.forEach(function (b) {
      b.disabled = true;
    });
    results.setAttribute("aria-busy", "true");
    say(what + " " + kept.length + (kept.length === 1 ? " file…" : " files…"));
    try {
      const response = await fetch(action, { method: "POST", body: body });
      const name = attachmentName(response);
      if (response.ok && name) {
        save(await response.blob(), name);
        say("Downloaded " + name + ".");
      } else {
        swap(await response.text());
        const done = response.ok ? "Checked " + kept.length + (kept.length === 1 ? " file." : " files.") : "";
        say((note ? note + " " : "") + done);
      }
    } catch (e) {
      say("The server could not be reached. Is ragplan still running?");
    } finally {
      buttons.forEach(function (b) {
        b.disabled = false;
      });
      results.removeAttribute("aria-busy");
    }
  }

  const doing = { "/check": "Checking", "/master": "Building the master from", "/report": "Writing the report of" };

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const target = event.submitter && event.submitter.formAction ? event.submitter.formAction : form.action;
    const path = new URL(target, document.baseURI).pathname;
    post(path, doing[path] || "Sending");
  });

  function addAndCheck(files) {
    const refused = add(files);
    input.value = "";
    const note = refused.length > 0 ? refused.join(". ") + "." : "";
    say(note);
    if (kept.length > 0) {
      post("/check", "Checking", note);
    }
  }

  input.addEventListener("change", function () {
    addAndCheck(input.files);
  });

  zone.addEventListener("dragover", function (event) {
    event.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", function () {
    zone.classList.remove("dragging");
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    zone.classList.remove("dragging");
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      addAndCheck(event.dataTransfer.files);
    }
  });
  // A file dropped beside the zone is not opened in place of the page.
  window.addEventListener("dragover", function (event) {
    event.preventDefault();
  });
  window.addEventListener("drop", function (event) {
    event.preventDefault();
  });
})();
