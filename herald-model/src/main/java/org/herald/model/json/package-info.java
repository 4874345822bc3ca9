/** The JSON form of Herald's records, as written by the CLI and served by the API. */
package org.herald.model.json;
