/** Article extraction: from the bytes of an HTML page or a scraped text to an {@link org.herald.model.Article}. */
package org.herald.extract;
