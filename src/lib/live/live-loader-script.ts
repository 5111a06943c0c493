/**
 * The "N new updates" loader, inlined on a page whose coverage is live: once
 * a minute it fetches the page's updates.json, counts the updates the page
 * does not show yet, and offers a button that inserts them at the top of the
 * list without a reload. It stops when the JSON says coverage ended. The
 * button names the count in the page's words: its `data-counts` holds the
 * locale and the count's forms (src/lib/i18n/). Without
 * JavaScript the page is complete as built; the button stays hidden.
 */
export const liveLoaderScript = `(function(d){var box=d.querySelector('[data-live-updates]'),list=d.querySelector('[data-live-list]');if(!box||!list)return;
var button=box.querySelector('button'),pending=[],timer=setInterval(poll,60000);
function poll(){fetch(box.dataset.liveUpdates,{cache:'no-cache'}).then(function(r){return r.ok?r.json():null}).then(function(j){if(!j)return;
pending=j.updates.filter(function(u){return!d.getElementById(u.id)});if(!j.live)clearInterval(timer);if(!pending.length)return;
var c=JSON.parse(button.dataset.counts),f=c.forms[new Intl.PluralRules(c.locale).select(pending.length)]||c.forms.other;button.textContent=f.replace('{count}',pending.length.toLocaleString(c.locale));button.hidden=false},function(){})}
button.addEventListener('click',function(){var t=d.createElement('template');t.innerHTML=pending.map(function(u){return u.html}).join('');
var first=t.content.firstElementChild;list.prepend(t.content);pending=[];button.hidden=true;if(first){first.tabIndex=-1;first.focus()}})})(document)`;
