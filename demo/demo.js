// Builds the same one-line tag an operator pastes, from the demo form's choices.
const params = new URLSearchParams(location.search);
const form = document.getElementById('demo-options');
for (const name of ['lang', 'audience']) {
  if (params.has(name)) form.elements[name].value = params.get(name);
}

const script = document.createElement('script');
script.src = '../dist/report-banner.js';
for (const [name, value] of params) {
  if (/^[a-z-]+$/.test(name)) script.setAttribute(`data-${name}`, value);
}
document.body.append(script);
