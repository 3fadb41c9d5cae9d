/**
 * The built-in checkout on this site, whatever host the server wrote into the link (it may know
 * itself as localhost while the shopper reached it by another name); other shops' links unchanged.
 */
export function checkoutHref(url: string): string {
  try {
    const parsed = new URL(url, location.origin);
    return parsed.pathname === '/checkout' ? `${parsed.pathname}${parsed.search}` : parsed.href;
  } catch {
    return url;
  }
}
