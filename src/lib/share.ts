/**
 * Share links as plain URLs: each service's own "share this" address, so
 * sharing needs no third-party script and works without JavaScript.
 */

export interface ShareLink {
  /** The service, as the link names it: "Email", "Telegram". */
  service: string;
  href: string;
}

/** `words.email` names the email link in the page's language; the services' own names are names. */
export function shareLinks(url: string, title: string, words: { email: string } = { email: 'Email' }): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { service: words.email, href: `mailto:?subject=${t}&body=${u}` },
    { service: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { service: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}
