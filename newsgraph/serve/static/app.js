// newsgraph: small progressive enhancements; every page works without this file.
"use strict";

// Hovering a mention lights up every mention of the same entity on the page.
document.addEventListener("mouseover", (event) => {
  const link = event.target.closest && event.target.closest("[data-entity]");
  document.querySelectorAll(".lit").forEach((el) => el.classList.remove("lit"));
  if (!link) return;
  const id = link.getAttribute("data-entity");
  document.querySelectorAll("a.hl-mention[data-entity]").forEach((el) => {
    if (el.getAttribute("data-entity") === id) el.classList.add("lit");
  });
});

// Arriving at an article from a fact or quote: bring its sentence to the middle of the screen.
window.addEventListener("load", () => {
  if (location.hash !== "#focus") return;
  const spot = document.querySelector(".hl-focus");
  if (spot) spot.scrollIntoView({ block: "center" });
});
