/** Dates on news pages: parsing the many written forms of a date into ISO-8601, and wire datelines. */
package org.herald.extract.date;
