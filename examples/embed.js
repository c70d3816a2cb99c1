// Lets this example point at another address of the atlas without editing it:
// embed.html?atlas=http://127.0.0.1:8777/history/atlas/ (the end-to-end tests serve it so,
// from another origin than the atlas). A real page needs none of this: write the address in
// the iframes' src.
const atlas = new URLSearchParams(location.search).get('atlas');
if (atlas) {
  for (const frame of document.querySelectorAll('iframe[data-atlas-frame]')) {
    const src = new URL(frame.getAttribute('src'));
    frame.src = new URL(src.search, atlas).href;
  }
}
