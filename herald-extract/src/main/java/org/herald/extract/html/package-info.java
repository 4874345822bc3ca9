/** Articles from HTML pages: finding the main content and the page's metadata on a jsoup tree. */
package org.herald.extract.html;
