/**
 * The only script on article pages, inlined in <head> so it runs before the
 * first paint: it applies the reader's saved theme (so the wrong one never
 * flashes), marks <html> with `.js` so controls that need a script appear,
 * and handles, by delegated clicks, the theme toggle (`[data-theme-toggle]`,
 * whose aria-pressed says whether the dark theme shows) and "Copy link"
 * (`[data-copy-link]`, reporting into the element after it in the words of
 * its `data-copied` and `data-copy-failed`, the page's language). Kept under 1 KB:
 * `npm run report:weight` and a unit test check the budget.
 */
export const themeStorageKey = 'broadsheet-theme';

export const pageScript = `(function(d){var r=d.documentElement,k='${themeStorageKey}',m=matchMedia('(prefers-color-scheme: dark)');r.classList.add('js');
try{var t=localStorage.getItem(k);if(t=='light'||t=='dark')r.dataset.theme=t}catch(e){}
function dark(){return(r.dataset.theme||(m.matches?'dark':'light'))=='dark'}
function sync(){d.querySelectorAll('[data-theme-toggle]').forEach(function(b){b.setAttribute('aria-pressed',dark())})}
d.addEventListener('DOMContentLoaded',sync);m.addEventListener('change',sync);
d.addEventListener('click',function(e){var b=e.target.closest('[data-theme-toggle],[data-copy-link]');if(!b)return;
if(b.dataset.copyLink){var s=b.nextElementSibling;Promise.resolve(b.dataset.copyLink).then(function(u){return navigator.clipboard.writeText(u)}).then(function(){s.textContent=b.dataset.copied},function(){s.textContent=b.dataset.copyFailed});return}
t=dark()?'light':'dark';r.dataset.theme=t;try{localStorage.setItem(k,t)}catch(e){}sync()})})(document)`;
