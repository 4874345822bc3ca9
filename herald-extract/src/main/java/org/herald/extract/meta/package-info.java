/** Page metadata of an HTML article: title, authors, dates, summary, site, canonical URL and lead image. */
package org.herald.extract.meta;
